using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace SeRanking.Emulator;

/// <summary>One API request as the endpoint handlers see it: already read, already past the fault plan.</summary>
internal sealed class ApiCall
{
    public required EmulatedApi Api { get; init; }

    /// <summary>When the request arrived (Stopwatch ticks, its headers read); what rate limits count.</summary>
    public required long ArrivedTicks { get; init; }

    public required string Method { get; init; }

    /// <summary>Path relative to the API's base, without leading or trailing '/'.</summary>
    public required string Path { get; init; }

    public required IQueryCollection Query { get; init; }

    public required string? Authorization { get; init; }

    public required string? Body { get; init; }

    /// <summary>The body's media type with its parameters (a multipart boundary), or null.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// Set when a <see cref="FaultKind.Truncated"/> fault needs the body the API would give:
    /// the handler then checks and builds as usual but changes nothing (no rate slot, no charge,
    /// no task created or advanced).
    /// </summary>
    public required bool DryRun { get; init; }

    /// <summary>Scheme, host and port the request came to, with the API's prefix (<c>http://127.0.0.1:5000/data/</c>): where links the API hands out point.</summary>
    public string PublicBase { get; init; } = string.Empty;

    public string? QueryValue(string name)
    {
        var values = Query[name];
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>Every value of a repeated query parameter, in both spellings <c>name=</c> and <c>name[]=</c>.</summary>
    public List<string> QueryValues(string name)
    {
        var values = new List<string>();
        foreach (var value in StringValues.Concat(Query[name], Query[name + "[]"]))
        {
            values.Add(value ?? string.Empty);
        }

        return values;
    }

    /// <summary>The key of an <c>Authorization: Token KEY</c> header, else the named query parameter.</summary>
    public string? KeyFromTokenHeaderOrQuery(string queryName)
    {
        // Another scheme (e.g. Bearer) counts as no key: SE Ranking documents only "Token",
        // and a client that gets the scheme wrong should find out here, not in production.
        var header = Authorization;
        if (!string.IsNullOrWhiteSpace(header))
        {
            var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length == 2 && string.Equals(parts[0], "Token", StringComparison.OrdinalIgnoreCase) ? parts[1] : null;
        }

        var fromQuery = QueryValue(queryName);
        return string.IsNullOrEmpty(fromQuery) ? null : fromQuery;
    }
}

/// <summary>
/// An answer ready to be written: status, content type, an optional Retry-After, and the body:
/// bytes, or for large lists a writer that streams it (so a 250,000-row page is never held whole).
/// </summary>
internal sealed class ApiResponse(int statusCode, byte[] body, string contentType)
{
    public const string JsonContentType = "application/json";

    public int StatusCode { get; } = statusCode;

    /// <summary>The body; for a streamed answer, built on demand (faults that cut bodies need the bytes).</summary>
    public byte[] Body => _writer is null ? body : Materialise();

    public string ContentType { get; } = contentType;

    public string? RetryAfter { get; private init; }

    private Func<Stream, CancellationToken, Task>? _writer;

    /// <summary>Writes the body to the response stream, whichever way it is held.</summary>
    public Task WriteBodyAsync(Stream destination, CancellationToken cancellationToken) =>
        _writer is { } writer ? writer(destination, cancellationToken) : destination.WriteAsync(body, cancellationToken).AsTask();

    public bool IsStreamed => _writer is not null;

    /// <summary>A file sent as it is (an export's .csv.gz): never gzipped again on the way.</summary>
    public bool IsFile { get; private init; }

    public ApiResponse WithRetryAfter(string? retryAfter) => new(StatusCode, body, ContentType) { RetryAfter = retryAfter, _writer = _writer };

    public static ApiResponse Json<T>(int statusCode, T value, JsonTypeInfo<T> typeInfo) =>
        new(statusCode, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), JsonContentType);

    /// <summary>A JSON answer written by <paramref name="write"/> as it goes.</summary>
    public static ApiResponse StreamedJson(int statusCode, Func<Stream, CancellationToken, Task> write) =>
        new(statusCode, [], JsonContentType) { _writer = write };

    /// <summary>A file written by <paramref name="write"/> as it goes, sent as it is.</summary>
    public static ApiResponse StreamedFile(int statusCode, string contentType, Func<Stream, CancellationToken, Task> write) =>
        new(statusCode, [], contentType) { _writer = write, IsFile = true };

    /// <summary>A JSON answer written by hand.</summary>
    public static ApiResponse Written(int statusCode, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return new(statusCode, buffer.ToArray(), JsonContentType);
    }

    /// <summary>A successful answer with an empty body (edits, deletes, rechecks).</summary>
    public static ApiResponse Empty() => new(200, [], JsonContentType);

    private byte[] Materialise()
    {
        using var buffer = new MemoryStream();
        _writer!(buffer, CancellationToken.None).GetAwaiter().GetResult();
        return buffer.ToArray();
    }
}

/// <summary>The per-API part of request handling: authentication, rate limit, validation, billing, answer.</summary>
internal interface IApiEndpoints
{
    ApiResponse Handle(ApiCall call);
}
