using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.Serp;

/// <summary>How long and how often <see cref="SerpTaskWaiter"/> polls.</summary>
public sealed record SerpWaitOptions
{
    /// <summary>The pause between two rounds of reads of the unfinished tasks.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Give up after this long; null waits until every task is done or the wait is cancelled.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>
/// Told what happens while tasks are awaited. Called on the waiting thread, so a PowerShell host
/// must queue the calls and act on them from its pipeline thread.
/// </summary>
public interface ISerpTaskWaitObserver
{
    /// <summary>A task finished; its standard results are in <see cref="SerpTaskState.Result"/>.</summary>
    void TaskDone(SerpTaskState state);

    /// <summary>A task could not be read (unknown id, server error after retries…); it is no longer awaited.</summary>
    void TaskFailed(long taskId, ApiException failure);

    /// <summary>After each round of reads.</summary>
    void Progress(int done, int total, TimeSpan elapsed);
}

/// <summary>
/// Polls classic SERP tasks until they are done. Each read is a free standard-results read that
/// goes through the key's rate limiter, so a long list of tasks never exceeds the API's limit.
/// </summary>
public static class SerpTaskWaiter
{
    /// <summary>Waits for the tasks; returns the ids still processing when the timeout ran out.</summary>
    /// <exception cref="ApiException">A failure that concerns the key or account (<see cref="ApiException.StopsTheCommand"/>).</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled (Ctrl+C).</exception>
    public static async Task<IReadOnlyList<long>> WaitAsync(
        ApiConnection connection,
        IReadOnlyList<long> taskIds,
        SerpWaitOptions options,
        ISerpTaskWaitObserver observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        if (taskIds is null)
        {
            throw new ArgumentNullException(nameof(taskIds));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (observer is null)
        {
            throw new ArgumentNullException(nameof(observer));
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidInputException("PollIntervalSec", "The poll interval must be positive.");
        }

        var pending = taskIds.Distinct().ToList();
        var total = pending.Count;
        var done = 0;
        var clock = Stopwatch.StartNew();
        observer.Progress(done, total, clock.Elapsed);
        while (pending.Count > 0)
        {
            var stillProcessing = new List<long>(pending.Count);
            foreach (var taskId in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SerpTaskState state;
                try
                {
                    state = await connection.ReadTaskAsync(taskId, advanced: false, trace, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException error) when (!error.StopsTheCommand)
                {
                    done++;
                    observer.TaskFailed(taskId, error);
                    continue;
                }

                if (state.IsDone)
                {
                    done++;
                    observer.TaskDone(state);
                }
                else
                {
                    stillProcessing.Add(taskId);
                }
            }

            pending = stillProcessing;
            observer.Progress(done, total, clock.Elapsed);
            if (pending.Count == 0)
            {
                break;
            }

            var pause = options.PollInterval;
            if (options.Timeout is { } timeout)
            {
                var left = timeout - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    return pending;
                }

                pause = left < pause ? left : pause;
            }

            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        return Array.Empty<long>();
    }
}
