using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Serpstat.Audit;

/// <summary>What the site-audit methods about one project or one report take.</summary>
public sealed record SerpstatAuditQuery
{
    public long? ProjectId { get; init; }

    public long? ReportId { get; init; }

    /// <summary>The report to compare with (compareReportId): new and fixed counts are against it.</summary>
    public long? CompareReportId { get; init; }

    /// <summary>The issue's key (errorName): errors_400, no_title…</summary>
    public string? Issue { get; init; }

    /// <summary>all (default), new or solved.</summary>
    public string? Mode { get; init; }

    /// <summary>The element whose sub-elements to read (crc, from getErrorElements).</summary>
    public long? Crc { get; init; }

    /// <summary>mgxlsx, mgxlsx_mfiles or puppeter_pdf (export).</summary>
    public string? ExportType { get; init; }

    internal void WriteTo(RequestWriter writer, string method)
    {
        var needsProject = method is "getList" or "getScanUserUrlList" or "getSettings" or "start" or "stop" or "getHistoryByCountError" or "getErrorElements" or "getSubElementsByCrc";
        var needsReport = method is "getBasicInfo" or "getReportWithoutDetails" or "getCategoriesStatistic" or "getErrorElements" or "getSubElementsByCrc" or "export";
        var needsIssue = method is "getHistoryByCountError" or "getErrorElements" or "getSubElementsByCrc";
        if (needsProject)
        {
            writer.Add("projectId", Check.Range("ProjectId", ProjectId ?? throw Missing("ProjectId", method), 1, long.MaxValue));
        }

        if (needsReport)
        {
            writer.Add("reportId", Check.Range("ReportId", ReportId ?? throw Missing("ReportId", method), 1, long.MaxValue));
        }

        if (method is "getReportWithoutDetails" or "getErrorElements" or "getSubElementsByCrc")
        {
            // getErrorElements cannot do without a report to compare with: the report itself when none is given.
            writer.Add("compareReportId", Check.Range("CompareReportId", CompareReportId ?? (method == "getErrorElements" ? ReportId : null), 1, long.MaxValue));
        }

        if (needsIssue)
        {
            writer.Add("errorName", SerpstatAuditIssues.Check("Issue", Issue ?? throw Missing("Issue", method)));
            if (method != "getHistoryByCountError")
            {
                writer.Add("mode", Check.OneOf("Mode", Mode, "all", "new", "solved"));
            }
        }

        if (method == "getSubElementsByCrc")
        {
            writer.Add("crc", Crc ?? throw Missing("Crc", method));
        }

        if (method == "export")
        {
            writer.Add("exportType", Check.OneOf("ExportType", ExportType ?? throw Missing("ExportType", method), "mgxlsx", "mgxlsx_mfiles", "puppeter_pdf"));
        }

        writer.Target = needsReport ? "report " + ReportId?.ToString(CultureInfo.InvariantCulture) : ProjectId is { } project ? "project " + project.ToString(CultureInfo.InvariantCulture) : "the defaults";
    }

    private static InvalidInputException Missing(string parameter, string method) => new(parameter, $"-{parameter} is required by AuditSite.{method}.");
}

/// <summary>
/// What AuditSite.setSettings takes: every setting of a project. The module reads the project's
/// settings first (<see cref="Current"/>) and changes only what was given, since Serpstat needs
/// every block in every call.
/// </summary>
public sealed record SerpstatAuditSettingsQuery
{
    public long ProjectId { get; init; }

    /// <summary>The settings read before (getSettings): what is not given is sent as it was.</summary>
    public SerpstatAuditSettings? Current { get; init; }

    public string? Name { get; init; }

    public bool? SubdomainsCheck { get; init; }

    public long? PagesLimit { get; init; }

    /// <summary>Requests per second to the site, 1 to 30.</summary>
    public int? ScanSpeed { get; init; }

    public bool? AutoSpeed { get; init; }

    public bool? AutoUserAgent { get; init; }

    public bool? ScanNoIndex { get; init; }

    public bool? ScanWrongCanonical { get; init; }

    public long? ScanDuration { get; init; }

