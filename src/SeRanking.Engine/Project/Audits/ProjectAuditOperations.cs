using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Audits;

/// <summary>
/// The 21 operations of the project website audit (Project reference §9; unified map §5.8
/// #68–#88), each described once in both dialects: the legacy host's <c>/audit/{audit_id}/…</c>
/// paths and the unified host's <c>/audits/…</c> with <c>audit_id</c> in the query. Free of
/// credits: pages crawled count against the plan's audit-page limit. A create, a recheck, a
/// sitemap or a URL list added is never sent twice once it may have arrived; renames, setting
/// changes, resets and removes of a known id are retried as reads are.
/// </summary>
public static class ProjectAuditOperations
{
    /// <summary>The most rows one list request asks for (the reference gives the default, 100, and no maximum: the Data audit's 1,000 is assumed).</summary>
    public const int MaxPage = 1000;

    /// <summary>Creates an audit and starts its first crawl (legacy <c>/audit/create</c>; the 2026-03 MCP's <c>POST /audit/</c> is older).</summary>
    public static Operation<ProjectAuditCreateQuery, SiteAuditInfo> Create { get; } = new(
        ProjectRoutes.Both("POST audit/create", "POST audits"), Audit.SiteAuditInfo, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) =>
        {
            r.Url ??= q.Domain.Trim();
            r.Title ??= q.Title?.Trim() ?? q.Domain.Trim();
            r.Status ??= "queued";
            r.MaxPages ??= q.PagesAtMost;
        },
    };

    /// <summary>The account's project audits, paged by offset.</summary>
    public static Operation<ProjectAuditListQuery, SiteAuditInfo> List { get; } = new(
        ProjectRoutes.Both("GET audit/list", "GET audits"), Audit.SiteAuditInfo, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items"),
    };

    /// <summary>Where an audit stands and how many pages it crawled.</summary>
    public static Operation<ProjectAuditQuery, SiteAuditStatus> Status { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/", "GET audits/status"), Audit.SiteAuditStatus, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>Score, totals and every check by section (the Data audit's report shape).</summary>
    public static Operation<ProjectAuditQuery, SiteAuditReport> Report { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/report", "GET audits/report"), Audit.SiteAuditReport, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>The crawled pages, paged by offset (unified answer <c>{items, total}</c>).</summary>
    public static Operation<ProjectAuditQuery, SiteAuditPage> Pages { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/pages", "GET audits/pages"), Audit.SiteAuditPage, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items", "pages"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>
    /// The pages that have one issue: legacy <c>/audit/{id}/links?code=</c> (as the UP sources name
    /// it; N8N2 v1.5 called it <c>/pages/issues</c>, unconfirmed), unified <c>/audits/issue-pages</c>.
    /// </summary>
    public static Operation<ProjectAuditIssuePagesQuery, SiteAuditIssuePage> IssuePages { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/links", "GET audits/issue-pages"), Audit.SiteAuditIssuePage, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage) with { TotalAnswer = "total_urls" },
        Rows = RowLocation.InProperty("urls"),
        Stamp = (q, r, _) => (r.AuditId, r.IssueCode) = (q.AuditId, q.Code.Trim()),
    };

    /// <summary>The issues of one page, by its URL or its id.</summary>
    public static Operation<ProjectAuditPageIssuesQuery, SiteAuditIssue> Issues { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/issues", "GET audits/issues"), Audit.SiteAuditIssue, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("issues"),
        Stamp = (q, r, _) => (r.AuditId, r.Url) = (q.AuditId, q.Url?.Trim() ?? q.UrlId?.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>Every link the audit found (legacy <c>foundlinks</c>, unified <c>found-links</c>), paged by offset.</summary>
    public static Operation<ProjectAuditLinksQuery, SiteAuditLink> FoundLinks { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/foundlinks", "GET audits/found-links"), Audit.SiteAuditLink, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, MaxPage),
        Rows = RowLocation.InProperty("items", "links"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>An earlier run, by date.</summary>
    public static Operation<ProjectAuditHistoryQuery, SiteAuditSnapshot> History { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/history", "GET audits/history"), Audit.SiteAuditSnapshot, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.AuditId, r.Date) = (q.AuditId, q.Date.Date),
    };

    /// <summary>A new title (legacy POST <c>/edit</c> from UP, unified PATCH, which n8n found working where the old call failed).</summary>
    public static Operation<ProjectAuditRenameQuery, ProjectWriteAnswer> Rename { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/edit", "PATCH audits"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Deletes the audit and its data (legacy POST, unified DELETE).</summary>
    public static Operation<ProjectAuditQuery, ProjectWriteAnswer> Delete { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/delete", "DELETE audits"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Crawls again with the saved settings; never sent twice.</summary>
    public static Operation<ProjectAuditQuery, ProjectWriteAnswer> Recheck { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/recheck", "POST audits/recheck"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>The audit's whole configuration, read as one document and written out one row per setting.</summary>
    public static Operation<ProjectAuditQuery, JsonRecord> Settings { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/settings", "GET audits/settings"), Audit.JsonRecord, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    /// <summary>Changes some settings, <c>{"settings": {...}}</c>; list-type keys replace the saved lists.</summary>
    public static Operation<ProjectAuditSettingsQuery, ProjectWriteAnswer> UpdateSettings { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/settings", "PATCH audits/settings"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Puts every setting back to SE Ranking's defaults (an empty 200 answer); the same however often it arrives.</summary>
    public static Operation<ProjectAuditQuery, ProjectWriteAnswer> ResetSettings { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/settings/reset", "POST audits/settings/reset"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>The sitemaps the audit crawls from, with their page counts.</summary>
    public static Operation<ProjectAuditQuery, ProjectAuditSitemap> Sitemaps { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/sitemaps", "GET audits/sitemaps"), Json.ProjectAuditSitemap, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items", "sitemaps"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>Adds a sitemap (and makes sitemaps a source, <c>source_sitemap</c> = 1).</summary>
    public static Operation<ProjectAuditSitemapQuery, ProjectAuditSourceAnswer> AddSitemap { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/sitemaps", "POST audits/sitemaps"), Json.ProjectAuditSourceAnswer, (q, w) => Adding(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Removes a sitemap, by its id.</summary>
    public static Operation<ProjectAuditSitemapQuery, ProjectWriteAnswer> RemoveSitemap { get; } = new(
        ProjectRoutes.Both("DELETE audit/{audit_id}/sitemaps/{sitemap_id}", "DELETE audits/sitemaps"), Answers.ProjectWriteAnswer, (q, w) => Removing(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>The URL lists uploaded as the audit's sources.</summary>
    public static Operation<ProjectAuditQuery, ProjectAuditSourceList> SourceLists { get; } = new(
        ProjectRoutes.Both("GET audit/{audit_id}/source-pages", "GET audits/source-pages"), Json.ProjectAuditSourceList, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items", "lists"),
        Stamp = (q, r, _) => r.AuditId = q.AuditId,
    };

    /// <summary>Uploads a text file of URLs, one per line (multipart, field <c>file</c> with a file name); answers 201 <c>{added}</c>; makes the file a source.</summary>
    public static Operation<ProjectAuditSourcePagesQuery, ProjectAuditSourceAnswer> AddSourcePages { get; } = new(
        ProjectRoutes.Both("POST audit/{audit_id}/source-pages", "POST audits/source-pages"), Json.ProjectAuditSourceAnswer, (q, w) => Uploading(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
        Encoding = ParameterEncoding.MultipartFormBody,
    };

    /// <summary>Removes an uploaded URL list, by its id.</summary>
    public static Operation<ProjectAuditSourcePagesQuery, ProjectWriteAnswer> RemoveSourcePages { get; } = new(
        ProjectRoutes.Both("DELETE audit/{audit_id}/source-pages/{list_id}", "DELETE audits/source-pages"), Answers.ProjectWriteAnswer, (q, w) => Dropping(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations =>
    [
        Create, List, Status, Report, Pages, IssuePages, Issues, FoundLinks, History, Rename, Delete, Recheck,
        Settings, UpdateSettings, ResetSettings, Sitemaps, AddSitemap, RemoveSitemap, SourceLists, AddSourcePages, RemoveSourcePages,
    ];

    private static SiteAuditJsonContext Audit => SiteAuditJsonContext.Default;

    private static ProjectAnswerJsonContext Answers => ProjectAnswerJsonContext.Default;

    private static ProjectAuditJsonContext Json => ProjectAuditJsonContext.Default;

    private static ProjectAuditSitemapQuery Adding(ProjectAuditSitemapQuery query) => query.SitemapId is null
        ? query
        : throw new Errors.InvalidInputException("SitemapId", "-SitemapId names a sitemap the audit has: Add-SrProjectAuditSitemap adds one by -Url.");

    private static ProjectAuditSitemapQuery Removing(ProjectAuditSitemapQuery query) => query.SitemapId is not null
        ? query
        : throw new Errors.InvalidInputException("SitemapId", "-SitemapId is required: the sitemap to remove (Get-SrProjectAuditSitemap lists them).");

    private static ProjectAuditSourcePagesQuery Uploading(ProjectAuditSourcePagesQuery query) => query.ListId is null
        ? query
        : throw new Errors.InvalidInputException("ListId", "-ListId names an uploaded list: Add-SrProjectAuditSourcePage uploads a new one from -Url.");

    private static ProjectAuditSourcePagesQuery Dropping(ProjectAuditSourcePagesQuery query) => query.ListId is not null
        ? query
        : throw new Errors.InvalidInputException("ListId", "-ListId is required: the URL list to remove (Get-SrProjectAuditSourcePage lists them).");
}

/// <summary>The project audit flow: create, recheck, wait, the report's checks and the settings as rows.</summary>
public static class ProjectAudits
{
    /// <summary>How messages name an audit.</summary>
    public static string Describe(long auditId) => "project audit " + auditId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates an audit (sent once) and describes it as the list would: what was sent, the new id, queued.</summary>
    public static Task<SiteAuditInfo> CreateProjectAuditAsync(this ApiConnection connection, ProjectAuditCreateQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(ProjectAuditOperations.Create, query ?? throw new ArgumentNullException(nameof(query)), trace, cancellationToken);

    /// <summary>Crawls an audit again with its saved settings (sent once); the audit, queued again.</summary>
    public static async Task<SiteAuditInfo> RecheckProjectAuditAsync(this ApiConnection connection, long auditId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        _ = await connection.SendAsync(ProjectAuditOperations.Recheck, new ProjectAuditQuery { AuditId = auditId }, trace, cancellationToken).ConfigureAwait(false);
        return new SiteAuditInfo { Id = auditId, Status = "queued" };
    }

    /// <summary>Reads where an audit stands.</summary>
    public static Task<SiteAuditStatus> ReadProjectAuditStatusAsync(this ApiConnection connection, long auditId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(ProjectAuditOperations.Status, new ProjectAuditQuery { AuditId = auditId }, trace, cancellationToken);

    /// <summary>Waits for project audits: each handed out as soon as it is finished, cancelled or expired ones as failures, the ids still crawling returned at the timeout.</summary>
    public static Task<IReadOnlyList<long>> WaitForProjectAuditsAsync(
        this ApiConnection connection,
        IReadOnlyList<long> auditIds,
        PollOptions options,
        IJobPollObserver<long, SiteAuditStatus> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            auditIds,
            (id, token) => connection.ReadProjectAuditStatusAsync(id, trace, token),
            status => new JobReading(
                SiteAudits.Classify(status.Status),
                status.Status ?? "queued",
                status.TotalPages is { } pages ? pages.ToString("N0", CultureInfo.InvariantCulture) + " pages crawled" : null),
            Describe,
            options,
            observer,
            cancellationToken);

    /// <summary>The report's checks, one row each, remembered for the completion of issue codes.</summary>
    public static IReadOnlyList<SiteAuditCheck> ChecksOf(SiteAuditReport report) => SiteAudits.ChecksOf(report);

    /// <summary>
    /// The settings of an audit, one row per key, in the answer's order. The answer is the settings
    /// object, or an object holding it under <c>settings</c> (both shapes are read).
    /// </summary>
    public static async Task<IReadOnlyList<ProjectAuditSetting>> ReadSettingsAsync(this ApiConnection connection, long auditId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var document = await connection.GetAsync(ProjectAuditOperations.Settings, new ProjectAuditQuery { AuditId = auditId }, trace, cancellationToken).ConfigureAwait(false);
        var fields = document.Value as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        if (fields.Count == 1 && fields[0].Key == "settings" && fields[0].Value is IReadOnlyList<KeyValuePair<string, object?>> inner)
        {
            fields = inner;
        }

        return fields.Select(field => new ProjectAuditSetting { AuditId = auditId, Name = field.Key, Value = Cell(field.Value) }).ToList();
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "1" : "0",
        IReadOnlyList<KeyValuePair<string, object?>> fields => "{" + string.Join(", ", fields.Select(f => f.Key + ": " + Cell(f.Value))) + "}",
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Cell)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectAuditSitemap))]
[JsonSerializable(typeof(ProjectAuditSourceList))]
[JsonSerializable(typeof(ProjectAuditSourceAnswer))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectAuditJsonContext : JsonSerializerContext
{
}
