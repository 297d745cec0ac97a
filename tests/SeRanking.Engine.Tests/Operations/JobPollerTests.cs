using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations.Polling;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>The one poller of every long-running flow, on jobs scripted in memory: rounds, ends, failures, timeout and cancellation.</summary>
public class JobPollerTests
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(10) };

    [Fact]
    public async Task Each_job_is_handed_out_once_the_round_it_ends_and_the_others_are_read_again()
    {
        var jobs = new Script(("a", ["running", "done"]), ("b", ["running", "running", "running", "done"]), ("c", ["done"]));
        var observer = new Observer();

        var unfinished = await JobPoller.WaitAsync(["a", "b", "c", "a"], jobs.ReadAsync, Classify, id => "job " + id, Quick, observer);

        Assert.Empty(unfinished);
        Assert.Equal(["c", "a", "b"], observer.Done.Select(d => d.Job));
        Assert.Equal(2, jobs.Reads("a"));
        Assert.Equal(4, jobs.Reads("b"));
        Assert.Equal(1, jobs.Reads("c"));
        Assert.Equal([(0, 3), (1, 3), (2, 3), (2, 3), (3, 3)], observer.Rounds.Select(r => (r.Ended, r.Total)));
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("expired")]
    [InlineData("rejected")]
    public async Task A_failed_end_state_is_that_jobs_error_naming_it_and_the_others_go_on(string state)
    {
        var jobs = new Script(("bad", ["running", state]), ("good", ["running", "running", "done"]));
        var observer = new Observer();

        await JobPoller.WaitAsync(["bad", "good"], jobs.ReadAsync, Classify, id => "site audit " + id, Quick, observer);

        var (job, failure) = Assert.Single(observer.Failed);
        Assert.Equal("bad", job);
        var ended = Assert.IsType<JobEndedException>(failure);
        Assert.Equal(state, ended.State);
        Assert.Contains("site audit bad", ended.Message, StringComparison.Ordinal);
        Assert.Equal("good", Assert.Single(observer.Done).Job);
        Assert.Equal(2, jobs.Reads("bad"));
    }

    [Fact]
    public async Task A_job_the_API_refuses_is_its_own_error_and_a_refused_key_stops_the_wait()
    {
        var failure = new InvalidRequestException(new ApiFailure { Api = ApiKind.SeRankingData, Endpoint = "GET /v1/site-audit/audits/status", StatusCode = 404 }, "Check the id.");
        var observer = new Observer();

        await JobPoller.WaitAsync<string, string>(["gone", "ok"], (id, _) => id == "gone" ? Task.FromException<string>(failure) : Task.FromResult("done"), Classify, id => id, Quick, observer);

        Assert.Same(failure, Assert.Single(observer.Failed).Failure);
        Assert.Equal("ok", Assert.Single(observer.Done).Job);

        var refused = new LicenseExpiredException(new ApiFailure { Api = ApiKind.SeRankingData, Endpoint = "GET /v1/site-audit/audits/status", StatusCode = 403 }, "Renew.");
        await Assert.ThrowsAsync<LicenseExpiredException>(() => JobPoller.WaitAsync<string, string>(["x"], (_, _) => Task.FromException<string>(refused), Classify, id => id, Quick, new Observer()));
    }

    [Fact]
    public async Task The_timeout_returns_the_jobs_still_running_after_reading_them_more_than_once()
    {
        var jobs = new Script(("slow", Enumerable.Repeat("running", 1000).ToArray()), ("fast", ["done"]));
        var observer = new Observer();

        var unfinished = await JobPoller.WaitAsync(["slow", "fast"], jobs.ReadAsync, Classify, id => id, Quick with { Timeout = TimeSpan.FromMilliseconds(120) }, observer);

        Assert.Equal(["slow"], unfinished);
        Assert.True(jobs.Reads("slow") >= 2, "read again before giving up");
        Assert.Equal("fast", Assert.Single(observer.Done).Job);
    }

    [Fact]
    public async Task Cancelling_ends_the_pause_between_rounds_at_once()
    {
        var jobs = new Script(("slow", Enumerable.Repeat("running", 1000).ToArray()));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            JobPoller.WaitAsync(["slow"], jobs.ReadAsync, Classify, id => id, new PollOptions { PollInterval = TimeSpan.FromMinutes(10) }, new Observer(), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the ten-minute pause was not cut short ({clock.Elapsed}).");
        Assert.Equal(1, jobs.Reads("slow"));
    }

    [Fact]
    public async Task The_figure_of_the_unfinished_jobs_reaches_the_progress_report()
    {
        var jobs = new Script(("a", ["running", "done"]));
        var observer = new Observer();

        await JobPoller.WaitAsync(["a"], jobs.ReadAsync, status => new JobReading(Classify(status).Stage, status, "412 pages crawled"), id => id, Quick, observer);

        Assert.Contains(observer.Rounds, r => r.Status == "running, 412 pages crawled");
        Assert.Null(observer.Rounds.Last().Status);
    }

    [Fact]
    public async Task A_poll_interval_of_zero_is_refused()
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => JobPoller.WaitAsync(["a"], new Script().ReadAsync, Classify, id => id, new PollOptions { PollInterval = TimeSpan.Zero }, new Observer()));
    }

    private static JobReading Classify(string status) => new(
        status == "done" ? JobStage.Done : status is "cancelled" or "expired" or "rejected" ? JobStage.Failed : JobStage.Running, status);

    /// <summary>Jobs that answer their scripted states in turn (the last one repeats).</summary>
    private sealed class Script(params (string Job, string[] States)[] jobs)
    {
        private readonly ConcurrentDictionary<string, int> _reads = new();

        public int Reads(string job) => _reads.TryGetValue(job, out var reads) ? reads : 0;

        public Task<string> ReadAsync(string job, CancellationToken cancellationToken)
        {
            var read = _reads.AddOrUpdate(job, 1, (_, n) => n + 1);
            var states = jobs.Single(j => j.Job == job).States;
            return Task.FromResult(states[Math.Min(read, states.Length) - 1]);
        }
    }

    private sealed class Observer : IJobPollObserver<string, string>
    {
        public List<(string Job, string Result)> Done { get; } = [];

        public List<(string Job, Exception Failure)> Failed { get; } = [];

        public List<PollProgress> Rounds { get; } = [];

        void IJobPollObserver<string, string>.Done(string job, string result) => Done.Add((job, result));

        void IJobPollObserver<string, string>.Failed(string job, Exception failure) => Failed.Add((job, failure));

        void IJobPollObserver<string, string>.Progress(PollProgress progress) => Rounds.Add(progress);
    }
}
