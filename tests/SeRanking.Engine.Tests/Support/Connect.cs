using System;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Support;

/// <summary>Clients wired to the emulator, with short back-off so retry tests stay quick.</summary>
internal static class Connect
{
    internal static ConnectionOptions Fast(Uri baseUri) => new()
    {
        BaseUri = baseUri,
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(50),
    };

    internal static DataCalls Data(ApiEmulator emulator, DataAccount account, Func<ConnectionOptions, ConnectionOptions>? tweak = null) =>
        new(ApiConnection.Create(DataApiKey.Parse(account.Key), (tweak ?? (o => o))(Fast(emulator.DataApiUrl))));

    internal static ProjectCalls Project(ApiEmulator emulator, ProjectAccount account, Func<ConnectionOptions, ConnectionOptions>? tweak = null) =>
        new(ApiConnection.Create(ProjectApiKey.Parse(account.Key), (tweak ?? (o => o))(Fast(emulator.ProjectApiUrl))));

    internal static SerpstatCalls Serpstat(ApiEmulator emulator, SerpstatAccount account, Func<ConnectionOptions, ConnectionOptions>? tweak = null) =>
        new(ApiConnection.Create(SerpstatToken.Parse(account.Token), (tweak ?? (o => o))(Fast(emulator.SerpstatApiUrl))));
}
