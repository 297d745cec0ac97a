using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>
/// The AI Result Tracker of a project (Project reference §12; unified map §5.11 #102–#123): the
/// brand, the AI engines, their status and statistics, prompts, rankings, answers and prompt
/// groups, each described once with its form in both dialects. Free: prompts count against the
/// plan's AI-tracker limit. The reference writes the engine id <c>{id}</c> on engine paths and
/// <c>{llm_id}</c> on prompt paths; it is one id, <c>llm_id</c> in the unified host's query.
/// </summary>
public static class AiTrackerOperations
{
    public static Operation<AiTrackerSiteQuery, AiTrackerBrand> Brand { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/brands", "GET airt/brand"), Json.AiTrackerBrand, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.SiteId = r.SiteId > 0 ? r.SiteId : q.SiteId,
    };

    /// <summary>Overwrites the brand (the engines share it); one must exist before an engine is added.</summary>
    public static Operation<AiTrackerBrandQuery, ProjectWriteAnswer> SetBrand { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/brands", "POST airt/brand"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerSiteQuery, AiTrackerEngine> Engines { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm", "GET airt/llm"), Json.AiTrackerEngine, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>One engine; on the unified host the list's path with <c>llm_id</c>, answering one object or a list of one (open question 14): both are read.</summary>
    public static Operation<AiTrackerEngineQuery, AiTrackerEngine> Engine { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}", "GET airt/llm"), Json.AiTrackerEngine, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ArrayOrDocument("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Adds an engine in a country; answers its id. Never sent twice.</summary>
    public static Operation<AiTrackerEngineSettingsQuery, ProjectWriteAnswer> AddEngine { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/llm", "POST airt/llm"), Answers.ProjectWriteAnswer, (q, w) => Adding(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<AiTrackerEngineSettingsQuery, ProjectWriteAnswer> UpdateEngine { get; } = new(
        ProjectRoutes.Both("PATCH sites/{site_id}/airt/llm/{llm_id}", "PATCH airt/llm"), Answers.ProjectWriteAnswer, (q, w) => Changing(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerEngineQuery, ProjectWriteAnswer> RemoveEngine { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/airt/llm/{llm_id}", "DELETE airt/llm"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerEngineQuery, AiTrackerStatus> Status { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}/status", "GET airt/llm/status"), Json.AiTrackerStatus, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.LlmId) = (q.SiteId, q.LlmId),
    };

