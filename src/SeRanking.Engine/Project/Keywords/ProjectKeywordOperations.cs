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
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.Keywords;

/// <summary>
/// The keywords of a project (Project reference §3 "Keywords of a project"; unified map §5.2
/// #13–#16): list, add in bulk, change, remove in bulk. Free: adding counts against the plan's
/// keyword limit (403 <c>Limit reached</c> when it is used up).
/// </summary>
public static class ProjectKeywordOperations
{
    public static Operation<ProjectKeywordListQuery, ProjectKeyword> List { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/keywords", "GET keywords"), Json.ProjectKeyword, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
        Stamp = (q, r, _) => (r.SiteId, r.SiteEngineId) = (q.SiteId, q.SiteEngineId),
    };

    /// <summary>Up to <see cref="ProjectKeywordAddQuery.BatchSize"/> keywords in one request; answers <c>{added, ids}</c>.</summary>
    public static Operation<ProjectKeywordAddQuery, ProjectKeywordsAdded> Add { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/keywords", "POST keywords"), Json.ProjectKeywordsAdded, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectKeywordUpdateQuery, ProjectWriteAnswer> Update { get; } = new(
        ProjectRoutes.Both("PATCH sites/{site_id}/keywords/{keyword_id}", "PATCH keywords"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Up to <see cref="ProjectKeywordRemoveQuery.BatchSize"/> keywords in one request, their ids as <c>keywords_ids[]</c>.</summary>
    public static Operation<ProjectKeywordRemoveQuery, ProjectWriteAnswer> Remove { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/keywords", "DELETE keywords"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [List, Add, Update, Remove];

    /// <summary>
    /// Adds keywords to a project, <see cref="ProjectKeywordAddQuery.BatchSize"/> a request, and
    /// tells what became of each, in input order. The answer's ids are matched to the keywords
    /// sent in order when there is one per keyword; when the API skipped some (already tracked),
    /// the project's keywords are read once to tell which, and with which id. A batch the API
    /// refuses makes its keywords Failed (with the API's message) and the next batch goes on;
    /// a refusal that would stop every batch (the key, the plan's limit) ends the call.
    /// </summary>
    public static async Task<IReadOnlyList<ProjectKeywordResult>> AddAllAsync(
        this ApiConnection connection, long siteId, IReadOnlyList<NewProjectKeyword> keywords, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var results = new List<ProjectKeywordResult>(keywords.Count);
        Dictionary<string, long>? tracked = null;
        for (var start = 0; start < keywords.Count; start += ProjectKeywordAddQuery.BatchSize)
        {
            var batch = keywords.Skip(start).Take(ProjectKeywordAddQuery.BatchSize).ToList();
            ProjectKeywordsAdded? answer;
            try
            {
                answer = await connection.SendAsync(Add, new ProjectKeywordAddQuery { SiteId = siteId, Keywords = batch }, trace, cancellationToken).ConfigureAwait(false);
            }
            catch (ApiException failure) when (!failure.StopsTheCommand)
            {
                results.AddRange(batch.Select(keyword => Result(siteId, keyword, null, "Failed", failure.ApiMessage ?? failure.Message)));
                continue;
            }

            var ids = answer?.Ids ?? [];
            if (ids.Count == batch.Count)
            {
                results.AddRange(batch.Select((keyword, i) => Result(siteId, keyword, ids[i], "Added", null)));
                continue;
            }

            // Fewer ids than keywords: some were tracked already. The list tells which is which.
            tracked = await TrackedAsync(connection, siteId, trace, cancellationToken).ConfigureAwait(false);
            var fresh = new HashSet<long>(ids);
            foreach (var keyword in batch)
            {
                var text = keyword.Keyword.Trim();
                results.Add(tracked.TryGetValue(text, out var id)
                    ? Result(siteId, keyword, id, fresh.Contains(id) ? "Added" : "AlreadyTracked", null)
                    : Result(siteId, keyword, null, "Failed", "The API did not add it and the project does not track it."));
            }
        }

        return results;
    }

    private static async Task<Dictionary<string, long>> TrackedAsync(ApiConnection connection, long siteId, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync(List, new ProjectKeywordListQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        var byText = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            byText[row.Keyword.Trim()] = row.KeywordId;
        }

        return byText;
    }

    private static ProjectKeywordResult Result(long siteId, NewProjectKeyword keyword, long? id, string status, string? message) => new()
    {
        SiteId = siteId,
        Keyword = keyword.Keyword.Trim(),
        KeywordId = id,
        Status = status,
        Message = message,
        TargetUrl = keyword.TargetUrl,
        GroupId = keyword.GroupId,
    };

    private static ProjectKeywordJsonContext Json => ProjectKeywordJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectKeyword))]
[JsonSerializable(typeof(ProjectKeywordsAdded))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectKeywordJsonContext : JsonSerializerContext
{
}
