using System;
using System.Diagnostics;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

/// <summary>What Connect-* -TimeoutSec, -MaxRetries and -RequestsPerSecond set, seen at a server.</summary>
public class ConnectionSettingsEffectTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_server_slower_than_the_timeout_ends_the_call_as_a_timeout_after_every_attempt(int maxRetries)
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault
        {
            Api = EmulatedApi.Data,
            PathContains = "account/subscription",
            Kind = FaultKind.Slow,
            // Far beyond the timeout, so that "ended by the timeout" and "waited for the server"
            // stay apart even on a machine too loaded to keep 200 ms.
            Delay = TimeSpan.FromSeconds(30),
            Count = maxRetries + 1,
        });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ApiTimeoutException>(() => Connect.Data(
            Emulator, account, o => o with { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = maxRetries }).GetSubscriptionAsync());

        Assert.Equal(maxRetries + 1, error.Attempts);
        Assert.Contains("no answer within 0.2 s", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"The call took {clock.ElapsedMilliseconds} ms; each attempt should end after 200 ms, not when the server answers (30 s).");
        Emulator.Faults.Clear();
    }

    [Fact]
    public async Task The_connection_created_last_for_a_key_sets_the_rate_of_every_connection_with_that_key()
    {
        var account = Emulator.Accounts.AddData();
        var earlier = ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl) with { RequestsPerWindow = 50 });

        var later = ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl) with { RequestsPerWindow = 2 });

        Assert.Equal(2, later.RequestsPerWindow);
        Assert.Equal(2, earlier.RequestsPerWindow);

        // The earlier connection now keeps to 2 a second: the third call waits for the first to leave the window.
        var client = new DataCalls(earlier);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            await client.GetSubscriptionAsync();
        }

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"Three calls at 2 a second took {clock.ElapsedMilliseconds} ms.");

        // Connecting again without a rate goes back to the API's published one.
        ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(Emulator.DataApiUrl));
        Assert.Equal(ConnectionOptions.DefaultRequestsPerSecond(ApiKind.SeRankingData), earlier.RequestsPerWindow);
    }

    [Fact]
    public void Options_that_are_refused_leave_the_keys_rate_as_it_was()
    {
        var key = DataApiKey.Parse(Emulator.Accounts.AddData().Key);
        var connection = ApiConnection.Create(key, Connect.Fast(Emulator.DataApiUrl) with { RequestsPerWindow = 7 });

        Assert.Throws<ArgumentException>(() => ApiConnection.Create(key, Connect.Fast(new Uri("ftp://example.invalid/")) with { RequestsPerWindow = 3 }));
        Assert.Throws<ArgumentException>(() => ApiConnection.Create(key, Connect.Fast(Emulator.DataApiUrl) with { RequestsPerWindow = 3, MaxRetries = 21 }));

        Assert.Equal(7, connection.RequestsPerWindow);
    }
}
