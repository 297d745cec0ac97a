using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Operations.Polling;

/// <summary>Where a long-running job (a SERP task, a site audit, a backlink export) stands after one read.</summary>
public enum JobStage
{
    /// <summary>Queued or working: read it again next round.</summary>
    Running,

    /// <summary>Finished with a result: handed out, no longer read.</summary>
    Done,

    /// <summary>Ended without a result (cancelled, expired, rejected): reported as a <see cref="JobEndedException"/>.</summary>
    Failed,
}

/// <summary>One read of a job: its stage, the status word the API gave, and a figure worth showing (pages crawled).</summary>
/// <param name="Stage">Running, done or failed.</param>
/// <param name="Status">The API's own word (processing, finished, cancelled…).</param>
/// <param name="Progress">A figure for the progress bar ("412 pages crawled"), or null.</param>
public sealed record JobReading(JobStage Stage, string Status, string? Progress = null);

/// <summary>How long and how often <see cref="JobPoller"/> reads.</summary>
public sealed record PollOptions
{
    /// <summary>The pause between two rounds of reads of the unfinished jobs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Give up after this long; null waits until every job ended or the wait is cancelled.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>Where a wait stands after a round: how many jobs ended, of how many, and the last figure read.</summary>
/// <param name="Ended">Jobs done or failed so far.</param>
/// <param name="Total">Distinct jobs awaited.</param>
/// <param name="Round">Rounds of reads so far (0 before the first).</param>
/// <param name="Elapsed">Since the wait began.</param>
/// <param name="Status">What the unfinished jobs said in the round ("processing, 412 pages crawled"), or null.</param>
public sealed record PollProgress(int Ended, int Total, int Round, TimeSpan Elapsed, string? Status);

/// <summary>
/// Told what happens while jobs are awaited, as it happens. Called on the polling thread, so a
/// PowerShell host must queue the calls and act on them from its pipeline thread.
/// </summary>
public interface IJobPollObserver<in TJob, in TResult>
{
    /// <summary>A job finished; <paramref name="result"/> is its last read.</summary>
    void Done(TJob job, TResult result);

    /// <summary>A job ended without a result (<see cref="JobEndedException"/>), or could not be read (an <see cref="ApiException"/> that concerns it alone).</summary>
    void Failed(TJob job, Exception failure);

    /// <summary>Before the first round and after each one.</summary>
    void Progress(PollProgress progress);
}

/// <summary>
/// Waits for long-running jobs: reads the status of every unfinished job once a round, pauses
/// <see cref="PollOptions.PollInterval"/> between rounds (Task.Delay with the caller's token, so
/// Ctrl+C ends the pause at once), hands each job to the observer the moment it ends, and gives
/// up after <see cref="PollOptions.Timeout"/>. Reads go one at a time through the connection's
/// rate limiter, so a long list of jobs never exceeds the API's limit. The SERP, site-audit and
/// backlink-export waits are this one loop with their own read and their own end states.
/// </summary>
public static class JobPoller
{
    /// <summary>Waits for <paramref name="jobs"/>; returns the jobs still running when the timeout ran out.</summary>
    /// <param name="jobs">The jobs (a job given twice is awaited once).</param>
    /// <param name="read">Reads one job's status.</param>
    /// <param name="classify">What a read means: running, done or failed.</param>
    /// <param name="describe">How a failed end names the job ("site audit 123").</param>
    /// <param name="options">Interval and timeout.</param>
    /// <param name="observer">Told of each end and of progress.</param>
    /// <param name="cancellationToken">Ends the wait (Ctrl+C).</param>
    /// <exception cref="ApiException">A failure that concerns the key or the account (<see cref="ApiException.StopsTheCommand"/>).</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    public static async Task<IReadOnlyList<TJob>> WaitAsync<TJob, TResult>(
        IReadOnlyList<TJob> jobs,
        Func<TJob, CancellationToken, Task<TResult>> read,
        Func<TResult, JobReading> classify,
        Func<TJob, string> describe,
        PollOptions options,
        IJobPollObserver<TJob, TResult> observer,
        CancellationToken cancellationToken = default)
    {
        if (jobs is null)
        {
            throw new ArgumentNullException(nameof(jobs));
        }

        if (read is null || classify is null || describe is null || observer is null)
        {
            throw new ArgumentNullException(read is null ? nameof(read) : classify is null ? nameof(classify) : describe is null ? nameof(describe) : nameof(observer));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidInputException("PollIntervalSec", "The poll interval must be positive.");
        }

        var pending = jobs.Distinct().ToList();
        var total = pending.Count;
        var ended = 0;
        var round = 0;
        var clock = Stopwatch.StartNew();
        observer.Progress(new PollProgress(ended, total, round, clock.Elapsed, null));
        while (pending.Count > 0)
        {
            var stillRunning = new List<TJob>(pending.Count);
            string? status = null;
            foreach (var job in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TResult result;
                try
                {
                    result = await read(job, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException error) when (!error.StopsTheCommand)
                {
                    ended++;
                    observer.Failed(job, error);
                    continue;
                }

                var reading = classify(result);
                switch (reading.Stage)
                {
                    case JobStage.Done:
                        ended++;
                        observer.Done(job, result);
                        break;
                    case JobStage.Failed:
                        ended++;
                        observer.Failed(job, new JobEndedException(describe(job), reading.Status));
                        break;
                    default:
                        stillRunning.Add(job);
                        status = reading.Progress is { Length: > 0 } figure ? reading.Status + ", " + figure : reading.Status;
                        break;
                }
            }

            pending = stillRunning;
            round++;
            observer.Progress(new PollProgress(ended, total, round, clock.Elapsed, pending.Count == 0 ? null : status));
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

        return Array.Empty<TJob>();
    }
}
