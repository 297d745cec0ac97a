using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's backlinks methods (§9) as descriptions. The subject is <c>query</c>; as for the
/// other methods, a domain starting with <c>rows-N</c> holds N rows and <c>empty-</c> none. Each
/// list checks its <c>complexFilter</c>: a field the method does not allow, an unknown
/// compareType or flag is error 32117, as Serpstat answers it.
/// </summary>
internal static class SerpstatBacklinkRoutes
{
    private const string Procedure = "SerpstatBacklinksProcedure.";
    private const string LinkFields = "url_from anchor link_nofollow links_external link_type url_to check add";

    private static readonly string[] CompareTypes = ["gt", "lt", "gte", "lte", "eq", "neq", "between", "contains", "notContains", "startsWith", "endsWith"];
    private static readonly string[] Flags = ["no_subdomains", "only_main_page", "last_week", "only_subdomains", "only_hosts"];
    private static readonly string[] LinkTypes = ["href", "image", "redirect", "frame", "rss", "alternate", "form", "canonical"];
    private static readonly string[] Threats = ["MALWARE", "SOCIAL_ENGINEERING", "UNWANTED_SOFTWARE"];

    public static IEnumerable<SerpstatMethod> All()
    {
        yield return Summary("getSummaryV2", WriteSummaryV2);
        yield return Summary("getSummary", WriteSummaryV1);
        yield return List("getAnchors", "total refDomains nofollow anchor lastupdate", 2, WriteAnchor);
        yield return Whole("getTopAnchors", request => Math.Min(10, Rows(request)), WriteTopAnchor) with { Billing = SerpstatBilling.PerRequest };
        yield return List("getIntersect", "domain_rank links_count1 links_count2 links_count3", 3, WriteIntersect) with
        {
            Required = ["query", "intersect"],
            Validate = request => request.List("intersect").Count is < 1 or > 2 ? (-32602, "Invalid params: intersect takes 1 or 2 domains") : CheckFilter(request, "domain_rank links_count1 links_count2 links_count3"),
        };
        yield return Whole("getIntersectSummary", request => Math.Min(3, Rows(request)), WriteIntersectSummary) with { Required = ["query", "intersect"] };
        yield return Whole("getDistributionSDR", request => Math.Min(10, Rows(request)), WriteRankRange) with { Billing = SerpstatBilling.PerRequest };
        yield return Whole("getDistributionTLD", request => Math.Min(12, Rows(request)), WriteTld) with { Billing = SerpstatBilling.PerRequest };
        yield return Whole("getBacklinksChangesHistory", request => Math.Min(30, Rows(request)), WriteChange) with { Billing = SerpstatBilling.PerRequest };
        yield return List("getLostBacklinks", LinkFields, 1, (json, request, i) => WriteLink(json, request, i, lost: true, outgoing: false));
        yield return List("getNewBacklinks", LinkFields + " domain_rank", 1, (json, request, i) => WriteLink(json, request, i, lost: false, outgoing: false));
        yield return List("getOutlinks", LinkFields, 2, (json, request, i) => WriteLink(json, request, i, lost: false, outgoing: true));
        yield return List("getLostOutlinks", LinkFields + " lastupdate", 3, (json, request, i) => WriteLink(json, request, i, lost: true, outgoing: true));
        yield return List("getOutDomains", "domain_links domain_to domain_rank", 3, (json, request, i) => WriteDomain(json, request, i, "domains_to", "domain_links", "domain_rank"));
        yield return List("getRefDomains", "domain_links domain_from domain_rank check", 2, (json, request, i) => WriteDomain(json, request, i, "domain_from", "ref_pages", "domainRank"));
        yield return List("getRedirectedDomains", "domain domain_rank", 20, (json, request, i) => WriteDomain(json, request, i, "Domain", null, "Domain Rank")) with { Required = ["query"] };
        yield return List("getThreats", "lastupdate domain_link links_count platform_type threat_type", 30, (json, request, i) => WriteThreat(json, request, i, links: false));
        yield return List("getThreatsLinks", "lastupdate url_from url_to platform_type threat_type", 20, (json, request, i) => WriteThreat(json, request, i, links: true));
        yield return List("getOutThreats", "lastupdate domain_link links_count platform_type threat_type", 30, (json, request, i) => WriteThreat(json, request, i, links: false));
        yield return List("getOutThreatsLinks", "lastupdate url_from url_to platform_type threat_type", 20, (json, request, i) => WriteThreat(json, request, i, links: true));
        yield return List("getTopPages", "ips count domains url_to lastupdate", 4, WriteTopPage);
    }

