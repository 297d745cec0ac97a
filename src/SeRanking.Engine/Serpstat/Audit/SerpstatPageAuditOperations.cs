using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Serpstat.Audit;

/// <summary>What the one-page-audit methods (AuditOnePage) take.</summary>
public sealed record SerpstatPageAuditQuery
{
    public long? PageId { get; init; }

    public long? ReportId { get; init; }

    public long? CompareReportId { get; init; }

    /// <summary>The audit's name (scan, rescan).</summary>
    public string? Name { get; init; }

    /// <summary>The page to audit (scan).</summary>
    public string? Url { get; init; }

    /// <summary>Serpstat's user-agent code, 0 to 5 (scan, rescan; 0 when not given).</summary>
    public int? UserAgent { get; init; }

    public string? Login { get; init; }

    public string? Password { get; init; }

    /// <summary>The issue's key (getErrorRows' error).</summary>
    public string? Issue { get; init; }

    /// <summary>all, new or solved (getErrorRows).</summary>
    public string? Mode { get; init; }

    /// <summary>A team member whose pages to list (teamMemberId).</summary>
    public long? TeamMemberId { get; init; }

    internal void WriteTo(RequestWriter writer, string method)
    {
        switch (method)
        {
            case "scan":
                var url = Check.Target("Url", Url, Batching.TargetKind.Url);
                writer.Target = url;
                writer.Add("name", NameSent(url)).Add("url", url);
                WriteScanSettings(writer);
                return;
            case "rescan":
                writer.Add("pageId", Page(method));
                writer.Add("name", NameSent("page " + PageId?.ToString(CultureInfo.InvariantCulture)));
                WriteScanSettings(writer);
                return;
            case "stop" or "remove" or "getPageAudit":
                writer.Add("pageId", Page(method));
                return;
            case "getReportsListByPage":
                writer.Add("pageId", Page(method));
                return;
            case "getAudit" or "getErrorRows":
                writer.Add("reportId", Report(method)).Add("compareReportId", Check.Range("CompareReportId", CompareReportId, 1, long.MaxValue));
                if (method == "getErrorRows")
                {
                    writer.Add("error", SerpstatAuditIssues.Check("Issue", Issue ?? throw Missing("Issue", method)))
                        .Add("mode", Check.OneOf("Mode", Mode, "all", "new", "solved"));
                }

                return;
            case "userLog":
                writer.Add("reportId", Report(method));
                return;
            default:
                writer.Target = "one-page audits";
                writer.Add("teamMemberId", Check.Range("TeamMemberId", TeamMemberId, 1, long.MaxValue));
                return;
        }
    }

    private long Page(string method)
    {
        var id = Check.Range("PageId", PageId ?? throw Missing("PageId", method), 0, long.MaxValue)!.Value;
        return id;
    }

    private long Report(string method) => Check.Range("ReportId", ReportId ?? throw Missing("ReportId", method), 1, long.MaxValue)!.Value;

    private string NameSent(string fallback)
    {
        var name = (Name ?? fallback).Trim();
        return name.Length is > 0 and <= 300 ? name : throw new InvalidInputException("Name", "-Name takes 1 to 300 characters.");
    }

    private void WriteScanSettings(RequestWriter writer)
    {
        writer.Add("userAgent", Check.Range("UserAgent", UserAgent ?? 0, 0, 5))
            .Add("httpAuthLogin", Login)
            .Add("httpAuthPass", Password);
    }

    private static InvalidInputException Missing(string parameter, string method) => new(parameter, $"-{parameter} is required by AuditOnePage.{method}.");
}

