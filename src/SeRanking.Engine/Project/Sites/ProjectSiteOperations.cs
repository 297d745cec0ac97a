using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Sites;

/// <summary>
/// Projects and their search engines (Project reference §3; unified map §5.2 #4–#12), each
/// described once with its form in both dialects. All free: they count against plan limits.
/// Creates are never sent twice once they may have arrived; updates and deletes of a known id
/// are retried as reads are (<see cref="RequestSafety.Idempotent"/>).
/// </summary>
public static class ProjectSiteOperations
{
    /// <summary>Every project of the account, in one answer.</summary>
    public static Operation<NoQuery, ProjectSite> List { get; } = new(
        ProjectRoutes.Both("GET sites", "GET sites"), Json.ProjectSite, NoQuery.Write)
    {
        Rows = RowLocation.TopLevelArray,
    };

    /// <summary>Creates a project; answers 201 with its <c>site_id</c>.</summary>
    public static Operation<ProjectSettingsQuery, ProjectWriteAnswer> Create { get; } = new(
        ProjectRoutes.Both("POST sites", "POST sites"), Answers.ProjectWriteAnswer, (q, w) => Creating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Changes a project's settings (PUT on the legacy host, PATCH on the unified one).</summary>
    public static Operation<ProjectSettingsQuery, ProjectWriteAnswer> Update { get; } = new(
        ProjectRoutes.Both("PUT sites/{site_id}", "PATCH sites"), Answers.ProjectWriteAnswer, (q, w) => Updating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Deletes a project with its keywords and history.</summary>
    public static Operation<ProjectSiteQuery, ProjectWriteAnswer> Delete { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}", "DELETE sites"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>A project's summary statistics (legacy <c>stat</c>, unified <c>sites/summary</c>).</summary>
    public static Operation<ProjectSiteQuery, ProjectSummary> Summary { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/stat", "GET sites/summary"), Json.ProjectSummary, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>The search engines of a project.</summary>
    public static Operation<ProjectSiteQuery, ProjectSearchEngine> SearchEngines { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/search-engines", "GET sites/search-engines"), Json.ProjectSearchEngine, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Adds a search engine to a project; answers its <c>site_engine_id</c>. On the unified host <c>site_id</c> must travel in the query, even on POST.</summary>
    public static Operation<ProjectSearchEngineSettingsQuery, ProjectWriteAnswer> AddSearchEngine { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/search-engines", "POST sites/search-engines"), Answers.ProjectWriteAnswer, (q, w) => Adding(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Changes a project's search engine.</summary>
    public static Operation<ProjectSearchEngineSettingsQuery, ProjectWriteAnswer> UpdateSearchEngine { get; } = new(
        ProjectRoutes.Both("PUT sites/{site_id}/search-engines/{site_engine_id}", "PATCH sites/search-engines"), Answers.ProjectWriteAnswer, (q, w) => Changing(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Removes a search engine from a project, with its positions.</summary>
    public static Operation<ProjectSearchEngineQuery, ProjectWriteAnswer> RemoveSearchEngine { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/search-engines/{site_engine_id}", "DELETE sites/search-engines"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations =>
        [List, Create, Update, Delete, Summary, SearchEngines, AddSearchEngine, UpdateSearchEngine, RemoveSearchEngine];

    private static ProjectSiteJsonContext Json => ProjectSiteJsonContext.Default;

    private static ProjectAnswerJsonContext Answers => ProjectAnswerJsonContext.Default;

    // One query type serves create and update; the descriptor says which was meant, so an id
    // given to a create (or missing from an update) is refused rather than silently used.
    private static ProjectSettingsQuery Creating(ProjectSettingsQuery query) => query.SiteId is null
        ? query
        : throw new Errors.InvalidInputException("SiteId", "-SiteId names an existing project: New-SrProject creates one (use Set-SrProject to change it).");

    private static ProjectSettingsQuery Updating(ProjectSettingsQuery query) => query.SiteId is not null
        ? query
        : throw new Errors.InvalidInputException("SiteId", "-SiteId is required: the project to change.");

    private static ProjectSearchEngineSettingsQuery Adding(ProjectSearchEngineSettingsQuery query) => query.SiteEngineId is null
        ? query
        : throw new Errors.InvalidInputException("SiteEngineId", "-SiteEngineId names an attached engine: Add-SrProjectSearchEngine attaches a new one (use Set-SrProjectSearchEngine to change it).");

    private static ProjectSearchEngineSettingsQuery Changing(ProjectSearchEngineSettingsQuery query) => query.SiteEngineId is not null
        ? query
        : throw new Errors.InvalidInputException("SiteEngineId", "-SiteEngineId is required: the project's search engine to change.");
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectSite))]
[JsonSerializable(typeof(ProjectSearchEngine))]
[JsonSerializable(typeof(ProjectSummary))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectSiteJsonContext : JsonSerializerContext
{
}
