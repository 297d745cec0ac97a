using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

/// <summary>
/// Requests through a fake forward proxy on 127.0.0.1. The API's base URL names a host no DNS
/// resolves (.invalid), so a call can only succeed through the proxy: a client sends the whole
/// URL to an explicit proxy and never looks the host up itself.
/// </summary>
public class ProxyTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string ProxyUser = "proxy-user";
    private const string ProxyPassword = "Pr0xy-Pa55word";
    private static readonly Uri Unresolvable = new("http://seranking.invalid/data/");

    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task A_call_goes_through_the_proxy_given()
    {
        var account = Emulator.Accounts.AddData();
        await using var proxy = await FakeProxy.StartAsync(Emulator.BaseAddress);

        var subscription = await Client(account, o => o with { Proxy = new WebProxy(proxy.Address) }).GetSubscriptionAsync();

        Assert.Equal(account.Credits, subscription.CreditsLeft);
        var seen = Assert.Single(proxy.Seen);
        Assert.Equal("http://seranking.invalid/data/v1/account/subscription", seen.RawTarget);
        Assert.Null(seen.ProxyAuthorization);
    }

    [Fact]
    public async Task The_proxys_Basic_challenge_is_answered_with_the_proxy_credentials()
    {
        var account = Emulator.Accounts.AddData();
        await using var proxy = await FakeProxy.StartAsync(Emulator.BaseAddress, FakeProxy.BasicFor(ProxyUser, ProxyPassword));

        var subscription = await Client(account, o => o with
        {
            Proxy = new WebProxy(proxy.Address),
            ProxyCredentials = new NetworkCredential(ProxyUser, ProxyPassword),
        }).GetSubscriptionAsync();

        Assert.Equal(account.Credits, subscription.CreditsLeft);
        Assert.Collection(
            proxy.Seen,
            challenged =>
            {
                Assert.Null(challenged.ProxyAuthorization);
                Assert.Equal(407, challenged.StatusCode);
            },
            answered =>
            {
                Assert.Equal(FakeProxy.BasicFor(ProxyUser, ProxyPassword), answered.ProxyAuthorization);
                Assert.Equal(200, answered.StatusCode);
            });
    }

    [Fact]
    public async Task A_proxy_asking_for_credentials_none_were_given_for_ends_the_call_as_a_connection_failure_that_never_reached_the_API()
    {
        var account = Emulator.Accounts.AddData();
        await using var proxy = await FakeProxy.StartAsync(Emulator.BaseAddress, FakeProxy.BasicFor(ProxyUser, ProxyPassword));

        var error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => Client(account, o => o with { Proxy = new WebProxy(proxy.Address) }).GetSubscriptionAsync());

        Assert.Equal(407, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.False(error.MayHaveReachedServer);
        Assert.Contains("proxy asks for credentials", error.Message, StringComparison.Ordinal);
        Assert.Single(proxy.Seen);
        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public async Task Wrong_proxy_credentials_are_reported_without_the_password()
    {
        var account = Emulator.Accounts.AddData();
        await using var proxy = await FakeProxy.StartAsync(Emulator.BaseAddress, FakeProxy.BasicFor(ProxyUser, ProxyPassword));
        const string wrongPassword = "Wr0ng-Pa55word";

        var error = await Assert.ThrowsAsync<ApiConnectionException>(() => Client(account, o => o with
        {
            Proxy = new WebProxy(proxy.Address),
            ProxyCredentials = new NetworkCredential(ProxyUser, wrongPassword),
        }).GetSubscriptionAsync());

        Assert.Equal(407, error.StatusCode);
        Assert.Contains("refused the credentials", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(proxy.Seen, r => r.ProxyAuthorization == FakeProxy.BasicFor(ProxyUser, wrongPassword));
    }

    [Fact]
    public async Task Without_a_proxy_the_request_goes_straight_to_the_target_and_never_to_the_proxy()
    {
        var account = Emulator.Accounts.AddData();
        await using var proxy = await FakeProxy.StartAsync(Emulator.BaseAddress);
        var closed = new Uri($"http://127.0.0.1:{ClosedPort()}/data/");

        // The closed port is reachable only through the proxy: the same call with it succeeds.
        await Client(account, o => o with { BaseUri = closed, Proxy = new WebProxy(proxy.Address) }).GetSubscriptionAsync();
        var error = await Assert.ThrowsAsync<ApiConnectionException>(
            () => Client(account, o => o with { BaseUri = closed, UseProxy = false, MaxRetries = 0 }).GetSubscriptionAsync());

        Assert.False(error.MayHaveReachedServer);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.Single(proxy.Seen);
    }

    private static DataCalls Client(DataAccount account, Func<ConnectionOptions, ConnectionOptions> tweak) =>
        new(ApiConnection.Create(DataApiKey.Parse(account.Key), tweak(Connect.Fast(Unresolvable))));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