    private static long Rows(SerpstatRequest request, long divideBy = 1) => SerpstatRoutes.Rows(request.Text("query") ?? string.Empty, divideBy);

    private static string Host(SerpstatRequest request) => Hosts.HostOf(request.Text("query") ?? string.Empty);

    /// <summary>The first label of the query's host without rows-: a part of a domain name.</summary>
    private static string Slug(SerpstatRequest request)
    {
        var label = Hosts.BaseDomainOf(request.Text("query") ?? string.Empty).Split('.')[0];
        return label.StartsWith("rows-", StringComparison.OrdinalIgnoreCase) ? label[5..] : label.ToLowerInvariant();
    }

    private static SeededValues Seed(SerpstatRequest request, long i) => new($"{request.Method}|{request.Text("query")}|{i}");

    private static SerpstatMethod Summary(string method, Action<Utf8JsonWriter, SerpstatRequest, long> write) => new()
    {
        Name = Procedure + method,
        Required = ["query"],
        Billing = SerpstatBilling.PerRequest,
        Cost = 5,
        Shape = SerpstatShape.DataObject,
        Count = request => Rows(request) > 0 ? 1 : 0,
        WriteRow = write,
        Validate = CheckSearchType,
    };

    private static SerpstatMethod List(string method, string fields, long divideBy, Action<Utf8JsonWriter, SerpstatRequest, long> write) => new()
    {
        Name = Procedure + method,
        Required = ["query", "searchType"],
        Paging = SerpstatPaging.PageAndSize,
        Count = request => Rows(request, divideBy),
        WriteRow = write,
        Validate = request => CheckSearchType(request) ?? CheckFilter(request, fields),
    };

    private static SerpstatMethod Whole(string method, Func<SerpstatRequest, long> count, Action<Utf8JsonWriter, SerpstatRequest, long> write) => new()
    {
        Name = Procedure + method,
        Required = ["query"],
        Count = count,
        WriteRow = write,
        Validate = CheckSearchType,
    };

    private static (int, string)? CheckSearchType(SerpstatRequest request) =>
        request.Text("searchType") is { } type && type is not ("domain" or "domain_with_subdomains" or "url" or "part_url")
            ? (-32602, $"Invalid params: searchType '{type}' is not allowed")
            : null;

    /// <summary>Serpstat's 32117: a condition on a field the method does not allow, an unknown operator or flag, a between without two values.</summary>
    private static (int, string)? CheckFilter(SerpstatRequest request, string fields)
    {
        if (request.Params.ValueKind != JsonValueKind.Object || !request.Params.TryGetProperty("complexFilter", out var filter))
        {
            return null;
        }

        var allowed = fields.Split(' ');
        if (filter.ValueKind != JsonValueKind.Array || filter.EnumerateArray().Any(group => group.ValueKind != JsonValueKind.Array))
        {
            return (32117, "Filter error: complexFilter must be an array of arrays");
        }

        foreach (var condition in filter.EnumerateArray().SelectMany(group => group.EnumerateArray()))
        {
            if (condition.TryGetProperty("additional_filters", out var flag))
            {
                if (!Flags.Contains(flag.GetString()))
                {
                    return (32117, $"Filter error: additional filter '{flag}' is not allowed");
                }

                continue;
            }

            var field = condition.TryGetProperty("field", out var f) ? f.GetString() : null;
            var op = condition.TryGetProperty("compareType", out var c) ? c.GetString() : null;
            if (field is null || !allowed.Contains(field))
            {
                return (32117, $"Filter error: field '{field}' is not allowed for this method");
            }

            if (op is null || !CompareTypes.Contains(op))
            {
                return (32117, $"Filter error: operator '{op}' is not allowed for field '{field}'");
            }

            if (!condition.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0 || (op == "between" && value.GetArrayLength() != 2))
            {
                return (32117, $"Filter error: missing or bad value for field '{field}'");
            }
        }

        return null;
    }

