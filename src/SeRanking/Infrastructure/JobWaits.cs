using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Transport;

namespace SeRanking.Infrastructure;

/// <summary>
/// How every Wait-* cmdlet waits: the engine's poller runs off the pipeline thread; one progress
/// bar shows how many jobs ended and what the unfinished ones last said (pages crawled); each job
/// goes down the pipeline the moment it is done, so the next cmdlet starts on it while the others
/// still run; a failed end (cancelled, expired, rejected) or an unreadable job is that job's
/// non-terminating error; the jobs still running at -TimeoutSec are WaitTimedOut errors naming
/// them; Ctrl+C ends the pause between rounds at once.
/// </summary>
internal static class JobWaits
{
    /// <param name="cmdlet">The Wait-* cmdlet.</param>
    /// <param name="activity">The progress bar's title.</param>
    /// <param name="poll">Starts the engine's wait with the observer, trace and Ctrl+C token it is given.</param>
    /// <param name="output">What a finished job becomes on the pipeline.</param>
    /// <param name="describe">How a message names a job ("site audit 700512345").</param>
    /// <param name="againHint">The command that waits for a job again ("Wait-SrSiteAudit -Id 700512345").</param>
    /// <param name="timeoutSec">The -TimeoutSec given, 0 for none (only for the message).</param>
    public static void WaitForJobs<TJob, TResult>(
        this SrCmdlet cmdlet,
        string activity,
        Func<IJobPollObserver<TJob, TResult>, IApiTrace, CancellationToken, Task<IReadOnlyList<TJob>>> poll,
        Func<TJob, TResult, object?> output,
        Func<TJob, string> describe,
        Func<TJob, string> againHint,
        int timeoutSec)
    {
        var activityId = ActivityIdOf(activity);
        try
        {
            var unfinished = cmdlet.Run((pump, trace, cancellationToken) => poll(new Observer<TJob, TResult>(cmdlet, pump, activityId, activity, output), trace, cancellationToken));
            foreach (var job in unfinished)
            {
                cmdlet.WriteFailure(
                    new TimeoutException(string.Format(
                        CultureInfo.InvariantCulture,
                        "The {0} was still running after {1} s. Wait again later ({2}) or raise -TimeoutSec.",
                        describe(job),
                        timeoutSec,
                        againHint(job))),
                    job);
            }
        }
        finally
        {
            cmdlet.WriteProgress(new ProgressRecord(activityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }

    /// <summary>The poll options of -PollIntervalSec and -TimeoutSec (0: no timeout).</summary>
    public static PollOptions Options(int pollIntervalSec, int timeoutSec) => new()
    {
        PollInterval = TimeSpan.FromSeconds(pollIntervalSec),
        Timeout = timeoutSec > 0 ? TimeSpan.FromSeconds(timeoutSec) : null,
    };

    private static int ActivityIdOf(string activity) => unchecked((int)((uint)StringComparer.Ordinal.GetHashCode(activity) & 0x7FFFFFFF));

    /// <summary>Posts the poller's reports to the pipeline thread.</summary>
    private sealed class Observer<TJob, TResult>(SrCmdlet cmdlet, PipelineThreadPump pump, int activityId, string activity, Func<TJob, TResult, object?> output)
        : IJobPollObserver<TJob, TResult>
    {
        public void Done(TJob job, TResult result) => pump.Post(() => cmdlet.WriteObject(output(job, result)));

        public void Failed(TJob job, Exception failure) => pump.Post(() => cmdlet.WriteFailure(failure, job));

        public void Progress(PollProgress report) => pump.Post(() =>
        {
            var text = string.Format(CultureInfo.InvariantCulture, "{0} of {1} done, {2:N0} s", report.Ended, report.Total, report.Elapsed.TotalSeconds);
            cmdlet.WriteProgress(new ProgressRecord(activityId, activity, report.Status is { Length: > 0 } status ? text + " (" + status + ")" : text)
            {
                PercentComplete = report.Total == 0 ? 100 : report.Ended * 100 / report.Total,
            });
        });
    }
}

/// <summary>A Wait-* cmdlet: how often it reads and how long it waits, the same for every kind of job.</summary>
public abstract class JobWaitCmdlet : SrCmdlet
{
    /// <summary>Seconds between two rounds of status reads (default 5).</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int PollIntervalSec { get; set; } = 5;

    /// <summary>Give up after this many seconds; the jobs still running are reported as errors (WaitTimedOut). Default: wait until done or Ctrl+C.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int TimeoutSec { get; set; }
}
