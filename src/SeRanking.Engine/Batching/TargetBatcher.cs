using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Batching;

/// <summary>
/// Runs a batch endpoint (up to 100 targets, or 5,000 keywords, a call) over any number of targets: invalid targets
/// are refused locally, duplicates are asked for once, every input gets exactly one result in
/// input order, and a batch the API refuses because of one target (too large, invalid) is split
/// until the culprit is found, so the others still get their records.
/// </summary>
public static class TargetBatcher
{
    /// <summary>The Data API's batch limit for summary, metrics and count endpoints.</summary>
    public const int DataApiBatchSize = 100;

    public static Task<IReadOnlyList<TargetResult<T>>> RunAsync<T>(
        IReadOnlyList<string> targets,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<T>>> callBatch,
        Func<T, string> targetOf,
        int batchSize = DataApiBatchSize,
        CancellationToken cancellationToken = default)
        where T : class => RunAsync(targets, callBatch, targetOf, target => TargetRules.Validate(target), batchSize, cancellationToken);

    /// <summary>
    /// As the overload above, for items that are not domains (keywords): <paramref name="check"/>
    /// returns an item as it is to be sent (the key it is de-duplicated by), or refuses it with an
    /// <see cref="ArgumentException"/> (an <see cref="InvalidTargetException"/>, an
    /// <see cref="Errors.InvalidInputException"/>), which becomes that item's result.
    /// </summary>
    public static async Task<IReadOnlyList<TargetResult<T>>> RunAsync<T>(
        IReadOnlyList<string> targets,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<T>>> callBatch,
        Func<T, string> targetOf,
        Func<string?, string> check,
        int batchSize = DataApiBatchSize,
        CancellationToken cancellationToken = default)
        where T : class
    {
        if (targets is null)
        {
            throw new ArgumentNullException(nameof(targets));
        }

        if (check is null)
        {
            throw new ArgumentNullException(nameof(check));
        }

        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch holds at least one target.");
        }

