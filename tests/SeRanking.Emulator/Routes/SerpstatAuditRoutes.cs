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
/// Serpstat's site audit (§16, AuditSite) with state per account: every project id exists, with
/// Serpstat's default settings until setSettings saves others (getSettings reads them back) and two
/// finished reports (ids project × 100 + 1 and + 2); start adds a report that advances 50 % each
/// time getBasicInfo reads it (5 % for a project whose id ends in 99, for timeouts); stop stops it.
/// Every method is free in lines (an audit spends audit credits, a wallet the emulator does not keep).
/// </summary>
internal static class SerpstatAuditRoutes
{
    private const int InvalidParams = -32602;
    private const string Procedure = "AuditSite.";

    private static readonly ConditionalWeakTable<SerpstatAccount, AuditState> States = new();

    private static readonly (string Category, string Key, string Priority)[] Issues =
    [
        ("meta_tags", "no_title", "high"),
        ("meta_tags", "long_title", "medium"),
        ("meta_tags", "no_desc", "medium"),
        ("meta_tags", "tiny_desc", "low"),
        ("http_status_code", "errors_400", "high"),
        ("http_status_code", "errors_500", "high"),
    ];

    private const string DefaultSettings = """
        {"mainSettings":{"domain":"","name":"","subdomainsCheck":false,"pagesLimit":500,"scanSpeed":3,"autoSpeed":false,"scanNoIndex":false,"scanWrongCanonical":false,"autoUserAgent":false,"scanDuration":0,"folderDepth":0,"urlDepth":10,"userAgent":0,"robotsTxt":true,"withImages":false},
         "dontScanKeywordsBlock":{"checked":false,"keywords":""},"onlyScanKeywordsBlock":{"checked":false,"keywords":""},"baseAuthBlock":{"login":"","password":""},
         "mailTriggerSettings":{"emails":[],"interval":0,"enabled":false,"enableExportAfterFinish":false},"scheduleSettings":{"scheduleRepeatOption":0},"scanSetting":{"type":1,"list":[]},
         "errorsSettings":{"tiny_title":20,"long_title":65,"tiny_desc":50,"long_desc":160,"long_url":120,"large_image_size":100,"large_page_size":2048,"many_external_links":100}}
        """;