    private static string Date(SeededValues seed, int maxDaysAgo) =>
        new DateTime(2026, 11, 1).AddDays(-seed.Between(0, maxDaysAgo)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSummaryV2(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, 0);
        var domains = seed.Between(100, 50_000);
        var links = domains * seed.Between(3, 40);
        json.WriteStartObject();
        json.WriteNumber("sersptat_domain_rank", seed.Between(1, 90));
        json.WriteNumber("referring_domains", domains);
        json.WriteNumber("referring_domains_change", seed.Between(-50, 200));
        json.WriteNumber("redirected_domains", seed.Between(0, 20));
        json.WriteNumber("referring_malicious_domains", seed.Between(0, 5));
        json.WriteNumber("referring_ip_addresses", domains * 8 / 10);
        json.WriteNumber("referring_subnets", domains * 6 / 10);
        json.WriteNumber("backlinks", links);
        json.WriteNumber("backlinks_change", seed.Between(-500, 2000));
        json.WriteNumber("backlinks_from_mainpages", links / 200);
        json.WriteNumber("nofollow_backlinks", links / 5);
        json.WriteNumber("dofollow_backlinks", links - (links / 5));
        json.WriteNumber("text_backlinks", links * 8 / 10);
        json.WriteNumber("image_backlinks", links / 10);
        json.WriteNumber("redirect_backlinks", links / 50);
        json.WriteNumber("canonical_backlinks", links / 500);
        json.WriteNumber("alternate_backlinks", 2);
        json.WriteNumber("rss_backlinks", 11);
        json.WriteNumber("external_domains", seed.Between(10, 5000));
        json.WriteNumber("external_malicious_domains", 0);
        json.WriteNumber("external_links", seed.Between(100, 90_000));
        json.WriteEndObject();
    }

