using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Project.Account;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Engine.Project.Groups;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Positions;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Engine.Serpstat.Limits;

namespace SeRanking.Engine.Operations;

/// <summary>
/// Every operation the engine describes, family by family: what tests loop over (costs, paging,
/// emulator routes, help and coverage), and how Invoke-SrDataApi and Invoke-SerpstatMethod
/// recognise a path or method they know.
/// </summary>
public static class OperationCatalog
{
    private static readonly Lazy<IReadOnlyList<Operation>> Everything = new(() =>
        AccountOperations.AllOperations
            .Concat(BacklinkOperations.AllOperations)
            .Concat(DomainOperations.AllOperations)
            .Concat(SerpOperations.AllOperations)
            .Concat(SerpExtraOperations.AllOperations)
            .Concat(BacklinkExportOperations.AllOperations)
            .Concat(SiteAuditOperations.AllOperations)
            .Concat(ProjectAccountOperations.AllOperations)
            .Concat(KeywordOperations.AllOperations)
            .Concat(AiSearchOperations.AllOperations)
            .Concat(SerpstatLimitOperations.AllOperations)
            .Concat(Serpstat.Domain.SerpstatDomainOperations.AllOperations)
            .Concat(Serpstat.Keywords.SerpstatKeywordOperations.AllOperations)
            .Concat(Serpstat.Url.SerpstatUrlOperations.AllOperations)
            .Concat(ProjectSiteOperations.AllOperations)
            .Concat(ProjectKeywordOperations.AllOperations)
            .Concat(ProjectPositionOperations.AllOperations)
            .Concat(SystemListOperations.AllOperations)
            .Concat(ProjectGroupOperations.AllOperations)
            .Concat(ProjectCompetitorOperations.AllOperations)
            .Concat(Serpstat.Backlinks.SerpstatBacklinkOperations.AllOperations)
            .Concat(Project.AiTracker.AiTrackerOperations.AllOperations)
            .Concat(Project.AiTracker.AiTrackerSourceOperations.AllOperations)
            .Concat(Serpstat.Projects.SerpstatProjectOperations.AllOperations)
            .Concat(Serpstat.Team.SerpstatTeamOperations.AllOperations)
            .Concat(Serpstat.RankTracker.SerpstatRankTrackerOperations.AllOperations)
            .Concat(Serpstat.Tasks.SerpstatVolumeOperations.AllOperations)
            .Concat(Serpstat.Tasks.SerpstatSerpCrawlOperations.AllOperations)
            .Concat(Serpstat.Tasks.SerpstatClassificationOperations.AllOperations)
            .Concat(Serpstat.Audit.SerpstatAuditOperations.AllOperations)
            .Concat(Serpstat.Audit.SerpstatPageAuditOperations.AllOperations)
            .Concat(Project.Audits.ProjectAuditOperations.AllOperations)
            .Concat(Project.Backlinks.ProjectBacklinkOperations.AllOperations)
            .Concat(ProjectUrlTagOperations.AllOperations)
            .Concat(SubAccountOperations.AllOperations)
            .Concat(ProjectAnalyticsOperations.AllOperations)
            .Concat(SearchVolumeOperations.AllOperations)
            .ToList());

    public static IReadOnlyList<Operation> All => Everything.Value;

    /// <summary>
    /// The operation of <paramref name="api"/> at <paramref name="path"/> (with or without a
    /// leading slash or the version segment) for <paramref name="method"/>; null when none.
    /// </summary>
    public static Operation? Find(ApiKind api, string method, string path)
    {
        if (ApiProfile.Of(api).JsonRpc)
        {
            // One URL for every call: the method in the body tells them apart.
            return string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) ? FindMethod(api, path) : null;
        }

        var wanted = Normalise(path);
        return All.FirstOrDefault(operation =>
            operation.Api == api
            && string.Equals(operation.Method.Method, method, StringComparison.OrdinalIgnoreCase)
            && SameTemplate(Normalise(operation.Path), wanted));
    }

    // A template's id segments match whatever they are named: the Project reference writes one
    // id {id} on some paths and {llm_id} on others, and a descriptor names it as the query sends it.
    private static bool SameTemplate(string template, string path)
    {
        if (string.Equals(template, path, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (left, right) = (template.Split('/'), path.Split('/'));
        return left.Length == right.Length
            && left.Zip(right, (l, r) => string.Equals(l, r, StringComparison.OrdinalIgnoreCase) || (IsId(l) && IsId(r))).All(same => same);
    }

    private static bool IsId(string segment) => segment.StartsWith("{", StringComparison.Ordinal) && segment.EndsWith("}", StringComparison.Ordinal);

    /// <summary>The operation of a JSON-RPC <paramref name="api"/> (Serpstat) for <paramref name="method"/> (case-sensitive, as the API is); null when none.</summary>
    public static Operation? FindMethod(ApiKind api, string method) =>
        All.FirstOrDefault(operation => operation.Api == api && string.Equals(operation.RpcMethod, method?.Trim(), StringComparison.Ordinal));

    /// <summary>
    /// The Project API operation a call of <paramref name="method"/> to <paramref name="path"/>
    /// (relative to the dialect's root, ids filled in: <c>sites/123/keywords</c>) is in
    /// <paramref name="dialect"/>; null when none. A <c>{id}</c> segment of a template matches any segment.
    /// </summary>
    public static Operation? FindProject(ProjectDialect dialect, string method, string path)
    {
        var wanted = Normalise(path).Split('/');
        return All.FirstOrDefault(operation =>
            operation.Routes?.For(dialect) is { } route
            && string.Equals(route.Method.Method, method, StringComparison.OrdinalIgnoreCase)
            && Matches(Normalise(dialect == ProjectDialect.Unified ? route.Path.Substring(ApiProfile.Project.UnifiedPathPrefix!.Length) : route.Path).Split('/'), wanted));
    }

    private static bool Matches(string[] template, string[] path) =>
        template.Length == path.Length
        && template.Zip(path, (t, p) => t.StartsWith("{", StringComparison.Ordinal) || string.Equals(t, p, StringComparison.OrdinalIgnoreCase)).All(same => same);

    private static string Normalise(string path)
    {
        var text = (path ?? string.Empty).Trim();
        var cut = text.IndexOfAny(['?', '#']);
        text = (cut >= 0 ? text.Substring(0, cut) : text).Trim('/');
        return text.StartsWith("v1/", StringComparison.OrdinalIgnoreCase) ? text.Substring(3) : text;
    }
}
