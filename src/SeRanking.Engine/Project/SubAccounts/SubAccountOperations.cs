using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.SubAccounts;

/// <summary>
/// Sub-accounts and their projects (Project reference §10; unified map §5.9 #89–#96), each
/// described once with its form in both dialects. Free. The list pages by limit/offset.
/// </summary>
public static class SubAccountOperations
{
    /// <summary>The sub-accounts, 100 a page (the reference's default; its maximum is not published).</summary>
    public static Operation<NoQuery, SubAccount> List { get; } = new(
        ProjectRoutes.Both("GET users", "GET users"), Json.SubAccount, NoQuery.Write)
    {
        Paging = Paging.OffsetAndLimit(100, 100) with { TotalAnswer = "all_count" },
        Rows = RowLocation.InProperty("list"),
    };

    /// <summary>One sub-account with its settings, access and limits (the unified host serves it at the list's path, with user_id).</summary>
    public static Operation<SubAccountQuery, SubAccount> Get { get; } = new(
        ProjectRoutes.Both("GET users/{user_id}", "GET users"), Json.SubAccount, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    /// <summary>Answers the new id.</summary>
    public static Operation<SubAccountSettingsQuery, ProjectWriteAnswer> Create { get; } = new(
        ProjectRoutes.Both("POST users", "POST users"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => Creating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<SubAccountSettingsQuery, ProjectWriteAnswer> Update { get; } = new(
        ProjectRoutes.Both("PATCH users/{user_id}", "PATCH users"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => Updating(q).WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<SubAccountQuery, ProjectWriteAnswer> Delete { get; } = new(
        ProjectRoutes.Both("DELETE users/{user_id}", "DELETE users"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    public static Operation<SubAccountQuery, SubAccountProject> OwnedProjects { get; } = new(
        ProjectRoutes.Both("GET users/{user_id}/own-sites", "GET users/owned-sites"), Json.SubAccountProject, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("sites", "site_ids", "list"),
        Stamp = (q, r, _) => (r.UserId, r.Relation) = (q.UserId, "Owned"),
        Expand = r => r.Spread(),
    };

    public static Operation<SubAccountQuery, SubAccountProject> SharedProjects { get; } = new(
        ProjectRoutes.Both("GET users/{user_id}/shared-sites", "GET users/shared-sites"), Json.SubAccountProject, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("sites", "site_ids", "list"),
        Stamp = (q, r, _) => (r.UserId, r.Relation) = (q.UserId, "Shared"),
        Expand = r => r.Spread(),
    };

    /// <summary>
    /// Shares projects: a replacing array on the legacy host, one project a call on the unified one.
    /// Not retried once it may have arrived (a replace sent twice is harmless, but a unified call's
    /// semantics are unknown). Use <see cref="ShareAsync"/>, which keeps the projects already shared.
    /// </summary>
    public static Operation<SubAccountShareQuery, ProjectWriteAnswer> Share { get; } = new(
        ProjectRoutes.Both("POST users/{user_id}/shared-sites", "POST users/shared-sites"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [List, Get, Create, Update, Delete, OwnedProjects, SharedProjects, Share];

    /// <summary>
    /// Shares <paramref name="siteIds"/> with a sub-account without unsharing any other: reads the
    /// shared set first; on the legacy host (an array that replaces the set) sends the union in one
    /// call; on the unified host (one project a call, replace-or-add unknown) sends each project not
    /// yet shared. Then reads the set again and tells, per project, what became of it: Shared,
    /// AlreadyShared, or Lost (shared before, not after: the API replaced the set).
    /// </summary>
    public static async Task<IReadOnlyList<SubAccountShare>> ShareAsync(
        this ApiConnection connection, long userId, IReadOnlyList<long> siteIds, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var account = new SubAccountQuery { UserId = userId };
        var before = new HashSet<long>((await connection.ListAsync(SharedProjects, account, trace, cancellationToken).ConfigureAwait(false)).Select(p => p.SiteId));
        var wanted = siteIds.Distinct().ToList();
        var fresh = wanted.Where(id => !before.Contains(id)).ToList();
        if (fresh.Count > 0)
        {
            if (connection.ProjectDialect == ProjectDialect.Unified)
            {
                foreach (var id in fresh)
                {
                    _ = await connection.SendAsync(Share, new SubAccountShareQuery { UserId = userId, SiteIds = [id] }, trace, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                _ = await connection.SendAsync(Share, new SubAccountShareQuery { UserId = userId, SiteIds = [.. before.OrderBy(id => id), .. fresh] }, trace, cancellationToken).ConfigureAwait(false);
            }
        }

        var after = new HashSet<long>((await connection.ListAsync(SharedProjects, account, trace, cancellationToken).ConfigureAwait(false)).Select(p => p.SiteId));
        var results = wanted.Select(id => new SubAccountShare
        {
            UserId = userId,
            SiteId = id,
            Status = !after.Contains(id) ? "Lost" : before.Contains(id) ? "AlreadyShared" : "Shared",
            Message = after.Contains(id) ? null : "The project is not in the shared set after the call.",
        }).ToList();
        results.AddRange(before.Where(id => !after.Contains(id) && !wanted.Contains(id)).OrderBy(id => id).Select(id => new SubAccountShare
        {
            UserId = userId,
            SiteId = id,
            Status = "Lost",
            Message = "It was shared before the call and is not afterwards: the API replaced the shared set. Share it again.",
        }));
        return results;
    }

    private static SubAccountSettingsQuery Creating(SubAccountSettingsQuery query) => query.UserId is null
        ? query
        : throw new Errors.InvalidInputException("UserId", "-UserId names an existing sub-account: New-SrSubAccount creates one (use Set-SrSubAccount to change it).");

    private static SubAccountSettingsQuery Updating(SubAccountSettingsQuery query) => query.UserId is not null
        ? query
        : throw new Errors.InvalidInputException("UserId", "-UserId is required: the sub-account to change.");

    private static SubAccountJsonContext Json => SubAccountJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SubAccount))]
[JsonSerializable(typeof(SubAccountProject))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SubAccountJsonContext : JsonSerializerContext
{
}