    public static IEnumerable<SerpstatMethod> All()
    {
        yield return Own("getList", ["projectId"], (request, state) =>
        {
            var project = request.Long("projectId")!.Value;
            var reports = state.Reports(project);
            var (offset, limit) = OffsetLimit(request, 30);
            return SerpstatTaskRoutes.ResultValue(request, json =>
            {
                json.WriteStartArray();
                foreach (var report in reports.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteNumber("reportId", report.Id);
                    json.WriteString("date", report.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    json.WriteNumber("sdo", report.Sdo);
                    json.WriteNumber("pagesLimit", 500);
                    json.WriteNumber("pagesScanned", report.Pages);
                    json.WriteNumber("criticalCount", 12);
                    json.WriteNumber("nonCriticalCount", 30);
                    json.WriteNumber("virusesCount", 0);
                    json.WriteNumber("progress", report.Progress);
                    json.WriteBoolean("stoped", report.Stopped);
                    json.WriteBoolean("hasDetailData", report.Progress >= 100);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });
        yield return Own("getBasicInfo", ["reportId"], (request, state) =>
        {
            var report = state.Report(request.Long("reportId")!.Value);
            report.Advance();
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WriteNumber("reportId", report.Id);
                json.WriteString("date", report.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                json.WriteNumber("sdo", report.Sdo);
                json.WriteNumber("highCount", 12);
                json.WriteNumber("mediumCount", 20);
                json.WriteNumber("lowCount", 10);
                json.WriteNumber("informationCount", 4);
                json.WriteNumber("virusesCount", 0);
                json.WriteNumber("progress", report.Progress);
                json.WriteNumber("stoped", report.Stopped ? 1 : 0);
                json.WriteNumber("specialStopReason", 0);
                json.WriteNumber("checkedPageCount", report.Pages);
                json.WriteNumber("totalCheckedPageCount", report.Pages);
                json.WriteNumber("redirectCount", 3);
                json.WriteBoolean("captchaDetected", false);
                json.WriteBoolean("hasDetailData", report.Progress >= 100);
            });
        });
        yield return Own("getReportWithoutDetails", ["reportId"], (request, state) =>
        {
            var report = state.Report(request.Long("reportId")!.Value);
            var compared = request.Long("compareReportId") is not null;
            return SerpstatTaskRoutes.Result(request, json => WriteCategories(json, report.Id, compared, withView: false));
        });
        yield return Own("getCategoriesStatistic", ["reportId"], (request, state) =>
        {
            _ = state.Report(request.Long("reportId")!.Value);
            return SerpstatTaskRoutes.ResultValue(request, json =>
            {
                json.WriteStartArray();
                foreach (var category in Issues.Select(i => i.Category).Distinct())
                {
                    json.WriteStartObject();
                    json.WriteString("category", category);
                    json.WriteNumber("highCount", Issues.Count(i => i.Category == category && i.Priority == "high") * 3);
                    json.WriteNumber("mediumCount", Issues.Count(i => i.Category == category && i.Priority == "medium") * 5);
                    json.WriteNumber("lowCount", Issues.Count(i => i.Category == category && i.Priority == "low") * 7);
                    json.WriteNumber("informationCount", 1);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });
        yield return Own("getErrorElements", ["reportId", "compareReportId", "projectId", "errorName"], (request, state) =>
        {
            var issue = request.Text("errorName")!;
            var total = ElementCount(issue);
            var (offset, limit) = OffsetLimit(request, 10);
            var mode = request.Text("mode") ?? "all";
            if (mode is not ("all" or "new" or "solved"))
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: mode is all, new or solved");
            }

            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("data");
                json.WriteStartArray();
                for (var i = offset; i < Math.Min(total, offset + limit); i++)
                {
                    json.WriteStartObject();
                    json.WriteString("startUrl", $"https://project-{request.Long("projectId")}.example.com/{issue}/{i + 1}");
                    json.WriteNumber("code", issue.StartsWith("errors_5", StringComparison.Ordinal) ? 500 : issue.StartsWith("errors_4", StringComparison.Ordinal) ? 404 : 200);
                    json.WriteString("finishUrl", $"https://project-{request.Long("projectId")}.example.com/{issue}/{i + 1}");
                    json.WriteNumber("count", 3);
                    json.WriteNumber("startUrlCrc", 1_000_000L + i);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("totalCount", total);
                json.WriteString("mode", mode);
            });
        });
        yield return Own("getSubElementsByCrc", ["reportId", "projectId", "errorName", "crc"], (request, _) =>
        {
            var crc = request.Long("crc")!.Value;
            var (offset, limit) = OffsetLimit(request, 30);
            const int total = 3;
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("data");
                json.WriteStartArray();
                for (var i = offset; i < Math.Min(total, offset + limit); i++)
                {
                    json.WriteStringValue($"https://project-{request.Long("projectId")}.example.com/linked/{crc}/{i + 1}");
                }

                json.WriteEndArray();
                json.WriteNumber("totalCount", total);
            });
        });
        yield return Own("getHistoryByCountError", ["projectId", "errorName", "limit", "offset"], (request, state) =>
        {
            var reports = state.Reports(request.Long("projectId")!.Value);
            var (offset, limit) = OffsetLimit(request, 30);
            var issue = request.Text("errorName")!;
            return SerpstatTaskRoutes.Result(request, json =>
            {
                json.WritePropertyName("errorCounts");
                json.WriteStartArray();
                foreach (var report in reports.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteNumber("reportId", report.Id);
                    json.WriteString("date", report.Date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                    json.WriteString("count", (ElementCount(issue) + (report.Id % 5)).ToString(CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        });
        yield return Own("getScanUserUrlList", ["projectId"], (request, _) => SerpstatTaskRoutes.Result(request, json =>
        {
            json.WritePropertyName("urls");
            json.WriteStartArray();
            for (var i = 1; i <= 3; i++)
            {
                json.WriteStringValue($"https://project-{request.Long("projectId")}.example.com/listed-{i}");
            }

            json.WriteEndArray();
            json.WriteNumber("scanType", 2);
            json.WriteBoolean("isImported", false);
        }));
        yield return Own("getDefaultSettings", [], (request, _) => SerpstatTaskRoutes.ResultValue(request, json => json.WriteRawValue(DefaultSettings)));
        yield return Own("getSettings", ["projectId"], (request, state) => SerpstatTaskRoutes.ResultValue(request, json => json.WriteRawValue(state.SettingsOf(request.Long("projectId")!.Value))));
        yield return Own("setSettings", ["projectId", "mainSettings", "dontScanKeywordsBlock", "onlyScanKeywordsBlock", "baseAuthBlock", "mailTriggerSettings", "scheduleSettings", "scanSetting"], (request, state) =>
        {
            var main = request.Params.GetProperty("mainSettings");
            var speed = main.TryGetProperty("scanSpeed", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 0;
            var agent = main.TryGetProperty("userAgent", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetInt32() : -1;
            if (speed is < 1 or > 30 || agent is < 0 or > 5 || !main.TryGetProperty("name", out _) || !main.TryGetProperty("pagesLimit", out _))
            {
                return ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: mainSettings needs name and pagesLimit, scanSpeed 1-30, userAgent 0-5");
            }

            state.SaveSettings(request.Long("projectId")!.Value, request.Params);
            return SerpstatTaskRoutes.ResultValue(request, json => json.WriteBooleanValue(true));
        });
        yield return Own("start", ["projectId"], (request, state) =>
        {
            var report = state.Start(request.Long("projectId")!.Value);
            return SerpstatTaskRoutes.Result(request, json => json.WriteNumber("reportId", report.Id));
        });
        yield return Own("stop", ["projectId"], (request, state) =>
        {
            state.Stop(request.Long("projectId")!.Value);
            return SerpstatTaskRoutes.ResultValue(request, json => json.WriteBooleanValue(true));
        });
        yield return Own("export", ["reportId", "exportType"], (request, state) =>
        {
            _ = state.Report(request.Long("reportId")!.Value);
            return request.Text("exportType") is "mgxlsx" or "mgxlsx_mfiles" or "puppeter_pdf"
                ? SerpstatTaskRoutes.ResultValue(request, json => json.WriteBooleanValue(true))
                : ErrorBodies.Serpstat(200, request.Id, InvalidParams, "Invalid params: exportType is mgxlsx, mgxlsx_mfiles or puppeter_pdf");
        });
    }

    /// <summary>The categories of a report and their issues (getReportWithoutDetails; the one-page reports too).</summary>
    internal static void WriteCategories(Utf8JsonWriter json, long reportId, bool compared, bool withView)
    {
        json.WritePropertyName("categories");
        json.WriteStartArray();
        foreach (var category in Issues.GroupBy(i => i.Category))
        {
            json.WriteStartObject();
            json.WriteString("key", category.Key);
            json.WritePropertyName("errors");
            json.WriteStartArray();
            foreach (var issue in category)
            {
                json.WriteStartObject();
                json.WriteString("key", issue.Key);
                json.WriteString("priority", issue.Priority);
                json.WriteNumber("countAll", ElementCount(issue.Key) + (reportId % 3));
                json.WriteNumber("countNew", compared ? 2 : 0);
                json.WriteNumber("countFixed", compared ? 1 : 0);
                if (withView)
                {
                    json.WriteString("viewType", "list");
                    json.WriteBoolean("hasAdditionRows", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    internal static int ElementCount(string issue) => 5 + (int)(new SeededValues("audit|" + issue).Between(0, 20));

    internal static (int Offset, int Limit) OffsetLimit(SerpstatRequest request, int defaultLimit) =>
        ((int)Math.Max(0, request.Long("offset") ?? 0), (int)Math.Clamp(request.Long("limit") ?? defaultLimit, 1, 10_000));

    private static SerpstatMethod Own(string name, string[] required, Func<SerpstatRequest, AuditState, ApiResponse> handle) =>
        SerpstatTaskRoutes.Own(Procedure + name, required, (request, dryRun) => handle(request, dryRun ? new AuditState() : States.GetValue(request.Account, _ => new AuditState())));

    /// <summary>The audit projects and reports of one account.</summary>
    private sealed class AuditState
    {
        private readonly ConcurrentDictionary<long, string> _settings = new();
        private readonly ConcurrentDictionary<long, AuditReport> _reports = new();
        private long _next;

        public string SettingsOf(long project) => _settings.TryGetValue(project, out var saved) ? saved : DefaultSettings.Replace("\"domain\":\"\",\"name\":\"\"", $"\"domain\":\"project-{project}.example.com\",\"name\":\"Project {project}\"", StringComparison.Ordinal);

        public void SaveSettings(long project, JsonElement parameters)
        {
            using var buffer = new System.IO.MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                foreach (var property in parameters.EnumerateObject().Where(p => p.Name != "projectId"))
                {
                    property.WriteTo(json);
                }

                // setSettings does not take the check thresholds: they stay as they were.
                if (!parameters.TryGetProperty("errorsSettings", out _))
                {
                    using var previous = JsonDocument.Parse(SettingsOf(project));
                    if (previous.RootElement.TryGetProperty("errorsSettings", out var thresholds))
                    {
                        json.WritePropertyName("errorsSettings");
                        thresholds.WriteTo(json);
                    }
                }

                json.WriteEndObject();
            }

            _settings[project] = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        public IReadOnlyList<AuditReport> Reports(long project) =>
            new[] { Report((project * 100) + 1), Report((project * 100) + 2) }
                .Concat(_reports.Values.Where(r => r.Project == project))
                .Distinct()
                .OrderByDescending(r => r.Id)
                .ToList();

        public AuditReport Report(long id) => _reports.GetOrAdd(id, key => new AuditReport(key, key / 100, finished: true));

        public AuditReport Start(long project)
        {
            var id = (project * 100) + 10 + Interlocked.Increment(ref _next);
            return _reports[id] = new AuditReport(id, project, finished: false);
        }

        public void Stop(long project)
        {
            foreach (var report in _reports.Values.Where(r => r.Project == project && r.Progress < 100))
            {
                report.Stopped = true;
            }
        }
    }

    internal sealed class AuditReport(long id, long project, bool finished)
    {
        private int _progress = finished ? 100 : 0;

        public long Id { get; } = id;

        public long Project { get; } = project;

        public DateTime Date { get; } = finished ? new DateTime(2026, 1, 1).AddDays(id % 300) : DateTime.UtcNow;

        public int Progress => Volatile.Read(ref _progress);

        public int Sdo => 60 + (int)(Id % 35);

        public long Pages => 5 * Progress;

        public bool Stopped { get; set; }

        /// <summary>One status read's worth of crawling: half the audit, 5 % for a slow project (id ending in 99); nothing once stopped.</summary>
        public void Advance(bool slow = false)
        {
            if (Stopped)
            {
                return;
            }

            var step = slow || Project % 100 == 99 ? 5 : 50;
            Interlocked.Exchange(ref _progress, Math.Min(100, Progress + step));
        }
    }
}
