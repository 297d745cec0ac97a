using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>How a Serpstat method splits its rows over requests.</summary>
internal enum SerpstatPaging
{
    /// <summary>Every row in one answer.</summary>
    None,

    /// <summary><c>size</c> rows, no next page.</summary>
    Size,

    /// <summary><c>page</c> (from 1) and <c>size</c>, no further than row 60,000.</summary>
    PageAndSize,

    /// <summary><c>page</c> and <c>page_size</c> (keyword getTopUrls).</summary>
    PageAndPageSize,
}

/// <summary>What a Serpstat method charges, in lines.</summary>
internal enum SerpstatBilling
{
    Free,

    /// <summary><see cref="SerpstatMethod.Cost"/> per row answered, at least one (an empty answer too, since 2025-06-15).</summary>
    PerRow,

    /// <summary><see cref="SerpstatMethod.Cost"/> per request.</summary>
    PerRequest,

    /// <summary><see cref="SerpstatMethod.Cost"/> per unit the request carries (<see cref="SerpstatMethod.Units"/>).</summary>
    PerInput,
}

/// <summary>Where the rows sit in <c>result</c>.</summary>
internal enum SerpstatShape
{
    /// <summary><c>result.data</c>: an array of rows.</summary>
    DataArray,

    /// <summary><c>result.data</c>: an object whose values are the rows, by key.</summary>
    DataKeyed,

    /// <summary><c>result.data.data</c>: an object whose values are the rows (getAllRegionsTraffic).</summary>
    DataDataKeyed,

    /// <summary><c>result.data</c>: an object holding the rows under <see cref="SerpstatMethod.ListName"/> (getKeywordTop).</summary>
    ListInData,

    /// <summary><c>result.{ListName}</c>: an array beside summary_info (getKeywordFullTop, keyword getTopUrls).</summary>
    ListInResult,

    /// <summary><c>result.data</c>: the one row, an object (stats, exports).</summary>
    DataObject,

    /// <summary>The one row's fields directly under <c>result</c> (getSummaryTraffic, extension stats).</summary>
    ResultFields,
}

/// <summary>
/// One Serpstat method served from a description, as <see cref="DataRoute"/> serves a Data API
/// path: required parameters, paging and its bounds, billing, how many rows a request has, and
/// how to write row <c>i</c>. Rows come from the request's seed, so the same request always gets
/// the same rows; phase B adds its methods as more descriptions.
/// </summary>
internal sealed record SerpstatMethod
{
    public required string Name { get; init; }

    /// <summary>Parameters that must be in <c>params</c>.</summary>
    public string[] Required { get; init; } = [];

    public SerpstatPaging Paging { get; init; } = SerpstatPaging.None;

    public int DefaultSize { get; init; } = 100;

    public int MinSize { get; init; } = 1;

    public int MaxSize { get; init; } = 1000;

    public SerpstatBilling Billing { get; init; } = SerpstatBilling.PerRow;

    public long Cost { get; init; } = 1;

    /// <summary>The billed units of a <see cref="SerpstatBilling.PerInput"/> request.</summary>
    public Func<SerpstatRequest, long>? Units { get; init; }

    public SerpstatShape Shape { get; init; } = SerpstatShape.DataArray;

    /// <summary>The array's name for <see cref="SerpstatShape.ListInData"/> and <see cref="SerpstatShape.ListInResult"/>.</summary>
    public string ListName { get; init; } = "data";

    /// <summary>The rows the request has in all (before paging); 0 answers "no data" (32017, billed 1).</summary>
    public Func<SerpstatRequest, long> Count { get; init; } = _ => 0;

    /// <summary>Writes row <c>index</c> (0-based, over all pages) as a JSON object.</summary>
    public Action<Utf8JsonWriter, SerpstatRequest, long> WriteRow { get; init; } = (_, _, _) => { };

    /// <summary>
    /// For methods with state (tasks, audits): the whole answer after the shared checks (required
    /// parameters, errors on demand), written by the method itself; the second argument says
    /// whether it is a dry run, which must change nothing.
    /// </summary>
    public Func<SerpstatRequest, bool, ApiResponse>? Handle { get; init; }

    /// <summary>The key of row <c>index</c>, for keyed shapes.</summary>
    public Func<SerpstatRequest, long, string>? KeyOf { get; init; }

    /// <summary>The method's own checks: a message for an answer of error 32117 (filters) or -32602, or null.</summary>
    public Func<SerpstatRequest, (int Code, string Message)?>? Validate { get; init; }

    /// <summary>The page size's name when not the paging style's own (pageSize in the rank tracker).</summary>
    public string? SizeName { get; init; }

    /// <summary>Whether an empty list is Serpstat's "no data" (32017, billed 1); false for the account's own lists (projects, team), which are just empty.</summary>
    public bool NoDataWhenEmpty { get; init; } = true;

    /// <summary>The name of the total in summary_info (total_urls for keyword getTopUrls).</summary>
    public string TotalName { get; init; } = "total";
}

/// <summary>A JSON-RPC request as a method sees it: its id, method and params.</summary>
internal sealed class SerpstatRequest(string? id, string method, JsonElement parameters)
{
    public string? Id { get; } = id;

    public string Method { get; } = method;

    public JsonElement Params { get; } = parameters;

    public bool Has(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => value.GetString()!.Length > 0,
            JsonValueKind.Array => value.GetArrayLength() > 0,
            _ => true,
        };

    public string? Text(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

    public long? Long(string name) => long.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public IReadOnlyList<string> List(string name) =>
        Params.ValueKind == JsonValueKind.Object && Params.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText()).ToList()
            : [];

    /// <summary>The filter object (filters, or filter), when there is one.</summary>
    public JsonElement? Filters =>
        Params.ValueKind == JsonValueKind.Object && (Params.TryGetProperty("filters", out var filters) || Params.TryGetProperty("filter", out filters)) && filters.ValueKind == JsonValueKind.Object
            ? filters
            : null;

    /// <summary>What the request is about: its domain, url, keyword, query (backlinks) or first domain.</summary>
    public string Subject => Text("domain") ?? Text("url") ?? Text("keyword") ?? Text("query") ?? List("domains").FirstOrDefault() ?? List("keywords").FirstOrDefault() ?? string.Empty;

    public string Database => Text("se") ?? "g_us";

    /// <summary>Whether the call only asks what would happen (a fault that drops the answer): methods with state change nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>The account the request is billed to.</summary>
    public SerpstatAccount Account { get; init; } = null!;

    /// <summary>Every text value of the request (params and filters), where magic words that ask for errors are looked for.</summary>
    public IEnumerable<string> Texts() => TextsOf(Params);

    private static IEnumerable<string> TextsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(TextsOf),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => TextsOf(p.Value)),
        _ => [],
    };
}
