using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Analytics;

/// <summary>
/// Analytics and the marketing plan (Project reference §7; unified map §5.6 #45–#50), each
/// described once with its form in both dialects. Free. The legacy paths keep the trailing
/// slashes the official code sends; on the unified host <c>task_id</c> stays in the body of a change.
/// </summary>
public static class ProjectAnalyticsOperations
{
    public static Operation<ProjectSiteQuery, ProjectSearchQuery> SearchQueries { get; } = new(
        ProjectRoutes.Both("GET analytics/{site_id}/google/", "GET analytics/gsc/queries"), Json.ProjectSearchQuery, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("queries", "items", "data"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<ProjectSeoPotentialQuery, ProjectSeoPotential> SeoPotential { get; } = new(
        ProjectRoutes.Both("GET analytics/{site_id}/potential/", "GET analytics/seo-potential"), Json.ProjectSeoPotential, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>The plan, one row per item of each section.</summary>
    public static Operation<ProjectSiteQuery, ProjectMarketingTask> MarketingPlan { get; } = new(
        ProjectRoutes.Both("GET checklist/{site_id}", "GET marketing-plan"), Json.ProjectMarketingTask, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
        Expand = r => r.Spread(),
    };

    public static Operation<ProjectMarketingTaskQuery, ProjectWriteAnswer> CreateTask { get; } = new(
        ProjectRoutes.Both("POST checklist/{site_id}/task", "POST marketing-plan/tasks"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => Creating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Edits or ticks a task (PUT with the legacy trailing slash; PATCH on the unified host).</summary>
    public static Operation<ProjectMarketingTaskQuery, ProjectWriteAnswer> UpdateTask { get; } = new(
        ProjectRoutes.Both("PUT checklist/{site_id}/task/", "PATCH marketing-plan/tasks"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => Updating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<ProjectMarketingTaskDeleteQuery, ProjectWriteAnswer> DeleteTask { get; } = new(
        ProjectRoutes.Both("DELETE checklist/{site_id}/task/{task_id}", "DELETE marketing-plan/tasks"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [SearchQueries, SeoPotential, MarketingPlan, CreateTask, UpdateTask, DeleteTask];

    /// <summary>Creates a task, then reads it back from the plan (by the id answered, else the last task of that title).</summary>
    public static async Task<ProjectMarketingTask?> CreateTaskAsync(this ApiConnection connection, ProjectMarketingTaskQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(CreateTask, query, trace, cancellationToken).ConfigureAwait(false);
        return await FindTaskAsync(connection, query.SiteId, answer?.Id ?? answer?.AdditionalFields?.TakeLong("task_id"), query.Title?.Trim(), trace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One task of a project's plan, by id (or, without one, the last of that title); null when none.</summary>
    public static async Task<ProjectMarketingTask?> FindTaskAsync(this ApiConnection connection, long siteId, long? taskId, string? title, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var plan = await connection.ListAsync(MarketingPlan, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        return taskId is { } id ? plan.FirstOrDefault(task => task.TaskId == id) : plan.LastOrDefault(task => string.Equals(task.Title, title, StringComparison.Ordinal));
    }

    private static ProjectMarketingTaskQuery Creating(ProjectMarketingTaskQuery query) => query.TaskId is null
        ? query
        : throw new Errors.InvalidInputException("TaskId", "-TaskId names an existing task: New-SrProjectMarketingTask creates one (use Set-SrProjectMarketingTask to change it).");

    private static ProjectMarketingTaskQuery Updating(ProjectMarketingTaskQuery query) => query.TaskId is not null
        ? query
        : throw new Errors.InvalidInputException("TaskId", "-TaskId is required: the task to change.");

    private static ProjectAnalyticsJsonContext Json => ProjectAnalyticsJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectSearchQuery))]
[JsonSerializable(typeof(ProjectSeoPotential))]
[JsonSerializable(typeof(ProjectMarketingTask))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectAnalyticsJsonContext : JsonSerializerContext
{
}
