using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Backlinks;

/// <summary>
/// The 17 operations of a project's backlink checker (Project reference §8; unified map §5.7
/// #51–#67), each described once in both dialects: legacy <c>/backlinks/{site_id}…</c>,
/// <c>/backlink-disavow/{site_id}</c>, <c>/backlink-groups/{site_id}</c>; unified
/// <c>/backlinks/…</c> with <c>site_id</c> in the query. Free of credits (plan limits). Adds,
/// imports, removes by list, rechecks, imports from Search Console and moves are never sent twice
/// once they may have arrived; the settings change, a rename and the deletes of a known id are
/// retried as reads are.
/// </summary>
public static class ProjectBacklinkOperations
{
    /// <summary>The most rows one list request asks for (the reference's limit).</summary>
    public const int MaxPage = 1000;

    public static Operation<ProjectSiteQuery, ProjectBacklink> List { get; } = new(
        ProjectRoutes.Both("GET backlinks/{site_id}", "GET backlinks"), Json.ProjectBacklink, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(MaxPage, MaxPage),
        Rows = RowLocation.InProperty("items", "backlinks"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>One backlink with its charge; answers its <c>{id}</c>.</summary>
    public static Operation<ProjectBacklinkAddQuery, ProjectWriteAnswer> Add { get; } = new(
        ProjectRoutes.Both("POST backlinks/{site_id}", "POST backlinks"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>A list of backlinks in one request (legacy <c>/list</c>, unified <c>/import</c>).</summary>
    public static Operation<ProjectBacklinkImportQuery, ProjectWriteAnswer> Import { get; } = new(
        ProjectRoutes.Both("POST backlinks/{site_id}/list", "POST backlinks/import"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Removes backlinks by row id, a list a request (POST in both dialects).</summary>
    public static Operation<ProjectBacklinkIdsQuery, ProjectWriteAnswer> Remove { get; } = new(
        ProjectRoutes.Both("POST backlinks/{site_id}/delete", "POST backlinks/delete"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, recheck: false))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Checks backlinks again: their status or their indexing.</summary>
    public static Operation<ProjectBacklinkIdsQuery, ProjectWriteAnswer> Recheck { get; } = new(
        ProjectRoutes.Both("POST backlinks/{site_id}/recheck", "POST backlinks/recheck"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, recheck: true))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectSiteQuery, ProjectBacklinkStat> Stat { get; } = new(
        ProjectRoutes.Both("GET backlinks/{site_id}/stat", "GET backlinks/stats"), Json.ProjectBacklinkStat, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Search Console auto-import on or off (PUT legacy, PATCH unified).</summary>
    public static Operation<ProjectBacklinkSettingsQuery, ProjectWriteAnswer> Settings { get; } = new(
        ProjectRoutes.Both("PUT backlinks/{site_id}/settings", "PATCH backlinks/gsc/settings"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Starts an import of the site's Search Console links; answers a token for its status.</summary>
    public static Operation<ProjectSiteQuery, ProjectBacklinkGscImport> StartGscImport { get; } = new(
        ProjectRoutes.Both("POST backlinks/{site_id}/import-gsc", "POST backlinks/gsc/import"), Json.ProjectBacklinkGscImport, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => (r.SiteId, r.Status) = (q.SiteId, r.Status ?? "started"),
    };

    /// <summary>Where a Search Console import stands (with the token on the legacy host; per site on the unified one, as n8n reads it).</summary>
    public static Operation<ProjectBacklinkGscStatusQuery, ProjectBacklinkGscImport> GscImportStatus { get; } = new(
        ProjectRoutes.Both("GET backlinks/{site_id}/import-gsc", "GET backlinks/gsc/import"), Json.ProjectBacklinkGscImport, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.Token) = (q.SiteId, r.Token ?? q.Token),
    };

    public static Operation<ProjectSiteQuery, ProjectBacklinkDisavow> Disavowed { get; } = new(
        ProjectRoutes.Both("GET backlink-disavow/{site_id}", "GET backlinks/disavowed"), Json.ProjectBacklinkDisavow, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(MaxPage, MaxPage),
        Rows = RowLocation.InProperty("items", "list"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<ProjectBacklinkDisavowAddQuery, ProjectWriteAnswer> Disavow { get; } = new(
        ProjectRoutes.Both("POST backlink-disavow/{site_id}", "POST backlinks/disavowed"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectBacklinkItemQuery, ProjectWriteAnswer> RemoveDisavowed { get; } = new(
        ProjectRoutes.Both("DELETE backlink-disavow/{site_id}", "DELETE backlinks/disavowed"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, "DisavowId", "disavow entry"))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<ProjectSiteQuery, ProjectBacklinkGroup> Groups { get; } = new(
        ProjectRoutes.Both("GET backlink-groups/{site_id}", "GET backlinks/groups"), Json.ProjectBacklinkGroup, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items", "groups"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<ProjectBacklinkGroupQuery, ProjectWriteAnswer> CreateGroup { get; } = new(
        ProjectRoutes.Both("POST backlink-groups/{site_id}", "POST backlinks/groups"), Answers.ProjectWriteAnswer, (q, w) => Creating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectBacklinkGroupQuery, ProjectWriteAnswer> RenameGroup { get; } = new(
        ProjectRoutes.Both("PUT backlink-groups/{site_id}", "PATCH backlinks/groups"), Answers.ProjectWriteAnswer, (q, w) => Renaming(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<ProjectBacklinkItemQuery, ProjectWriteAnswer> RemoveGroup { get; } = new(
        ProjectRoutes.Both("DELETE backlink-groups/{site_id}", "DELETE backlinks/groups"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, "GroupId", "backlink group"))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Moves backlinks (row ids only: other ids are silently ignored by the API) and groups' backlinks into a group.</summary>
    public static Operation<ProjectBacklinkMoveQuery, ProjectWriteAnswer> Move { get; } = new(
        ProjectRoutes.Both("POST backlink-groups/{site_id}/move", "POST backlinks/groups/move"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations =>
    [
        List, Add, Import, Remove, Recheck, Stat, Settings, StartGscImport, GscImportStatus,
        Disavowed, Disavow, RemoveDisavowed, Groups, CreateGroup, RenameGroup, RemoveGroup, Move,
    ];

    /// <summary>
    /// Adds backlinks to a project and tells what became of each, in input order: one URL is one
    /// add (answering its id); more are imported as lists of up to
    /// <see cref="ProjectBacklinkImportQuery.BatchSize"/>, one request each. A list the API
    /// refuses makes its URLs Failed with the API's message and the next list goes on; a refusal
    /// that would stop every list (the key, the plan) ends the call.
    /// </summary>
    public static async Task<IReadOnlyList<ProjectBacklinkResult>> AddAllAsync(
        this ApiConnection connection,
        long siteId,
        IReadOnlyList<string> urls,
        long? groupId = null,
        ProjectBacklinkCharge? charge = null,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
    {
        var distinct = (urls ?? throw new ArgumentNullException(nameof(urls))).Select(u => u.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var results = new List<ProjectBacklinkResult>(distinct.Count);
        if (distinct.Count == 1 && groupId is null)
        {
            var answer = await connection.SendAsync(Add, new ProjectBacklinkAddQuery { SiteId = siteId, Url = distinct[0], Charge = charge }, trace, cancellationToken).ConfigureAwait(false);
            results.Add(new ProjectBacklinkResult { SiteId = siteId, Url = distinct[0], BacklinkId = answer?.Id, Status = "Added" });
            return results;
        }

        for (var start = 0; start < distinct.Count; start += ProjectBacklinkImportQuery.BatchSize)
        {
            var batch = distinct.Skip(start).Take(ProjectBacklinkImportQuery.BatchSize).ToList();
            try
            {
                _ = await connection.SendAsync(Import, new ProjectBacklinkImportQuery { SiteId = siteId, Urls = batch, GroupId = groupId, Charge = charge }, trace, cancellationToken).ConfigureAwait(false);
                results.AddRange(batch.Select(url => new ProjectBacklinkResult { SiteId = siteId, Url = url, Status = "Imported" }));
            }
            catch (ApiException failure) when (!failure.StopsTheCommand)
            {
                results.AddRange(batch.Select(url => new ProjectBacklinkResult { SiteId = siteId, Url = url, Status = "Failed", Message = failure.ApiMessage ?? failure.Message }));
            }
        }

        return results;
    }

    /// <summary>Removes or rechecks backlinks, <see cref="ProjectBacklinkIdsQuery.BatchSize"/> ids a request.</summary>
    public static async Task SendInBatchesAsync(
        this ApiConnection connection,
        Operation<ProjectBacklinkIdsQuery, ProjectWriteAnswer> operation,
        long siteId,
        IReadOnlyList<long> backlinkIds,
        string? recheckType = null,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
    {
        var ids = (backlinkIds ?? throw new ArgumentNullException(nameof(backlinkIds))).Distinct().ToList();
        for (var start = 0; start < ids.Count; start += ProjectBacklinkIdsQuery.BatchSize)
        {
            var query = new ProjectBacklinkIdsQuery { SiteId = siteId, BacklinkIds = ids.Skip(start).Take(ProjectBacklinkIdsQuery.BatchSize).ToList(), RecheckType = recheckType };
            _ = await connection.SendAsync(operation, query, trace, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The monitored backlinks of a project with these row ids, read from the list (-PassThru).</summary>
    public static async Task<IReadOnlyList<ProjectBacklink>> ReadBacklinksAsync(this ApiConnection connection, long siteId, IReadOnlyCollection<long> backlinkIds, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var wanted = new HashSet<long>(backlinkIds ?? throw new ArgumentNullException(nameof(backlinkIds)));
        var rows = await connection.ListAsync(List, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        return rows.Where(row => wanted.Contains(row.BacklinkId)).ToList();
    }

    private static ProjectAnswerJsonContext Answers => ProjectAnswerJsonContext.Default;

    private static ProjectBacklinkJsonContext Json => ProjectBacklinkJsonContext.Default;

    private static ProjectBacklinkGroupQuery Creating(ProjectBacklinkGroupQuery query) => query.GroupId is null
        ? query
        : throw new InvalidInputException("GroupId", "-GroupId names an existing group: New-SrProjectBacklinkGroup creates one (Set-SrProjectBacklinkGroup renames it).");

    private static ProjectBacklinkGroupQuery Renaming(ProjectBacklinkGroupQuery query) => query.GroupId is not null
        ? query
        : throw new InvalidInputException("GroupId", "-GroupId is required: the group to rename.");
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectBacklink))]
[JsonSerializable(typeof(ProjectBacklinkStat))]
[JsonSerializable(typeof(ProjectBacklinkDisavow))]
[JsonSerializable(typeof(ProjectBacklinkGroup))]
[JsonSerializable(typeof(ProjectBacklinkGscImport))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectBacklinkJsonContext : JsonSerializerContext
{
}