    public static Operation<AiTrackerStatisticsQuery, AiTrackerStatistic> Statistics { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}/statistics", "GET airt/llm/statistics"), Json.AiTrackerStatistic, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.LlmId, r.From, r.To) = (q.SiteId, q.LlmId, q.From?.Date, q.To?.Date),
    };

    /// <summary>Prompts of an engine, 100 by default and 1,000 at most a page (<c>{items, total}</c>).</summary>
    public static Operation<AiTrackerPromptListQuery, AiTrackerPrompt> Prompts { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}/prompts", "GET airt/prompts"), Json.AiTrackerPrompt, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, 1000),
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => (r.SiteId, r.LlmId) = (q.SiteId, q.LlmId),
    };

    /// <summary>Adds prompts in one request; answers <c>{added}</c>; prompts already tracked are skipped. Never sent twice.</summary>
    public static Operation<AiTrackerPromptAddQuery, AiTrackerPromptsAdded> AddPrompts { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/llm/{llm_id}/prompts", "POST airt/prompts"), Json.AiTrackerPromptsAdded, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Removes prompts: a DELETE with a JSON body on the legacy host, <c>POST airt/prompts/delete</c> on the unified one.</summary>
    public static Operation<AiTrackerPromptRemoveQuery, ProjectWriteAnswer> RemovePrompts { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/airt/llm/{llm_id}/prompts", "POST airt/prompts/delete"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Encoding = ParameterEncoding.JsonBody,
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Rankings per prompt, or per group with <c>mode=groups</c>; a dated series becomes one row per date.</summary>
    public static Operation<AiTrackerRankingQuery, AiTrackerRanking> Rankings { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}/prompts/rankings", "GET airt/prompts/rankings"), Json.AiTrackerRanking, (q, w) => q.WriteTo(w))
    {
        Paging = Paging.OffsetAndLimit(100, 1000),
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => (r.SiteId, r.LlmId, r.Mode, r.Date) = (q.SiteId, q.LlmId, q.ByGroup ? "Group" : "Prompt", r.Date ?? (r.Series is { Count: > 0 } ? null : (q.To ?? System.DateTime.Today).Date)),
        Expand = row => row.Expand(),
    };

    public static Operation<AiTrackerAnswerQuery, AiTrackerAnswer> Answer { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/llm/{llm_id}/prompts/{prompt_llm_id}/answer", "GET airt/prompts/answer"), Json.AiTrackerAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => (r.SiteId, r.LlmId, r.PromptLlmId, r.Date) = (q.SiteId, q.LlmId, q.PromptLlmId, r.Date ?? (q.Date ?? System.DateTime.Today).Date),
    };

    public static Operation<AiTrackerPromptGroupListQuery, AiTrackerPromptGroup> PromptGroups { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/airt/prompt-groups", "GET airt/prompts/groups"), Json.AiTrackerPromptGroup, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("items"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Creates a group (400 when the name exists); answers its id. Never sent twice.</summary>
    public static Operation<AiTrackerPromptGroupQuery, ProjectWriteAnswer> CreatePromptGroup { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/prompt-groups", "POST airt/prompts/groups"), Answers.ProjectWriteAnswer, (q, w) => NewGroup(q).WriteNamed(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<AiTrackerPromptGroupQuery, ProjectWriteAnswer> RenamePromptGroup { get; } = new(
        ProjectRoutes.Both("PATCH sites/{site_id}/airt/prompt-groups/{group_id}", "PATCH airt/prompts/groups"), Answers.ProjectWriteAnswer, (q, w) => Group(q).WriteNamed(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Deletes a group; its prompts move to the default group.</summary>
    public static Operation<AiTrackerPromptGroupQuery, ProjectWriteAnswer> DeletePromptGroup { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/airt/prompt-groups/{group_id}", "DELETE airt/prompts/groups"), Answers.ProjectWriteAnswer, (q, w) => Group(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerPromptGroupOrderQuery, ProjectWriteAnswer> OrderPromptGroup { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/prompt-groups/{group_id}/order", "POST airt/prompts/groups/order"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Empties a group: removes its prompts.</summary>
    public static Operation<AiTrackerPromptGroupQuery, ProjectWriteAnswer> ClearPromptGroup { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/airt/prompt-groups/{group_id}/keywords", "DELETE airt/prompts/groups/prompts"), Answers.ProjectWriteAnswer, (q, w) => Group(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerPromptMoveQuery, ProjectWriteAnswer> MovePrompts { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/prompt-groups/{group_id}/moveKeywords", "POST airt/prompts/groups/move"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<AiTrackerPromptTransferQuery, ProjectWriteAnswer> TransferPrompts { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/airt/prompt-groups/moveGroupKeywords", "POST airt/prompts/groups/transfer"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations =>
    [
        Brand, SetBrand, Engines, Engine, AddEngine, UpdateEngine, RemoveEngine, Status, Statistics,
        Prompts, AddPrompts, RemovePrompts, Rankings, Answer,
        PromptGroups, CreatePromptGroup, RenamePromptGroup, DeletePromptGroup, OrderPromptGroup, ClearPromptGroup, MovePrompts, TransferPrompts,
    ];

    private static AiTrackerJsonContext Json => AiTrackerJsonContext.Default;

    private static ProjectAnswerJsonContext Answers => ProjectAnswerJsonContext.Default;

    private static AiTrackerEngineSettingsQuery Adding(AiTrackerEngineSettingsQuery query) => query.Adding
        ? query
        : throw new Errors.InvalidInputException("LlmId", "-LlmId names a tracked engine: Add-SrAiTrackerEngine adds a new one (use Set-SrAiTrackerEngine to change it).");

    private static AiTrackerEngineSettingsQuery Changing(AiTrackerEngineSettingsQuery query) => !query.Adding
        ? query
        : throw new Errors.InvalidInputException("LlmId", "-LlmId is required: the tracked engine to change.");

    private static AiTrackerPromptGroupQuery NewGroup(AiTrackerPromptGroupQuery query) => query.GroupId is null
        ? query
        : throw new Errors.InvalidInputException("GroupId", "-GroupId names an existing group: New-SrAiTrackerPromptGroup creates one.");

    private static AiTrackerPromptGroupQuery Group(AiTrackerPromptGroupQuery query) => query.GroupId is not null
        ? query
        : throw new Errors.InvalidInputException("GroupId", "-GroupId is required: the prompt group.");
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(AiTrackerBrand))]
[JsonSerializable(typeof(AiTrackerEngine))]
[JsonSerializable(typeof(AiTrackerStatus))]
[JsonSerializable(typeof(AiTrackerStatistic))]
[JsonSerializable(typeof(AiTrackerPrompt))]
[JsonSerializable(typeof(AiTrackerPromptsAdded))]
[JsonSerializable(typeof(AiTrackerRanking))]
[JsonSerializable(typeof(AiTrackerAnswer))]
[JsonSerializable(typeof(AiTrackerPromptGroup))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class AiTrackerJsonContext : JsonSerializerContext
{
}
