using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// The domain-analysis paths (API reference §4) besides overview/db, which has its own endpoint.
/// Every one bills 100 credits per successful request (per page for the lists). Lists hold a
/// seeded number of rows per domain; a domain named <c>rows-N.example.com</c> holds exactly N
/// (keywords, comparison rows, pages, ad keywords, competitors), <c>empty-*.com</c> none.
/// </summary>
internal static class DomainRoutes
{
    private const long Cost = 100;

    private static readonly string[] Types = ["organic", "adv"];
    private static readonly string[] ConditionTypes = ["contains", "begins", "ends", "exact"];
    private static readonly string[] Intents = ["I", "N", "T", "C", "L"];
    private static readonly string[] IntentNames = ["INFORMATIONAL", "NAVIGATIONAL", "TRANSACTIONAL", "COMMERCIAL", "LOCAL"];
    private static readonly string[] WorldwideFields = ["price", "traffic", "keywords", "positions_diff", "positions_tops"];
    private static readonly string[] Countries = ["us", "uk", "de", "fr", "es", "it", "ca", "au", "br", "in"];
    private static readonly string[] CountryNames = ["United States", "United Kingdom", "Germany", "France", "Spain", "Italy", "Canada", "Australia", "Brazil", "India"];

    private static readonly string[] KeywordColumns =
    [
        "keyword", "position", "prev_pos", "previous_position", "volume", "cpc", "competition", "url", "difficulty", "kei", "total_sites",
        "traffic", "traffic_percent", "price", "block", "block_type", "block_position", "intents", "snippet_num", "snippets_count",
        "snippet_title", "snippet_description", "snippet_display_url",
    ];

    private static readonly string[] KeywordRanges = ["volume", "difficulty", "keyword_count", "competition", "cpc", "traffic", "position", "characters_count", "traffic_percent", "price"];

