using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>
/// Calls that combine AI Result Tracker operations into what a cmdlet returns: an engine added
/// (as the list would show it), prompts added with a result each, and the wait for an engine's
/// tracking round.
/// </summary>
public static class AiTrackerCalls
{
    /// <summary>Adds an engine and describes it as Get-SrAiTrackerEngine would (what was sent, and the new id).</summary>
    public static async Task<AiTrackerEngine> AddEngineAsync(this ApiConnection connection, AiTrackerEngineSettingsQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var writer = AiTrackerOperations.AddEngine.Prepare(query, connection.ProjectDialect);
        var answer = await connection.SendAsync(AiTrackerOperations.AddEngine, query, trace, cancellationToken).ConfigureAwait(false);
        var id = answer?.Id ?? throw connection.Failures.Malformed(
            new ApiRequest(AiTrackerOperations.AddEngine.Method, AiTrackerOperations.AddEngine.Path) { Target = writer.Target },
            201,
            1,
            "the answer carried no id: the engine may have been added; list the project's engines before trying again");
        return new AiTrackerEngine
        {
            SiteId = query.SiteId,
            LlmId = id,
            Engine = query.Engine?.Trim().ToLowerInvariant(),
            CountryCode = AiTrackerChecks.Country(query.CountryCode),
            RegionName = query.RegionName?.Trim(),
            Language = query.Language?.Trim(),
        };
    }

    /// <summary>
    /// Adds prompts to an engine, <see cref="AiTrackerPromptAddQuery.BatchSize"/> a request, and
    /// tells what became of each, in input order: a prompt given twice is Duplicate and sent once;
    /// after the request the engine's prompts are read once to tell Added from AlreadyTracked
    /// (the API skips those and answers only a count) and to give each its PromptLlmId. A batch
    /// the API refuses makes its prompts Failed, with the API's message, and the next goes on.
    /// </summary>
    public static async Task<IReadOnlyList<AiTrackerPromptResult>> AddPromptsAsync(
        this ApiConnection connection, long siteId, long llmId, IReadOnlyList<string> prompts, long? groupId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var results = new AiTrackerPromptResult[prompts.Count];
        var firstOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unique = new List<(int Index, string Prompt)>();
        for (var i = 0; i < prompts.Count; i++)
        {
            var prompt = prompts[i].Trim();
            if (firstOf.TryGetValue(prompt, out var first))
            {
                results[i] = Result(siteId, llmId, groupId, prompt, "Duplicate", $"Given twice: the same as input {(first + 1).ToString(CultureInfo.InvariantCulture)}; sent once.");
                continue;
            }

            firstOf[prompt] = i;
            unique.Add((i, prompt));
        }

        if (unique.Count > 0)
        {
            var before = await TrackedAsync(connection, siteId, llmId, trace, cancellationToken).ConfigureAwait(false);
            var sent = new List<(int Index, string Prompt)>();
            foreach (var batch in unique.Select((item, n) => (item, n)).GroupBy(x => x.n / AiTrackerPromptAddQuery.BatchSize, x => x.item))
            {
                var items = batch.ToList();
                try
                {
                    _ = await connection.SendAsync(AiTrackerOperations.AddPrompts, new AiTrackerPromptAddQuery { SiteId = siteId, LlmId = llmId, Prompts = items.Select(x => x.Prompt).ToList(), GroupId = groupId }, trace, cancellationToken).ConfigureAwait(false);
                    sent.AddRange(items);
                }
                catch (ApiException failure) when (!failure.StopsTheCommand)
                {
                    foreach (var (index, prompt) in items)
                    {
                        results[index] = Result(siteId, llmId, groupId, prompt, "Failed", failure.ApiMessage ?? failure.Message);
                    }
                }
            }

            if (sent.Count > 0)
            {
                var after = await TrackedAsync(connection, siteId, llmId, trace, cancellationToken).ConfigureAwait(false);
                foreach (var (index, prompt) in sent)
                {
                    results[index] = before.TryGetValue(prompt, out var old)
                        ? Result(siteId, llmId, groupId, prompt, "AlreadyTracked", null, old)
                        : after.TryGetValue(prompt, out var id)
                            ? Result(siteId, llmId, groupId, prompt, "Added", null, id)
                            : Result(siteId, llmId, groupId, prompt, "Failed", "The API did not add it and the engine does not track it.");
                }
            }
        }

        return results;
    }

    /// <summary>One prompt group of a project, read from its list (the API has no single-group read); null when it has none with that id.</summary>
    public static async Task<AiTrackerPromptGroup?> FindPromptGroupAsync(this ApiConnection connection, long siteId, long groupId, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var groups = await connection.ListAsync(AiTrackerOperations.PromptGroups, new AiTrackerPromptGroupListQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        return groups.FirstOrDefault(group => group.GroupId == groupId);
    }

    /// <summary>Sends a prompt-group change and, when <paramref name="passThru"/>, reads the group back.</summary>
    public static async Task<AiTrackerPromptGroup?> ChangePromptGroupAsync<TQuery>(
        this ApiConnection connection, Operation<TQuery, ProjectWriteAnswer> operation, TQuery query, long siteId, long groupId, bool passThru, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        _ = await connection.SendAsync(operation, query, trace, cancellationToken).ConfigureAwait(false);
        return passThru ? await connection.FindPromptGroupAsync(siteId, groupId, trace, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Reads an engine's status until its tracking round is over; the engines still running at the timeout come back.</summary>
    public static Task<IReadOnlyList<AiTrackerEngineQuery>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<AiTrackerEngineQuery> engines,
        PollOptions options,
        IJobPollObserver<AiTrackerEngineQuery, AiTrackerStatus> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            engines,
            (engine, token) => connection.GetAsync(AiTrackerOperations.Status, engine, trace, token),
            status => new JobReading(
                status.IsDone ? JobStage.Done : JobStage.Running,
                status.Status ?? "running",
                status.Progress is { } percent ? percent.ToString("0.#", CultureInfo.InvariantCulture) + " % of prompts checked" : null),
            Describe,
            options,
            observer,
            cancellationToken);

    /// <summary>How messages name an engine's tracking.</summary>
    public static string Describe(AiTrackerEngineQuery engine) =>
        "AI tracking of " + AiTrackerChecks.Engine((engine ?? throw new ArgumentNullException(nameof(engine))).SiteId, engine.LlmId);

    private static async Task<Dictionary<string, long>> TrackedAsync(ApiConnection connection, long siteId, long llmId, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var byText = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        await foreach (var prompt in connection.StreamAsync(AiTrackerOperations.Prompts, new AiTrackerPromptListQuery { SiteId = siteId, LlmId = llmId }, RowWindow.Everything, null, trace).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (prompt.Prompt is { } text)
            {
                byText[text.Trim()] = prompt.PromptLlmId;
            }
        }

        return byText;
    }

    private static AiTrackerPromptResult Result(long siteId, long llmId, long? groupId, string prompt, string status, string? message, long? id = null) => new()
    {
        SiteId = siteId,
        LlmId = llmId,
        GroupId = groupId,
        Prompt = prompt,
        Status = status,
        Message = message,
        PromptLlmId = id,
    };
}