    public long? FolderDepth { get; init; }

    public long? UrlDepth { get; init; }

    /// <summary>Serpstat's user-agent code, 0 to 5.</summary>
    public int? UserAgent { get; init; }

    public bool? RobotsTxt { get; init; }

    public bool? WithImages { get; init; }

    /// <summary>Words whose pages are not scanned; empty turns the block off.</summary>
    public string? DontScanKeywords { get; init; }

    /// <summary>Words whose pages alone are scanned; empty turns the block off.</summary>
    public string? OnlyScanKeywords { get; init; }

    public string? AuthLogin { get; init; }

    public string? AuthPassword { get; init; }

    public IReadOnlyList<string>? MailEmails { get; init; }

    /// <summary>0 to 5.</summary>
    public int? MailInterval { get; init; }

    public bool? MailEnabled { get; init; }

    /// <summary>0 to 5.</summary>
    public int? ScheduleRepeatOption { get; init; }

    /// <summary>1 to 3.</summary>
    public int? ScanType { get; init; }

    public IReadOnlyList<string>? ScanList { get; init; }

    /// <summary>Whether anything is to change.</summary>
    internal bool ChangesSomething =>
        Name is not null || SubdomainsCheck is not null || PagesLimit is not null || ScanSpeed is not null || AutoSpeed is not null || AutoUserAgent is not null
        || ScanNoIndex is not null || ScanWrongCanonical is not null || ScanDuration is not null || FolderDepth is not null || UrlDepth is not null || UserAgent is not null
        || RobotsTxt is not null || WithImages is not null || DontScanKeywords is not null || OnlyScanKeywords is not null || AuthLogin is not null || AuthPassword is not null
        || MailEmails is not null || MailInterval is not null || MailEnabled is not null || ScheduleRepeatOption is not null || ScanType is not null || ScanList is not null;

    internal void WriteTo(RequestWriter writer)
    {
        Check.Range("ProjectId", ProjectId, 1, long.MaxValue);
        if (!ChangesSomething)
        {
            throw new InvalidInputException("Name", "Nothing to change: give at least one setting (-Name, -PagesLimit, -ScanSpeed…).");
        }

        Check.Range("ScanSpeed", ScanSpeed, 1, 30);
        Check.Range("UserAgent", UserAgent, 0, 5);
        Check.Range("MailInterval", MailInterval, 0, 5);
        Check.Range("ScheduleRepeatOption", ScheduleRepeatOption, 0, 5);
        Check.Range("ScanType", ScanType, 1, 3);
        Check.Range("PagesLimit", PagesLimit, 1, long.MaxValue);
        if (Name is { } name && name.Trim().Length == 0)
        {
            throw new InvalidInputException("Name", "-Name is empty.");
        }

        writer.Target = "project " + ProjectId.ToString(CultureInfo.InvariantCulture);
        var main = Current?.Main ?? new SerpstatAuditMainSettings();
        writer.Add("projectId", ProjectId)
            .AddJson("mainSettings", new Dictionary<string, object?>
            {
                ["domain"] = main.Domain ?? string.Empty,
                ["name"] = Name?.Trim() ?? main.Name ?? string.Empty,
                ["subdomainsCheck"] = SubdomainsCheck ?? main.SubdomainsCheck ?? false,
                ["pagesLimit"] = PagesLimit ?? main.PagesLimit ?? 500L,
                ["scanSpeed"] = ScanSpeed ?? main.ScanSpeed ?? 3,
                ["autoSpeed"] = AutoSpeed ?? main.AutoSpeed ?? false,
                ["autoUserAgent"] = AutoUserAgent ?? main.AutoUserAgent ?? false,
                ["scanNoIndex"] = ScanNoIndex ?? main.ScanNoIndex ?? false,
                ["scanWrongCanonical"] = ScanWrongCanonical ?? main.ScanWrongCanonical ?? false,
                ["scanDuration"] = ScanDuration ?? main.ScanDuration ?? 0L,
                ["folderDepth"] = FolderDepth ?? main.FolderDepth ?? 0L,
                ["urlDepth"] = UrlDepth ?? main.UrlDepth ?? 0L,
                ["userAgent"] = UserAgent ?? main.UserAgent ?? 0,
                ["robotsTxt"] = RobotsTxt ?? main.RobotsTxt ?? true,
                ["withImages"] = WithImages ?? main.WithImages ?? false,
            })
            .AddJson("dontScanKeywordsBlock", Block(DontScanKeywords, Current?.DontScan))
            .AddJson("onlyScanKeywordsBlock", Block(OnlyScanKeywords, Current?.OnlyScan))
            .AddJson("baseAuthBlock", new Dictionary<string, object?>
            {
                ["login"] = AuthLogin ?? Current?.BaseAuth?.Login ?? string.Empty,
                ["password"] = AuthPassword ?? Current?.BaseAuth?.Password ?? string.Empty,
            })
            .AddJson("mailTriggerSettings", new Dictionary<string, object?>
            {
                ["emails"] = (MailEmails ?? Current?.Mail?.Emails ?? []).Select(e => e.Trim()).ToList(),
                ["interval"] = MailInterval ?? Current?.Mail?.Interval ?? 0,
                ["enabled"] = MailEnabled ?? Current?.Mail?.Enabled ?? false,
            })
            .AddJson("scheduleSettings", new Dictionary<string, object?> { ["scheduleRepeatOption"] = ScheduleRepeatOption ?? Current?.Schedule?.ScheduleRepeatOption ?? 0 })
            .AddJson("scanSetting", new Dictionary<string, object?>
            {
                ["type"] = ScanType ?? Current?.Scan?.Type ?? 1,
                ["list"] = (ScanList ?? Current?.Scan?.List ?? []).ToList(),
                ["importedFilename"] = Current?.Scan?.ImportedFilename ?? string.Empty,
            });
    }