/// <summary>
/// Serpstat's one-page audit (§16, <c>AuditOnePage</c>, 11 methods): a scan or rescan spends 10
/// audit credits (JavaScript rendering; no lines) and is never sent twice; the rest is free.
/// </summary>
public static class SerpstatPageAuditOperations
{
    private const string Procedure = "AuditOnePage.";

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditStart> Scan { get; } = Write("scan", RequestSafety.CreatesPaidWork);

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditStart> Rescan { get; } = Write("rescan", RequestSafety.CreatesPaidWork);

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditStart> Stop { get; } = Write("stop", RequestSafety.Idempotent);

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditStart> Remove { get; } = Write("remove", RequestSafety.Idempotent);

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditReport> PageReport { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getPageAudit", Json.SerpstatAuditReport, (q, w) => q.WriteTo(w, "getPageAudit"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => (r.PageId, r.ReportId) = (q.PageId, r.Report?.Id),
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditReport> Report { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getAudit", Json.SerpstatAuditReport, (q, w) => q.WriteTo(w, "getAudit"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => (r.ReportId, r.PageId) = (q.ReportId, r.Pages?.FirstOrDefault()?.PageId),
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatAuditUrl> ErrorRows { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getErrorRows", Json.SerpstatAuditUrl, (q, w) => q.WriteTo(w, "getErrorRows"))
    {
        Paging = Paging.PageAndSize(100, SerpstatRpc.MaxPage),
        Rows = RowLocation.InProperty("result", "data"),
        Stamp = (q, r, _) => (r.ReportId, r.Issue) = (q.ReportId, q.Issue?.Trim()),
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatPageAuditInfo> Pages { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getPagesList", Json.SerpstatPageAuditInfo, (q, w) => q.WriteTo(w, "getPagesList"))
    {
        Paging = Paging.OffsetAndLimit(30, SerpstatRpc.MaxPage) with { TotalAnswer = "result.totalCount" },
        Rows = RowLocation.InPropertyOnly("data").Under("result"),
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatOnePageReport> Reports { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getReportsListByPage", Json.SerpstatOnePageReport, (q, w) => q.WriteTo(w, "getReportsListByPage"))
    {
        Paging = Paging.OffsetAndLimit(30, SerpstatRpc.MaxPage),
        Rows = RowLocation.InProperty("result", "data"),
        Stamp = (q, r, _) => r.PageId = q.PageId,
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatPageAuditInfo> Names { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "pageNames", Json.SerpstatPageAuditInfo, (q, w) => q.WriteTo(w, "pageNames"))
    {
        Rows = RowLocation.InPropertyOnly("data").Under("result"),
    };

    public static Operation<SerpstatPageAuditQuery, SerpstatPageAuditLogEntry> Log { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "userLog", Json.SerpstatPageAuditLogEntry, (q, w) => q.WriteTo(w, "userLog"))
    {
        // The log's pages count from 0: one page of up to 1,000 entries, the first, is read.
        Paging = Paging.Limit(100, SerpstatRpc.MaxPage) with { LimitName = "pageSize", TotalAnswer = "result.totalCount" },
        Rows = RowLocation.InPropertyOnly("items").Under("result"),
        Stamp = (q, r, _) => r.ReportId = q.ReportId ?? 0,
    };

    public static Operation[] AllOperations => [Scan, Rescan, Stop, Remove, PageReport, Report, ErrorRows, Pages, Reports, Names, Log];

    public static string Describe(long pageId) => "one-page audit " + pageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The latest report of a page as getPageAudit gives it, or null.</summary>
    public static SerpstatOnePageReport? LatestOf(SerpstatAuditReport report)
    {
        var latest = (report ?? throw new ArgumentNullException(nameof(report))).Report;
        if (latest is not null)
        {
            latest.PageId = report.PageId;
        }

        return latest;
    }

    /// <summary>Waits for one-page audits: each page handed out when its latest report reaches 100 %.</summary>
    public static Task<IReadOnlyList<long>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<long> pageIds,
        PollOptions options,
        IJobPollObserver<long, SerpstatOnePageReport> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            pageIds,
            async (id, token) => LatestOf(await connection.GetAsync(PageReport, new SerpstatPageAuditQuery { PageId = id }, trace, token).ConfigureAwait(false)) ?? new SerpstatOnePageReport { PageId = id },
            report => report.Progress >= 100
                ? new JobReading(JobStage.Done, "finished")
                : new JobReading(JobStage.Running, "processing", (report.Progress ?? 0).ToString(CultureInfo.InvariantCulture) + " %"),
            Describe,
            options,
            observer,
            cancellationToken);

    private static Operation<SerpstatPageAuditQuery, SerpstatAuditStart> Write(string method, RequestSafety safety) => new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, Json.SerpstatAuditStart, (q, w) => q.WriteTo(w, method))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = safety,
        Stamp = (q, r, _) => r.PageId ??= q.PageId,
    };

    private static SerpstatAuditJsonContext Json => SerpstatAuditJsonContext.Default;
}
