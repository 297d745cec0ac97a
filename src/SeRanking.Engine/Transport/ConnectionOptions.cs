using System;
using System.Net;

namespace SeRanking.Engine.Transport;

/// <summary>How to reach one API with one key: base URL, timeouts, retries and rate.</summary>
public sealed record ConnectionOptions
{
    /// <summary>The real services; override for tests, proxies and gateways.</summary>
    public static Uri DefaultBaseUri(ApiKind api) => ApiProfile.Of(api).DefaultBaseUri;

    /// <summary>Published per-key limits: Data 10/s, Project 5/s, Serpstat 1/s on most plans.</summary>
    public static int DefaultRequestsPerSecond(ApiKind api) => ApiProfile.Of(api).DefaultRequestsPerSecond;

    /// <summary>Base URL of the API; null means the real service.</summary>
    public Uri? BaseUri { get; init; }

    internal static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    internal static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    /// <summary>How long one attempt may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries after the first attempt, for failures that are safe to retry.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First back-off delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest back-off between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest Retry-After the client will wait for; an API asking for more ends the call
    /// with <see cref="Errors.RateLimitedException"/> (carrying the wait) instead of hanging a runbook.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Requests per rate window for this key; null means the API's published default.</summary>
    public int? RequestsPerWindow { get; init; }

    /// <summary>The rolling window the API counts requests in.</summary>
    public TimeSpan RateWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Extra spacing added to the window, so that requests which leave exactly one window apart
    /// still arrive one window apart despite network jitter; null means the API's own
    /// (<see cref="ApiProfile.RateSafetyMargin"/>).
    /// </summary>
    public TimeSpan? RateSafetyMargin { get; init; }

    /// <summary>The margin actually kept for <paramref name="api"/>: the one given, else the API's (<see cref="ApiProfile.RateSafetyMargin"/>).</summary>
    public TimeSpan ResolveRateSafetyMargin(ApiKind api) => RateSafetyMargin ?? ApiProfile.Of(api).RateSafetyMargin;

    /// <summary>A proxy; null uses the system proxy (unless <see cref="UseProxy"/> is false).</summary>
    public IWebProxy? Proxy { get; init; }

    /// <summary>
    /// Credentials for the proxy in use: <see cref="Proxy"/>, else the system proxy. Null leaves
    /// the proxy anonymous (or to <see cref="Proxy"/>'s own credentials).
    /// </summary>
    public ICredentials? ProxyCredentials { get; init; }

    /// <summary>False sends requests straight to the API, ignoring the system proxy.</summary>
    public bool UseProxy { get; init; } = true;

    /// <summary>The base URL actually used for <paramref name="api"/>.</summary>
    public Uri ResolveBaseUri(ApiKind api) => BaseUriRules.Normalise(api, BaseUri ?? DefaultBaseUri(api));

    /// <summary>
    /// The URL of the API's second endpoint (Serpstat's SERP crawling), or null when it has none:
    /// the base URL given, which then serves both, else the real service's.
    /// </summary>
    public Uri? ResolveSecondBaseUri(ApiKind api) =>
        ApiProfile.Of(api).SecondBaseUri is { } real ? BaseUriRules.Normalise(api, BaseUri ?? real) : null;

    /// <summary>
    /// The base URL actually used for <paramref name="key"/>: for a Project API key, that of its
    /// dialect (a UUID reaches the unified host, api.seranking.com; a 40-hex key api4).
    /// </summary>
    public Uri ResolveBaseUri(Keys.ApiKey key)
    {
        if (key is Keys.ProjectApiKey { Dialect: ProjectDialect.Unified })
        {
            return BaseUriRules.NormaliseUnified(BaseUri ?? ApiProfile.Project.UnifiedBaseUri!);
        }

        return ResolveBaseUri(key.Api);
    }

    public int ResolveRequestsPerWindow(ApiKind api) => RequestsPerWindow ?? DefaultRequestsPerSecond(api);

    /// <summary>Throws an <see cref="ArgumentException"/> naming the setting when a value cannot work.</summary>
    public void Validate()
    {
        // The bounds of Polly's timeout strategy, which would otherwise refuse them with its own exception type.
        if (Timeout < MinTimeout || Timeout > MaxTimeout)
        {
            throw new ArgumentException($"Timeout must be between 10 ms and 24 h; got {Timeout}.", nameof(Timeout));
        }

        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException($"MaxRetries must be between 0 and 20; got {MaxRetries}.", nameof(MaxRetries));
        }

        if (RequestsPerWindow is <= 0)
        {
            throw new ArgumentException($"RequestsPerWindow must be at least 1; got {RequestsPerWindow}.", nameof(RequestsPerWindow));
        }

        if (RateWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException($"RateWindow must be positive; got {RateWindow}.", nameof(RateWindow));
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            throw new ArgumentException("RetryBaseDelay must be zero or more and no greater than RetryMaxDelay.", nameof(RetryBaseDelay));
        }

        if (!UseProxy && Proxy is not null)
        {
            throw new ArgumentException("A Proxy is set while UseProxy is false: give one or the other.", nameof(Proxy));
        }

        if (!UseProxy && ProxyCredentials is not null)
        {
            throw new ArgumentException("ProxyCredentials are set while UseProxy is false, so there is no proxy to give them to.", nameof(ProxyCredentials));
        }

        if (ProxyCredentials is not null && Proxy?.Credentials is not null)
        {
            throw new ArgumentException("Both ProxyCredentials and the Proxy's own Credentials are set: give the credentials once.", nameof(ProxyCredentials));
        }
    }
}
