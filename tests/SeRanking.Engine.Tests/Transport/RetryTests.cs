using System;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

public class RetryTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly SerpTaskRequest OneTask = new() { Queries = ["camping tent"], LocationId = 2840, LanguageCode = "en" };

    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_read_recovers_from_transient_server_errors(int status)
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "account/subscription", count: 2, status: status);
        var trace = new RecordingTrace();

        var subscription = await Connect.Data(Emulator, account).GetSubscriptionAsync(trace);

        Assert.Equal(account.Credits, subscription.CreditsLeft);
        Assert.Equal(3, Emulator.Requests.Snapshot().Count(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)));
        Assert.Equal(2, trace.OfKind(ApiTraceKind.Retrying).Count());
    }

    [Fact]
    public async Task A_read_recovers_from_a_connection_reset_and_a_slow_answer()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Reset, "account/subscription");
        AddFault(FaultKind.Slow, "account/subscription", delay: TimeSpan.FromSeconds(3));

        var subscription = await Connect.Data(Emulator, account, o => o with { Timeout = TimeSpan.FromMilliseconds(500) }).GetSubscriptionAsync();

        Assert.Equal(account.Credits, subscription.CreditsLeft);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "account/subscription", status: 429, retryAfter: TimeSpan.FromSeconds(1));
        var clock = Stopwatch.StartNew();

        await Connect.Data(Emulator, account).GetSubscriptionAsync();

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"Retried after {clock.ElapsedMilliseconds} ms; the API asked for 1 s.");
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_honoured()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault
        {
            Api = EmulatedApi.Data,
            PathContains = "account/subscription",
            Kind = FaultKind.Status,
            Status = 503,
            RetryAfterDate = DateTimeOffset.UtcNow.AddSeconds(2),
        });
        var clock = Stopwatch.StartNew();

        await Connect.Data(Emulator, account).GetSubscriptionAsync();

        // HTTP dates have whole seconds: the wait is at least the part of a second left, usually more.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"Retried after {clock.ElapsedMilliseconds} ms; the API asked to wait until a date ~2 s ahead.");
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_allowed_wait_ends_the_call_with_the_wait_in_the_error()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "account/subscription", status: 429, retryAfter: TimeSpan.FromSeconds(600));

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => Connect.Data(Emulator, account).GetSubscriptionAsync());

        Assert.Equal(TimeSpan.FromSeconds(600), error.RetryAfter);
        Assert.Equal(1, error.Attempts);
        Assert.Contains("600 s", error.Message);
    }

    [Fact]
    public async Task Persistent_server_errors_end_as_a_server_error_after_every_attempt()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "account/subscription", count: 10, status: 500);

        var error = await Assert.ThrowsAsync<ServerErrorException>(() => Connect.Data(Emulator, account).GetSubscriptionAsync());

        Assert.Equal(4, error.Attempts);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal("GET /v1/account/subscription", error.Endpoint);
        Emulator.Faults.Clear();
    }

    [Fact]
    public async Task A_paid_post_is_never_sent_twice_after_a_connection_reset()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Reset, "serp/classic/tasks", method: "POST");

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => Connect.Data(Emulator, account).CreateSerpTasksAsync(OneTask));

        Assert.Equal(1, await CountPostsOnceSettledAsync(account));
        Assert.True(error.MayHaveReachedServer);
        Assert.Contains("look for the created task", error.Message);
        Assert.Equal(account.CreditsLimit, account.Credits);
    }

    [Fact]
    public async Task A_paid_post_is_never_sent_twice_after_a_timeout()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Slow, "serp/classic/tasks", method: "POST", delay: TimeSpan.FromSeconds(3));

        var error = await Assert.ThrowsAsync<ApiTimeoutException>(
            () => Connect.Data(Emulator, account, o => o with { Timeout = TimeSpan.FromMilliseconds(400) }).CreateSerpTasksAsync(OneTask));

        Assert.Equal(1, await CountPostsOnceSettledAsync(account));
        Assert.Equal(1, error.Attempts);
        Assert.Contains("may have reached the server", error.Message);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_paid_post_refused_before_the_server_acted_is_retried_once_and_charged_once(int status)
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "serp/classic/tasks", method: "POST", status: status);

        var tasks = await Connect.Data(Emulator, account).CreateSerpTasksAsync(OneTask);

        Assert.Single(tasks);
        Assert.Equal(2, CountPosts(account));
        Assert.Equal(account.CreditsLimit - 10, account.Credits);
    }

    [Fact]
    public async Task A_paid_post_is_not_retried_after_a_500()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Status, "serp/classic/tasks", method: "POST", status: 500);

        await Assert.ThrowsAsync<ServerErrorException>(() => Connect.Data(Emulator, account).CreateSerpTasksAsync(OneTask));

        Assert.Equal(1, CountPosts(account));
    }

    [Fact]
    public async Task A_paid_post_to_a_refused_port_is_retried_because_it_never_left()
    {
        var closedPort = FreePort();
        var key = DataApiKey.Parse(Guid.NewGuid().ToString());
        var client = new DataCalls(ApiConnection.Create(key, Connect.Fast(new Uri($"http://127.0.0.1:{closedPort}/"))));
        var trace = new RecordingTrace();

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => client.CreateSerpTasksAsync(OneTask, trace));

        Assert.Equal(4, error.Attempts);
        Assert.False(error.MayHaveReachedServer);
        Assert.Contains("connection refused", error.Message);
        Assert.Equal(3, trace.OfKind(ApiTraceKind.Retrying).Count());
    }

    [Fact]
    public async Task Cancelling_a_call_ends_it_at_once_as_cancelled()
    {
        var account = Emulator.Accounts.AddData();
        AddFault(FaultKind.Slow, "account/subscription", delay: TimeSpan.FromSeconds(5));
        using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Connect.Data(Emulator, account).GetSubscriptionAsync(cancellationToken: cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Cancellation took {clock.ElapsedMilliseconds} ms.");
        Emulator.Faults.Clear();
    }

    private void AddFault(FaultKind kind, string path, int count = 1, int status = 503, string? method = null, TimeSpan? retryAfter = null, TimeSpan delay = default) =>
        Emulator.Faults.Add(new Fault
        {
            Api = EmulatedApi.Data,
            Method = method,
            PathContains = path,
            Kind = kind,
            Status = status,
            Count = count,
            RetryAfter = retryAfter,
            Delay = delay,
        });

    private int CountPosts(DataAccount account) =>
        Emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.Path.Contains("serp/classic/tasks", StringComparison.Ordinal) && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));

    /// <summary>
    /// The emulator logs a request when it has finished with it, which for an abandoned request is
    /// when it notices the client has gone: wait for the first, then long enough for a repeat to show.
    /// </summary>
    private async Task<int> CountPostsOnceSettledAsync(DataAccount account)
    {
        var clock = Stopwatch.StartNew();
        while (CountPosts(account) == 0 && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }

        await Task.Delay(300);
        return CountPosts(account);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