    private static Dictionary<string, object?> Block(string? given, SerpstatAuditKeywordBlock? current) => given is null
        ? new() { ["checked"] = current?.Checked ?? false, ["keywords"] = current?.Keywords ?? string.Empty }
        : new() { ["checked"] = given.Trim().Length > 0, ["keywords"] = given.Trim() };
}

/// <summary>The issue keys the audit methods take (errorName, error): the reference's examples, and any key read from a report in the session.</summary>
public static class SerpstatAuditIssues
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Seen = new(StringComparer.Ordinal);

    /// <summary>The keys the reference names (it gives 6 of the 65 values).</summary>
    public static IReadOnlyList<string> Documented { get; } = ["errors_400", "errors_500", "no_desc", "no_title", "tiny_desc", "long_title"];

    /// <summary>Every key known in this session, for completion.</summary>
    public static IReadOnlyList<string> Known => Documented.Concat(Seen.Keys).Distinct(StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();

    internal static void Remember(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            Seen.TryAdd(key, 0);
        }
    }

    /// <summary>An issue key: lower-case letters, digits and underscores (the list of 65 is not in the reference, so any such key goes).</summary>
    internal static string Check(string parameter, string value)
    {
        var key = (value ?? string.Empty).Trim();
        return key.Length is > 0 and <= 100 && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
            ? key
            : throw new InvalidInputException(parameter, $"-{parameter} '{value}' is not an issue key: keys are lower-case words joined by '_', such as errors_400 or no_title (the Issue column of Get-SerpstatSiteAuditReport).");
    }
}

/// <summary>
/// Serpstat's site audit (§16, <c>AuditSite</c>, 14 methods). Starting an audit spends audit
/// credits (1 a page, 10 with JavaScript rendering; a wallet of its own, SerpstatLimitsProcedure.getAuditStats)
/// and no lines; every other method is free. A start is never sent twice.
/// </summary>
public static class SerpstatAuditOperations
{
    private const string Procedure = "AuditSite.";

