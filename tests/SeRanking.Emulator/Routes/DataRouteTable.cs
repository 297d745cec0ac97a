using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// The Data API endpoints served from <see cref="DataRoute"/> descriptions, with one generic
/// handler for what they share: required parameters, region and mode checks, huge sites (244),
/// limits, paging, billing after the checks (a refused request costs nothing), and the answer
/// written row by row. Only the create → poll → fetch flows are written by hand elsewhere.
/// </summary>
internal sealed class DataRouteTable
{
    /// <summary>Targets whose size the API refuses (HTTP 244).</summary>
    private static readonly string[] HugeSites = ["google.com", "twitter.com", "facebook.com", "youtube.com", "wikipedia.org"];

    private readonly Dictionary<string, DataRoute> _routes;

    public DataRouteTable(IEnumerable<DataRoute> routes) => _routes = routes.ToDictionary(route => route.Path, StringComparer.Ordinal);

    public IEnumerable<string> Paths => _routes.Keys;

    public bool Knows(string path) => _routes.ContainsKey(path);

    /// <summary>The answer of a route, or null when no route has this path.</summary>
    public ApiResponse? TryHandle(ApiCall call, DataAccount account)
    {
        if (!_routes.TryGetValue(call.Path, out var route))
        {
            return null;
        }

        if (!route.Methods.Contains(call.Method, StringComparer.Ordinal))
        {
            return ErrorBodies.Data(405, "Method Not Allowed.");
        }

        var request = new RouteRequest(call);
        if (Refusal(route, request) is { } refusal)
        {
            return refusal;
        }

        var (first, size) = Window(route, request);
        var count = route.Count(request);
        var rows = route.Paging == RoutePaging.None ? count : Math.Max(0, Math.Min(size, count - first));
        var cost = route.Billing switch
        {
            RouteBilling.PerRequest => route.Cost,
            RouteBilling.PerRow => route.Cost * rows,
            RouteBilling.PerTarget => route.Cost * Math.Max(1, request.Targets.Count),
            _ => 0,
        };
        if (cost > 0 && DataApiEndpoints.Charge(call, account, cost) is { } unpaid)
        {
            return unpaid;
        }

        return ApiResponse.StreamedJson(200, async (stream, cancellationToken) =>
        {
            // Rows are written into a buffer and sent in chunks: Kestrel allows only asynchronous
            // writes, and Utf8JsonWriter (and JsonSerializer over it) flush synchronously.
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using var json = new Utf8JsonWriter(buffer);
            async Task SendAsync()
            {
                json.Flush();
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }

            if (route.SingleObject)
            {
                route.WriteRow(json, request, 0);
                await SendAsync();
                return;
            }

            var wrapped = route.RowsProperty is not null;
            if (wrapped)
            {
                json.WriteStartObject();
                route.WriteExtras?.Invoke(json, request);
                if (route.WritesTotal)
                {
                    json.WriteNumber("total", count);
                }

                if (route.Paging == RoutePaging.Cursor && first + rows < count)
                {
                    json.WriteString("next", Cursor(first + rows));
                }

                json.WritePropertyName(route.RowsProperty!);
            }

            json.WriteStartArray();
            for (var i = 0L; i < rows; i++)
            {
                route.WriteRow(json, request, first + i);
                if (json.BytesPending + buffer.WrittenCount > 32 * 1024)
                {
                    await SendAsync();
                }
            }

            json.WriteEndArray();
            if (wrapped)
            {
                json.WriteEndObject();
            }

            await SendAsync();
        });
    }

    /// <summary>A target the API serves no data for: a huge site, or one named huge-*.</summary>
    public static bool IsHugeSite(string target)
    {
        var domain = Hosts.BaseDomainOf(target);
        return target.StartsWith("huge-", StringComparison.OrdinalIgnoreCase)
            || domain.StartsWith("huge-", StringComparison.OrdinalIgnoreCase)
            || Array.Exists(HugeSites, huge => string.Equals(domain, huge, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The cursor of the row that the next page starts at.</summary>
    public static string Cursor(long next) => "c" + Convert.ToBase64String(BitConverter.GetBytes(next)).TrimEnd('=');

    private static long? FromCursor(string? cursor)
    {
        if (cursor is not { Length: > 1 } || cursor[0] != 'c')
        {
            return null;
        }

        try
        {
            var text = cursor[1..];
            var bytes = Convert.FromBase64String(text + new string('=', (4 - (text.Length % 4)) % 4));
            return bytes.Length == 8 ? BitConverter.ToInt64(bytes) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ApiResponse? Refusal(DataRoute route, RouteRequest request)
    {
        if (request.BodyIsInvalid)
        {
            return ErrorBodies.Data(400, "Invalid JSON body.");
        }

        foreach (var name in route.Required)
        {
            if (!request.Has(name) && !(name == "target" && request.Targets.Count > 0))
            {
                return ErrorBodies.Data(400, $"Parameter {name} is missing.");
            }
        }

        if (request.Value("source") is { } source && !RegionCodes.All.Contains(source))
        {
            return ErrorBodies.Data(404, "Invalid source");
        }

        if (request.Value("mode") is { Length: > 0 } mode && mode is not ("host" or "domain" or "url"))
        {
            return ErrorBodies.Data(400, "Unsupported 'mode' format. Supported 'mode' formats are 'host' (default), 'domain', 'url'.");
        }

        foreach (var target in request.Targets)
        {
            if (target.Length == 0 || target.AsSpan().ContainsAny(" \t\r\n"))
            {
                return ErrorBodies.Data(400, "Invalid target");
            }
        }

        if (route.RefusesHugeSites && request.Targets.Any(IsHugeSite))
        {
            return ErrorBodies.Data(244, ErrorBodies.HugeWebsite);
        }

        if (route.Paging != RoutePaging.None && request.Value("limit") is { } limitText
            && (!long.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > route.MaxLimit))
        {
            return ErrorBodies.Data(400, $"limit={limitText} is not within required bounds! (1-{route.MaxLimit})");
        }

        if (route.Paging == RoutePaging.Cursor && request.Value("next") is { } cursor && FromCursor(cursor) is null)
        {
            return ErrorBodies.Data(400, "Invalid next cursor.");
        }

        return route.Validate?.Invoke(request) is { } message ? ErrorBodies.Data(400, message) : null;
    }

    /// <summary>The first row of this page (over all pages) and the page's size.</summary>
    private static (long First, long Size) Window(DataRoute route, RouteRequest request)
    {
        var size = request.Long("limit") ?? route.DefaultLimit;
        return route.Paging switch
        {
            RoutePaging.PageAndLimit => ((Math.Max(1, request.Long("page") ?? 1) - 1) * size, size),
            RoutePaging.OffsetAndLimit => (Math.Max(0, request.Long("offset") ?? 0), size),
            RoutePaging.Cursor => (FromCursor(request.Value("next")) ?? 0, size),
            _ => (0, size),
        };
    }
}
