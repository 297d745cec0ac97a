using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SeRanking.Engine.Tests.Support;

/// <summary>What the fake proxy received and how it answered.</summary>
/// <param name="RawTarget">The request line's target: absolute-form (http://host/path) when a client talks to a proxy.</param>
/// <param name="ProxyAuthorization">The Proxy-Authorization header, or null.</param>
/// <param name="StatusCode">What the proxy answered.</param>
internal sealed record ProxiedRequest(string Method, string RawTarget, string? ProxyAuthorization, int StatusCode);

/// <summary>
/// A forward HTTP proxy on 127.0.0.1 (Kestrel): takes absolute-form requests, optionally asks for
/// Basic credentials with a 407, and forwards the path to an upstream server (the emulator),
/// whatever host the request named, so that a base URL no DNS can resolve works only through it.
/// </summary>
internal sealed class FakeProxy : IAsyncDisposable
{
    public const string Realm = "fake-proxy";

    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ProxiedRequest> _seen;

    private FakeProxy(WebApplication app, ConcurrentQueue<ProxiedRequest> seen, Uri address)
    {
        _app = app;
        _seen = seen;
        Address = address;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    public IReadOnlyList<ProxiedRequest> Seen => _seen.ToArray();

    /// <summary>The Proxy-Authorization value a client sends for these credentials with Basic.</summary>
    public static string BasicFor(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    /// <summary>Starts a proxy forwarding to <paramref name="upstream"/>; with <paramref name="requiredAuthorization"/>, anything else gets a 407.</summary>
    public static async Task<FakeProxy> StartAsync(Uri upstream, string? requiredAuthorization = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var seen = new ConcurrentQueue<ProxiedRequest>();
        try
        {
            app.Run(context => HandleAsync(context, upstream, requiredAuthorization, seen));
            await app.StartAsync();
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new FakeProxy(app, seen, new Uri($"http://127.0.0.1:{new Uri(addresses.First()).Port}/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task HandleAsync(HttpContext context, Uri upstream, string? requiredAuthorization, ConcurrentQueue<ProxiedRequest> seen)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var authorization = context.Request.Headers["Proxy-Authorization"].FirstOrDefault();
        if (!Uri.TryCreate(rawTarget, UriKind.Absolute, out var target))
        {
            // An origin-form request came straight to this port: not a proxy request.
            seen.Enqueue(new ProxiedRequest(context.Request.Method, rawTarget, authorization, StatusCodes.Status400BadRequest));
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (requiredAuthorization is not null && authorization != requiredAuthorization)
        {
            seen.Enqueue(new ProxiedRequest(context.Request.Method, rawTarget, authorization, StatusCodes.Status407ProxyAuthenticationRequired));
            context.Response.StatusCode = StatusCodes.Status407ProxyAuthenticationRequired;
            context.Response.Headers["Proxy-Authenticate"] = $"Basic realm=\"{Realm}\"";
            return;
        }

        using var forward = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(upstream, target.PathAndQuery));
        if (context.Request.Headers.Authorization.FirstOrDefault() is { } apiAuthorization)
        {
            forward.Headers.TryAddWithoutValidation("Authorization", apiAuthorization);
        }

        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            forward.Content = new ByteArrayContent(body.ToArray());
            if (context.Request.ContentType is { } contentType)
            {
                forward.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }

        using var answer = await Upstream.SendAsync(forward);
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        seen.Enqueue(new ProxiedRequest(context.Request.Method, rawTarget, authorization, (int)answer.StatusCode));
        context.Response.StatusCode = (int)answer.StatusCode;
        if (answer.Content.Headers.ContentType is { } answeredType)
        {
            context.Response.ContentType = answeredType.ToString();
        }

        await context.Response.Body.WriteAsync(bytes);
    }
}
