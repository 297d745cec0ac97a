using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Groups;

/// <summary>
/// Project groups and keyword groups (Project reference §4; unified map §5.3 #24–#33), each
/// described once with its form in both dialects. Free. Creates are never sent twice once they
/// may have arrived; renames, deletes and moves of known ids are retried as reads are.
/// </summary>
public static class ProjectGroupOperations
{
    public static Operation<NoQuery, ProjectGroup> List { get; } = new(
        ProjectRoutes.Both("GET site-groups", "GET sites/groups"), Json.ProjectGroup, NoQuery.Write)
    {
        Rows = RowLocation.TopLevelArray,
    };

    /// <summary>Answers 201 <c>{"group_id": n}</c>.</summary>
    public static Operation<ProjectGroupNameQuery, ProjectWriteAnswer> Create { get; } = new(
        ProjectRoutes.Both("POST site-groups", "POST sites/groups"), Answers.ProjectWriteAnswer, (q, w) => Creating(q, site: false).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectGroupNameQuery, ProjectWriteAnswer> Rename { get; } = new(
        ProjectRoutes.Both("PUT site-groups/{group_id}", "PATCH sites/groups"), Answers.ProjectWriteAnswer, (q, w) => Renaming(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Deletes a project group; its projects stay, ungrouped.</summary>
    public static Operation<ProjectGroupQuery, ProjectWriteAnswer> Delete { get; } = new(
        ProjectRoutes.Both("DELETE site-groups/{group_id}", "DELETE sites/groups"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Moves projects into a group: <c>{"site_ids": [..]}</c>, many in one request.</summary>
    public static Operation<ProjectGroupMoveQuery, ProjectWriteAnswer> MoveProjects { get; } = new(
        ProjectRoutes.Both("POST site-groups/{group_id}/sites", "POST sites/groups/move"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, "site_ids", "SiteId", "projects"))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>The keyword groups of a project.</summary>
    public static Operation<ProjectSiteQuery, ProjectKeywordGroup> KeywordGroups { get; } = new(
        ProjectRoutes.Both("GET keyword-groups/{site_id}", "GET keywords/groups"), Json.ProjectKeywordGroup, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    /// <summary>Answers 201 <c>{"group_id": n}</c>; <c>site_id</c> travels in the body on both hosts.</summary>
    public static Operation<ProjectGroupNameQuery, ProjectWriteAnswer> CreateKeywordGroup { get; } = new(
        ProjectRoutes.Both("POST keyword-groups", "POST keywords/groups"), Answers.ProjectWriteAnswer, (q, w) => Creating(q, site: true).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectGroupNameQuery, ProjectWriteAnswer> RenameKeywordGroup { get; } = new(
        ProjectRoutes.Both("PUT keyword-groups/{group_id}", "PATCH keywords/groups"), Answers.ProjectWriteAnswer, (q, w) => Renaming(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Deletes a keyword group; its keywords stay in the project, ungrouped.</summary>
    public static Operation<ProjectGroupQuery, ProjectWriteAnswer> DeleteKeywordGroup { get; } = new(
        ProjectRoutes.Both("DELETE keyword-groups/{group_id}", "DELETE keywords/groups"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Moves keywords into a group: <c>{"keywords_ids": [..]}</c> (204 on the unified host).</summary>
    public static Operation<ProjectGroupMoveQuery, ProjectWriteAnswer> MoveKeywords { get; } = new(
        ProjectRoutes.Both("POST keyword-groups/{group_id}/keywords", "POST keywords/groups/move"), Answers.ProjectWriteAnswer, (q, w) => q.WriteTo(w, "keywords_ids", "KeywordId", "keywords"))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations =>
        [List, Create, Rename, Delete, MoveProjects, KeywordGroups, CreateKeywordGroup, RenameKeywordGroup, DeleteKeywordGroup, MoveKeywords];

    private static ProjectGroupJsonContext Json => ProjectGroupJsonContext.Default;

    private static ProjectAnswerJsonContext Answers => ProjectAnswerJsonContext.Default;

    private static ProjectGroupNameQuery Creating(ProjectGroupNameQuery query, bool site)
    {
        if (query.GroupId is not null)
        {
            throw new InvalidInputException("GroupId", "-GroupId names an existing group: a create makes a new one (rename with Set-SrProjectGroup or Set-SrProjectKeywordGroup).");
        }

        return site switch
        {
            true when query.SiteId is null => throw new InvalidInputException("SiteId", "-SiteId is required: the project the keyword group is made in."),
            false when query.SiteId is not null => throw new InvalidInputException("SiteId", "-SiteId does not go with a project group: project groups belong to the account."),
            _ => query,
        };
    }

    private static ProjectGroupNameQuery Renaming(ProjectGroupNameQuery query) => query switch
    {
        { GroupId: null } => throw new InvalidInputException("GroupId", "-GroupId is required: the group to rename."),
        { SiteId: not null } => throw new InvalidInputException("SiteId", "-SiteId does not go with a rename: the group's id is enough."),
        _ => query,
    };
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectGroup))]
[JsonSerializable(typeof(ProjectKeywordGroup))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectGroupJsonContext : JsonSerializerContext
{
}
