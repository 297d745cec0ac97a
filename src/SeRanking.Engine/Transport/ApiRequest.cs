using System;
using System.Collections.Generic;
using System.Net.Http;

namespace SeRanking.Engine.Transport;

/// <summary>Whether repeating a request could cost money twice.</summary>
public enum RequestSafety
{
    /// <summary>Reading data: repeating it is harmless, so transient failures are retried.</summary>
    Read,

    /// <summary>
    /// Creates paid work (SERP tasks, audits, exports): retried only when the request surely
    /// never reached the server, never after a timeout or a reset.
    /// </summary>
    CreatesPaidWork,

    /// <summary>
    /// Changes something, but to the same end however often it arrives: an update or a delete of
    /// a known id (PUT, PATCH, DELETE of a Project API resource), retried as reads are. A repeated
    /// delete that finds the resource gone answers an error the user sees; nothing is done twice.
    /// </summary>
    Idempotent,
}

/// <summary>One request, described without its key.</summary>
internal sealed class ApiRequest
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoQuery = Array.Empty<KeyValuePair<string, string>>();

    internal ApiRequest(HttpMethod method, string path)
    {
        Method = method;
        Path = path;
    }

    internal HttpMethod Method { get; }

    /// <summary>Relative to the base URL, e.g. "v1/backlinks/summary"; empty for Serpstat.</summary>
    internal string Path { get; }

    /// <summary>
    /// A full URL the API handed out (an export's download link) to call instead of base + path;
    /// it still gets the key, so the caller must have checked it points at the API's own host.
    /// </summary>
    internal Uri? AbsoluteUrl { get; init; }

    internal IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = NoQuery;

    internal byte[]? JsonBody { get; init; }

    /// <summary>The body's media type when it is not JSON (a form).</summary>
    internal string? BodyContentType { get; init; }

    internal RequestSafety Safety { get; init; } = RequestSafety.Read;

    /// <summary>The target, domain, query or task the call is about, for errors.</summary>
    internal string? Target { get; init; }

    /// <summary>How the call is named in messages; defaults to "METHOD /path".</summary>
    internal string? EndpointLabel { get; init; }

    internal string Endpoint => EndpointLabel ?? Method.Method + " /" + Path;
}

/// <summary>
/// An answer with its body read in full, so a cut-off body is caught inside the retry loop; or, for
/// a successful answer whose rows are to be streamed, the response itself, its body still unread.
/// </summary>
internal sealed record RawResponse(int StatusCode, ReadOnlyMemory<byte> Body, string? ContentType, TimeSpan? RetryAfter)
{
    internal bool IsSuccess => StatusCode is >= 200 and < 300 && StatusCode != Errors.ErrorClassifier.TargetTooLargeStatus;

    /// <summary>The open response of a successful streamed answer; its owner disposes it.</summary>
    internal System.Net.Http.HttpResponseMessage? Open { get; init; }
}
