using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's limits (§10), domain (§6), keyword (§7) and URL (§8) methods as descriptions. Lists
/// hold a seeded number of rows per subject; a domain or keyword that starts with <c>rows-N</c>
/// holds exactly N, one that starts with <c>empty-</c> none (Serpstat's "Data not found").
/// Every billable method charges 1 line per row answered (at least 1) unless said otherwise.
/// </summary>
internal static class SerpstatRoutes
{
    private const string Domain = "SerpstatDomainProcedure.";
    private const string Keyword = "SerpstatKeywordProcedure.";
    private const string Url = "SerpstatUrlProcedure.";

    private static readonly string[] Features = ["pic", "also_asks", "related_search", "products", "video", "local_pack", "snippet"];
    private static readonly string[] IntentNames = ["informational", "navigational", "commercial", "transactional"];

    public static IEnumerable<SerpstatMethod> All()
    {
        // §10: the three free reads.
        yield return new SerpstatMethod
        {
            Name = "SerpstatLimitsProcedure.getStats",
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.DataObject,
            Count = _ => 1,
            WriteRow = WriteStats,
        };
        yield return new SerpstatMethod
        {
            Name = "SerpstatLimitsProcedure.getAuditStats",
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.DataObject,
            Count = _ => 1,
            WriteRow = (json, _, _) =>
            {
                json.WriteStartObject();
                json.WriteBoolean("hasAuditOnePage", true);
                json.WriteBoolean("hasAuditJsScanPage", false);
                json.WriteBoolean("hasAuditLimitPage", true);
                json.WriteNumber("maxAuditLimitPage", 15000);
                json.WriteNumber("total", 100_000);
                json.WriteNumber("used", 2_350);
                json.WriteNumber("left", 97_650);
                json.WriteEndObject();
            },
        };
        yield return new SerpstatMethod
        {
            Name = "SerpstatPluginProcedure.stats",
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.ResultFields,
            Count = _ => 1,
            WriteRow = (json, request, _) =>
            {
                json.WriteStartObject();
                WritePluginLimits(json);
                WriteUserInfo(json, request.Account);
                json.WriteEndObject();
            },
        };

        // §6 domain analysis.
        yield return new SerpstatMethod
        {
            Name = Domain + "getDomainsInfo",
            Required = ["domains", "se"],
            Billing = SerpstatBilling.PerInput,
            Cost = 5,
            Units = request => request.List("domains").Count,
            Count = request => KnownDomains(request).Count,
            WriteRow = (json, request, i) => WriteDomainInfo(json, KnownDomains(request)[(int)i], request.Database),
            Validate = request => request.List("domains").Count > 10 ? (-32602, "Invalid params: at most 10 domains") : null,
        };
        yield return new SerpstatMethod
        {
            Name = Domain + "getDomainsHistory",
            Required = ["domain", "se"],
            Paging = SerpstatPaging.Size,
            Count = request => Math.Min(Rows(request.Subject), request.Text("during_all_time") == "true" ? 200 : 26),
            WriteRow = WriteHistory,
        };
        yield return List(Domain + "getDomainKeywords", ["domain", "se"], request => Rows(request.Subject), WriteRankedKeyword);
        yield return new SerpstatMethod
        {
            Name = Domain + "getCompetitors",
            Required = ["domain", "se"],
            Paging = SerpstatPaging.Size,
            Count = request => Math.Min(Rows(request.Subject), 1000),
            WriteRow = (json, request, i) => WriteCompetitor(json, request, i, nested: false),
        };
        yield return List(Domain + "getOrganicCompetitorsPage", ["domain", "se"], request => Rows(request.Subject), (json, request, i) => WriteCompetitor(json, request, i, nested: true)) with { MinSize = 10, MaxSize = 500 };
        yield return List(Domain + "getAdKeywords", ["domain", "se"], request => Rows(request.Subject, 3), WriteAdKeyword);
        yield return Export(Domain + "exportPositions", ["domain", "se"], 60_000);
        yield return List(Domain + "getAdsCompetitors", ["domain", "se"], request => Rows(request.Subject, 5), WriteAdCompetitor) with { MinSize = 50, MaxSize = 100 };
        yield return new SerpstatMethod
        {
            Name = Domain + "getAllRegionsTraffic",
            Required = ["domain"],
            Shape = SerpstatShape.DataDataKeyed,
            Count = request => Math.Min(Rows(request.Subject), SerpstatDatabases.Major.Length),
            KeyOf = (_, i) => SerpstatDatabases.Major[i].Code,
            WriteRow = (json, request, i) => WriteRegion(json, request, i, traffic: true),
        };
        yield return new SerpstatMethod
        {
            Name = Domain + "getRegionsCount",
            Required = ["domain"],
            Count = request => Math.Min(Rows(request.Subject), SerpstatDatabases.Major.Length),
            WriteRow = (json, request, i) => WriteRegion(json, request, i, traffic: false),
        };
        yield return List(Domain + "getDomainUrls", ["domain", "se"], request => Rows(request.Subject, 4), (json, request, i) => WritePage(json, request, i, top: false));
        yield return List(Domain + "getTopUrls", ["domain", "se"], request => Rows(request.Subject, 4), (json, request, i) => WritePage(json, request, i, top: true));
        yield return List(Domain + "getDomainsIntersection", ["domains", "se"], request => Rows(string.Join("|", request.List("domains")), 2), WriteIntersection)
            with { Validate = request => request.List("domains").Count is < 2 or > 3 ? (-32602, "Invalid params: 2 to 3 domains") : null };
        yield return List(Domain + "getDomainsUniqKeywords", ["domains", "minusDomain", "se"], request => Rows(string.Join("|", request.List("domains")), 2), WriteRankedKeyword)
            with { Validate = request => request.List("domains").Count is < 1 or > 2 ? (-32602, "Invalid params: 1 to 2 domains") : null };

        // §7 keyword analysis.
        yield return new SerpstatMethod
        {
            Name = Keyword + "getKeywordsInfo",
            Required = ["keywords", "se"],
            Count = request => KnownKeywords(request).Count,
            WriteRow = (json, request, i) => WriteKeyword(json, request, KnownKeywords(request)[(int)i], i, related: false),
            Validate = request => request.List("keywords").Count > 1000 ? (-32602, "Invalid params: at most 1000 keywords") : null,
        };
        yield return List(Keyword + "getKeywords", ["keyword", "se"], request => Rows(request.Subject), (json, request, i) => WriteKeyword(json, request, Variant(request, i), i, related: false));
        yield return List(Keyword + "getSuggestions", ["keyword", "se"], request => Rows(request.Subject), WriteSuggestion);
        yield return List(Keyword + "getRelatedKeywords", ["keyword", "se"], request => Rows(request.Subject), (json, request, i) => WriteKeyword(json, request, Variant(request, i), i, related: true));
        yield return new SerpstatMethod
        {
            Name = Keyword + "getKeywordFullTop",
            Required = ["keyword", "se"],
            Paging = SerpstatPaging.Size,
            MinSize = 10,
            MaxSize = 100,
            Shape = SerpstatShape.ListInResult,
            ListName = "top",
            Count = request => Math.Min(Rows(request.Subject), 100),
            WriteRow = (json, request, i) => WriteSerpResult(json, request, i, full: true),
        };
        yield return new SerpstatMethod
        {
            Name = Keyword + "getCompetitors",
            Required = ["keyword", "se"],
            Paging = SerpstatPaging.Size,
            Shape = SerpstatShape.DataKeyed,
            Count = request => Math.Min(Rows(request.Subject), 20),
            KeyOf = (request, i) => CompetitorDomain(request, i),
            WriteRow = (json, request, i) => WriteCompetitor(json, request, i, nested: false),
        };
        yield return List(Keyword + "getAdKeywords", ["keyword", "se", "domains"], request => Rows(request.Subject, 3), WriteAdKeyword);
        yield return List(Keyword + "getAdsCompetitors", ["keyword", "se"], request => Rows(request.Subject, 5), WriteAdCompetitor);
        yield return new SerpstatMethod
        {
            Name = Keyword + "getTopUrls",
            Required = ["keyword"],
            Paging = SerpstatPaging.PageAndPageSize,
            Billing = SerpstatBilling.PerRequest,
            Shape = SerpstatShape.ListInResult,
            ListName = "urls",
            TotalName = "total_urls",
            Count = request => Rows(request.Subject, 4),
            WriteRow = (json, request, i) => WritePage(json, request, i, top: false),
        };
        yield return Export(Keyword + "exportSuggestions", ["keyword"], 1000) with { DefaultSize = 500 };
        yield return new SerpstatMethod
        {
            Name = Keyword + "getKeywordTop",
            Required = ["keyword", "se"],
            Paging = SerpstatPaging.Size,
            MaxSize = 100,
            Shape = SerpstatShape.ListInData,
            ListName = "top",
            Count = request => Math.Min(Rows(request.Subject), 100),
            WriteRow = (json, request, i) => WriteSerpResult(json, request, i, full: false),
        };
        yield return Export(Keyword + "exportKeywordsPhrase", ["keyword"], 60_000);

        // §8 URL analysis.
        yield return new SerpstatMethod
        {
            Name = Url + "getSummaryTraffic",
            Required = ["se", "domain", "urlContains"],
            Billing = SerpstatBilling.PerInput,
            Cost = 1000,
            Units = request => request.Has("output_data") ? 1 : 2,
            Shape = SerpstatShape.ResultFields,
            Count = request => Rows(request.Subject) > 0 ? 1 : 0,
            WriteRow = WriteSummaryTraffic,
        };
        yield return List(Url + "getUrlCompetitors", ["se", "url"], request => Rows(request.Subject, 4), WriteUrlCompetitor);
        yield return List(Url + "getUrlKeywords", ["se", "url"], request => Rows(request.Subject, 2), WriteRankedKeyword);
        yield return List(Url + "getUrlMissingKeywords", ["url", "se"], request => Rows(request.Subject, 2), (json, request, i) => WriteKeyword(json, request, $"{Brand(request.Subject)} missing {i}", i, related: true));
    }

