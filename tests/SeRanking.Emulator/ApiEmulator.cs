using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SeRanking.Emulator;

/// <summary>
/// A loopback HTTP server that plays the SE Ranking Data API, the SE Ranking Project API and
/// Serpstat API v4, so clients can be tested against real HTTP: authentication, rate limits,
/// credits, async tasks and injected faults. It listens on 127.0.0.1 only.
/// </summary>
public sealed class ApiEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private ApiEmulator(WebApplication app, EmulatorOptions options, EmulatorState state, Uri baseAddress)
    {
        _app = app;
        Options = options;
        Accounts = state.Accounts;
        Faults = state.Faults;
        Requests = state.Requests;
        BaseAddress = baseAddress;
        DataApiUrl = new Uri(baseAddress, "data/");
        ProjectApiUrl = new Uri(baseAddress, "project/");
        SerpstatApiUrl = new Uri(baseAddress, "serpstat/v4");
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Base of the Data API: a client appends <c>v1/…</c>.</summary>
    public Uri DataApiUrl { get; }

    /// <summary>Base of the legacy Project API (api4): a client appends e.g. <c>account/balance</c>.</summary>
    public Uri ProjectApiUrl { get; }

    /// <summary>
    /// Base of the unified Project API: the Data API's base, to which a client appends
    /// <c>v1/project-management/…</c> with the account's SE Ranking API key (<see cref="ProjectAccount.UnifiedKey"/>).
    /// </summary>
    public Uri UnifiedProjectApiUrl => DataApiUrl;

    /// <summary>The Serpstat endpoint a client POSTs every call to, with <c>?token=</c>.</summary>
    public Uri SerpstatApiUrl { get; }

    /// <summary>The accounts (keys, credits, balances) the APIs accept.</summary>
    public EmulatorAccounts Accounts { get; }

    /// <summary>Faults waiting to be injected.</summary>
    public FaultPlan Faults { get; }

    /// <summary>Every API request received.</summary>
    public RequestLog Requests { get; }

    /// <summary>The options it runs with; limits may be changed while it runs.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>Starts an emulator on 127.0.0.1 (port from <paramref name="options"/>, 0 for a free one).</summary>
    public static async Task<ApiEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();

        // The empty builder reads no environment variables or appsettings, so nothing can add
        // another listening address or change the logging behind the tests' back.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);

        // Held requests (slow faults) are released on stop, so a short grace period suffices.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        try
        {
            var state = new EmulatorState(new EmulatorAccounts(), new FaultPlan(), new RequestLog());
            app.Run(CreatePipeline(options, state, app.Lifetime.ApplicationStopping).HandleAsync);
            await app.StartAsync(cancellationToken);
            return new ApiEmulator(app, options, state, ListeningAddress(app));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server; requests held by slow faults are aborted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static Uri ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var port = new Uri(addresses.First()).Port;
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private static RequestPipeline CreatePipeline(EmulatorOptions options, EmulatorState state, CancellationToken stopping)
    {
        var rateLimits = new RateLimits(options);
        var serpTasks = new SerpTaskEndpoints(new SerpTaskStore(), options);
        var project = new ProjectApiEndpoints(state.Accounts, rateLimits);
        var endpoints = new Dictionary<EmulatedApi, IApiEndpoints>
        {
            [EmulatedApi.Data] = new DataApiEndpoints(state.Accounts, rateLimits, serpTasks, new SiteAuditEndpoints(options), new BacklinkExportEndpoints(options), project),
            [EmulatedApi.Project] = project,
            [EmulatedApi.Serpstat] = new SerpstatEndpoints(state.Accounts, rateLimits),
        };
        var control = new ControlEndpoints(state.Accounts, state.Faults, state.Requests);
        return new RequestPipeline(options, state.Faults, state.Requests, control, endpoints, stopping);
    }

    /// <summary>What the endpoints share with the test: created before the server starts, exposed once it listens.</summary>
    private sealed record EmulatorState(EmulatorAccounts Accounts, FaultPlan Faults, RequestLog Requests);
}
