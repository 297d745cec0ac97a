using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations.Polling;
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
    public static Task<IReadOnlyList<long>> WaitAsync(
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

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (observer is null)
        {
            throw new ArgumentNullException(nameof(observer));
        }

        return WaitAsync(connection, taskIds, new PollOptions { PollInterval = options.PollInterval, Timeout = options.Timeout }, new Forward(observer), trace, cancellationToken);
    }

    /// <summary>
    /// The same wait told to a poll observer: each task handed out as it is done (its standard
    /// results read on the way), the ids still processing returned at the timeout.
    /// </summary>
    public static Task<IReadOnlyList<long>> WaitAsync(
        ApiConnection connection,
        IReadOnlyList<long> taskIds,
        PollOptions options,
        IJobPollObserver<long, SerpTaskState> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        // A task has no failed end state: it is processing until its results are there.
        return JobPoller.WaitAsync(
            taskIds,
            (taskId, token) => connection.ReadTaskAsync(taskId, advanced: false, trace, token),
            state => new JobReading(state.IsDone ? JobStage.Done : JobStage.Running, state.Status),
            Describe,
            options,
            observer,
            cancellationToken);
    }

    /// <summary>How errors name a task.</summary>
    public static string Describe(long taskId) => "SERP task " + taskId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The poller's reports in the words of <see cref="ISerpTaskWaitObserver"/>.</summary>
    private sealed class Forward(ISerpTaskWaitObserver observer) : IJobPollObserver<long, SerpTaskState>
    {
        public void Done(long job, SerpTaskState result) => observer.TaskDone(result);

        public void Failed(long job, Exception failure)
        {
            if (failure is ApiException error)
            {
                observer.TaskFailed(job, error);
            }
        }

        public void Progress(PollProgress progress) => observer.Progress(progress.Ended, progress.Total, progress.Elapsed);
    }
}
