using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Sites;

/// <summary>
/// Calls that combine Project API operations into what a cmdlet returns: what was just created,
/// as a row of the list it joins (built from what was sent and the new id, without a further
/// request), and a resource read back after a change (-PassThru).
/// </summary>
public static class ProjectSiteCalls
{
    /// <summary>Creates a project and describes it as Get-SrProject would (what was sent, and the new id).</summary>
    public static async Task<ProjectSite> CreateAsync(this ApiConnection connection, ProjectSettingsQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(ProjectSiteOperations.Create, query, trace, cancellationToken).ConfigureAwait(false);
        var id = answer?.Id ?? throw NoId(connection, ProjectSiteOperations.Create, "site_id");
        return new ProjectSite
        {
            SiteId = id,
            Title = query.Title?.Trim(),
            Url = query.Url?.Trim(),
            GroupId = query.GroupId ?? 0,
            IsActive = query.Paused != true,
            ExactUrl = query.ExactUrl ?? false,
            SubdomainMatch = query.SubdomainMatch ?? false,
            Depth = query.Depth ?? 100,
            CheckFrequency = query.FrequencySent() ?? "check_daily",
            CheckDay = query.CheckDay,
            KeywordCount = 0,
        };
    }

    /// <summary>One project, read from the list (the API has no single-project read); null when the account has none with that id.</summary>
    public static async Task<ProjectSite?> FindAsync(this ApiConnection connection, long siteId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var sites = await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value, trace, cancellationToken).ConfigureAwait(false);
        return sites.FirstOrDefault(site => site.SiteId == siteId);
    }

    /// <summary>Adds a search engine to a project and describes it as Get-SrProjectSearchEngine would.</summary>
    public static async Task<ProjectSearchEngine> AddSearchEngineAsync(this ApiConnection connection, ProjectSearchEngineSettingsQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(ProjectSiteOperations.AddSearchEngine, query, trace, cancellationToken).ConfigureAwait(false);
        var id = answer?.Id ?? throw NoId(connection, ProjectSiteOperations.AddSearchEngine, "site_engine_id");
        return new ProjectSearchEngine
        {
            SiteId = query.SiteId,
            SiteEngineId = id,
            SearchEngineId = query.SearchEngineId,
            RegionName = query.RegionName?.Trim(),
            Language = query.Language?.Trim(),
            MergeMap = ProjectSearchEngineSettingsQuery.MergeMapSent(query.MergeMap) is { } merge ? long.Parse(merge, CultureInfo.InvariantCulture) : 0,
            BusinessName = query.BusinessName,
            Phone = query.Phone,
            PaidResults = query.PaidResults ?? false,
            FeaturedSnippet = query.FeaturedSnippet ?? false,
        };
    }

    /// <summary>One search engine of a project, read from its list; null when it has none with that id.</summary>
    public static async Task<ProjectSearchEngine?> FindSearchEngineAsync(this ApiConnection connection, long siteId, long siteEngineId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var engines = await connection.ListAsync(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        return engines.FirstOrDefault(engine => engine.SiteEngineId == siteEngineId);
    }

    /// <summary>One keyword of a project, read from its list; null when it has none with that id.</summary>
    public static async Task<ProjectKeyword?> FindKeywordAsync(this ApiConnection connection, long siteId, long keywordId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var keywords = await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        return keywords.FirstOrDefault(keyword => keyword.KeywordId == keywordId);
    }

    private static ApiException NoId(ApiConnection connection, Operation operation, string name) =>
        connection.Failures.Malformed(
            new ApiRequest(operation.Method, operation.Path),
            201,
            1,
            string.Format(CultureInfo.InvariantCulture, "the answer carried no {0}: the call may have created it; look for it before trying again", name));
}