    private static void WriteSummaryV1(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, 0);
        var domains = seed.Between(100, 50_000);
        json.WriteStartObject();
        json.WriteNumber("referringDomains", domains);
        json.WriteNumber("referringSubDomains", domains + 40);
        json.WriteNumber("referringLinks", domains * 12);
        json.WriteNumber("noFollowLinks", domains * 2);
        json.WriteNumber("doFollowLinks", domains * 10);
        json.WriteNumber("referringIps", domains * 8 / 10);
        json.WriteNumber("referringSubnets", domains * 6 / 10);
        json.WriteNumber("externalDomains", seed.Between(10, 5000));
        json.WriteNumber("outlinksTotal", seed.Between(100, 90_000));
        json.WriteNumber("trustRank", seed.Between(1, 10));
        json.WriteNumber("citationRank", seed.Between(1, 10));
        json.WriteNumber("typeText", domains * 9);
        json.WriteNumber("typeImg", domains);
        json.WriteNumber("threats", 1);
        json.WriteNumber("mainPageLinks", domains / 20);
        json.WriteNumber("domainRank", seed.Between(1, 90));
        json.WriteEndObject();
    }

    private static void WriteAnchor(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("anchor", $"{Hosts.BrandOf(Host(request))} anchor {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("refDomains", seed.Between(1, 300));
        json.WriteNumber("total", seed.Between(300, 5000));
        json.WriteNumber("noFollow", seed.Between(0, 100));
        json.WriteEndObject();
    }

    private static void WriteTopAnchor(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("anchor", $"{Hosts.BrandOf(Host(request))} top anchor {i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("backlinks_count", 10_000 - (i * 700));
        json.WriteNumber("domains_count", seed.Between(5, 400));
        json.WriteEndObject();
    }

    private static void WriteIntersect(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        var domains = new[] { request.Text("query")! }.Concat(request.List("intersect")).ToList();
        json.WriteStartObject();
        json.WriteString("Domain", $"donor{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.org");
        json.WriteNumber("SDR", seed.Between(1, 90));
        for (var d = 0; d < domains.Count; d++)
        {
            json.WriteNumber($"Links count for domain #{(d + 1).ToString(CultureInfo.InvariantCulture)} {domains[d]}", seed.Between(1, 50));
        }

        json.WriteEndObject();
    }

    private static void WriteIntersectSummary(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var domains = new[] { request.Text("query")! }.Concat(request.List("intersect")).ToList();
        json.WriteStartObject();
        json.WriteNumber("referring_domains_count", Seed(request, i).Between(1, 900));
        json.WriteString("domains", string.Join(", ", domains.Take((int)Math.Min(domains.Count, i + 1))));
        json.WriteEndObject();
    }

    private static void WriteRankRange(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        json.WriteStartObject();
        json.WriteString("sdr_range", $"{(i * 10).ToString(CultureInfo.InvariantCulture)}-{(i * 10 + 10).ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("domains", Seed(request, i).Between(1, 2000));
        json.WriteEndObject();
    }

    private static void WriteTld(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        string[] tlds = ["com", "org", "net", "de", "uk", "fr", "io", "ru", "it", "es", "nl", "pl"];
        string[] names = ["", "", "", "Germany", "United Kingdom", "France", "", "Russia", "Italy", "Spain", "Netherlands", "Poland"];
        json.WriteStartObject();
        json.WriteString("tld", tlds[i]);
        json.WriteString("country_name", names[i]);
        json.WriteString("country_code", names[i].Length == 0 ? string.Empty : tlds[i]);
        json.WriteNumber("percentage", Math.Round(40.0 / (i + 1), 2));
        json.WriteNumber("domains", Seed(request, i).Between(1, 2000));
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString("date", new DateTime(2026, 11, 1).AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("lost_links", seed.Between(0, 300));
        json.WriteNumber("new_links", seed.Between(0, 500));
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, SerpstatRequest request, long i, bool lost, bool outgoing)
    {
        var seed = Seed(request, i);
        var host = Host(request);
        var other = $"site{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.org";
        var number = i.ToString(CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteString("url_from", outgoing ? $"https://{host}/post-{number}" : $"https://{other}/review-{number}");
        json.WriteString("url_to", outgoing ? $"https://{other}/" : $"https://{host}/page-{(i % 7).ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("nofollow", i % 5 == 0 ? "nofollow" : "dofollow");
        json.WriteString("link_type", LinkTypes[i % 3]);
        json.WriteNumber("links_ext", seed.Between(1, 120));
        json.WriteString("link_text", $"anchor {number}");
        json.WriteString("first_seen", Date(seed, 900));
        json.WriteString("last_visited", Date(seed, 30));
        if (lost)
        {
            json.WriteString("date_del", Date(seed, 20));
        }
        else if (!outgoing)
        {
            json.WriteString("domain_rank", seed.Between(1, 90).ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    private static void WriteDomain(Utf8JsonWriter json, SerpstatRequest request, long i, string domainName, string? linksName, string rankName)
    {
        var seed = Seed(request, i);
        json.WriteStartObject();
        json.WriteString(domainName, $"linked{(i + 1).ToString(CultureInfo.InvariantCulture)}-{Slug(request)}.example.org");
        if (linksName is not null)
        {
            // Serpstat sends these counts as strings (its sample of getRefDomains).
            json.WriteString(linksName, seed.Between(1, 400).ToString(CultureInfo.InvariantCulture));
        }

        if (rankName == "Domain Rank")
        {
            json.WriteNumber(rankName, seed.Between(1, 90));
        }
        else
        {
            json.WriteString(rankName, seed.Between(1, 90).ToString(CultureInfo.InvariantCulture));
        }

        json.WriteEndObject();
    }

    private static void WriteThreat(Utf8JsonWriter json, SerpstatRequest request, long i, bool links)
    {
        var seed = Seed(request, i);
        var bad = $"bad{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.biz";
        json.WriteStartObject();
        json.WriteString("domain", bad);
        if (links)
        {
            json.WriteString("link_from", $"http://{bad}/spam");
            json.WriteString("link_to", $"https://{Host(request)}/");
        }
        else
        {
            json.WriteString("domain_link", $"http://{bad}/");
            json.WriteNumber("links_count", seed.Between(1, 40));
        }

        json.WritePropertyName("platform_type");
        json.WriteStartArray();
        json.WriteStringValue("ANY_PLATFORM");
        json.WriteEndArray();
        json.WritePropertyName("threat_type");
        json.WriteStartArray();
        json.WriteStringValue(Threats[i % Threats.Length]);
        json.WriteEndArray();
        json.WriteString("lastupdate", Date(seed, 60));
        json.WriteEndObject();
    }

    private static void WriteTopPage(Utf8JsonWriter json, SerpstatRequest request, long i)
    {
        var seed = Seed(request, i);
        var url = $"https://{Host(request)}/top-{i.ToString(CultureInfo.InvariantCulture)}";
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteNumber("ref_pages", seed.Between(10, 5000));
        json.WriteNumber("ref_domains", seed.Between(1, 500));
        json.WriteNumber("ips", seed.Between(1, 400));
        json.WriteString("urlTo", url);
        json.WriteEndObject();
    }
}