        var outcomes = new Dictionary<string, TargetResult<T>>(StringComparer.Ordinal);
        var refused = new TargetResult<T>?[targets.Count];
        var cleaned = new string?[targets.Count];
        var unique = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < targets.Count; i++)
        {
            try
            {
                cleaned[i] = check(targets[i]);
                if (seen.Add(cleaned[i]!))
                {
                    unique.Add(cleaned[i]!);
                }
            }
            catch (ArgumentException invalid)
            {
                refused[i] = TargetResult.Failure<T>(targets[i] ?? string.Empty, invalid);
            }
        }

        for (var start = 0; start < unique.Count; start += batchSize)
        {
            var batch = unique.GetRange(start, Math.Min(batchSize, unique.Count - start));
            await RunBatchAsync(batch, callBatch, targetOf, outcomes, cancellationToken).ConfigureAwait(false);
        }

        var results = new TargetResult<T>[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            results[i] = refused[i] ?? AsGiven(outcomes[cleaned[i]!], targets[i]);
        }

        return results;
    }

    /// <summary>Splits a sequence into calls of at most <paramref name="size"/> items, in order.</summary>
    public static IEnumerable<IReadOnlyList<TItem>> Chunk<TItem>(IEnumerable<TItem> items, int size)
    {
        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A chunk holds at least one item.");
        }

        var chunk = new List<TItem>(size);
        foreach (var item in items)
        {
            chunk.Add(item);
            if (chunk.Count == size)
            {
                yield return chunk;
                chunk = new List<TItem>(size);
            }
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static async Task RunBatchAsync<T>(
        List<string> batch,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyList<T>>> callBatch,
        Func<T, string> targetOf,
        Dictionary<string, TargetResult<T>> outcomes,
        CancellationToken cancellationToken)
        where T : class
    {
        IReadOnlyList<T> rows;
        try
        {
            rows = await callBatch(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException failure) when (!failure.StopsTheCommand)
        {
            if (batch.Count > 1 && IsAboutOneTarget(failure))
            {
                // One target spoils the call for all; halve until it stands alone. Refused calls cost nothing.
                var half = batch.Count / 2;
                await RunBatchAsync(batch.GetRange(0, half), callBatch, targetOf, outcomes, cancellationToken).ConfigureAwait(false);
                await RunBatchAsync(batch.GetRange(half, batch.Count - half), callBatch, targetOf, outcomes, cancellationToken).ConfigureAwait(false);
                return;
            }

            foreach (var target in batch)
            {
                outcomes[target] = TargetResult.Failure<T>(target, batch.Count == 1 ? failure : failure.ForTarget(target));
            }

            return;
        }

        Match(batch, rows, targetOf, outcomes);
    }

    /// <summary>
    /// Pairs rows with the targets asked for: by exact text, then ignoring case, scheme, "www."
    /// and a trailing slash (the API may normalise what it echoes), then by position when the
    /// counts agree. A target left without a row gets an error rather than vanishing.
    /// </summary>
    private static void Match<T>(List<string> batch, IReadOnlyList<T> rows, Func<T, string> targetOf, Dictionary<string, TargetResult<T>> outcomes)
        where T : class
    {
        var unmatchedRows = new List<T>(rows);
        var unmatchedTargets = batch;
        foreach (var comparer in new Func<string, string>[] { t => t, Normalise })
        {
            var stillUnmatched = new List<string>();
            foreach (var target in unmatchedTargets)
            {
                var key = comparer(target);
                var index = unmatchedRows.FindIndex(row => comparer(targetOf(row) ?? string.Empty) == key);
                if (index >= 0)
                {
                    outcomes[target] = TargetResult.Success(target, unmatchedRows[index]);
                    unmatchedRows.RemoveAt(index);
                }
                else
                {
                    stillUnmatched.Add(target);
                }
            }

            unmatchedTargets = stillUnmatched;
        }

        if (unmatchedTargets.Count > 0 && unmatchedTargets.Count == unmatchedRows.Count)
        {
            for (var i = 0; i < unmatchedTargets.Count; i++)
            {
                outcomes[unmatchedTargets[i]] = TargetResult.Success(unmatchedTargets[i], unmatchedRows[i]);
            }

            return;
        }

        foreach (var target in unmatchedTargets)
        {
            // Rows left over mean the answer spelt this target some other way, not that it has none.
            outcomes[target] = TargetResult.Failure<T>(
                target,
                unmatchedRows.Count == 0
                    ? new MissingRowException(target, $"The API answered the batch but returned no row for '{target}'; ask for it again on its own.")
                    : new MissingRowException(target, $"The API answered the batch but no row of it could be matched to '{target}' ({unmatchedRows.Count} {(unmatchedRows.Count == 1 ? "row" : "rows")} of the answer named something else); ask for it again on its own.", rowsLeftOver: true));
        }
    }

    internal static string Normalise(string target)
    {
        var text = target.Trim().ToLowerInvariant();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text.Substring(scheme + 3);
        }

        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text.Substring(4);
        }

        return text.TrimEnd('/');
    }

    private static bool IsAboutOneTarget(ApiException failure) =>
        failure is TargetTooLargeException
        || (failure is InvalidRequestException && (failure.ApiMessage ?? string.Empty).IndexOf("target", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>The result under the target exactly as the caller spelt it (it was asked for trimmed).</summary>
    private static TargetResult<T> AsGiven<T>(TargetResult<T> result, string givenTarget)
        where T : class =>
        result.Target == givenTarget ? result
        : result.IsSuccess ? TargetResult.Success(givenTarget, result.Value!) : TargetResult.Failure<T>(givenTarget, result.Error!);
}

/// <summary>The API answered a batch without a row for this target.</summary>
public sealed class MissingRowException(string target, string message, bool rowsLeftOver = false) : Exception(message)
{
    public string Target { get; } = target;

    /// <summary>Whether rows of the answer matched no target (so this one's may be among them, spelt otherwise).</summary>
    public bool RowsLeftOver { get; } = rowsLeftOver;
}
