using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// The five keyword-research paths (API reference §5). keywords/export takes multipart form data
/// with repeated <c>keywords[]</c> (1–5,000), answers one row per keyword sorted as asked (cpc,
/// descending, by default, so the rows do not come back in the order sent) and echoes each keyword
/// lower-cased; <c>nodata-*</c> keywords have no data, <c>omit-*</c> ones are left out of the answer
/// and <c>renamed-*</c> ones are echoed in another spelling.
/// The idea lists page by offset and limit with a total: a seed "rows-N …" has exactly N ideas,
/// "empty …" none, any other a seeded 20 to 600.
/// </summary>
internal static class KeywordRoutes
{
    public const int MaxExportKeywords = 5000;

    private static readonly string[] Intents = ["I", "N", "T", "C", "L"];
    private static readonly string[] Features = ["people_also_ask", "images", "videos_block", "sge", "shopping_results", "local_pack", "featured_snippets", "related_searches"];

    // The sorted rows of one export request, computed once however many rows are written.
    private static readonly ConditionalWeakTable<RouteRequest, List<ExportRow>> ExportRows = [];

    public static IEnumerable<DataRoute> All()
    {
        yield return new DataRoute
        {
            Path = "v1/keywords/export",
            Methods = ["POST"],
            Billing = RouteBilling.PerRequest,
            Cost = 100,
            Required = ["source"],
            Validate = ValidateExport,
            Count = request => Export(request).Count,
            WriteRow = (json, request, i) => WriteExportRow(json, request, Export(request)[(int)i]),
        };

        yield return Ideas("similar", (seed, i) => i == 0 ? seed : $"{seed} {Suffix(i)}");
        yield return Ideas("related", (seed, i) => $"{Suffix(i)} {seed.Split(' ')[^1]} gear");
        yield return Ideas("questions", (seed, i) => $"{Question(i)} {seed} {Suffix(i)}".TrimEnd());
        yield return Ideas("longtail", (seed, i) => $"best {seed} for {Suffix(i)}");
    }