    public static IEnumerable<DataRoute> All()
    {
        yield return new DataRoute
        {
            Path = "v1/domain/overview/worldwide",
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["domain"],
            SingleObject = true,
            Validate = request =>
                OneOf(request, "with_subdomains", "0", "1") ?? OneOf(request, "show_zones_list", "0", "1")
                ?? (request.Value("currency") is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) ? $"Invalid currency {currency}" : null)
                ?? Fields(request, WorldwideFields),
            Count = _ => 1,
            WriteRow = (json, request, _) => WriteWorldwide(json, request, Hosts.BaseDomainOf(request.Value("domain")!), request.Value("show_zones_list") == "1"),
        };
        yield return new DataRoute
        {
            Path = "v1/domain/overview/worldwide/url",
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["url"],
            SingleObject = true,
            Validate = request => FullUrl(request.Value("url")) ? Fields(request, ["keywords", "traffic", "price"]) : "Invalid url: give the full URL with its scheme.",
            Count = _ => 1,
            WriteRow = (json, request, _) => WriteWorldwide(json, request, request.Value("url")!, zones: false),
        };
        yield return new DataRoute
        {
            Path = "v1/domain/overview/history",
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["source", "domain"],
            Validate = request => OneOf(request, "type", Types) ?? OneOf(request, "with_subdomains", "0", "1"),
            Count = request => Months(request),
            WriteRow = WriteHistoryMonth,
        };
        yield return new DataRoute
        {
            Path = "v1/domain/keywords",
            Paging = RoutePaging.PageAndLimit,
            DefaultLimit = 100,
            MaxLimit = 1000,
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["source"],
            Validate = ValidateKeywords,
            Count = request => Rows(Subject(request), request.Value("type") == "adv" ? 10 : 1),
            WriteRow = WriteKeyword,
        };
        yield return new DataRoute
        {
            Path = "v1/domain/keywords/comparison",
            Paging = RoutePaging.PageAndLimit,
            DefaultLimit = 100,
            MaxLimit = 1000,
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["source", "compare"],
            Validate = ValidateComparison,
            Count = request => Rows(Subject(request), request.Value("diff") == "1" ? 3 : 2),
            WriteRow = WriteComparedKeyword,
        };
        yield return Breakdown("pages", WritePage);
        yield return Breakdown("subdomains", WriteSubdomain);
        yield return new DataRoute
        {
            Path = "v1/domain/ads",
            Paging = RoutePaging.PageAndLimit,
            DefaultLimit = 100,
            MaxLimit = 100,
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["source"],
            Validate = ValidateAds,
            Count = request => request.Has("domain") ? Rows(request.Value("domain")!, 4) : 5 + BacklinkRoutes.Mix(request.Value("keyword")!, 0, 0, 40),
            WriteRow = WriteAd,
        };
        yield return new DataRoute
        {
            Path = "v1/domain/competitors",
            Billing = RouteBilling.PerRequest,
            Cost = Cost,
            Required = ["source", "domain"],
            Validate = request =>
                request.Has("url") || request.Has("stats") ? $"Unknown parameter {(request.Has("url") ? "url" : "stats")}." : OneOf(request, "type", Types),
            Count = request => Math.Min(500, Rows(request.Value("domain")!, 2)),
            WriteRow = WriteCompetitor,
        };
    }

    /// <summary>The rows a domain has: rows-N.* has N, empty-* none, others the backlinks size divided.</summary>
    private static long Rows(string target, long divideBy)
    {
        var host = Hosts.HostOf(target);
        if (host.StartsWith("rows-", StringComparison.OrdinalIgnoreCase) || host.StartsWith("empty-", StringComparison.OrdinalIgnoreCase))
        {
            return BacklinkRoutes.Size(target);
        }

        return Math.Max(1, BacklinkRoutes.Size(target) / divideBy);
    }

    /// <summary>What a keyword list is about: the page when one is given (the API then ignores the domain), else the domain.</summary>
    private static string Subject(RouteRequest request) => request.Value("url") ?? request.Value("domain") ?? string.Empty;

    private static DataRoute Breakdown(string command, Action<Utf8JsonWriter, RouteRequest, long> write) => new()
    {
        Path = "v1/domain/" + command,
        Paging = RoutePaging.OffsetAndLimit,
        DefaultLimit = 100,
        MaxLimit = 1000,
        Billing = RouteBilling.PerRequest,
        Cost = Cost,
        Required = ["target", "scope", "source"],
        Validate = request =>
            OneOf(request, "scope", "base_domain", "domain") ?? OneOf(request, "type", Types)
            ?? OneOf(request, "order_field", "keywords_count", "traffic_sum", "traffic_percent", "price_sum") ?? OneOf(request, "order_type", "asc", "desc")
            ?? (request.Long("offset") is < 0 ? "offset must not be negative." : null)
            ?? TextFilter(request, "filter[domain_url]")
            ?? Ranges(request, ["domain_traffic_percent", "keywords_count", "traffic_sum", "price_sum"]),

        // A subdomain as target has no subdomains of its own (both scopes answer an empty list).
        Count = request => command == "subdomains" && IsSubdomain(request.Target!) ? 0 : Rows(request.Target!, command == "pages" ? 4 : 40),
        WriteRow = write,
    };

    private static bool IsSubdomain(string target)
    {
        var host = Hosts.BaseDomainOf(target);
        return host.Count(c => c == '.') > 1 && !host.StartsWith("rows-", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FullUrl(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static string? OneOf(RouteRequest request, string name, params string[] allowed) =>
        request.Value(name) is { } value && Array.IndexOf(allowed, value) < 0 ? $"Invalid {name} '{value}'; allowed: {string.Join(", ", allowed)}." : null;

    private static string? Fields(RouteRequest request, string[] allowed) =>
        request.Value("fields") is { } fields && fields.Split(',').FirstOrDefault(f => Array.IndexOf(allowed, f.Trim()) < 0) is { } wrong ? $"Invalid field {wrong}." : null;

    private static string? ValidateKeywords(RouteRequest request)
    {
        if (!request.Has("domain") && !request.Has("url"))
        {
            return "Parameter domain is missing.";
        }

        if (request.Has("year") != request.Has("month"))
        {
            return "Parameters year and month must be given together.";
        }

        if (request.Long("month") is < 1 or > 12)
        {
            return $"month={request.Value("month")} is not within required bounds! (1-12)";
        }

        return OneOf(request, "type", Types)
            ?? OneOf(request, "with_subdomains", "true", "false")
            ?? OneOf(request, "order_field", "traffic", "volume", "position", "cpc", "competition", "kei", "difficulty", "traffic_percent", "price")
            ?? OneOf(request, "order_type", "asc", "desc")
            ?? OneOf(request, "pos_change", "up", "down", "new", "lost", "diff", "same")
            ?? List(request, "cols", KeywordColumns)
            ?? List(request, "filter[intents]", Intents)
            ?? SerpFeatureLink(request)
            ?? TextFilter(request, "filter[url]")
            ?? TextFilter(request, "filter[multi_keyword_included]")
            ?? TextFilter(request, "filter[multi_keyword_excluded]")
            ?? Ranges(request, KeywordRanges);
    }

    private static string? ValidateComparison(RouteRequest request)
    {
        if (request.Has("domain") == request.Has("url"))
        {
            return request.Has("url") ? "Give domain or url, not both." : "Parameter domain or url is missing.";
        }

        if (request.Has("url") && (!FullUrl(request.Value("url")) || !FullUrl(request.Value("compare"))))
        {
            return "compare must be a full URL when url is given.";
        }

        if (request.Has("domain") && request.Value("compare")!.Contains("://", StringComparison.Ordinal))
        {
            return "compare must be a domain when domain is given.";
        }

        if (request.Call.Query.ContainsKey("filter[serp_features][]"))
        {
            return "filter[serp_features] must be a comma-separated string.";
        }

        return OneOf(request, "diff", "0", "1")
            ?? OneOf(request, "type", Types)
            ?? OneOf(request, "order_field", "keyword", "volume", "cpc", "competition", "difficulty", "position", "price", "traffic")
            ?? OneOf(request, "order_type", "asc", "desc")
            ?? List(request, "filter[intents]", Intents)
            ?? TextFilter(request, "filter[multi_keyword_included]")
            ?? TextFilter(request, "filter[multi_keyword_excluded]")
            ?? Ranges(request, ["volume", "difficulty", "cpc", "competition"]);
    }

    private static string? ValidateAds(RouteRequest request)
    {
        if (request.Has("domain") == request.Has("keyword"))
        {
            return "Give exactly one of domain or keyword.";
        }

        foreach (var name in new[] { "from", "to" })
        {
            if (request.Value(name) is { } month && !DateTime.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return $"{name} must be YYYY-MM; got {month}.";
            }
        }

        return request.Date("from") is { } from && request.Date("to") is { } to && from > to ? "from must not be after to." : null;
    }

    private static string? List(RouteRequest request, string name, string[] allowed) =>
        request.Value(name) is { } list && list.Split(',').FirstOrDefault(item => Array.IndexOf(allowed, item) < 0) is { } wrong
            ? $"Invalid value '{wrong}' in {name}."
            : null;

    private static string? SerpFeatureLink(RouteRequest request)
    {
        var mode = request.Value("filter[serp_features_2][mode]");
        var value = request.Value("filter[serp_features_2][value][0]");
        if (mode is null && value is null)
        {
            return null;
        }

        return mode is null || value is null ? "filter[serp_features_2] needs both mode and value." : OneOf(request, "filter[serp_features_2][mode]", "with_link", "without_link");
    }

    /// <summary>A text filter of §1: a JSON array of arrays of {type, value} conditions.</summary>
    private static string? TextFilter(RouteRequest request, string name)
    {
        if (request.Value(name) is not { } text)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var valid = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 && root.EnumerateArray().All(group =>
                group.ValueKind == JsonValueKind.Array && group.GetArrayLength() > 0 && group.EnumerateArray().All(condition =>
                    condition.ValueKind == JsonValueKind.Object
                    && condition.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && Array.IndexOf(ConditionTypes, type.GetString()) >= 0
                    && condition.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0));
            return valid ? null : $"Invalid {name}.";
        }
        catch (JsonException)
        {
            return $"Invalid {name}: not JSON.";
        }
    }

    private static string? Ranges(RouteRequest request, string[] names)
    {
        foreach (var name in names)
        {
            double? from = null;
            foreach (var end in new[] { "from", "to" })
            {
                if (request.Value($"filter[{name}][{end}]") is not { } text)
                {
                    continue;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number < 0)
                {
                    return $"filter[{name}][{end}]={text} is not within required bounds!";
                }

                if (end == "from")
                {
                    from = number;
                }
                else if (from is { } low && low > number)
                {
                    return $"filter[{name}] from is greater than to.";
                }
            }
        }

        return null;
    }

    private static long Months(RouteRequest request) => 12 + BacklinkRoutes.Mix(Subject(request), 0, 0, 56);

    private static long Mix(RouteRequest request, string salt, long i, long min, long max) =>
        BacklinkRoutes.Mix($"{Subject(request)}|{request.Target}|{request.Value("keyword")}|{request.Value("source")}|{salt}", i, min, max);

    private static void WriteWorldwide(Utf8JsonWriter json, RouteRequest request, string subject, bool zones)
    {
        var fields = (request.Value("fields") ?? "price,traffic,keywords").Split(',').Select(f => f.Trim()).ToHashSet(StringComparer.Ordinal);
        var countries = zones ? (int)BacklinkRoutes.Mix(subject, 1, 3, Countries.Length) : 0;
        json.WriteStartObject();
        foreach (var type in Types)
        {
            json.WritePropertyName(type);
            json.WriteStartArray();
            var scale = type == "adv" ? 50 : 1;
            for (var c = -1; c < countries; c++)
            {
                var keywords = Math.Max(0, BacklinkRoutes.Mix(subject + type, c + 2, 100, 500_000) / scale / (c + 2));
                json.WriteStartObject();
                json.WriteString("source", c < 0 ? "worldwide" : Countries[c]);
                json.WriteString("country", c < 0 ? "Worldwide" : CountryNames[c]);
                if (fields.Contains("keywords"))
                {
                    json.WriteNumber("keywords_count", keywords);
                }

                if (fields.Contains("traffic"))
                {
                    json.WriteNumber("traffic_sum", keywords * 3);
                }

                if (fields.Contains("price"))
                {
                    json.WriteNumber("price_sum", Math.Round(keywords * 1.7, 2));
                }

                if (fields.Contains("positions_diff"))
                {
                    json.WriteNumber("positions_new_count", keywords / 10);
                    json.WriteNumber("positions_up_count", keywords / 6);
                    json.WriteNumber("positions_down_count", keywords / 7);
                    json.WriteNumber("positions_lost_count", keywords / 11);
                    json.WriteNumber("positions_equal_count", keywords / 2);
                }

                if (fields.Contains("positions_tops"))
                {
                    json.WriteStartObject("positions_tops");
                    var names = type == "adv" ? new[] { "top1_2", "top3_5", "top6_8", "top9_11" } : ["top1_5", "top6_10", "top11_20", "top21_50", "top51_100"];
                    for (var b = 0; b < names.Length; b++)
                    {
                        json.WriteNumber(names[b], keywords / (names.Length + b));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteHistoryMonth(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var count = Months(request);
        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths((int)(i - count + 1));
        var keywords = Mix(request, "history", i, 1_000, 90_000) * (request.Value("type") == "adv" ? 1 : 20) / 10;
        json.WriteStartObject();
        json.WriteNumber("year", month.Year);
        json.WriteNumber("month", month.Month);
        json.WriteNumber("keywords_count", keywords);
        json.WriteNumber("traffic_sum", keywords * 2);
        json.WriteNumber("price_sum", Math.Round(keywords * 1.3, 2));
        var names = request.Value("type") == "adv" ? new[] { "top1_2", "top3_5", "top6_8", "top9_11" } : ["top1_5", "top6_10", "top11_20", "top21_50", "top51_100"];
        foreach (var name in names)
        {
            json.WriteNumber(name, keywords / (names.Length + 1));
        }

        json.WriteEndObject();
    }

    private static void WriteKeyword(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var subject = Subject(request);
        var host = Hosts.HostOf(subject);
        var historical = request.Has("year");
        var position = Mix(request, "position", i, 1, 100);
        var volume = Mix(request, "volume", i, 10, 90_000);
        var traffic = Math.Max(0, (volume / (position + 1)) / (1 + (i / 50)));
        var intent = (int)(i % Intents.Length);
        json.WriteStartObject();
        json.WriteString("keyword", $"{Hosts.BrandOf(host).ToLowerInvariant()} keyword {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("position", position);
        json.WriteNumber(historical ? "previous_position" : "prev_pos", i % 9 == 0 ? 0 : Math.Max(1, position + Mix(request, "move", i, -5, 5)));
        if (historical)
        {
            json.WriteString("volume", volume.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNumber("volume", volume);
        }

        json.WriteNumber("cpc", Math.Round(Mix(request, "cpc", i, 0, 900) / 100.0, 2));
        json.WriteNumber("competition", Math.Round(Mix(request, "competition", i, 0, 100) / 100.0, 2));
        json.WriteString("url", request.Value("url") ?? $"https://{host}/page-{(i % 40).ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("difficulty", Mix(request, "difficulty", i, 0, 100));
        if (historical)
        {
            json.WriteString("traffic", traffic.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNumber("traffic", traffic);
            if (i % 7 == 3)
            {
                json.WriteNull("total_sites");
            }
            else
            {
                json.WriteNumber("total_sites", Mix(request, "sites", i, 1000, 90_000_000));
            }
        }

        json.WriteNumber("traffic_percent", Math.Round(traffic / 1000.0, 2));
        json.WriteNumber("price", Math.Round(traffic * 1.1, 2));
        if (!historical)
        {
            if (i % 10 == 1)
            {
                json.WriteString("block_type", "sitelinks");
            }
            else
            {
                json.WriteNull("block_type");
            }

            json.WriteNumber("block_position", position);
        }

        json.WriteStartArray("intents");
        json.WriteStringValue(historical ? IntentNames[intent] : Intents[intent]);
        if (i % 4 == 0)
        {
            json.WriteStringValue(historical ? IntentNames[(intent + 1) % Intents.Length] : Intents[(intent + 1) % Intents.Length]);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteComparedKeyword(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var host = Hosts.HostOf(Subject(request));
        var compareHost = Hosts.HostOf(request.Value("compare")!);
        var gap = request.Value("diff") == "1";
        var volume = Mix(request, "volume", i, 10, 50_000);
        json.WriteStartObject();
        json.WriteString("keyword", $"{(gap ? "gap" : "shared")} keyword {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("volume", volume);
        json.WriteNumber("cpc", Math.Round(Mix(request, "cpc", i, 0, 700) / 100.0, 2));
        json.WriteNumber("competition", Math.Round(Mix(request, "competition", i, 0, 100) / 100.0, 2));
        json.WriteNumber("difficulty", Mix(request, "difficulty", i, 0, 100));
        json.WriteNumber("total_sites", Mix(request, "sites", i, 1000, 9_000_000));
        var position = Mix(request, "position", i, 1, 100);
        json.WriteNumber("position", position);
        json.WriteString("url", $"https://{host}/page-{(i % 30).ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("price", Math.Round(volume / (double)(position + 1), 2));
        json.WriteNumber("traffic", volume / (position + 1));
        if (gap)
        {
            json.WriteNull("compare_position");
            json.WriteNull("compare_url");
            json.WriteNumber("compare_price", 0);
            json.WriteNumber("compare_traffic", 0);
        }
        else
        {
            var theirs = Mix(request, "compare", i, 1, 100);
            json.WriteNumber("compare_position", theirs);
            json.WriteString("compare_url", $"https://{compareHost}/p{(i % 20).ToString(CultureInfo.InvariantCulture)}");
            json.WriteNumber("compare_price", Math.Round(volume / (double)(theirs + 1), 2));
            json.WriteNumber("compare_traffic", volume / (theirs + 1));
        }

        json.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var keywords = Math.Max(1, Mix(request, "keywords", i, 100, 9_000) / (i + 1));
        json.WriteStartObject();
        json.WriteString("url", $"https://{Hosts.HostOf(request.Target!)}/{(i == 0 ? string.Empty : "page-" + i.ToString(CultureInfo.InvariantCulture))}");
        json.WriteNumber("keywords_count", keywords);
        json.WriteNumber("traffic_sum", keywords * 3);
        json.WriteNumber("traffic_percent", Math.Round(30.0 / (i + 1), 2));
        json.WriteNumber("price_sum", Math.Round(keywords * 2.5, 2));
        json.WriteEndObject();
    }

    private static void WriteSubdomain(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var keywords = Math.Max(1, Mix(request, "keywords", i, 100, 90_000) / (i + 1));
        var root = Hosts.BaseDomainOf(request.Target!);
        json.WriteStartObject();
        json.WriteString("subdomain", i == 0 ? "www." + root : $"sub{i.ToString(CultureInfo.InvariantCulture)}.{root}");
        json.WriteNumber("keywords_count", keywords);
        json.WriteNumber("traffic_sum", keywords * 4);
        json.WriteNumber("traffic_percent", Math.Round(60.0 / (i + 1), 2));
        json.WriteNumber("price_sum", Math.Round(keywords * 3.5, 2));
        json.WriteEndObject();
    }

    /// <summary>The months of an ads request: from..to, or the last three when not given.</summary>
    private static List<DateTime> AdMonths(RouteRequest request)
    {
        var now = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
        var to = request.Date("to") ?? now;
        var from = request.Date("from") ?? to.AddMonths(-2);
        var months = new List<DateTime>();
        for (var month = from; month <= to && months.Count < 60; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    private static void WriteAd(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var byDomain = request.Has("domain");
        var subject = byDomain ? Hosts.BaseDomainOf(request.Value("domain")!) : request.Value("keyword")!;
        var advertiser = byDomain ? subject : $"advertiser{i.ToString(CultureInfo.InvariantCulture)}.example";
        json.WriteStartObject();
        if (byDomain)
        {
            json.WriteString("keyword", $"buy {Hosts.BrandOf(subject).ToLowerInvariant()} {i.ToString(CultureInfo.InvariantCulture)}");
            json.WriteNumber("ads_count", Mix(request, "ads", i, 1, 30));
            json.WriteNumber("coverage", Math.Round(Mix(request, "coverage", i, 1, 100) / 100.0, 2));
            json.WriteNumber("competition", Math.Round(Mix(request, "competition", i, 0, 100) / 100.0, 2));
            json.WriteNumber("cpc", Math.Round(Mix(request, "cpc", i, 10, 900) / 100.0, 2));
            json.WriteNumber("volume", Mix(request, "volume", i, 10, 40_000));
            json.WriteNumber("traffic", Mix(request, "traffic", i, 0, 2_000));
        }
        else
        {
            json.WriteString("domain", advertiser);
            json.WriteNumber("ads_count", Mix(request, "ads", i, 1, 30));
            json.WriteNumber("keywords_count", Mix(request, "keywords", i, 1, 5_000));
            json.WriteNumber("traffic_sum", Mix(request, "traffic", i, 0, 90_000));
            json.WriteNumber("price_sum", Math.Round(Mix(request, "price", i, 0, 9_000_000) / 100.0, 2));
        }

        // Every fifth row was not advertised in the first month of the range.
        json.WriteStartObject("snippets");
        var months = AdMonths(request);
        for (var m = i % 5 == 4 ? 1 : 0; m < months.Count; m++)
        {
            json.WriteStartObject(months[m].ToString("yyyy-MM", CultureInfo.InvariantCulture));
            json.WriteNumber("position", Mix(request, "adpos", (i * 100) + m, 1, 4));
            json.WriteString("snippet_title", $"{Hosts.BrandOf(advertiser)} ad {i.ToString(CultureInfo.InvariantCulture)} ({months[m]:MMM yyyy})");
            json.WriteString("snippet_description", "Free delivery on every order.");
            json.WriteString("snippet_display_url", $"{advertiser}/offer");
            json.WriteNumber("snippet_count", Mix(request, "snippets", (i * 100) + m, 1, 9));
            json.WriteString("url", $"https://{advertiser}/offer?k={i.ToString(CultureInfo.InvariantCulture)}");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCompetitor(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var total = Mix(request, "total", i, 1_000, 900_000);
        var common = Mix(request, "common", i, 10, (int)Math.Min(total, 50_000));
        json.WriteStartObject();
        json.WriteString("domain", $"competitor{Mix(request, "name", i, 1, 999_999).ToString(CultureInfo.InvariantCulture)}-{i.ToString(CultureInfo.InvariantCulture)}.example");
        json.WriteNumber("common_keywords", common);
        json.WriteNumber("total_keywords", total);
        json.WriteNumber("missing_keywords", total - common);
        json.WriteNumber("traffic_sum", total * 2);
        json.WriteNumber("price_sum", Math.Round(total * 1.5, 2));
        json.WriteNumber("domain_relevance", Math.Round(common / (double)total, 2));
        json.WriteEndObject();
    }
}
