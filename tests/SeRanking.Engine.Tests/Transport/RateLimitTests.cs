using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

[Collection(TimingSensitive.Name)]
public class RateLimitTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task No_rolling_window_ever_holds_more_than_the_limit_when_eight_threads_share_a_limiter()
    {
        var window = TimeSpan.FromMilliseconds(200);
        var limiter = new RollingWindowRateLimiter(5, window, TimeSpan.Zero);
        var starts = new ConcurrentBag<long>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                starts.Add(await limiter.WaitTurnAsync(CancellationToken.None));
            }
        })));

        var sorted = starts.Order().ToArray();
        Assert.Equal(32, sorted.Length);
        AssertNoWindowOverLimit(sorted, 5, window);
    }

    [Fact]
    public async Task A_grant_answered_late_holds_its_place_from_its_answer()
    {
        // The server counted the request between its start and its answer: a slow first answer
        // (connecting, TLS) must not let a request one window after the start reach the server
        // inside the server's window.
        var window = TimeSpan.FromMilliseconds(300);
        var limiter = new RollingWindowRateLimiter(1, window, TimeSpan.Zero);
        var first = await limiter.WaitTurnAsync(CancellationToken.None);
        var answered = first + (long)(0.2 * Stopwatch.Frequency);
        limiter.Restamp(first, answered);

        var second = await limiter.WaitTurnAsync(CancellationToken.None);

        Assert.True(second - answered >= (long)(window.TotalSeconds * Stopwatch.Frequency), $"{(second - first) * 1000.0 / Stopwatch.Frequency:0} ms after the first grant");
    }

    [Fact]
    public async Task Eight_threads_sharing_a_data_key_are_never_answered_429_and_the_server_never_sees_eleven_in_a_second()
    {
        var emulator = fixture.Emulator;
        var account = emulator.Accounts.AddData();

        // Each thread makes its own connection, as separate runspaces would; they share the key's limiter.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var client = Connect.Data(emulator, account, o => o with { MaxRetries = 0 });
            for (var i = 0; i < 4; i++)
            {
                await client.GetSubscriptionAsync();
            }
        })));

        var seen = emulator.Requests.Snapshot().Where(r => r.Path.Contains("account/subscription", StringComparison.Ordinal)
            && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToArray();
        Assert.Equal(32, seen.Length);
        Assert.DoesNotContain(seen, r => r.StatusCode == 429);
        AssertNoWindowOverLimit(seen.Select(r => r.ReceivedTicks).Order().ToArray(), 10, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Connections_with_the_same_key_share_one_limiter_and_different_keys_do_not()
    {
        var key = DataApiKey.Parse(Guid.NewGuid().ToString());
        var other = DataApiKey.Parse(Guid.NewGuid().ToString());
        var options = new ConnectionOptions { BaseUri = fixture.Emulator.DataApiUrl };

        Assert.Same(RateLimiterRegistry.For(key, options), RateLimiterRegistry.For(DataApiKey.Parse(Reveal(key)), options));
        Assert.NotSame(RateLimiterRegistry.For(key, options), RateLimiterRegistry.For(other, options));
    }

    [Fact]
    public void Defaults_follow_each_apis_published_limit_and_custom_plans_can_raise_them()
    {
        var emulator = fixture.Emulator;
        Assert.Equal(10, Connect.Data(emulator, emulator.Accounts.AddData(), o => o with { RequestsPerWindow = null }).Connection.RequestsPerWindow);
        Assert.Equal(5, Connect.Project(emulator, emulator.Accounts.AddProject(), o => o with { RequestsPerWindow = null }).Connection.RequestsPerWindow);
        Assert.Equal(1, Connect.Serpstat(emulator, emulator.Accounts.AddSerpstat(), o => o with { RequestsPerWindow = null }).Connection.RequestsPerWindow);
        Assert.Equal(40, Connect.Data(emulator, emulator.Accounts.AddData(), o => o with { RequestsPerWindow = 40 }).Connection.RequestsPerWindow);
    }

    [Fact]
    public async Task A_429_burst_is_waited_out_and_the_call_succeeds()
    {
        var emulator = fixture.Emulator;
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new SeRanking.Emulator.Fault
        {
            Api = SeRanking.Emulator.EmulatedApi.Data,
            PathContains = "account/subscription",
            Kind = SeRanking.Emulator.FaultKind.Status,
            Status = 429,
            Count = 2,
        });
        var trace = new RecordingTrace();

        var subscription = await Connect.Data(emulator, account).GetSubscriptionAsync(trace);

        Assert.Equal(account.Credits, subscription.CreditsLeft);
        Assert.Equal(2, trace.OfKind(ApiTraceKind.Retrying).Count());
        Assert.Contains(trace.OfKind(ApiTraceKind.Completed), e => e.Message.Contains("2 retries", StringComparison.Ordinal));
    }

    private static string Reveal(ApiKey key) => key.Reveal();

    private static void AssertNoWindowOverLimit(IReadOnlyList<long> sortedTimestamps, int limit, TimeSpan window)
    {
        var windowTicks = window.TotalSeconds * Stopwatch.Frequency;
        for (var i = 0; i + limit < sortedTimestamps.Count; i++)
        {
            var gap = sortedTimestamps[i + limit] - sortedTimestamps[i];
            Assert.True(
                gap >= windowTicks,
                $"Requests {i} and {i + limit} were {gap * 1000.0 / Stopwatch.Frequency:0.0} ms apart: {limit + 1} requests in one {window.TotalMilliseconds} ms window.");
        }
    }
}
