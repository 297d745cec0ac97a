using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's one-page audit (§16, AuditOnePage) with state per account: scan adds a page and its
/// first report, rescan another report; a page's latest report advances 50 % each time
/// getPageAudit reads it (5 % for a URL holding "slow-"); stop stops it; remove deletes the page.
/// Report ids are the page id × 100 + the report's number.
/// </summary>
internal static class SerpstatPageAuditRoutes
{
    private const int NotFound = -32000;
    private const int InvalidParams = -32602;
    private const string Procedure = "AuditOnePage.";

    private static readonly ConditionalWeakTable<SerpstatAccount, PageState> States = new();

    public static IEnumerable<SerpstatMethod> All()
    {
        yield return Own("scan", ["name", "url", "userAgent"], (request, state) =>
        {
            if (request.Long("userAgent") is not (>= 0 and <= 5))
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: userAgent is 0 to 5");
            }

            var page = state.Add(request.Text("name")!, request.Text("url")!, (int)request.Long("userAgent")!.Value);
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WriteNumber("pageId", page.Id);
                json.WriteNumber("reportId", page.Latest!.Id);
            });
        });
        yield return Own("rescan", ["pageId", "name", "userAgent"], (request, state) => WithPage(request, state, page =>
        {
            var report = page.AddReport();
            return SerpstatTaskRoutes.Result(request, json => json.WriteNumber("reportId", report.Id));
        }));
        yield return Own("stop", ["pageId"], (request, state) => WithPage(request, state, page =>
        {
            page.Latest!.Stopped = true;
            return SerpstatTaskRoutes.ResultValue(request, json => json.WriteBooleanValue(true));
        }));
        yield return Own("remove", ["pageId"], (request, state) => WithPage(request, state, page =>
        {
            state.Remove(page.Id);
            return SerpstatTaskRoutes.ResultValue(request, json => json.WriteBooleanValue(true));
        }));
        yield return Own("getPageAudit", ["pageId"], (request, state) => WithPage(request, state, page =>
        {
            page.Latest!.Advance(page.Url.Contains("slow-", StringComparison.OrdinalIgnoreCase));
            return SerpstatTaskRoutes.Result(request, json => WriteAudit(json, page, page.Latest!, compared: false));
        }));
        yield return Own("getAudit", ["reportId"], (request, state) =>
            state.FindReport(request.Long("reportId")!.Value) is { } found
                ? SerpstatTaskRoutes.Result(request, json => WriteAudit(json, found.Page, found.Report, request.Long("compareReportId") is not null))
                : ErrorBodies.Serpstat(200, request.Id, NotFound, "Report not found"));
        yield return Own("getErrorRows", ["reportId", "error"], (request, state) =>
        {
            if (state.FindReport(request.Long("reportId")!.Value) is not { } found)
            {
                return ErrorBodies.Serpstat(200, request.Id, NotFound, "Report not found");
            }

            var issue = request.Text("error")!;
            var total = SerpstatAuditRoutes.ElementCount(issue);
            var size = (int)Math.Max(1, request.Long("size") ?? 100);
            var first = (int)((Math.Max(1, request.Long("page") ?? 1) - 1) * size);
            return SerpstatTaskRoutes.ResultValue(request, json =>
            {
                json.WriteStartArray();
                for (var i = first; i < Math.Min(total, first + size); i++)
                {
                    json.WriteStartObject();
                    json.WriteString("url", $"{found.Page.Url.TrimEnd('/')}/{issue}/{i + 1}");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });
        yield return Own("getPagesList", [], (request, state) =>
        {
            var (offset, limit) = SerpstatAuditRoutes.OffsetLimit(request, 30);
            var pages = state.Pages();
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("data");
                json.WriteStartArray();
                foreach (var page in pages.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteNumber("pageId", page.Id);
                    json.WriteString("url", page.Url);
                    json.WriteString("name", page.Name);
                    json.WriteNumber("status", 1);
                    json.WritePropertyName("lastActiveReport");
                    WriteReport(json, page.Latest!);
                    json.WriteNumber("finishedReportCount", page.Reports.Count(r => r.Progress >= 100));
                    json.WritePropertyName("settings");
                    json.WriteStartObject();
                    json.WriteNumber("userAgent", page.UserAgent);
                    json.WriteString("httpAuthLogin", string.Empty);
                    json.WriteString("httpAuthPassword", string.Empty);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("totalCount", pages.Count);
            });
        });
        yield return Own("getReportsListByPage", ["pageId"], (request, state) => WithPage(request, state, page =>
        {
            var (offset, limit) = SerpstatAuditRoutes.OffsetLimit(request, 30);
            return SerpstatTaskRoutes.ResultValue(request, json =>
            {
                json.WriteStartArray();
                foreach (var report in page.Reports.OrderByDescending(r => r.Id).Skip(offset).Take(limit))
                {
                    WriteReport(json, report);
                }

                json.WriteEndArray();
            });
        }));
        yield return Own("pageNames", [], (request, state) =>
        {
            var pages = state.Pages();
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("data");
                json.WriteStartArray();
                foreach (var page in pages)
                {
                    json.WriteStartObject();
                    json.WriteNumber("pageId", page.Id);
                    json.WriteString("name", page.Name);
                    json.WriteString("url", page.Url);
                    json.WriteNumber("finishedReportCount", page.Reports.Count(r => r.Progress >= 100));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("totalCount", pages.Count);
            });
        });
        yield return Own("userLog", [], (request, state) =>
        {
            var size = (int)Math.Max(1, request.Long("pageSize") ?? 100);
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("items");
                json.WriteStartArray();
                var entries = new[] { ("Audit started", "info"), ("Page loaded", "info"), ("Scripts rendered", "info"), ("Audit finished", "success") };
                foreach (var (message, type) in entries.Take(size))
                {
                    json.WriteStartObject();
                    json.WriteString("message", message);
                    json.WriteString("type", type);
                    json.WritePropertyName("params");
                    json.WriteStartArray();
                    json.WriteStartObject();
                    json.WriteNumber("sdo", 80);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteString("created_at", "2026-11-30 10:00:00");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("totalCount", entries.Length);
            });
        });
    }

    private static void WriteAudit(Utf8JsonWriter json, AuditPage page, SerpstatAuditRoutes.AuditReport report, bool compared)
    {
        SerpstatAuditRoutes.WriteCategories(json, report.Id, compared, withView: true);
        json.WritePropertyName("data");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteNumber("pageId", page.Id);
        json.WriteString("url", page.Url);
        json.WriteString("name", page.Name);
        json.WriteString("status", "active");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WritePropertyName("report");
        WriteReport(json, report);
    }

    private static void WriteReport(Utf8JsonWriter json, SerpstatAuditRoutes.AuditReport report)
    {
        json.WriteStartObject();
        json.WriteNumber("id", report.Id);
        json.WriteString("auditDate", report.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        json.WriteNumber("status", report.Progress >= 100 ? 2 : 1);
        json.WriteNumber("sdo", report.Sdo);
        json.WriteNumber("high", 3);
        json.WriteNumber("medium", 5);
        json.WriteNumber("low", 7);
        json.WriteNumber("information", 1);
        json.WriteNumber("viruses", 0);
        json.WriteNumber("progress", report.Progress);
        json.WriteEndObject();
    }

    private static ApiResponse WithPage(SerpstatRequest request, PageState state, Func<AuditPage, ApiResponse> answer) =>
        request.Long("pageId") is { } id && state.Find(id) is { } page ? answer(page) : ErrorBodies.Serpstat(200, request.Id, NotFound, "Page not found");

    private static SerpstatMethod Own(string name, string[] required, Func<SerpstatRequest, PageState, ApiResponse> handle) =>
        SerpstatTaskRoutes.Own(Procedure + name, required, (request, dryRun) => handle(request, dryRun ? new PageState() : States.GetValue(request.Account, _ => new PageState())));

    private sealed class PageState
    {
        private readonly ConcurrentDictionary<long, AuditPage> _pages = new();
        private long _next = 7000;

        public AuditPage Add(string name, string url, int userAgent)
        {
            var page = new AuditPage(Interlocked.Increment(ref _next), name, url, userAgent);
            page.AddReport();
            return _pages[page.Id] = page;
        }

        public AuditPage? Find(long id) => _pages.TryGetValue(id, out var page) ? page : null;

        public void Remove(long id) => _pages.TryRemove(id, out _);

        public List<AuditPage> Pages() => _pages.Values.OrderBy(p => p.Id).ToList();

        public (AuditPage Page, SerpstatAuditRoutes.AuditReport Report)? FindReport(long reportId) =>
            _pages.Values.SelectMany(p => p.Reports.Select(r => (Page: p, Report: r))).FirstOrDefault(x => x.Report.Id == reportId) is { Page: not null } found ? found : null;
    }

    private sealed class AuditPage(long id, string name, string url, int userAgent)
    {
        private readonly List<SerpstatAuditRoutes.AuditReport> _reports = [];

        public long Id { get; } = id;

        public string Name { get; } = name;

        public string Url { get; } = url;

        public int UserAgent { get; } = userAgent;

        public IReadOnlyList<SerpstatAuditRoutes.AuditReport> Reports
        {
            get
            {
                lock (_reports)
                {
                    return _reports.ToList();
                }
            }
        }

        public SerpstatAuditRoutes.AuditReport? Latest => Reports.LastOrDefault();

        public SerpstatAuditRoutes.AuditReport AddReport()
        {
            lock (_reports)
            {
                var report = new SerpstatAuditRoutes.AuditReport((Id * 100) + _reports.Count + 1, Id, finished: false);
                _reports.Add(report);
                return report;
            }
        }
    }
}
