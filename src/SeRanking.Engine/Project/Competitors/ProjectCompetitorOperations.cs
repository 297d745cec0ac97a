using System.Globalization;
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

namespace SeRanking.Engine.Project.Competitors;

/// <summary>
/// A project's competitors and the competition in its results (Project reference §5; unified map
/// §5.4 #34–#40), each described once with its form in both dialects. Free. The legacy paths of
/// the SERP reads keep the trailing slash the official code sends.
/// </summary>
public static class ProjectCompetitorOperations
{
    /// <summary>Answers 201 <c>{"id": n}</c>.</summary>
    public static Operation<ProjectCompetitorAddQuery, ProjectWriteAnswer> Add { get; } = new(
        ProjectRoutes.Both("POST competitors", "POST competitors"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectSiteQuery, ProjectCompetitor> List { get; } = new(
        ProjectRoutes.Both("GET competitors/site/{site_id}", "GET competitors"), Json.ProjectCompetitor, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<ProjectCompetitorQuery, ProjectWriteAnswer> Remove { get; } = new(
        ProjectRoutes.Both("DELETE competitors/{competitor_id}", "DELETE competitors"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>One row per keyword × engine × date.</summary>
    public static Operation<ProjectCompetitorPositionQuery, ProjectCompetitorPosition> Positions { get; } = new(
        ProjectRoutes.Both("GET competitors/{competitor_id}/positions", "GET competitors/positions"), Json.ProjectCompetitorPosition, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InEachElement("keywords", "site_engine_id"),
        Stamp = (q, r, section) => (r.CompetitorId, r.SiteEngineId) = (q.CompetitorId, long.TryParse(section, NumberStyles.Integer, CultureInfo.InvariantCulture, out var engine) ? engine : q.SiteEngineId),
        Expand = r => r.PerDate(),
    };

    public static Operation<ProjectSerpCompetitorQuery, ProjectSerpCompetitor> Top10 { get; } = new(
        ProjectRoutes.Both("GET competitors/top10/{site_id}/", "GET competitors/serp10"), Json.ProjectSerpCompetitor, (q, w) => q.WriteTo(w, hundred: false))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = Stamped,
    };

    public static Operation<ProjectSerpCompetitorQuery, ProjectSerpCompetitor> Top100 { get; } = new(
        ProjectRoutes.Both("GET competitors/top100/{site_id}/", "GET competitors/serp100"), Json.ProjectSerpCompetitor, (q, w) => q.WriteTo(w, hundred: true))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = Stamped,
    };

    public static Operation<ProjectCompetitorMetricQuery, ProjectCompetitorMetric> Metrics { get; } = new(
        ProjectRoutes.Both("GET competitors/all/{site_id}/", "GET competitors/metrics"), Json.ProjectCompetitorMetric, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.SiteId, r.SiteEngineId, r.Date) = (q.SiteId, q.SiteEngineId, q.Date!.Value.Date),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [Add, List, Remove, Positions, Top10, Top100, Metrics];

    /// <summary>Adds a competitor and describes it as Get-SrProjectCompetitor would.</summary>
    public static async Task<ProjectCompetitor> AddCompetitorAsync(this ApiConnection connection, ProjectCompetitorAddQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(Add, query, trace, cancellationToken).ConfigureAwait(false);
        var id = answer?.Id ?? throw connection.Failures.Malformed(new ApiRequest(Add.Method, Add.Path), 201, 1, "the answer carried no id: the call may have added the competitor; look for it before trying again");
        return new ProjectCompetitor { SiteId = query.SiteId, CompetitorId = id, Url = query.Url?.Trim(), Name = query.Name?.Trim() ?? query.Url?.Trim(), SubdomainMatch = query.SubdomainMatch ?? false };
    }

    /// <summary>One competitor of a project, read from its list; null when it has none with that id.</summary>
    public static async Task<ProjectCompetitor?> FindCompetitorAsync(this ApiConnection connection, long siteId, long competitorId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        (await connection.ListAsync(List, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(c => c.CompetitorId == competitorId);

    private static void Stamped(ProjectSerpCompetitorQuery query, ProjectSerpCompetitor row, string? section) =>
        (row.SiteId, row.SiteEngineId, row.KeywordId, row.Date) = (query.SiteId, query.SiteEngineId, query.KeywordId, query.Date!.Value.Date);

    private static ProjectCompetitorJsonContext Json => ProjectCompetitorJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectCompetitor))]
[JsonSerializable(typeof(ProjectCompetitorPosition))]
[JsonSerializable(typeof(ProjectSerpCompetitor))]
[JsonSerializable(typeof(ProjectCompetitorMetric))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectCompetitorJsonContext : JsonSerializerContext
{
}
