using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// The AI search paths (API reference §6), billed as the credit catalogue has them: 2,000 per
/// overview (its safe side), 7,500 per leaderboard, 100 per brand, 200 per prompt. Overviews
/// answer the sample's shape (a summary of four metrics with current, previous and change, and
/// six months of five streams); the leaderboard, whose shape no source shows, answers the primary
/// target and its competitors each with their engines nested. Prompt lists page by offset and
/// limit with a total: a target rows-N.* (or a brand "rows-N …") has exactly N prompts, empty-*
/// none, others a seeded 5 to 300.
/// </summary>
internal static class AiSearchRoutes
{
    public const int MaxCompetitors = 10;

    private static readonly string[] Engines = ["ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini"];
    private static readonly string[] Streams = ["ai_traffic", "organic_traffic", "overall_traffic", "link_presence", "average_position"];

    public static IEnumerable<DataRoute> All()
    {
        yield return Overview("by-engine", ["target", "source", "engine"], current: false);
        yield return Overview("aggregated", ["target", "source"], current: false);
        yield return Overview("by-engine", ["target", "source", "engine"], current: true);
        yield return Overview("aggregated", ["target", "source"], current: true);
        yield return new DataRoute
        {
            Path = "v1/ai-search/overview/leaderboard",
            Methods = ["POST"],
            Billing = RouteBilling.PerRequest,
            Cost = 7500,
            Required = ["primary", "source", "engines"],
            Validate = ValidateLeaderboard,
            SingleObject = true,
            Count = _ => 1,
            WriteRow = (json, request, _) => WriteLeaderboard(json, request),
        };
        yield return new DataRoute
        {
            Path = "v1/ai-search/discover-brand",
            Billing = RouteBilling.PerRequest,
            Cost = 100,
            Required = ["target", "source"],
            Validate = request => Scope(request, "base_domain", "domain", "url"),
            SingleObject = true,
            Count = _ => 1,
            WriteRow = (json, request, _) =>
            {
                json.WriteStartObject();
                json.WriteString("brand", Hosts.BrandOf(request.Target!));
                json.WriteEndObject();
            },
        };
        yield return Prompts("prompts-by-target", "target");
        yield return Prompts("prompts-by-brand", "brand");
    }