    public static Operation<SerpstatAuditQuery, SerpstatAuditReportInfo> List { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getList", Json.SerpstatAuditReportInfo, (q, w) => q.WriteTo(w, "getList"))
    {
        Paging = Paging.OffsetAndLimit(30, SerpstatRpc.MaxPage) with { TotalAnswer = "result.totalCount" },
        Rows = RowLocation.InProperty("result", "data"),
        Stamp = (q, r, _) => r.ProjectId = q.ProjectId ?? 0,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditBasicInfo> BasicInfo { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getBasicInfo", Json.SerpstatAuditBasicInfo, (q, w) => q.WriteTo(w, "getBasicInfo"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => r.ReportId = r.ReportId == 0 ? q.ReportId ?? 0 : r.ReportId,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditReport> Report { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getReportWithoutDetails", Json.SerpstatAuditReport, (q, w) => q.WriteTo(w, "getReportWithoutDetails"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => r.ReportId = q.ReportId,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditCategoryCount> Categories { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getCategoriesStatistic", Json.SerpstatAuditCategoryCount, (q, w) => q.WriteTo(w, "getCategoriesStatistic"))
    {
        Rows = RowLocation.InProperty("result", "data"),
        Stamp = (q, r, _) => r.ReportId = q.ReportId ?? 0,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditIssueElement> Elements { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getErrorElements", Json.SerpstatAuditIssueElement, (q, w) => q.WriteTo(w, "getErrorElements"))
    {
        Paging = Paging.OffsetAndLimit(10, SerpstatRpc.MaxPage) with { TotalAnswer = "result.totalCount" },
        Rows = RowLocation.InPropertyOnly("data").Under("result"),
        Stamp = (q, r, _) => (r.ReportId, r.ProjectId, r.Issue) = (q.ReportId ?? 0, q.ProjectId ?? 0, q.Issue?.Trim() ?? string.Empty),
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditUrl> SubElements { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getSubElementsByCrc", Json.SerpstatAuditUrl, (q, w) => q.WriteTo(w, "getSubElementsByCrc"))
    {
        Paging = Paging.OffsetAndLimit(30, SerpstatRpc.MaxPage) with { TotalAnswer = "result.totalCount" },
        Rows = RowLocation.InPropertyOnly("data").Under("result"),
        Stamp = (q, r, _) => (r.ReportId, r.Issue, r.Crc) = (q.ReportId, q.Issue?.Trim(), q.Crc),
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditIssueCount> History { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getHistoryByCountError", Json.SerpstatAuditIssueCount, (q, w) => q.WriteTo(w, "getHistoryByCountError"))
    {
        // limit and offset are required: the pager always sends them.
        Paging = Paging.OffsetAndLimit(30, SerpstatRpc.MaxPage),
        Rows = RowLocation.InPropertyOnly("errorCounts").Under("result"),
        Stamp = (q, r, _) => (r.ProjectId, r.Issue) = (q.ProjectId ?? 0, q.Issue?.Trim() ?? string.Empty),
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditUrlList> UrlList { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getScanUserUrlList", Json.SerpstatAuditUrlList, (q, w) => q.WriteTo(w, "getScanUserUrlList"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
    };

    public static Operation<NoQuery, SerpstatAuditSettings> DefaultSettings { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getDefaultSettings", Json.SerpstatAuditSettings, NoQuery.Write)
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditSettings> Settings { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getSettings", Json.SerpstatAuditSettings, (q, w) => q.WriteTo(w, "getSettings"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => r.ProjectId = q.ProjectId,
    };

    public static Operation<SerpstatAuditSettingsQuery, SerpstatAuditSettings> SetSettings { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "setSettings", Json.SerpstatAuditSettings, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditStart> Start { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "start", Json.SerpstatAuditStart, (q, w) => q.WriteTo(w, "start"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => r.ProjectId = q.ProjectId ?? 0,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditStart> Stop { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "stop", Json.SerpstatAuditStart, (q, w) => q.WriteTo(w, "stop"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<SerpstatAuditQuery, SerpstatAuditStart> Export { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "export", Json.SerpstatAuditStart, (q, w) => q.WriteTo(w, "export"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
    };

    public static Operation[] AllOperations => [List, BasicInfo, Report, Categories, Elements, SubElements, History, UrlList, DefaultSettings, Settings, SetSettings, Start, Stop, Export];

    public static string Describe(long reportId) => "site audit report " + reportId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The issues of a report, one row per issue of each category; their keys are remembered for completion.</summary>
    public static IReadOnlyList<SerpstatAuditIssue> IssuesOf(SerpstatAuditReport report)
    {
        var rows = (report ?? throw new ArgumentNullException(nameof(report))).Categories?
            .SelectMany(c => (c.Errors ?? []).Select(e => new SerpstatAuditIssue
            {
                ReportId = report.ReportId ?? report.Report?.Id,
                PageId = report.PageId,
                Category = c.Key ?? string.Empty,
                Issue = e.Key ?? string.Empty,
                Priority = e.Priority,
                CountAll = e.CountAll,
                CountNew = e.CountNew,
                CountFixed = e.CountFixed,
                ViewType = e.ViewType,
                HasAdditionRows = e.HasAdditionRows,
            }))
            .ToList() ?? [];
        SerpstatAuditIssues.Remember(rows.Select(r => r.Issue).Where(k => k.Length > 0));
        return rows;
    }

    /// <summary>The URL list's addresses, one row each.</summary>
    public static IEnumerable<SerpstatAuditScanUrl> UrlsOf(SerpstatAuditUrlList list, long projectId) =>
        (list ?? throw new ArgumentNullException(nameof(list))).Urls?.Select(u => new SerpstatAuditScanUrl { ProjectId = projectId, Url = u, ScanType = list.ScanType, IsImported = list.IsImported }) ?? [];

    /// <summary>Sets a project's settings: reads them (getSettings), changes what the query gives, sends them all (setSettings), and reads them back.</summary>
    public static async Task<SerpstatAuditSettings> SetSettingsAsync(this ApiConnection connection, SerpstatAuditSettingsQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var read = new SerpstatAuditQuery { ProjectId = (query ?? throw new ArgumentNullException(nameof(query))).ProjectId };
        var current = await connection.GetAsync(Settings, read, trace, cancellationToken).ConfigureAwait(false);
        _ = await connection.ListAsync(SetSettings, query with { Current = current }, trace, cancellationToken).ConfigureAwait(false);
        return await connection.GetAsync(Settings, read, trace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for site audits: each report handed out when its progress reaches 100 %; a stopped one is a failure.</summary>
    public static Task<IReadOnlyList<long>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<long> reportIds,
        PollOptions options,
        IJobPollObserver<long, SerpstatAuditBasicInfo> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            reportIds,
            (id, token) => connection.GetAsync(BasicInfo, new SerpstatAuditQuery { ReportId = id }, trace, token),
            info => info.Status switch
            {
                "finished" => new JobReading(JobStage.Done, "finished"),
                "stopped" => new JobReading(JobStage.Failed, "stopped"),
                _ => new JobReading(JobStage.Running, "processing", $"{info.Progress ?? 0} %, {info.CheckedPageCount ?? 0:N0} pages checked"),
            },
            Describe,
            options,
            observer,
            cancellationToken);

    private static SerpstatAuditJsonContext Json => SerpstatAuditJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SerpstatAuditReportInfo))]
[JsonSerializable(typeof(SerpstatAuditBasicInfo))]
[JsonSerializable(typeof(SerpstatAuditStart))]
[JsonSerializable(typeof(SerpstatAuditReport))]
[JsonSerializable(typeof(SerpstatAuditCategoryCount))]
[JsonSerializable(typeof(SerpstatAuditIssueElement))]
[JsonSerializable(typeof(SerpstatAuditUrl))]
[JsonSerializable(typeof(SerpstatAuditIssueCount))]
[JsonSerializable(typeof(SerpstatAuditUrlList))]
[JsonSerializable(typeof(SerpstatAuditSettings))]
[JsonSerializable(typeof(SerpstatOnePageReport))]
[JsonSerializable(typeof(SerpstatPageAuditInfo))]
[JsonSerializable(typeof(SerpstatPageAuditLogEntry))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SerpstatAuditJsonContext : JsonSerializerContext
{
}
