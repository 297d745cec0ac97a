using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SeRanking.Emulator;

/// <summary>
/// What happens to every API request, in this order: log the arrival, apply a pending fault,
/// then let the API's endpoints authenticate, rate-limit, validate, bill and answer. Faults
/// come first so that a faulted request never costs credits.
/// </summary>
internal sealed class RequestPipeline(
    EmulatorOptions options,
    FaultPlan faults,
    RequestLog log,
    ControlEndpoints control,
    IReadOnlyDictionary<EmulatedApi, IApiEndpoints> endpoints,
    CancellationToken stopping)
{
    private const string SerpstatEndpoint = "/serpstat/v4";

    private static readonly byte[] ProxyErrorPage = Encoding.UTF8.GetBytes(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");

    public async Task HandleAsync(HttpContext context)
    {
        var receivedTicks = Stopwatch.GetTimestamp();
        var receivedAt = DateTimeOffset.UtcNow;
        var request = context.Request;
        var fullPath = request.Path.Value ?? "/";
        if (fullPath.StartsWith(ControlEndpoints.Prefix, StringComparison.Ordinal))
        {
            await control.HandleAsync(context);
            return;
        }

        if (Resolve(fullPath) is not { } resolved)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (api, relativePath) = resolved;
        var aborted = context.RequestAborted;
        string? body = null;
        string path = relativePath;
        Fault? fault = null;
        var status = 0;
        try
        {
            body = await ReadBodyAsync(request, aborted);

            // Every Serpstat call shares one URL; its method is what tells calls apart.
            path = api == EmulatedApi.Serpstat ? SerpstatEndpoints.MethodOf(body) : relativePath;
            fault = faults.TryTake(api, request.Method, path);
            status = await AnswerAsync(context, api, fault, dryRun => new ApiCall
            {
                Api = api,
                ArrivedTicks = receivedTicks,
                Method = request.Method,
                Path = path,
                Query = request.Query,
                Authorization = request.Headers.Authorization.FirstOrDefault(),
                Body = body,
                ContentType = request.ContentType,
                DryRun = dryRun,
                PublicBase = $"{request.Scheme}://{request.Host.Value}" + (api == EmulatedApi.Data ? "/data/" : "/"),
            });
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && (aborted.IsCancellationRequested || stopping.IsCancellationRequested))
        {
            // The client hung up (or the emulator is stopping): nobody is left to answer.
            status = 0;
        }
        finally
        {
            log.Add(new LoggedRequest(
                receivedAt,
                receivedTicks,
                api,
                request.Method,
                path,
                RedactQuery(request.QueryString.Value),
                AuthorizationScheme(request),
                HeaderOrNull(request.Headers.AcceptEncoding),
                HeaderOrNull(request.Headers.UserAgent),
                body,
                status,
                fault?.Kind.ToString(),
                KeyFingerprint(request)));
        }
    }

    /// <summary>Which API a path belongs to and the path relative to that API's base; null for other paths.</summary>
    private static (EmulatedApi Api, string RelativePath)? Resolve(string fullPath)
    {
        if (fullPath.StartsWith("/data/", StringComparison.Ordinal))
        {
            return (EmulatedApi.Data, fullPath["/data/".Length..].Trim('/'));
        }

        if (fullPath.StartsWith("/project/", StringComparison.Ordinal))
        {
            return (EmulatedApi.Project, fullPath["/project/".Length..].Trim('/'));
        }

        if (fullPath.TrimEnd('/') == SerpstatEndpoint)
        {
            return (EmulatedApi.Serpstat, string.Empty);
        }

        return null;
    }

    /// <returns>The status answered, or 0 when no answer was given.</returns>
    private async Task<int> AnswerAsync(HttpContext context, EmulatedApi api, Fault? fault, Func<bool, ApiCall> callFor)
    {
        switch (fault?.Kind)
        {
            case FaultKind.Reset:
                context.Abort();
                return 0;
            case FaultKind.Status:
                var answer = ErrorBodies.ForStatusFault(api, fault.Status).WithRetryAfter(RetryAfterOf(fault));
                return await WriteAsync(context, answer, mayCompress: true);
            case FaultKind.Html:
                return await WriteAsync(context, new ApiResponse(StatusCodes.Status200OK, ProxyErrorPage, "text/html"), mayCompress: true);
            case FaultKind.Truncated:
                // Left uncompressed so the client sees cut JSON rather than a broken gzip stream.
                var real = endpoints[api].Handle(callFor(true)).Body;
                return await WriteAsync(context, new ApiResponse(StatusCodes.Status200OK, real[..(real.Length / 2)], ApiResponse.JsonContentType), mayCompress: false);
            case FaultKind.ResetMidBody:
                // The whole body is announced, half of it sent, then the connection drops: the
                // client has read some rows when the read fails.
                var whole = endpoints[api].Handle(callFor(true)).Body;
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = ApiResponse.JsonContentType;
                context.Response.ContentLength = whole.Length;
                await context.Response.Body.WriteAsync(whole.AsMemory(0, whole.Length / 2), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);

                // A reset that arrives with the data would discard it unread at the client: let the
                // first half be read first, as when a connection drops in the middle of a download.
                await Task.Delay(TimeSpan.FromMilliseconds(150), context.RequestAborted);
                context.Abort();
                return 0;
            case FaultKind.Slow:
                using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping))
                {
                    try
                    {
                        await Task.Delay(fault.Delay, waiting.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        context.Abort();
                        return 0;
                    }
                }

                break;
        }

        return await WriteAsync(context, endpoints[api].Handle(callFor(false)), mayCompress: true);
    }

    private async Task<int> WriteAsync(HttpContext context, ApiResponse answer, bool mayCompress)
    {
        var response = context.Response;
        if (answer.IsStreamed)
        {
            return await WriteStreamedAsync(context, answer, mayCompress);
        }

        var body = answer.Body;
        response.StatusCode = answer.StatusCode;
        if (answer.StatusCode == StatusCodes.Status204NoContent)
        {
            // 204 carries no body, nor a content type or length (Kestrel refuses any write).
            return answer.StatusCode;
        }

        response.ContentType = answer.ContentType;
        if (answer.RetryAfter is not null)
        {
            response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (mayCompress && options.CompressResponses && AcceptsGzip(context.Request))
        {
            body = Gzip(body);
            response.Headers.ContentEncoding = "gzip";
            response.Headers.Vary = "Accept-Encoding";
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
        return answer.StatusCode;
    }

    /// <summary>A large answer, written as it is generated: chunked, gzipped on the fly when the client accepts it.</summary>
    private async Task<int> WriteStreamedAsync(HttpContext context, ApiResponse answer, bool mayCompress)
    {
        var response = context.Response;
        response.StatusCode = answer.StatusCode;
        response.ContentType = answer.ContentType;
        if (mayCompress && !answer.IsFile && options.CompressResponses && AcceptsGzip(context.Request))
        {
            response.Headers.ContentEncoding = "gzip";
            response.Headers.Vary = "Accept-Encoding";
            await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await answer.WriteBodyAsync(gzip, context.RequestAborted);
        }
        else
        {
            await answer.WriteBodyAsync(response.Body, context.RequestAborted);
        }

        return answer.StatusCode;
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        return text.Length == 0 ? null : text;
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(encoding =>
            encoding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (encoding.Quality ?? 1) > 0);

    private static byte[] Gzip(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return buffer.ToArray();
    }

    private static string? RetryAfterOf(Fault fault)
    {
        if (fault.RetryAfterDate is { } date)
        {
            return date.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
        }

        return fault.RetryAfter is { } delay
            ? Math.Ceiling(delay.TotalSeconds).ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static string? HeaderOrNull(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : values.ToString();

    /// <summary>The query without '?', with the values of token= and apikey= masked: keys must not reach the log.</summary>
    private static string RedactQuery(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var parts = query.TrimStart('?').Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? parts[i] : parts[i][..equals]);
            if (IsKeyParameter(name))
            {
                parts[i] = parts[i][..(equals < 0 ? parts[i].Length : equals)] + "=***";
            }
        }

        return string.Join('&', parts);
    }

    private static bool IsKeyParameter(string name) =>
        name.Equals("token", StringComparison.OrdinalIgnoreCase) || name.Equals("apikey", StringComparison.OrdinalIgnoreCase);

    private static string? AuthorizationScheme(HttpRequest request)
    {
        var header = request.Headers.Authorization.FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(header) ? null : header.Split(' ', 2)[0];
    }

    /// <summary>The fingerprint of whichever key the request carries.</summary>
    private static string? KeyFingerprint(HttpRequest request)
    {
        var header = request.Headers.Authorization.FirstOrDefault()?.Trim();
        var key = header is { Length: > 0 } && header.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [_, var credential]
            ? credential.Trim()
            : request.Query.FirstOrDefault(pair => IsKeyParameter(pair.Key)).Value.FirstOrDefault();
        return string.IsNullOrEmpty(key) ? null : RequestLog.FingerprintOf(key);
    }
}