    /// <summary>The prompts a target or brand has: rows-N… has N, empty… none, others a seeded 5 to 300.</summary>
    public static long Size(string subject)
    {
        var text = Hosts.HostOf(subject);
        if (text.StartsWith("rows-", StringComparison.OrdinalIgnoreCase))
        {
            var end = text.IndexOfAny(['.', ' '], 5);
            if (long.TryParse(end > 5 ? text[5..end] : text[5..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows))
            {
                return rows;
            }
        }

        return text.StartsWith("empty", StringComparison.OrdinalIgnoreCase) ? 0 : new SeededValues("prompts|" + subject).Between(5, 300);
    }

    private static DataRoute Overview(string view, string[] required, bool current) => new()
    {
        Path = $"v1/ai-search/overview/{view}/" + (current ? "current" : "time-series"),
        Billing = RouteBilling.PerRequest,
        Cost = 2000,
        Required = required,
        Validate = request => Engine(request, required.Contains("engine")) ?? Scope(request, "base_domain", "domain", "url"),
        SingleObject = true,
        Count = _ => 1,
        WriteRow = (json, request, _) => WriteOverview(json, request, withTimeSeries: !current),
    };

    private static DataRoute Prompts(string command, string subject) => new()
    {
        Path = "v1/ai-search/" + command,
        Paging = RoutePaging.OffsetAndLimit,
        DefaultLimit = 100,
        MaxLimit = 1000,
        Billing = RouteBilling.PerRow,
        Cost = 200,
        Required = [subject, "engine", "source"],
        Validate = request => Engine(request, required: true)
            ?? (subject == "brand" && request.Value("scope") is not null ? "scope is not supported for prompts-by-brand." : Scope(request, "base_domain", "domain", "url"))
            ?? (request.Value("sort") is { } sort && sort is not ("volume" or "type" or "snippet_length") ? $"Incorrect order field {sort} {request.Value("sort_order") ?? "desc"}" : null)
            ?? (request.Value("sort_order") is { } order && order is not ("asc" or "desc") ? $"Incorrect order field volume {order}" : null)
            ?? KeywordRoutes.Range(request, "volume", 0, double.MaxValue)
            ?? KeywordRoutes.Range(request, "keyword_count", 1, 1000)
            ?? KeywordRoutes.Range(request, "characters_count", 1, 100_000)
            ?? KeywordRoutes.MultiKeyword(request, "filter[multi_keyword_included]")
            ?? KeywordRoutes.MultiKeyword(request, "filter[multi_keyword_excluded]"),
        Count = request => Size(request.Value(subject)!),
        WriteRow = (json, request, i) =>
        {
            var about = request.Value(subject)!;
            json.WriteStartObject();
            json.WriteString("prompt", $"{(i % 3) switch { 0 => "what is the best", 1 => "where to buy", _ => "is it worth trying" }} {Hosts.BrandOf(about).ToLowerInvariant()} option {i.ToString(CultureInfo.InvariantCulture)}");
            json.WriteNumber("volume", Math.Max(10, 20_000 / (i + 1)));
            json.WriteString("type", subject == "brand" || i % 2 == 1 ? "mention" : "link");
            json.WriteNumber("snippet_length", BacklinkRoutes.Mix(about, i, 40, 900));
            json.WriteEndObject();
        },
        RowsProperty = "prompts",
        WritesTotal = true,
    };

    private static string? Engine(RouteRequest request, bool required) =>
        request.Value("engine") is { } engine
            ? Engines.Contains(engine, StringComparer.Ordinal) ? null : $"Invalid engine '{engine}'. Supported engines: {string.Join(", ", Engines)}."
            : required ? "Parameter engine is missing." : null;

    private static string? Scope(RouteRequest request, params string[] allowed) =>
        request.Value("scope") is { } scope && !allowed.Contains(scope, StringComparer.Ordinal)
            ? $"Invalid scope '{scope}'. Supported scopes: {string.Join(", ", allowed)}."
            : null;

    /// <summary>The summary, and with <paramref name="withTimeSeries"/> the monthly streams (the current view answers the summary only).</summary>
    private static void WriteOverview(Utf8JsonWriter json, RouteRequest request, bool withTimeSeries)
    {
        var seed = $"{Hosts.BaseDomainOf(request.Target!)}|{request.Value("engine") ?? "all"}|{request.Value("source")}";
        json.WriteStartObject();
        json.WriteStartObject("summary");
        foreach (var (metric, min, max) in new (string, long, long)[] { ("brand_presence", 100, 5000), ("link_presence", 50, 3000), ("ai_opportunity_traffic", 1000, 90_000), ("average_position", 10, 90) })
        {
            var current = BacklinkRoutes.Mix(seed, metric.Length, min, max);
            var previous = BacklinkRoutes.Mix(seed, metric.Length + 1, min, max);
            json.WriteStartObject(metric);
            if (metric == "average_position")
            {
                json.WriteNumber("current", current / 10.0);
                json.WriteNumber("previous", previous / 10.0);
                json.WriteNumber("change_absolute", Math.Round((current - previous) / 10.0, 1));
            }
            else
            {
                json.WriteNumber("current", current);
                json.WriteNumber("previous", previous);
                json.WriteNumber("change_absolute", current - previous);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (!withTimeSeries)
        {
            json.WriteEndObject();
            return;
        }

        json.WriteStartObject("time_series");
        var now = DateTime.UtcNow;
        var last = new DateTime(now.Year, now.Month, 1).AddMonths(-1);
        foreach (var stream in Streams)
        {
            json.WriteStartArray(stream);
            for (var m = 5; m >= 0; m--)
            {
                var month = last.AddMonths(-m);
                json.WriteStartObject();
                json.WriteString("date", month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (stream == "average_position")
                {
                    json.WriteNumber("value", BacklinkRoutes.Mix(seed + stream, m, 10, 90) / 10.0);
                }
                else
                {
                    json.WriteNumber("value", BacklinkRoutes.Mix(seed + stream, m, 100, 80_000));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string? ValidateLeaderboard(RouteRequest request)
    {
        if (request.Json("primary") is not { ValueKind: JsonValueKind.Object } primary
            || !primary.TryGetProperty("target", out var target) || target.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(target.GetString()))
        {
            return "primary.target is required.";
        }

        var competitors = request.Json("competitors") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().ToList() : [];
        if (competitors.Count > MaxCompetitors)
        {
            return $"Too many competitors. Max competitors for one request: {MaxCompetitors}";
        }

        if (competitors.Any(c => c.ValueKind != JsonValueKind.Object || !c.TryGetProperty("target", out var t) || t.ValueKind != JsonValueKind.String))
        {
            return "Each competitor needs a target.";
        }

        if (request.Json("engines") is not { ValueKind: JsonValueKind.Array } engines || engines.GetArrayLength() == 0)
        {
            return "engines must be a non-empty array.";
        }

        if (engines.EnumerateArray().FirstOrDefault(e => e.ValueKind != JsonValueKind.String || !Engines.Contains(e.GetString(), StringComparer.Ordinal)) is { ValueKind: not JsonValueKind.Undefined } wrong)
        {
            return $"Invalid engine {wrong.GetRawText()}. Supported engines: {string.Join(", ", Engines)}.";
        }

        return Scope(request, "base_domain", "exact_url");
    }

    private static void WriteLeaderboard(Utf8JsonWriter json, RouteRequest request)
    {
        var engines = request.Json("engines")!.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
        var domains = new List<(string Target, string? Brand)> { Party(request.Json("primary")!.Value) };
        if (request.Json("competitors") is { ValueKind: JsonValueKind.Array } competitors)
        {
            domains.AddRange(competitors.EnumerateArray().Select(Party));
        }

        // Each engine ranks the domains by a seeded share of voice.
        var share = engines.ToDictionary(e => e, e => domains.Select(d => BacklinkRoutes.Mix(d.Target + e, 1, 1, 60)).ToList());
        json.WriteStartObject();
        for (var d = 0; d < domains.Count; d++)
        {
            if (d == 0)
            {
                json.WritePropertyName("primary");
            }
            else if (d == 1)
            {
                json.WriteStartArray("competitors");
            }

            json.WriteStartObject();
            json.WriteString("target", domains[d].Target);
            json.WriteString("brand", domains[d].Brand ?? Hosts.BrandOf(domains[d].Target));
            json.WriteStartObject("engines");
            foreach (var engine in engines)
            {
                var mine = share[engine][d];
                json.WriteStartObject(engine);
                json.WriteNumber("rank", 1 + share[engine].Count(other => other > mine));
                json.WriteNumber("share_of_voice", mine);
                json.WriteNumber("brand_presence", mine * 37);
                json.WriteNumber("link_presence", mine * 21);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (domains.Count > 1)
        {
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static (string Target, string? Brand) Party(JsonElement party) =>
        (party.GetProperty("target").GetString()!, party.TryGetProperty("brand", out var brand) && brand.ValueKind == JsonValueKind.String ? brand.GetString() : null);
}
