using System;
using System.Net;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;

namespace SeRanking.Session;

/// <summary>
/// How Connect-SeRanking and Connect-Serpstat reach an API: proxy, timeout, retries and rate.
/// Checked as a whole before any connection changes (<see cref="Check"/>), then turned into the
/// engine's options for each key (<see cref="OptionsFor"/>).
/// </summary>
internal sealed class ConnectionSettings
{
    // Constants so that the cmdlets' [ValidateRange] and Check() cannot drift apart.
    internal const int DefaultTimeoutSec = 100;
    internal const int MinTimeoutSec = 1;
    internal const int MaxTimeoutSec = 3600;
    internal const int DefaultMaxRetries = 4;
    internal const int MinMaxRetries = 0;
    internal const int MaxMaxRetries = 20;
    internal const int MinRequestsPerSecond = 1;
    internal const int MaxRequestsPerSecond = 1000;

    internal const string SystemProxy = "system";
    internal const string NoProxyShown = "none";

    public Uri? Proxy { get; init; }

    public NetworkCredential? ProxyCredential { get; init; }

    public bool ProxyUseDefaultCredentials { get; init; }

    public bool NoProxy { get; init; }

    public int TimeoutSec { get; init; } = DefaultTimeoutSec;

    public int MaxRetries { get; init; } = DefaultMaxRetries;

    /// <summary>Null: the API's published rate.</summary>
    public int? RequestsPerSecond { get; init; }

    /// <summary>
    /// Refuses a proxy URL that cannot work or would carry a secret, and any two parameters that
    /// contradict each other, with an error naming the parameters and the fix.
    /// </summary>
    /// <exception cref="InvalidInputException">A value or a combination cannot work.</exception>
    public ConnectionSettings Check()
    {
        if (Proxy is { } proxy)
        {
            CheckProxyUrl(proxy);
        }

        if (NoProxy && Proxy is not null)
        {
            throw new InvalidInputException(
                nameof(NoProxy),
                "-NoProxy and -Proxy contradict each other: -NoProxy sends requests straight to the API, -Proxy through the proxy given. Give only one of them.");
        }

        if (NoProxy && ProxyCredential is not null)
        {
            throw new InvalidInputException(
                nameof(ProxyCredential),
                "-ProxyCredential has no proxy to sign in to with -NoProxy, which sends requests straight to the API. Drop -NoProxy to go through the proxy, or drop -ProxyCredential.");
        }

        if (NoProxy && ProxyUseDefaultCredentials)
        {
            throw new InvalidInputException(
                nameof(ProxyUseDefaultCredentials),
                "-ProxyUseDefaultCredentials has no proxy to sign in to with -NoProxy, which sends requests straight to the API. Drop -NoProxy to go through the proxy, or drop -ProxyUseDefaultCredentials.");
        }

        if (ProxyCredential is not null && ProxyUseDefaultCredentials)
        {
            throw new InvalidInputException(
                nameof(ProxyUseDefaultCredentials),
                "-ProxyCredential and -ProxyUseDefaultCredentials both say how to sign in to the proxy: give -ProxyCredential for a user name and password, or -ProxyUseDefaultCredentials for the signed-in Windows account, not both.");
        }

        if (ProxyCredential is { UserName: null or "" })
        {
            throw new InvalidInputException(
                nameof(ProxyCredential),
                "-ProxyCredential has no user name: give the proxy account's user name and password (for example with Get-Credential).");
        }

        CheckRange(nameof(TimeoutSec), TimeoutSec, MinTimeoutSec, MaxTimeoutSec, " seconds");
        CheckRange(nameof(MaxRetries), MaxRetries, MinMaxRetries, MaxMaxRetries, string.Empty);
        if (RequestsPerSecond is { } rate)
        {
            CheckRange(nameof(RequestsPerSecond), rate, MinRequestsPerSecond, MaxRequestsPerSecond, string.Empty);
        }

        return this;
    }

    /// <summary>
    /// The engine's options for one key, checked the way <see cref="ApiConnection.Create"/> will check
    /// them, so that creating the connection afterwards cannot fail and a refusal changes nothing.
    /// </summary>
    /// <exception cref="InvalidInputException">The base URL cannot be used for <paramref name="api"/> (named by <paramref name="urlParameter"/>).</exception>
    public ConnectionOptions OptionsFor(ApiKind api, Uri? baseUrl, string urlParameter)
    {
        Check();
        var options = new ConnectionOptions
        {
            BaseUri = baseUrl,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxRetries = MaxRetries,
            RequestsPerWindow = RequestsPerSecond,
            UseProxy = !NoProxy,
            Proxy = Proxy is { } proxy ? new WebProxy(proxy) { BypassProxyOnLocal = false } : null,
            ProxyCredentials = ProxyUseDefaultCredentials ? CredentialCache.DefaultCredentials : ProxyCredential,
        };
        options.Validate();
        try
        {
            options.ResolveBaseUri(api);
        }
        catch (ArgumentException refused) when (refused is not InvalidApiKeyException and not InvalidInputException)
        {
            throw new InvalidInputException(urlParameter, refused.Message);
        }

        return options;
    }

    /// <summary>The proxy a connection uses and how it signs in to it, as Get-SrConnection shows them: never a password.</summary>
    internal static (string Proxy, string Authentication, string? UserName) Describe(ConnectionOptions options)
    {
        var proxy = !options.UseProxy ? NoProxyShown
            : options.Proxy is null ? SystemProxy
            : options.Proxy is WebProxy { Address: { } address } ? WithoutUserInfo(address)
            : "custom";
        var credentials = options.ProxyCredentials ?? options.Proxy?.Credentials;
        if (credentials is null)
        {
            return (proxy, "None", null);
        }

        if (ReferenceEquals(credentials, CredentialCache.DefaultCredentials) || ReferenceEquals(credentials, CredentialCache.DefaultNetworkCredentials))
        {
            return (proxy, "DefaultCredentials", null);
        }

        var user = credentials is NetworkCredential { UserName: { Length: > 0 } name } network
            ? (string.IsNullOrEmpty(network.Domain) ? name : network.Domain + "\\" + name)
            : null;
        return (proxy, "Credential", user);
    }

    private static void CheckProxyUrl(Uri proxy)
    {
        const string Example = "http://proxy.example:8080";
        if (!proxy.IsAbsoluteUri)
        {
            throw new InvalidInputException(nameof(Proxy), $"-Proxy takes the proxy's absolute URL, such as {Example}.");
        }

        // Nothing of the URL is repeated in these messages: its user info or query may be a password.
        if (proxy.UserInfo.Length > 0)
        {
            throw new InvalidInputException(
                nameof(Proxy),
                $"-Proxy must not hold a user name or password, which would show wherever the URL is shown: give the URL without them ({Example}) and use -ProxyCredential for the credentials.");
        }

        if (proxy.Query.Length > 0 || proxy.Fragment.Length > 0)
        {
            throw new InvalidInputException(
                nameof(Proxy),
                $"-Proxy must not have a query or fragment; a proxy URL is a scheme, a host and a port ({Example}). Use -ProxyCredential for credentials.");
        }

        if (proxy.Scheme != Uri.UriSchemeHttp && proxy.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidInputException(
                nameof(Proxy),
                $"-Proxy takes an http:// or https:// URL with the scheme written out, such as {Example}; other schemes (SOCKS) are not supported.");
        }
    }

    private static void CheckRange(string parameter, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            throw new InvalidInputException(parameter, FormattableString.Invariant($"-{parameter} must be between {min} and {max}{unit}; got {value}."));
        }
    }

    private static string WithoutUserInfo(Uri address) =>
        address.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);
}
