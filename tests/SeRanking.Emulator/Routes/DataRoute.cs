using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>How a route splits its rows over requests, as the real endpoint does.</summary>
internal enum RoutePaging
{
    /// <summary>Every row in one answer.</summary>
    None,

    /// <summary><c>limit</c> only: the first rows, no next page.</summary>
    Limit,

    /// <summary><c>page</c> (from 1) and <c>limit</c>.</summary>
    PageAndLimit,

    /// <summary><c>offset</c> and <c>limit</c>.</summary>
    OffsetAndLimit,

    /// <summary><c>limit</c> and the <c>next</c> cursor of the previous answer.</summary>
    Cursor,
}

/// <summary>What a route charges for a successful answer.</summary>
internal enum RouteBilling
{
    Free,

    /// <summary><see cref="DataRoute.Cost"/> per request.</summary>
    PerRequest,

    /// <summary><see cref="DataRoute.Cost"/> per row answered.</summary>
    PerRow,

    /// <summary><see cref="DataRoute.Cost"/> per target sent.</summary>
    PerTarget,
}

/// <summary>
/// One Data API endpoint served from a description: which parameters it needs and checks, how it
/// pages and bills, how many rows a request has in all, and how to write row <c>i</c>. Rows are
/// generated from the request's seed, so the same request always gets the same rows, and a
/// 250,000-row answer is written as it is generated, never held.
/// </summary>
internal sealed class DataRoute
{
    public required string Path { get; init; }

    public string[] Methods { get; init; } = ["GET"];

    public RoutePaging Paging { get; init; } = RoutePaging.None;

    public int DefaultLimit { get; init; } = 100;

    public int MaxLimit { get; init; } = 1000;

    public RouteBilling Billing { get; init; } = RouteBilling.Free;

    public long Cost { get; init; }

    /// <summary>Parameters that must be there (from the query, or the JSON body of a POST).</summary>
    public string[] Required { get; init; } = [];

    /// <summary>The route's own checks: the 400 message for a request the real API refuses, or null.</summary>
    public Func<RouteRequest, string?>? Validate { get; init; }

    /// <summary>Whether a huge site (google.com…) is refused with HTTP 244, as the backlinks endpoints do.</summary>
    public bool RefusesHugeSites { get; init; }

    /// <summary>The rows the request has in all (before paging).</summary>
    public required Func<RouteRequest, long> Count { get; init; }

    /// <summary>Writes row <c>index</c> (0-based, over all pages) as a JSON value.</summary>
    public required Action<Utf8JsonWriter, RouteRequest, long> WriteRow { get; init; }

    /// <summary>The property the rows are under; null for a top-level array.</summary>
    public string? RowsProperty { get; init; }

    /// <summary>Whether the answer says how many rows there are in all (<c>total</c>).</summary>
    public bool WritesTotal { get; init; }

    /// <summary>The answer is one object (row 0), not a list.</summary>
    public bool SingleObject { get; init; }

    /// <summary>Other members of the answer, written before the rows.</summary>
    public Action<Utf8JsonWriter, RouteRequest>? WriteExtras { get; init; }
}

/// <summary>A request as a route sees it: parameters from the query or the JSON body, targets, a seed.</summary>
internal sealed class RouteRequest
{
    private readonly JsonElement? _body;

    private readonly Dictionary<string, List<string>>? _form;

    public RouteRequest(ApiCall call)
    {
        Call = call;
        if (call.Method is "POST" or "PATCH" or "PUT" && FormBody.IsMultipart(call.ContentType) && call.Body is { } formBody)
        {
            _form = FormBody.Read(formBody, call.ContentType!);
            BodyIsInvalid = _form is null;
        }
        else if (call.Method is "POST" or "PATCH" or "PUT" && !string.IsNullOrWhiteSpace(call.Body))
        {
            try
            {
                using var document = JsonDocument.Parse(call.Body);
                _body = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                BodyIsInvalid = true;
            }
        }

        Targets = ReadTargets();
    }

    public ApiCall Call { get; }

    public bool BodyIsInvalid { get; }

    /// <summary>Every <c>target</c> value: repeated, bracketed or a JSON array.</summary>
    public IReadOnlyList<string> Targets { get; }

    public string? Target => Targets.Count > 0 ? Targets[0] : null;

    /// <summary>Whether the body was multipart form data.</summary>
    public bool IsForm => _form is not null;

    /// <summary>Every value of a repeated form part (<c>keywords[]</c>), in order; empty when there is none.</summary>
    public IReadOnlyList<string> FormValues(string name) => _form is not null && _form.TryGetValue(name, out var values) ? values : [];

    /// <summary>A parameter's value from the query, else from the form or JSON body (numbers and flags as text).</summary>
    public string? Value(string name)
    {
        var fromQuery = Call.QueryValue(name);
        if (fromQuery is not null)
        {
            return fromQuery;
        }

        if (_form is not null)
        {
            return _form.TryGetValue(name, out var values) ? values[0] : null;
        }

        if (_body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value))
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.True => "1",
                JsonValueKind.False => "0",
                _ => value.GetRawText(),
            };
        }

        return null;
    }

    /// <summary>A parameter's JSON value from the body (nested objects and arrays).</summary>
    public JsonElement? Json(string name) =>
        _body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(name, out var value) ? value : null;

    public bool Has(string name) => !string.IsNullOrEmpty(Value(name)) || Json(name) is { ValueKind: JsonValueKind.Array or JsonValueKind.Object };

    public long? Long(string name) => long.TryParse(Value(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public DateTime? Date(string name) =>
        DateTime.TryParseExact(Value(name), ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>What the rows of this request are made from: the route, the target (or keyword) and the parameters that change them.</summary>
    public SeededValues Seed(string salt, long index = 0) =>
        new($"{Call.Path}|{salt}|{Target ?? Value("keyword") ?? Value("domain") ?? string.Empty}|{Value("source")}|{Value("mode")}|{index}");

    private List<string> ReadTargets()
    {
        var targets = Call.QueryValues("target");
        if (targets.Count == 0 && Json("target") is { } fromBody)
        {
            if (fromBody.ValueKind == JsonValueKind.Array)
            {
                targets.AddRange(fromBody.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty));
            }
            else if (fromBody.ValueKind == JsonValueKind.String)
            {
                targets.Add(fromBody.GetString()!);
            }
        }

        return targets;
    }
}

/// <summary>A <c>multipart/form-data</c> body read into its parts, as a PHP server reads <c>name[]</c> parts: every value kept, in order.</summary>
internal static class FormBody
{
    public static bool IsMultipart(string? contentType) =>
        contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>Part name → values; null when the body is not well-formed multipart data.</summary>
    public static Dictionary<string, List<string>>? Read(string body, string contentType)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
            || Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var parts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        try
        {
            using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            var reader = new Microsoft.AspNetCore.WebUtilities.MultipartReader(boundary, stream);
            while (reader.ReadNextSectionAsync().GetAwaiter().GetResult() is { } section)
            {
                if (!Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { } name)
                {
                    return null;
                }

                using var text = new System.IO.StreamReader(section.Body, System.Text.Encoding.UTF8);
                var value = text.ReadToEnd();
                if (!parts.TryGetValue(name, out var values))
                {
                    parts[name] = values = [];
                }

                values.Add(value);
            }
        }
        catch (System.IO.IOException)
        {
            return null;
        }

        return parts;
    }
}