    /// <summary>The rows a subject has: rows-N… has N, empty-… none, others a seeded 150 to 1,000 (divided by <paramref name="divideBy"/>).</summary>
    internal static long Rows(string subject, long divideBy = 1)
    {
        var word = Word(subject);
        if (word.StartsWith("rows-", StringComparison.OrdinalIgnoreCase)
            && long.TryParse(word[5..].TakeWhile(char.IsAsciiDigit).ToArray(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows))
        {
            return rows;
        }

        return word.StartsWith("empty-", StringComparison.OrdinalIgnoreCase) ? 0 : Math.Max(1, new SeededValues("serpstat-size|" + subject).Between(150, 1000) / divideBy);
    }

    /// <summary>The first word of a keyword, or the host of a domain or URL.</summary>
    private static string Word(string subject)
    {
        var text = subject.Trim();
        return text.Contains("://", StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)
            ? Hosts.HostOf(text)
            : text.Split(' ')[0];
    }

    private static SerpstatMethod List(string name, string[] required, Func<SerpstatRequest, long> count, Action<Utf8JsonWriter, SerpstatRequest, long> write) => new()
    {
        Name = name,
        Required = required,
        Paging = SerpstatPaging.PageAndSize,
        Count = count,
        WriteRow = write,
    };

    private static SerpstatMethod Export(string name, string[] required, int maxRows) => new()
    {
        Name = name,
        Required = required,
        Paging = SerpstatPaging.Size,
        MaxSize = maxRows,
        DefaultSize = maxRows,
        Billing = SerpstatBilling.PerInput,
        Units = request => Math.Min(Rows(request.Subject), request.Long("size") ?? maxRows),
        Shape = SerpstatShape.DataObject,
        Count = request => Rows(request.Subject),
        WriteRow = (json, request, _) =>
        {
            json.WriteStartObject();
            json.WriteString("file", $"https://api.serpstat.com/export/{new SeededValues(name + "|" + request.Subject).Between(100_000, 999_999).ToString(CultureInfo.InvariantCulture)}.csv");
            json.WriteNumber("rows", Math.Min(Rows(request.Subject), request.Long("size") ?? maxRows));
            json.WriteEndObject();
        },
    };

    /// <summary>The domains of a getDomainsInfo call the database knows (empty-… ones it does not).</summary>
    private static List<string> KnownDomains(SerpstatRequest request) =>
        request.List("domains").Where(d => !Word(d).StartsWith("empty-", StringComparison.OrdinalIgnoreCase)).ToList();

    private static List<string> KnownKeywords(SerpstatRequest request) =>
        request.List("keywords").Where(k => !k.StartsWith("empty-", StringComparison.OrdinalIgnoreCase) && !k.StartsWith("nodata", StringComparison.OrdinalIgnoreCase)).ToList();

    private static string Brand(string subject) => Hosts.BrandOf(Word(subject).Replace("rows-", string.Empty, StringComparison.OrdinalIgnoreCase));

    /// <summary>The i-th phrase of a seed: the seed itself first, then "seed 1", "seed 2"…</summary>
    private static string Variant(SerpstatRequest request, long i) =>
        i == 0 ? request.Subject : request.Subject + " " + i.ToString(CultureInfo.InvariantCulture);

    private static string CompetitorDomain(SerpstatRequest request, long i) =>
        $"rival{(i + 1).ToString(CultureInfo.InvariantCulture)}-{Brand(request.Subject)}.example.net";

    private static SeededValues Seed(SerpstatRequest request, long i) => new($"{request.Method}|{request.Subject}|{request.Database}|{i}");

    private static void WriteUserInfo(Utf8JsonWriter json, SerpstatAccount account)
    {
        json.WritePropertyName("user_info");
        json.WriteStartObject();
        json.WriteString("user_id", account.UserId);
        json.WriteEndObject();
    }

    private static void WritePluginLimits(Utf8JsonWriter json)
    {
        // Serpstat spells these camelCase, unlike the rest of the body.
        json.WritePropertyName("plugin_limits");
        json.WriteStartObject();
        json.WriteBoolean("hasApiPlugin", true);
        json.WriteNumber("delayBetweenRequests", 1);
        json.WriteNumber("total", 2000);
        json.WriteNumber("used", 35);
        json.WriteNumber("left", 1965);
        json.WriteEndObject();
    }

    private static void WriteStats(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var account = request.Account;
        json.WriteStartObject();
        json.WriteNumber("max_lines", account.MaxLines);
        json.WriteNumber("used_lines", account.UsedLines);
        json.WriteNumber("left_lines", account.LeftLines);
        WriteUserInfo(json, account);
        WritePluginLimits(json);
        json.WriteEndObject();
    }

    private static void WriteDomainInfo(Utf8JsonWriter json, string domain, string database)
    {
        var seed = new SeededValues($"info|{domain}|{database}");
        var keywords = seed.Between(100, 90_000);
        json.WriteStartObject();
        json.WriteString("domain", domain);
        json.WriteNumber("visible", Math.Round(seed.Fraction(0.01, 9), 4));
        json.WriteNumber("keywords", keywords);
        json.WriteNumber("traff", keywords * 2);
        json.WriteNumber("visible_dynamic", Math.Round(seed.Fraction(-0.1, 0.1), 4));
        json.WriteNumber("keywords_dynamic", seed.Between(-500, 500));
        json.WriteNumber("traff_dynamic", seed.Between(-900, 900));
        json.WriteNumber("ads_dynamic", seed.Between(-5, 5));
        json.WriteNumber("new_keywords", seed.Between(0, 400));
        json.WriteNumber("out_keywords", seed.Between(0, 400));
        json.WriteNumber("rised_keywords", seed.Between(0, 600));
        json.WriteNumber("down_keywords", seed.Between(0, 600));
        json.WriteNumber("ad_keywords", seed.Between(0, 200));
        json.WriteNumber("ads", seed.Between(0, 150));
        json.WriteString("prev_date", DateTime.UtcNow.Date.AddDays(-14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteHistory(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("domain", request.Subject);
        json.WriteNumber("keywords", seed.Between(100, 50_000));
        json.WriteNumber("traff", seed.Between(100, 90_000));
        json.WriteNumber("visible", Math.Round(seed.Fraction(0.01, 5), 4));
        json.WriteNumber("visible_static", Math.Round(seed.Fraction(0.01, 5), 4));
        json.WriteNumber("new_keywords", seed.Between(0, 400));
        json.WriteNumber("out_keywords", seed.Between(0, 400));
        json.WriteNumber("rised_keywords", seed.Between(0, 600));
        json.WriteNumber("down_keywords", seed.Between(0, 600));
        json.WriteNumber("ad_keywords", seed.Between(0, 100));
        json.WriteNumber("ads", seed.Between(0, 80));
        json.WriteString("date", DateTime.UtcNow.Date.AddDays(-14 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteKeywordFigures(Utf8JsonWriter json, SeededValues seed)
    {
        json.WriteNumber("region_queries_count", seed.Between(10, 90_000));
        json.WriteNumber("region_queries_count_wide", seed.Between(0, 200_000));
        json.WriteNumber("cost", Math.Round(seed.Fraction(0.05, 12), 2));
        json.WriteNumber("concurrency", seed.Between(1, 100));
        json.WriteNumber("found_results", seed.Between(1_000, 900_000_000));
        json.WriteNumber("difficulty", seed.Between(0, 100));
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static void WriteRankedKeyword(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        var subject = request.Text("url") ?? request.Text("domain") ?? request.List("domains").FirstOrDefault() ?? string.Empty;
        var host = Hosts.HostOf(subject);
        json.WriteStartObject();
        json.WriteString("domain", Hosts.BaseDomainOf(subject));
        json.WriteString("subdomain", host);
        json.WriteString("keyword", $"{Brand(subject)} keyword {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("keyword_length", 3);
        json.WriteString("url", request.Text("url") ?? $"https://{host}/page-{(i % 50).ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("position", 1 + (i % 100));
        WriteStrings(json, "types", Features.Take((int)(i % 3)));
        WriteKeywordFigures(json, seed);
        WriteStrings(json, "geo_names", i % 10 == 0 ? ["new york"] : []);
        json.WriteNumber("traff", seed.Between(0, 5_000));
        json.WriteNumber("dynamic", seed.Between(-10, 10));
        if (request.Text("withIntents") == "true")
        {
            WriteStrings(json, "intents", [IntentNames[i % 4]]);
        }

        if (request.Method.EndsWith("getUrlKeywords", StringComparison.Ordinal))
        {
            json.WriteString("first_position", (2 + (i % 90)).ToString(CultureInfo.InvariantCulture));
            json.WriteString("first_url", request.Text("url"));
        }

        if (request.Method.EndsWith("getDomainsUniqKeywords", StringComparison.Ordinal))
        {
            json.WriteString("date", DateTime.UtcNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var domain in request.List("domains"))
            {
                json.WriteNumber(domain, 1 + ((i + domain.Length) % 100));
            }
        }

        json.WriteEndObject();
    }

    private static void WriteCompetitor(Utf8JsonWriter json, SerpstatRequest request, long i, bool nested)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("domain", CompetitorDomain(request, i));
        if (nested)
        {
            json.WriteString("favicon", $"https://{CompetitorDomain(request, i)}/favicon.ico");
            foreach (var (name, value) in new[] { ("all", seed.Between(1_000, 90_000)), ("common", seed.Between(10, 900)) })
            {
                json.WriteStartObject(name);
                json.WriteNumber("currentValue", value);
                json.WriteNumber("dynamicValue", seed.Between(-50, 50));
                json.WriteEndObject();
            }

            json.WriteStartObject("visibility");
            json.WriteNumber("currentValue", Math.Round(seed.Fraction(0.01, 5), 4));
            json.WriteNumber("dynamicValue", Math.Round(seed.Fraction(-0.1, 0.1), 4));
            json.WriteEndObject();
            json.WriteNumber("missing", seed.Between(0, 5_000));
            json.WriteNumber("relevance", Math.Max(1, 100 - i));
        }
        else
        {
            json.WriteNumber("visible", Math.Round(seed.Fraction(0.01, 5), 4));
            json.WriteNumber("keywords", seed.Between(1_000, 90_000));
            json.WriteNumber("traff", seed.Between(1_000, 200_000));
            json.WriteNumber("visible_dynamic", Math.Round(seed.Fraction(-0.1, 0.1), 4));
            json.WriteNumber("keywords_dynamic", seed.Between(-500, 500));
            json.WriteNumber("traff_dynamic", seed.Between(-900, 900));
            json.WriteNumber("ads_dynamic", seed.Between(-5, 5));
            json.WriteNumber("new_keywords", seed.Between(0, 400));
            json.WriteNumber("out_keywords", seed.Between(0, 400));
            json.WriteNumber("rised_keywords", seed.Between(0, 600));
            json.WriteNumber("down_keywords", seed.Between(0, 600));
            json.WriteNumber("ad_keywords", seed.Between(0, 200));
            json.WriteNumber("ads", seed.Between(0, 150));
            json.WriteNumber("intersected", seed.Between(10, 900));
            json.WriteNumber("common", seed.Between(10, 900));
            json.WriteNumber("relevance", Math.Round(Math.Max(0.01, 1 - (i / 100.0)), 2));
            json.WriteNumber("our_relevance", Math.Round(seed.Fraction(0, 1), 2));
            json.WriteNumber("missing", seed.Between(0, 5_000));
        }

        json.WriteEndObject();
    }

    private static void WriteAdKeyword(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        var domain = request.Text("domain") ?? request.List("domains").ElementAtOrDefault((int)(i % Math.Max(1, request.List("domains").Count))) ?? "ads.example.com";
        json.WriteStartObject();
        json.WriteString("keyword", request.Text("keyword") is { } keyword ? Variant(request, i) : $"{Brand(domain)} ad keyword {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("keyword_length", 3);
        json.WriteString("domain", Hosts.BaseDomainOf(domain));
        json.WriteString("subdomain", Hosts.HostOf(domain));
        json.WriteString("url", $"https://{Hosts.HostOf(domain)}/offer-{(i % 20).ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("title", $"{Brand(domain)} – offer {(i % 20).ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("text", "Free delivery, 30-day returns.");
        json.WriteNumber("position", 1 + (i % 4));
        json.WriteString("type", i % 2 == 0 ? "top" : "bottom");
        WriteKeywordFigures(json, seed);
        WriteStrings(json, "types", ["ads_top"]);
        WriteStrings(json, "geo_names", []);
        json.WriteEndObject();
    }

    private static void WriteAdCompetitor(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("domain", CompetitorDomain(request, i));
        json.WriteNumber("ads", seed.Between(1, 300));
        if (request.Has("keyword"))
        {
            json.WriteNumber("all", seed.Between(10, 900));
            json.WriteNumber("common", seed.Between(1, 90));
        }
        else
        {
            json.WriteNumber("keywords", seed.Between(10, 900));
            json.WriteNumber("intersected", seed.Between(1, 90));
            json.WriteNumber("missing_keywords", seed.Between(1, 500));
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, SerpstatRequest request, long i, bool traffic)
    {
        var (code, country, google) = SerpstatDatabases.Major[i];
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("country_name_en", country);
        if (traffic)
        {
            json.WriteString("region", code);
            json.WriteNumber("traff", seed.Between(10, 90_000));
        }
        else
        {
            json.WriteString("db_name", code);
            json.WriteString("domain", request.Subject);
            json.WriteNumber("keywords_count", seed.Between(10, 90_000));
        }

        json.WriteString("google_domain", google);
        json.WriteEndObject();
    }

    private static void WritePage(Utf8JsonWriter json, SerpstatRequest request, long i, bool top)
    {
        var seed = Seed(request, i);
        var host = request.Has("domain") ? Hosts.HostOf(request.Text("domain")!) : $"site{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.org";
        json.WriteStartObject();
        json.WriteString("url", $"https://{host}/page-{i.ToString(CultureInfo.InvariantCulture)}");
        if (top)
        {
            json.WriteNumber("organic_keywords", seed.Between(1, 5_000));
            json.WriteNumber("facebook_shares", seed.Between(0, 900));
            json.WriteNumber("potencial_traff", seed.Between(0, 50_000));
        }
        else if (request.Has("keyword"))
        {
            json.WriteNumber("keywords", seed.Between(1, 5_000));
            json.WriteNumber("traff", seed.Between(0, 50_000));
            json.WriteNumber("fbShares", seed.Between(0, 900));
        }
        else
        {
            json.WriteNumber("keywords", seed.Between(1, 5_000));
        }

        json.WriteEndObject();
    }

    private static void WriteIntersection(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        var domains = request.List("domains");
        json.WriteStartObject();
        json.WriteString("keyword", $"shared keyword {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("keyword_length", 3);
        WriteStrings(json, "types", Features.Take((int)(i % 3)));
        WriteKeywordFigures(json, seed);
        WriteStrings(json, "geo_names", []);
        json.WriteNumber("traff", seed.Between(0, 5_000));
        for (var d = 0; d < domains.Count; d++)
        {
            var n = (d + 1).ToString(CultureInfo.InvariantCulture);
            json.WriteString("domain" + n, Hosts.BaseDomainOf(domains[d]));
            json.WriteString("subdomain" + n, Hosts.HostOf(domains[d]));
            json.WriteString("url" + n, $"https://{Hosts.HostOf(domains[d])}/page-{(i % 30).ToString(CultureInfo.InvariantCulture)}");
            json.WriteNumber("position" + n, 1 + ((i + d) % 100));
            json.WriteNumber("dynamic" + n, seed.Between(-5, 5));
        }

        json.WriteEndObject();
    }

    private static void WriteKeyword(Utf8JsonWriter json, SerpstatRequest request, string keyword, long i, bool related)
    {
        var seed = new SeededValues($"{request.Method}|{keyword}|{request.Database}");
        json.WriteStartObject();
        json.WriteString("keyword", keyword);
        WriteKeywordFigures(json, seed);
        WriteStrings(json, "types", Features.Take((int)(i % 4)));
        json.WriteStartArray("geo_names");
        if (i % 10 == 3)
        {
            json.WriteStartObject();
            json.WriteString("name", "london");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "social_domains", i % 2 == 0 ? ["youtube", "reddit"] : []);
        json.WriteNull("right_spelling");
        json.WriteString("lang", "en");
        json.WriteNumber("keyword_length", keyword.Split(' ').Length);
        if (related)
        {
            json.WriteNumber("weight", Math.Max(1, 100 - (i % 100)));
        }

        if (request.Method.EndsWith("getKeywordsInfo", StringComparison.Ordinal))
        {
            json.WriteNumber("suggestions_count", seed.Between(0, 900));
            json.WriteNumber("keywords_count", seed.Between(0, 9_000));
        }

        if (request.Text("withIntents") == "true")
        {
            WriteStrings(json, "intents", [IntentNames[i % 4]]);
        }

        json.WriteEndObject();
    }

    private static void WriteSuggestion(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        json.WriteStartObject();
        json.WriteString("keyword", $"{request.Subject} suggestion {i.ToString(CultureInfo.InvariantCulture)}");
        WriteStrings(json, "geo_names", []);
        json.WriteEndObject();
    }

    private static void WriteSerpResult(Utf8JsonWriter json, SerpstatRequest request, long i, bool full)
    {
        var seed = Seed(request, i);
        var domain = $"result{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.com";
        json.WriteStartObject();
        json.WriteNumber("position", i + 1);
        json.WriteString("url", $"https://{domain}/{Brand(request.Subject)}");
        json.WriteString("domain", domain);
        if (full)
        {
            json.WriteNumber("url_keywords_count", seed.Between(1, 5_000));
            json.WriteNumber("domain_visibility", Math.Round(seed.Fraction(0.01, 9), 4));
            json.WriteNumber("domain_keywords_organic", seed.Between(100, 900_000));
            json.WriteNumber("domain_keywords_ppc", seed.Between(0, 9_000));
            json.WriteNumber("domain_top_10_keywords_count", seed.Between(10, 90_000));
            json.WriteNumber("domain_sdr", seed.Between(1, 100));
            json.WriteNumber("domain_in_urls_count", seed.Between(10, 9_000_000));
            json.WriteNumber("domain_in_domains_count", seed.Between(1, 90_000));
            json.WriteNumber("domain_out_urls_count", seed.Between(1, 90_000));
            json.WriteNumber("domain_out_domains_count", seed.Between(1, 9_000));
        }
        else
        {
            json.WriteString("subdomain", domain);
            WriteStrings(json, "types", Features.Take((int)(i % 2)));
        }

        json.WriteEndObject();
    }

    private static void WriteSummaryTraffic(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = new SeededValues($"summary|{request.Subject}|{request.Text("urlContains")}|{request.Database}");
        var output = request.Text("output_data");
        json.WriteStartObject();
        json.WriteNumber("urls", seed.Between(1, 900));
        if (output is null or "traffic")
        {
            json.WriteNumber("traffic", seed.Between(10, 90_000));
        }

        if (output is null or "keywords")
        {
            json.WriteNumber("keywords", seed.Between(10, 9_000));
        }

        json.WriteEndObject();
    }

    private static void WriteUrlCompetitor(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var domain = CompetitorDomain(request, i);
        json.WriteStartObject();
        json.WriteString("domain", domain);
        json.WriteString("url", $"https://{domain}/{Brand(request.Subject)}-{i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("cnt", Math.Max(1, 500 - i));
        json.WriteEndObject();
    }
}
