using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.SiteAudit;

/// <summary>
/// The 14 website-audit operations of the Data API (§8). Creating and rechecking start a paid
/// crawl (2 credits per page standard, 20 advanced), are never sent twice, and cost nothing in
/// their own answer: the crawl is billed on the pages it visits, known once the audit finishes.
/// Every read is free. List wrappers are unconfirmed but for the audit list (<c>items</c>), so
/// each accepts the first array of its answer.
/// </summary>
public static class SiteAuditOperations
{
    /// <summary>The most rows one list request asks for (N8N2 lets pages go to 10,000; the others to 1,000: the lower bound is taken everywhere).</summary>
    public const int MaxPage = 1000;

    /// <summary>POST /v1/site-audit/audits/standard: an HTML crawl; 2 credits per page crawled.</summary>
    public static Operation<SiteAuditCreateQuery, SiteAuditInfo> CreateStandard { get; } = Create("standard");

    /// <summary>POST /v1/site-audit/audits/advanced: a crawl with JavaScript rendering; 20 credits per page crawled.</summary>
    public static Operation<SiteAuditCreateQuery, SiteAuditInfo> CreateAdvanced { get; } = Create("advanced");

    /// <summary>GET /v1/site-audit/audits: the account's audits, paged by offset; free.</summary>
    public static Operation<SiteAuditListQuery, SiteAuditInfo> List { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits", "site-audit/audits", Json.SiteAuditInfo, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items"),
    };

    /// <summary>GET /v1/site-audit/audits/status: where an audit stands and how many pages it crawled; free.</summary>
    public static Operation<SiteAuditQuery, SiteAuditStatus> Status { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/status", "site-audit/audits/status", Json.SiteAuditStatus, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>GET /v1/site-audit/audits/report: score, totals and every check by section; free.</summary>
    public static Operation<SiteAuditQuery, SiteAuditReport> Report { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/report", "site-audit/audits/report", Json.SiteAuditReport, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>GET /v1/site-audit/audits/pages: the crawled pages, paged by offset; free.</summary>
    public static Operation<SiteAuditQuery, SiteAuditPage> Pages { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/pages", "site-audit/audits/pages", Json.SiteAuditPage, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items", "pages"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>GET /v1/site-audit/audits/issue-pages: the URLs that have one issue, paged by offset; free (assumed).</summary>
    public static Operation<SiteAuditIssuePagesQuery, SiteAuditIssuePage> IssuePages { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/issue-pages", "site-audit/audits/issue-pages", Json.SiteAuditIssuePage, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage) with { TotalAnswer = "total_urls" },
        Rows = RowLocation.InProperty("urls"),
        Stamp = (q, r, _) => (r.AuditId, r.IssueCode) = (q.AuditId, q.Code.Trim()),
    };

    /// <summary>GET /v1/site-audit/audits/issues: the issues of one page (by URL or id), paged by offset; free (assumed).</summary>
    public static Operation<SiteAuditPageIssuesQuery, SiteAuditIssue> Issues { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/issues", "site-audit/audits/issues", Json.SiteAuditIssue, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("issues"),
        Stamp = (q, r, _) => (r.AuditId, r.Url) = (q.AuditId, q.Url ?? q.UrlId?.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>GET /v1/site-audit/audits/links: the links found, of a kind, filtered; paged by offset; free (assumed).</summary>
    public static Operation<SiteAuditLinksQuery, SiteAuditLink> Links { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/links", "site-audit/audits/links", Json.SiteAuditLink, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items", "links"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>GET /v1/site-audit/audits/history: an earlier run of an audit, by date; free.</summary>
    public static Operation<SiteAuditHistoryQuery, SiteAuditSnapshot> History { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/site-audit/audits/history", "site-audit/audits/history", Json.SiteAuditSnapshot, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.AuditId, r.Date) = (q.AuditId, q.Date.Date),
    };

    /// <summary>PATCH /v1/site-audit/audits?audit_id=: a new title; empty answer; free.</summary>
    public static Operation<SiteAuditRenameQuery, JsonRecord> Rename { get; } = new(
        ApiKind.SeRankingData, new HttpMethod("PATCH"), "v1/site-audit/audits", "site-audit/audits/edit", Json.JsonRecord, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    /// <summary>DELETE /v1/site-audit/audits?audit_id=: deletes the audit and its data; empty answer; free.</summary>
    public static Operation<SiteAuditQuery, JsonRecord> Delete { get; } = new(
        ApiKind.SeRankingData, new HttpMethod("DELETE"), "v1/site-audit/audits", "site-audit/audits", Json.JsonRecord, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    /// <summary>POST /v1/site-audit/audits/recheck/standard?audit_id=: crawls again with the saved settings; 2 credits per page; never sent twice.</summary>
    public static Operation<SiteAuditQuery, JsonRecord> RecheckStandard { get; } = Recheck("standard");

    /// <summary>POST /v1/site-audit/audits/recheck/advanced?audit_id=: as standard, with JavaScript rendering; 20 credits per page.</summary>
    public static Operation<SiteAuditQuery, JsonRecord> RecheckAdvanced { get; } = Recheck("advanced");

    public static Operation[] AllOperations =>
    [
        CreateStandard, CreateAdvanced, List, Status, Report, Pages, IssuePages, Issues, Links, History, Rename, Delete, RecheckStandard, RecheckAdvanced,
    ];

    /// <summary>What crawling up to <paramref name="pages"/> pages costs at most.</summary>
    public static CreditForecast CrawlForecast(bool advanced, long pages) => (advanced ? CreateAdvanced : CreateStandard).Forecast(pages, 1);

    /// <summary>What rechecking up to <paramref name="pages"/> pages costs at most.</summary>
    public static CreditForecast RecheckForecast(bool advanced, long pages) => (advanced ? RecheckAdvanced : RecheckStandard).Forecast(pages, 1);

    /// <summary>Credits per page crawled: 2 standard, 20 advanced (the catalogue's rows).</summary>
    public static long RatePerPage(bool advanced) => (advanced ? CreateAdvanced : CreateStandard).Cost.PerRecord;

    private static SiteAuditJsonContext Json => SiteAuditJsonContext.Default;

    private static Operation<SiteAuditCreateQuery, SiteAuditInfo> Create(string kind) => new(
        ApiKind.SeRankingData, HttpMethod.Post, "v1/site-audit/audits/" + kind, "site-audit/audits/" + kind, Json.SiteAuditInfo, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Safety = RequestSafety.CreatesPaidWork,

        // The answer is only the new id: the crawl it starts is billed on its pages, later.
        Charge = (_, _, _, _) => 0,
        Stamp = (q, r, _) =>
        {
            r.Url ??= q.Domain.Trim();
            r.Title ??= q.Title?.Trim() ?? q.Domain.Trim();
            r.Status ??= "queued";
            r.Kind ??= kind;
            r.MaxPages ??= q.PagesAtMost;
        },
    };

    private static Operation<SiteAuditQuery, JsonRecord> Recheck(string kind) => new(
        ApiKind.SeRankingData, HttpMethod.Post, "v1/site-audit/audits/recheck/" + kind, "site-audit/audits/recheck/" + kind, Json.JsonRecord, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Safety = RequestSafety.CreatesPaidWork,
        Charge = (_, _, _, _) => 0,

        // No body: the audit id travels in the query.
        Encoding = ParameterEncoding.Query,
    };
}

/// <summary>The site-audit flow: create or recheck, wait, and the answers with no rows.</summary>
public static class SiteAudits
{
    /// <summary>How messages name an audit.</summary>
    public static string Describe(long auditId) => "site audit " + auditId.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a status word means: finished is done; cancelled, expired (and failed or error) end without a result.</summary>
    public static JobStage Classify(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "finished" or "complete" or "completed" or "done" => JobStage.Done,
        "cancelled" or "canceled" or "expired" or "failed" or "error" => JobStage.Failed,
        _ => JobStage.Running,
    };

    /// <summary>Creates an audit and starts its crawl (sent once: it starts paid work).</summary>
    public static Task<SiteAuditInfo> CreateAsync(this ApiConnection connection, SiteAuditCreateQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(query?.Advanced == true ? SiteAuditOperations.CreateAdvanced : SiteAuditOperations.CreateStandard, query!, trace, cancellationToken);

    /// <summary>Crawls an audit again with its saved settings (sent once); the audit, queued again.</summary>
    public static async Task<SiteAuditInfo> RecheckAsync(this ApiConnection connection, SiteAuditQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        await connection.SendDiscardingAnswerAsync(query.Advanced ? SiteAuditOperations.RecheckAdvanced : SiteAuditOperations.RecheckStandard, query, trace, cancellationToken).ConfigureAwait(false);
        return new SiteAuditInfo { Id = query.AuditId, Status = "queued", Kind = query.Advanced ? "advanced" : "standard", MaxPages = query.MaxPages };
    }

    /// <summary>Reads where an audit stands (free).</summary>
    public static Task<SiteAuditStatus> ReadStatusAsync(this ApiConnection connection, long auditId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(SiteAuditOperations.Status, new SiteAuditQuery { AuditId = auditId }, trace, cancellationToken);

    /// <summary>Waits for audits: each handed out as soon as it is finished, cancelled or expired ones as failures, the ids still crawling returned at the timeout.</summary>
    public static Task<IReadOnlyList<long>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<long> auditIds,
        PollOptions options,
        IJobPollObserver<long, SiteAuditStatus> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            auditIds,
            (id, token) => connection.ReadStatusAsync(id, trace, token),
            status => new JobReading(
                Classify(status.Status),
                status.Status ?? "queued",
                status.TotalPages is { } pages ? pages.ToString("N0", CultureInfo.InvariantCulture) + " pages crawled" : null),
            Describe,
            options,
            observer,
            cancellationToken);

    /// <summary>The report's checks, one row each, remembered for the completion of issue codes.</summary>
    public static IReadOnlyList<SiteAuditCheck> ChecksOf(SiteAuditReport report)
    {
        var checks = (report ?? throw new ArgumentNullException(nameof(report))).Checks;
        SiteAuditIssueCodes.Remember(checks);
        return checks;
    }

    /// <summary>Renames, deletes or rechecks: sends the call once and reads nothing from its (empty) answer.</summary>
    public static Task SendAsync<TQuery>(this ApiConnection connection, Operation<TQuery, JsonRecord> operation, TQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.SendDiscardingAnswerAsync(operation, query, trace, cancellationToken);
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SiteAuditInfo))]
[JsonSerializable(typeof(SiteAuditStatus))]
[JsonSerializable(typeof(SiteAuditReport))]
[JsonSerializable(typeof(SiteAuditPage))]
[JsonSerializable(typeof(SiteAuditIssuePage))]
[JsonSerializable(typeof(SiteAuditIssue))]
[JsonSerializable(typeof(SiteAuditLink))]
[JsonSerializable(typeof(SiteAuditSnapshot))]
[JsonSerializable(typeof(JsonRecord))]
internal sealed partial class SiteAuditJsonContext : JsonSerializerContext
{
}
