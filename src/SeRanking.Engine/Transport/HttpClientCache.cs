using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SeRanking.Engine.Transport;

/// <summary>
/// One long-lived HttpClient per API, base URL and proxy setting for the whole process: creating
/// one per call exhausts sockets, and sharing one lets connections be reused across cmdlets.
/// </summary>
internal static class HttpClientCache
{
    private static readonly ConcurrentDictionary<string, HttpClient> Clients = new();

    // Proxies and credentials have no value identity (and a credential's value is a secret that
    // must not become a key): each instance gets its own client, so callers that connect again
    // and again should reuse their proxy object.
    private static readonly ConditionalWeakTable<object, string> Identities = new();

    internal static string UserAgent { get; } = BuildUserAgent();

    internal static HttpClient For(ApiKind api, Uri baseUri, ConnectionOptions options) =>
        Clients.GetOrAdd(api + "|" + baseUri.GetLeftPart(UriPartial.Authority) + "|" + ProxyKey(options), _ => Create(options));

    /// <summary>Everything about the proxy that changes what a handler does.</summary>
    internal static string ProxyKey(ConnectionOptions options)
    {
        if (!options.UseProxy)
        {
            return "direct";
        }

        var proxy = options.Proxy is null ? "system" : "proxy:" + IdentityOf(options.Proxy);
        return options.ProxyCredentials is { } credentials ? proxy + "|credentials:" + IdentityOf(credentials) : proxy;
    }

    /// <summary>The handler for one proxy setting, with the TLS versions this runtime needs.</summary>
    internal static HttpClientHandler CreateHandler(ConnectionOptions options)
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
        try
        {
            if (!options.UseProxy)
            {
                handler.UseProxy = false;
            }
            else if (options.Proxy is { } proxy)
            {
                handler.UseProxy = true;

                // A proxy given explicitly answers for its own credentials; DefaultProxyCredentials
                // are read only for the system proxy.
                handler.Proxy = options.ProxyCredentials is { } credentials ? new CredentialedProxy(proxy, credentials) : proxy;
            }
            else if (options.ProxyCredentials is { } credentials)
            {
                handler.DefaultProxyCredentials = credentials;
            }

            TransportSecurity.Apply(handler);
            return handler;
        }
        catch
        {
            handler.Dispose();
            throw;
        }
    }

    private static HttpClient Create(ConnectionOptions options)
    {
#pragma warning disable CA2000 // The handler is owned by the client, which lives for the process.
        var handler = CreateHandler(options);
#pragma warning restore CA2000

        // Each attempt has its own timeout (the resilience pipeline's); the client must not add another.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static string IdentityOf(object value) => Identities.GetValue(value, _ => Guid.NewGuid().ToString("N"));

    private static string BuildUserAgent()
    {
        var assembly = typeof(HttpClientCache).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        if (plus > 0)
        {
            version = version.Substring(0, plus);
        }

        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Windows"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "macOS"
            : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "Linux"
            : "other";
        var runtime = RuntimeInformation.FrameworkDescription.Replace("(", string.Empty).Replace(")", string.Empty).Trim();
        return $"SeRanking-PowerShell/{version} ({runtime}; {os})";
    }
}
