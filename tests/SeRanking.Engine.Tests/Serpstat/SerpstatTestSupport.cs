using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// An emulator whose Serpstat methods take 50 requests a second per token, so that tests of rows,
/// paging and errors need not wait a second a call; the 1 request/s window is tested on its own.
/// </summary>
public sealed class FastSerpstatFixture : IAsyncLifetime
{
    internal const int Rate = 50;

    private ApiEmulator? _emulator;

    public ApiEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    public async Task InitializeAsync() => _emulator = await ApiEmulator.StartAsync(new EmulatorOptions { SerpstatRequestsPerSecond = Rate });

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>A connection with a fresh account's token, at the emulator's rate.</summary>
    internal (ApiConnection Connection, SerpstatAccount Account) Connect(long lines = 5_000_000, Func<ConnectionOptions, ConnectionOptions>? tweak = null)
    {
        var account = Emulator.Accounts.AddSerpstat(lines);
        var options = Support.Connect.Fast(Emulator.SerpstatApiUrl) with { RequestsPerWindow = Rate };
        return (ApiConnection.Create(SerpstatToken.Parse(account.Token), (tweak ?? (o => o))(options)), account);
    }

    /// <summary>The requests a token made, oldest first.</summary>
    internal IReadOnlyList<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();

    /// <summary>The params object a logged request sent.</summary>
    internal static JsonElement ParamsOf(LoggedRequest request)
    {
        using var document = JsonDocument.Parse(request.Body!);
        return document.RootElement.GetProperty("params").Clone();
    }
}
