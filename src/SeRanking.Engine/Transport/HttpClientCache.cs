using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace SeRanking.Engine.Transport;

/// <summary>
/// One long-lived HttpClient per API, base URL and proxy setting for the whole process: creating
/// one per call exhausts sockets, and sharing one lets connections be reused across cmdlets.
/// Settings are told apart by value, so connecting again with the same proxy and credentials
/// (each Connect-* makes new objects) reuses the client rather than leaving one behind each time.
/// </summary>
internal static class HttpClientCache
{
    private static readonly ConcurrentDictionary<string, HttpClient> Clients = new();

    // Objects of unknown kind (a custom IWebProxy or ICredentials) have no value to compare:
    // those alone are told apart by identity.
    private static readonly ConditionalWeakTable<object, string> Identities = new();

    // A credential's value is a secret: it enters a key only as an HMAC under a key made for this
    // process, which never leaves it.
    private static readonly byte[] CredentialKey = NewCredentialKey();

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

        var proxy = options.Proxy switch
        {
            null => "system",
            WebProxy web => "proxy:" + web.Address?.AbsoluteUri + "|local:" + web.BypassProxyOnLocal.ToString()
                + "|bypass:" + string.Join(" ", web.BypassList ?? []) + "|default:" + web.UseDefaultCredentials.ToString()
                + (web.Credentials is { } own ? "|own:" + CredentialKeyOf(own) : string.Empty),
            var other => "proxy:" + IdentityOf(other),
        };
        return options.ProxyCredentials is { } credentials ? proxy + "|credentials:" + CredentialKeyOf(credentials) : proxy;
    }

    private static string CredentialKeyOf(ICredentials credentials)
    {
        if (ReferenceEquals(credentials, CredentialCache.DefaultCredentials) || ReferenceEquals(credentials, CredentialCache.DefaultNetworkCredentials))
        {
            return "default";
        }

        if (credentials is not NetworkCredential network || network.GetType() != typeof(NetworkCredential))
        {
            return IdentityOf(credentials);
        }

        using var hmac = new HMACSHA256(CredentialKey);
        var secret = Encoding.UTF8.GetBytes(network.Domain + "\n" + network.UserName + "\n" + network.Password);
        return Convert.ToBase64String(hmac.ComputeHash(secret));
    }

    private static byte[] NewCredentialKey()
    {
        var key = new byte[32];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(key);
        }

        return key;
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