    /// <summary>The ideas a seed has: rows-N … has N, empty … none, others a seeded 20 to 600.</summary>
    public static long Size(string seed)
    {
        if (seed.StartsWith("rows-", StringComparison.OrdinalIgnoreCase))
        {
            var end = seed.IndexOf(' ', StringComparison.Ordinal);
            if (long.TryParse(end > 5 ? seed[5..end] : seed[5..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows))
            {
                return rows;
            }
        }

        return seed.StartsWith("empty", StringComparison.OrdinalIgnoreCase) ? 0 : new SeededValues("ideas|" + seed).Between(20, 600);
    }

    private static DataRoute Ideas(string command, Func<string, long, string> phrase) => new()
    {
        Path = "v1/keywords/" + command,
        Paging = RoutePaging.OffsetAndLimit,
        DefaultLimit = 100,
        MaxLimit = 1000,
        Billing = RouteBilling.PerRow,
        Cost = 10,
        Required = ["source", "keyword"],
        Validate = request => ValidateIdeas(request, command),
        Count = request => Size(request.Value("keyword")!),
        WriteRow = (json, request, i) =>
        {
            var seed = request.Value("keyword")!;
            if (command == "longtail")
            {
                json.WriteStringValue(phrase(seed, i));
                return;
            }

            var keyword = phrase(seed, i);
            json.WriteStartObject();
            json.WriteString("keyword", keyword);
            json.WriteNumber("cpc", Math.Round(BacklinkRoutes.Mix(keyword, i, 5, 900) / 100.0, 2));
            json.WriteNumber("difficulty", BacklinkRoutes.Mix(keyword, i, 0, 100));
            json.WriteNumber("volume", Math.Max(10, 90_000 / (i + 1)));
            json.WriteNumber("competition", Math.Round(BacklinkRoutes.Mix(keyword, i, 0, 100) / 100.0, 2));
            json.WriteStartArray("serp_features");
            json.WriteStringValue(Features[i % Features.Length]);
            json.WriteStringValue(Features[(i + 3) % Features.Length]);
            json.WriteEndArray();
            if (command == "related")
            {
                json.WriteNumber("relevance", Math.Max(1, 10 - (i % 10)));
            }

            json.WriteStartArray("intents");
            json.WriteStringValue(Intents[i % Intents.Length]);
            json.WriteEndArray();
            json.WritePropertyName("history_trend");
            if (request.Value("history_trend") is "true" or "1")
            {
                WriteHistory(json, keyword, Months(null, null));
            }
            else
            {
                json.WriteNullValue();
            }

            json.WriteEndObject();
        },
        RowsProperty = "keywords",
        WritesTotal = true,
    };

    private static string? ValidateIdeas(RouteRequest request, string command)
    {
        if (request.Value("sort") is { } sort && sort is not ("keyword" or "volume" or "cpc" or "difficulty" or "competition"))
        {
            return $"Incorrect order field {sort} {request.Value("sort_order") ?? "desc"}";
        }

        if (request.Value("sort_order") is { } order && order is not ("asc" or "desc"))
        {
            return $"Incorrect order field {request.Value("sort") ?? "volume"} {order}";
        }

        if (command == "longtail" && request.Value("history_trend") is not null)
        {
            return "history_trend is not supported for longtail keywords.";
        }

        if (request.Value("history_trend") is { } history && history is not ("true" or "false" or "1" or "0"))
        {
            return "history_trend must be a boolean.";
        }

        foreach (var (filter, min, max) in new (string Filter, double Min, double Max)[] { ("volume", 0, double.MaxValue), ("difficulty", 0, 100), ("cpc", 0, double.MaxValue), ("competition", 0, 1), ("keyword_count", 1, 100), ("characters_count", 1, 255) })
        {
            if (Range(request, filter, min, max) is { } wrong)
            {
                return wrong;
            }
        }

        if (request.Value("filter[serp_features]") is { } features
            && features.Split(',').Any(code => code.Length == 0 || !code.All(c => c is (>= 'a' and <= 'z') or '_')))
        {
            return "Invalid filter[serp_features]: give comma-separated SERP feature codes.";
        }

        if (request.Value("filter[intents]") is { } intents && intents.Split(',').Any(code => !Intents.Contains(code, StringComparer.Ordinal)))
        {
            return "Invalid filter[intents]: give comma-separated codes from I, N, T, C, L.";
        }

        return MultiKeyword(request, "filter[multi_keyword_included]") ?? MultiKeyword(request, "filter[multi_keyword_excluded]");
    }

    /// <summary>The 400 message of a range filter out of bounds or upside down, or null.</summary>
    internal static string? Range(RouteRequest request, string filter, double min, double max)
    {
        double? Read(string end) => request.Value($"filter[{filter}][{end}]") is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN
            : null;
        var from = Read("from");
        var to = Read("to");
        foreach (var value in new[] { from, to })
        {
            if (value is { } number && (double.IsNaN(number) || number < min || number > max))
            {
                return $"filter[{filter}] is not within required bounds!";
            }
        }

        return from > to ? $"filter[{filter}][from] must not be greater than filter[{filter}][to]." : null;
    }

    /// <summary>The 400 message of a multi-keyword filter that is not a JSON array of arrays of {type, value}, or null.</summary>
    internal static string? MultiKeyword(RouteRequest request, string name)
    {
        if (request.Value(name) is not { } text)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var valid = document.RootElement.ValueKind == JsonValueKind.Array
                && document.RootElement.EnumerateArray().All(group => group.ValueKind == JsonValueKind.Array
                    && group.EnumerateArray().All(condition => condition.ValueKind == JsonValueKind.Object
                        && condition.TryGetProperty("type", out var type) && type.GetString() is "contains" or "begins" or "ends" or "exact"
                        && condition.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String));
            return valid ? null : $"Invalid {name}.";
        }
        catch (JsonException)
        {
            return $"Invalid {name}: not JSON.";
        }
    }

    private static string? ValidateExport(RouteRequest request)
    {
        if (!request.IsForm)
        {
            return "Parameter keywords is missing."; // a JSON or form-urlencoded body carries no keywords[] parts here
        }

        var keywords = request.FormValues("keywords[]");
        if (keywords.Count == 0)
        {
            return "Parameter keywords is missing.";
        }

        if (keywords.Count > MaxExportKeywords)
        {
            return $"Exceeded keywords size. Max keywords for one request: {MaxExportKeywords}";
        }

        if (request.Value("sort") is { } sort && sort is not ("volume" or "cpc" or "difficulty" or "competition" or "history_trend"))
        {
            return $"Incorrect order field {sort} {request.Value("sort_order") ?? "desc"}";
        }

        if (request.Value("sort_order") is { } order && order is not ("asc" or "desc"))
        {
            return $"Incorrect order field {request.Value("sort") ?? "cpc"} {order}";
        }

        if (request.Value("cols") is { } cols && cols.Split(',').Any(col => col is not ("keyword" or "volume" or "cpc" or "competition" or "difficulty" or "history_trend")))
        {
            return $"Invalid cols: {cols}";
        }

        foreach (var name in new[] { "history_from", "history_to" })
        {
            if (request.Value(name) is { } text && request.Date(name) is null)
            {
                return $"{name} must be a date (YYYY-MM-DD).";
            }
        }

        if (request.Date("history_from") is { } from && request.Date("history_to") is { } to)
        {
            var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
            if (months < 1 || months > 12)
            {
                return "history_from must be within 12 months before history_to.";
            }
        }

        return null;
    }

