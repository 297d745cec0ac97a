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
/// One long-lived HttpClient per API, base URL and proxy for the whole process: creating one
/// per call exhausts sockets, and sharing one lets connections be reused across cmdlets.
/// </summary>
internal static class HttpClientCache
{
    private static readonly ConcurrentDictionary<string, HttpClient> Clients = new();

    // A proxy object has no value identity; each instance gets its own client.
    private static readonly ConditionalWeakTable<IWebProxy, string> ProxyIds = new();

    internal static string UserAgent { get; } = BuildUserAgent();

    internal static HttpClient For(ApiKind api, Uri baseUri, IWebProxy? proxy)
    {
        var proxyIdentity = proxy is null ? "system" : ProxyIds.GetValue(proxy, _ => Guid.NewGuid().ToString("N"));
        var cacheKey = api + "|" + baseUri.GetLeftPart(UriPartial.Authority) + "|" + proxyIdentity;
        return Clients.GetOrAdd(cacheKey, _ => Create(proxy));
    }

    private static HttpClient Create(IWebProxy? proxy)
    {
#pragma warning disable CA2000 // The handler is owned by the client, which lives for the process.
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
#pragma warning restore CA2000
        if (proxy is not null)
        {
            handler.Proxy = proxy;
            handler.UseProxy = true;
        }

        // Each attempt has its own timeout (the resilience pipeline's); the client must not add another.
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

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
