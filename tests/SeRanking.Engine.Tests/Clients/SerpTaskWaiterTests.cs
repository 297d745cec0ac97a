using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Clients;

public class SerpTaskWaiterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly SerpWaitOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task Every_task_is_reported_done_once_with_its_results_and_progress_reaches_the_total()
    {
        var client = Connect.Data(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent", "boots", "stove"], LocationId = 2840, LanguageCode = "en" });
        var observer = new Observer();

        var unfinished = await SerpTaskWaiter.WaitAsync(client.Connection, created.Select(t => t.Id).Concat([created[0].Id]).ToList(), Quick, observer);

        Assert.Empty(unfinished);
        Assert.Equal(created.Select(t => t.Id).Order(), observer.Done.Select(s => s.TaskId).Order());
        Assert.All(observer.Done, s => Assert.NotEmpty(s.Result!.Items));
        Assert.Equal((3, 3), observer.Rounds.Last());
        Assert.Equal((0, 3), observer.Rounds.First());
    }

    [Fact]
    public async Task An_unknown_task_is_reported_failed_and_the_others_still_finish()
    {
        var client = Connect.Data(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent"], LocationId = 2840, LanguageCode = "en" });
        var observer = new Observer();

        await SerpTaskWaiter.WaitAsync(client.Connection, [987654321, created[0].Id], Quick, observer);

        var failure = Assert.Single(observer.Failed);
        Assert.Equal(987654321, failure.TaskId);
        Assert.IsType<InvalidRequestException>(failure.Error);
        Assert.Equal(created[0].Id, Assert.Single(observer.Done).TaskId);
    }

    [Fact]
    public async Task A_timeout_returns_the_tasks_still_processing()
    {
        await using var slow = await ApiEmulator.StartAsync(new EmulatorOptions { SerpPollsUntilDone = 1000 });
        var client = Connect.Data(slow, slow.Accounts.AddData());
        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent"], LocationId = 2840, LanguageCode = "en" });
        var observer = new Observer();

        var unfinished = await SerpTaskWaiter.WaitAsync(
            client.Connection, [created[0].Id], Quick with { Timeout = TimeSpan.FromMilliseconds(150) }, observer);

        Assert.Equal([created[0].Id], unfinished);
        Assert.Empty(observer.Done);
        Assert.True(observer.Rounds.Count >= 2, "the task is read more than once before giving up");
    }

    [Fact]
    public async Task Cancelling_ends_the_wait_between_polls()
    {
        await using var slow = await ApiEmulator.StartAsync(new EmulatorOptions { SerpPollsUntilDone = 1000 });
        var client = Connect.Data(slow, slow.Accounts.AddData());
        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent"], LocationId = 2840, LanguageCode = "en" });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SerpTaskWaiter.WaitAsync(
            client.Connection, [created[0].Id], new SerpWaitOptions { PollInterval = TimeSpan.FromMinutes(10) }, new Observer(), cancellationToken: cancel.Token));
    }

    [Fact]
    public async Task A_refused_key_stops_the_wait()
    {
        var account = fixture.Emulator.Accounts.AddData();
        var client = Connect.Data(fixture.Emulator, account);
        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent"], LocationId = 2840, LanguageCode = "en" });
        account.LicenseExpired = true;

        await Assert.ThrowsAsync<LicenseExpiredException>(() => SerpTaskWaiter.WaitAsync(client.Connection, [created[0].Id], Quick, new Observer()));
    }

    private sealed class Observer : ISerpTaskWaitObserver
    {
        public ConcurrentQueue<SerpTaskState> Done { get; } = new();

        public ConcurrentQueue<(long TaskId, ApiException Error)> Failed { get; } = new();

        public List<(int Done, int Total)> Rounds { get; } = [];

        public void TaskDone(SerpTaskState state) => Done.Enqueue(state);

        public void TaskFailed(long taskId, ApiException error) => Failed.Enqueue((taskId, error));

        public void Progress(int done, int total, TimeSpan elapsed)
        {
            lock (Rounds)
            {
                Rounds.Add((done, total));
            }
        }
    }
}