    /// <summary>The rows of an export request, sorted as asked, keywords left out where the API would leave them out.</summary>
    private static List<ExportRow> Export(RouteRequest request) => ExportRows.GetValue(request, Build);

    private static List<ExportRow> Build(RouteRequest request)
    {
        var rows = request.FormValues("keywords[]")
            .Where(keyword => !keyword.StartsWith("omit-", StringComparison.OrdinalIgnoreCase))
            .Select(keyword =>
            {
                var found = !keyword.StartsWith("nodata-", StringComparison.OrdinalIgnoreCase);
                var seed = new SeededValues("export|" + keyword.ToLowerInvariant() + "|" + request.Value("source"));
                var echo = keyword.StartsWith("renamed-", StringComparison.OrdinalIgnoreCase) ? keyword["renamed-".Length..] + " (renamed)" : keyword.ToLowerInvariant();
                return found
                    ? new ExportRow(echo, true, seed.Between(10, 200_000), Math.Round(seed.Fraction(0.05, 9), 2), Math.Round(seed.Fraction(0, 1), 2), seed.Between(0, 100))
                    : new ExportRow(echo, false, 0, 0, 0, 0);
            })
            .ToList();
        Func<ExportRow, double> key = request.Value("sort") switch
        {
            "volume" or "history_trend" => row => row.Volume,
            "difficulty" => row => row.Difficulty,
            "competition" => row => row.Competition,
            _ => row => row.Cpc,
        };
        return request.Value("sort_order") == "asc" ? [.. rows.OrderBy(key)] : [.. rows.OrderByDescending(key)];
    }

    private static void WriteExportRow(Utf8JsonWriter json, RouteRequest request, ExportRow row)
    {
        var cols = request.Value("cols")?.Split(',') ?? ["keyword", "volume", "cpc", "competition", "difficulty", "history_trend"];
        json.WriteStartObject();
        json.WriteString("keyword", row.Keyword);
        json.WriteBoolean("is_data_found", row.Found);
        if (cols.Contains("volume"))
        {
            json.WriteNumber("volume", row.Volume);
        }

        if (cols.Contains("cpc"))
        {
            json.WriteNumber("cpc", row.Cpc);
        }

        if (cols.Contains("competition"))
        {
            json.WriteNumber("competition", row.Competition);
        }

        if (cols.Contains("difficulty"))
        {
            json.WriteNumber("difficulty", row.Difficulty);
        }

        json.WriteStartArray("intents");
        if (row.Found)
        {
            json.WriteStringValue(Intents[row.Keyword.Length % Intents.Length]);
        }

        json.WriteEndArray();
        if (cols.Contains("history_trend"))
        {
            if (row.Found)
            {
                WriteHistory(json, row.Keyword + "|" + request.Value("source"), Months(request.Date("history_from"), request.Date("history_to")), "history_trend");
            }
            else
            {
                json.WriteStartObject("history_trend");
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }

    /// <summary>The months of a history window: from..to when given, else the 12 months before the current one.</summary>
    private static List<DateTime> Months(DateTime? from, DateTime? to)
    {
        var now = DateTime.UtcNow;
        var last = to is { } end ? new DateTime(end.Year, end.Month, 1) : new DateTime(now.Year, now.Month, 1).AddMonths(-1);
        var first = from is { } start ? new DateTime(start.Year, start.Month, 1) : last.AddMonths(-11);
        var months = new List<DateTime>();
        for (var month = first; month <= last && months.Count < 12; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    private static void WriteHistory(Utf8JsonWriter json, string keyword, List<DateTime> months, string? name = null)
    {
        if (name is not null)
        {
            json.WritePropertyName(name);
        }

        json.WriteStartObject();
        foreach (var month in months)
        {
            json.WriteNumber(month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), BacklinkRoutes.Mix(keyword, month.Month, 100, 90_000));
        }

        json.WriteEndObject();
    }

    private static string Suffix(long i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Question(long i) => (i % 4) switch
    {
        0 => "how to choose",
        1 => "what is the best",
        2 => "where to buy",
        _ => "why use",
    };

    private sealed record ExportRow(string Keyword, bool Found, long Volume, double Cpc, double Competition, long Difficulty);
}
