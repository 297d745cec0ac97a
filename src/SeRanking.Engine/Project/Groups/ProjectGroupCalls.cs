using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Groups;

/// <summary>Groups as the cmdlets return them: what was just created (from what was sent and the new id), and a group read back.</summary>
public static class ProjectGroupCalls
{
    /// <summary>Creates a project group and describes it as Get-SrProjectGroup would.</summary>
    public static async Task<ProjectGroup> CreateGroupAsync(this ApiConnection connection, string name, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(ProjectGroupOperations.Create, new ProjectGroupNameQuery { Name = name }, trace, cancellationToken).ConfigureAwait(false);
        return new ProjectGroup { GroupId = answer?.Id ?? throw NoId(connection, ProjectGroupOperations.Create), Name = name.Trim(), ProjectCount = 0 };
    }

    /// <summary>Creates a keyword group in a project and describes it as Get-SrProjectKeywordGroup would.</summary>
    public static async Task<ProjectKeywordGroup> CreateKeywordGroupAsync(this ApiConnection connection, long siteId, string name, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(ProjectGroupOperations.CreateKeywordGroup, new ProjectGroupNameQuery { SiteId = siteId, Name = name }, trace, cancellationToken).ConfigureAwait(false);
        return new ProjectKeywordGroup { SiteId = siteId, GroupId = answer?.Id ?? throw NoId(connection, ProjectGroupOperations.CreateKeywordGroup), Name = name.Trim(), KeywordCount = 0 };
    }

    /// <summary>One project group, read from the list; null when the account has none with that id.</summary>
    public static async Task<ProjectGroup?> FindGroupAsync(this ApiConnection connection, long groupId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        (await connection.ListAsync(ProjectGroupOperations.List, NoQuery.Value, trace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(group => group.GroupId == groupId);

    /// <summary>One keyword group of a project, read from its list; null when it has none with that id.</summary>
    public static async Task<ProjectKeywordGroup?> FindKeywordGroupAsync(this ApiConnection connection, long siteId, long groupId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        (await connection.ListAsync(ProjectGroupOperations.KeywordGroups, new Sites.ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false)).FirstOrDefault(group => group.GroupId == groupId);

    private static ApiException NoId(ApiConnection connection, Operation operation) =>
        connection.Failures.Malformed(
            new ApiRequest(operation.Method, operation.Path),
            201,
            1,
            string.Format(CultureInfo.InvariantCulture, "the answer carried no group_id: the call may have created it; look for it before trying again"));
}
