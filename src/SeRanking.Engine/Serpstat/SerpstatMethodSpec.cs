using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeRanking.Engine.Serpstat;

/// <summary>How a method takes its sort order.</summary>
public enum SerpstatSortStyle
{
    /// <summary>No sort parameter.</summary>
    None,

    /// <summary><c>"sort": {"field": "asc"|"desc"}</c>, the usual form.</summary>
    FieldToOrder,

    /// <summary><c>"sort": "field", "order": "asc"|"desc"</c> (getAllRegionsTraffic, getRegionsCount, keyword getTopUrls).</summary>
    Pair,
}

/// <summary>The type of a filter field, as the reference gives it.</summary>
internal enum FilterType
{
    Integer,
    Number,
    Boolean,
    Text,
    TextList,
    Intents,
    Choice,
}

/// <summary>One field a method's <c>filters</c> object takes, with the bounds the reference states.</summary>
internal sealed record FilterField(string Name, FilterType Type, bool IsRange, double? Min, double? Max, IReadOnlyList<string> Choices);

/// <summary>
/// What one Serpstat method takes besides its paging, read from the reference (§6–§17) and kept
/// as data: its parameters, the name and fields of its filter object, its sort keys. Queries
/// consult it so that nothing a method does not take is sent, and the raw -Filter of a cmdlet is
/// checked field by field. Phase B adds its methods here.
/// </summary>
public sealed class SerpstatMethodSpec
{
    private readonly Dictionary<string, FilterField> _filters;

    private SerpstatMethodSpec(string method, string parameters, string filterParameter, string filters, SerpstatSortStyle sortStyle, string sortKeys)
    {
        Method = method;
        var tokens = parameters.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        Parameters = tokens.Select(t => t.TrimEnd('!')).ToArray();
        RequiredParameters = tokens.Where(t => t.EndsWith("!", StringComparison.Ordinal)).Select(t => t.TrimEnd('!')).ToArray();
        FilterParameter = filterParameter;
        _filters = ParseFilters(filters).ToDictionary(f => f.Name, StringComparer.Ordinal);
        SortStyle = sortStyle;
        SortKeys = sortKeys.Split([' '], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The method, e.g. <c>SerpstatDomainProcedure.getDomainKeywords</c>.</summary>
    public string Method { get; }

    /// <summary>The top-level parameters it takes besides <c>filters</c>, <c>sort</c>, <c>page</c> and <c>size</c>.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The parameters it cannot do without.</summary>
    public IReadOnlyList<string> RequiredParameters { get; }

    /// <summary><c>filters</c>, or <c>filter</c> (keyword getAdKeywords); empty when it takes none.</summary>
    public string FilterParameter { get; }

    public SerpstatSortStyle SortStyle { get; }

    /// <summary>The fields it sorts by; empty with a sort style: any (the reference does not list them).</summary>
    public IReadOnlyList<string> SortKeys { get; }

    /// <summary>Every key its filter object takes (a range field gives three: X, X_from, X_to).</summary>
    public IEnumerable<string> FilterKeys =>
        _filters.Values.SelectMany(f => f.IsRange ? new[] { f.Name, f.Name + "_from", f.Name + "_to" } : [f.Name]);

    /// <summary>Whether it takes the top-level parameter <paramref name="name"/>.</summary>
    public bool Takes(string name) => Parameters.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether it cannot do without <paramref name="name"/>.</summary>
    public bool Requires(string name) => RequiredParameters.Contains(name, StringComparer.Ordinal);

    internal FilterField? Filter(string key)
    {
        if (_filters.TryGetValue(key, out var exact))
        {
            return exact;
        }

        foreach (var suffix in new[] { "_from", "_to" })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && _filters.TryGetValue(key.Substring(0, key.Length - suffix.Length), out var range) && range.IsRange)
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>The spec of <paramref name="method"/>; null for a method the module has not described.</summary>
    public static SerpstatMethodSpec? Of(string method) => Table.TryGetValue(method ?? string.Empty, out var spec) ? spec : null;

    internal static SerpstatMethodSpec Require(string method) =>
        Of(method) ?? throw new InvalidOperationException($"No method spec for {method}: add it to {nameof(SerpstatMethodSpec)}.");

    /// <summary>Every method described.</summary>
    public static IReadOnlyCollection<SerpstatMethodSpec> All => Table.Values;

    private const string DomainProcedure = "SerpstatDomainProcedure.";
    private const string KeywordProcedure = "SerpstatKeywordProcedure.";
    private const string UrlProcedure = "SerpstatUrlProcedure.";
    private const string BacklinksProcedure = "SerpstatBacklinksProcedure.";

    // What the backlinks lists filter and sort by (§5 "Allowed fields per method"; threats: their sort keys).
    private const string LinkFields = "url_from:s anchor:s link_nofollow:i links_external:i link_type:s url_to:s check:s add:s";
    private const string LinkSort = "url_from anchor link_nofollow links_external link_type url_to check";
    private const string ThreatFields = "lastupdate:s domain_link:s links_count:i platform_type:s threat_type:s";
    private const string ThreatSort = "lastupdate domain_link links_count platform_type threat_type";
    private const string ThreatLinkFields = "lastupdate:s url_from:s url_to:s platform_type:s threat_type:s";
    private const string ThreatLinkSort = "lastupdate url_from url_to platform_type threat_type";

    // Text filters every keyword list shares (their type differs: text in the domain lists, lists in the keyword lists).
    private const string KeywordText = "keyword_contain keyword_not_contain keyword_contain_one_of keyword_not_contain_one_of";
    private const string BroadMatch = "keyword_contain_broad_match keyword_not_contain_broad_match keyword_contain_one_of_broad_match keyword_not_contain_one_of_broad_match";
    private const string Intents = "intents_contain:I intents_not_contain:I";
    private const string DomainKeywordSort = "region_queries_count types cost keyword_length concurrency geo_names traff region_queries_count_wide dynamic position found_results";

    private static readonly Dictionary<string, SerpstatMethodSpec> Table = new SerpstatMethodSpec[]
    {
        // §6 domain analysis
        new(DomainProcedure + "getDomainsInfo", "domains! se!", "filters", "traff:i~ visible:n~", SerpstatSortStyle.None, string.Empty),
        new(DomainProcedure + "getDomainsHistory", "domain! se! during_all_time", "filters", "traff:i~ visible:n~ date_from:s date_to:s", SerpstatSortStyle.FieldToOrder,
            "keywords traff visible visible_static new_keywords out_keywords rised_keywords down_keywords ad_keywords ads date"),
        new(DomainProcedure + "getDomainKeywords", "domain! se! withSubdomains withIntents url keywords minusKeywords", "filters",
            $"cost:n~ position:i~1-100 concurrency:i~1-100 keyword_length:i difficulty:n~ traff:i region_queries_count:i~ region_queries_count_wide:i~ url_contains:s right_spelling:b {Texts(KeywordText, "s")} {Texts(BroadMatch, "s")} {Intents}",
            SerpstatSortStyle.FieldToOrder, DomainKeywordSort),
        new(DomainProcedure + "getCompetitors", "domain! se!", "filters", "visible:i~ traff:i~ minus_domains:a keywords:i~ relevance:i~", SerpstatSortStyle.FieldToOrder,
            "relevance visible keywords traff visible_dynamic keywords_dynamic traff_dynamic new_keywords ads_dynamic out_keywords rised_keywords down_keywords ad_keywords ads intersected new_relevance our_relevance"),
        new(DomainProcedure + "getAdKeywords", "domain! se! url keywords minusKeywords", "filters",
            "position:i~ queries:i~ region_queries_count:i~ region_queries_count_wide:i~ cost:n~ concurrency:i~ difficulty:i~ minus_url:s pm_url:s right_spelling:b misspelled:b",
            SerpstatSortStyle.FieldToOrder, "keyword_length position type cost concurrency found_results region_queries_count region_queries_count_wide types difficulty geo_names"),
        new(DomainProcedure + "exportPositions", "domain! se!", "filters", "right_spelling:b position_dynamic:e(new|rise|down)", SerpstatSortStyle.FieldToOrder, DomainKeywordSort),
        new(DomainProcedure + "getAdsCompetitors", "domain! se!", string.Empty, string.Empty, SerpstatSortStyle.FieldToOrder, "ads keywords intersected missing_keywords"),
        new(DomainProcedure + "getAllRegionsTraffic", "domain!", string.Empty, string.Empty, SerpstatSortStyle.Pair, "traff region country_name_en google_domain"),
        new(DomainProcedure + "getDomainUrls", "domain! se!", "filters", "url_prefix:s url_contain:s url_not_contain:s", SerpstatSortStyle.FieldToOrder, "keywords"),
        new(DomainProcedure + "getDomainsIntersection", "domains! se!", "filters",
            "right_spelling:b misspelled:b cost:n~ concurrency:i~ difficulty:i~ region_queries_count:i~ region_queries_count_wide:i~ keyword_length:i~ traff:i~ position:i~ keywords:a minus_keywords:a",
            SerpstatSortStyle.None, string.Empty),
        new(DomainProcedure + "getDomainsUniqKeywords", "domains! minusDomain! se!", "filters",
            "right_spelling:b misspelled:b keywords:a minus_keywords:a queries:i~ cost:n~ concurrency:i~ difficulty:i~ region_queries_count:i~ region_queries_count_wide:i~ keyword_length:i~ traff:i~ position:i~",
            SerpstatSortStyle.None, string.Empty),
        new(DomainProcedure + "getOrganicCompetitorsPage", "domain! se!", string.Empty, string.Empty, SerpstatSortStyle.FieldToOrder, "missing relevance visibility all common"),
        new(DomainProcedure + "getRegionsCount", "domain!", string.Empty, string.Empty, SerpstatSortStyle.Pair, "keywords_count db_name country_name_en google_domain"),
        new(DomainProcedure + "getTopUrls", "domain! se!", "filters", "url_prefix:s url_contain:s url_not_contain:s url:s minus_url:s pm_url:s", SerpstatSortStyle.FieldToOrder,
            "organic_keywords facebook_shares potential_traff"),

        // §7 keyword analysis
        new(KeywordProcedure + "getKeywordsInfo", "keywords! se! withIntents", "filters",
            $"cost:n~ concurrency:i~ found_results:i~ region_queries_count:i~ region_queries_count_wide:i~ {Intents} right_spelling:b minus_keywords:a",
            SerpstatSortStyle.FieldToOrder, "region_queries_count region_queries_count_wide cost concurrency found_results difficulty keyword"),
        new(KeywordProcedure + "getKeywords", "keyword! se! minusKeywords withIntents", "filters",
            $"cost:n~0-200 region_queries_count:i~0-100000000 keyword_length:i~ difficulty:i~0-100 concurrency:i~1-100 right_spelling:b {Texts(KeywordText, "a")} {Texts(BroadMatch, "a")} lang:s {Intents}",
            SerpstatSortStyle.FieldToOrder, "region_queries_count region_queries_count_wide cost concurrency found_results difficulty keyword_length keyword"),
        new(KeywordProcedure + "getSuggestions", "keyword! se!", "filters", "minus_keywords:a", SerpstatSortStyle.None, string.Empty),
        new(KeywordProcedure + "getRelatedKeywords", "keyword! se! withIntents", "filters",
            $"cost:n~ concurrency:i~1-100 keyword_length:i~ difficulty:i~ region_queries_count:i~ right_spelling:b {Texts(KeywordText, "a")} keyword_not_contain_one_of_copy:a {Texts(BroadMatch, "a")} weight:i~ geo_names:e(contain|not_contain) types:a {Intents}",
            SerpstatSortStyle.FieldToOrder, "weight region_queries_count cost concurrency difficulty keyword_length keyword"),
        new(KeywordProcedure + "getKeywordFullTop", "keyword! se!", string.Empty, string.Empty, SerpstatSortStyle.FieldToOrder,
            "position url_keywords_count domain_visibility domain_keywords_organic domain_keywords_ppc domain_top_10_keywords_count domain_sdr domain_in_urls_count domain_in_domains_count domain_out_urls_count domain_out_domains_count"),
        new(KeywordProcedure + "getCompetitors", "keyword! se!", "filters", "domain:a minus_domain:a visible:i~ traff:i~ relevance:i~ our_relevance:i~", SerpstatSortStyle.FieldToOrder,
            "relevance visible keywords traff visible_dynamic keywords_dynamic traff_dynamic new_keywords out_keywords rised_keywords down_keywords ad_keywords ads intersected our_relevance"),
        new(KeywordProcedure + "getAdKeywords", "keyword! se! domains! minusKeywords", "filter",
            "right_spelling:b minus_domain:a subdomain:a url:s types:a keyword_length:i~ region_queries_count:i~ region_queries_count_wide:i~ position:i~ cost:n~ concurrency:i~ difficulty:i~",
            SerpstatSortStyle.FieldToOrder, "keyword_length position type cost concurrency found_results region_queries_count region_queries_count_wide types difficulty geo_names"),
        new(KeywordProcedure + "getAdsCompetitors", "keyword! se!", string.Empty, string.Empty, SerpstatSortStyle.FieldToOrder, "ads all common"),
        new(KeywordProcedure + "getTopUrls", "keyword! se", string.Empty, string.Empty, SerpstatSortStyle.Pair, "keywords traff fbShares"),
        new(KeywordProcedure + "exportSuggestions", "keyword! se withQuestions", "filters",
            "difficulty:i~ cpc:n~ region_queries_count:i~ keyword:s keyword_length:i~ questions:a", SerpstatSortStyle.None, string.Empty),
        new(KeywordProcedure + "getKeywordTop", "keyword! se!", "filters", "top_size:i position:i~ url:s exact_url:s domain:s minus_domain:s subdomain:s", SerpstatSortStyle.None, string.Empty),
        new(KeywordProcedure + "exportKeywordsPhrase", "keyword! se", "filters", "difficulty:i~ cpc:n~ region_queries_count:i~ keyword_length:i~", SerpstatSortStyle.FieldToOrder,
            "region_queries_count cost concurrency difficulty keyword_length keyword"),

        // §8 URL analysis
        new(UrlProcedure + "getSummaryTraffic", "se! domain! urlContains! output_data", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(UrlProcedure + "getUrlCompetitors", "se! url!", string.Empty, string.Empty, SerpstatSortStyle.FieldToOrder, "cnt"),
        new(UrlProcedure + "getUrlKeywords", "se! url! withIntents", "filters",
            $"cost:n~ position:i~1-100 concurrency:i~1-100 keyword_length:i difficulty:n~0-100 traff:i region_queries_count:i~ region_queries_count_wide:i~ url_contains:s right_spelling:b {Texts(KeywordText, "s")} {Intents}",
            SerpstatSortStyle.FieldToOrder, "position difficulty cost"),
        new(UrlProcedure + "getUrlMissingKeywords", "url! se!", "filters",
            "region_queries_count:i~ region_queries_count_wide:i~ cost:n~ keyword:s minus_keywords:a concurrency:n~ weight:i~ right_spelling:b", SerpstatSortStyle.FieldToOrder, "weight"),

        // §9 backlinks: complexFilter fields as the reference lists them for backlinks, referring
        // domains and anchors; for the other lists, the fields they sort by (an assumption).
        new(BacklinksProcedure + "getSummary", "query! searchType", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getSummaryV2", "query! searchType", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getAnchors", "query! searchType", "complexFilter", "total:i refDomains:i nofollow:i anchor:s lastupdate:s", SerpstatSortStyle.Pair, "total refDomains nofollow anchor lastupdate"),
        new(BacklinksProcedure + "getTopAnchors", "query! searchType", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getIntersect", "query! intersect!", "complexFilter", "domain_rank:i links_count1:i links_count2:i links_count3:i", SerpstatSortStyle.Pair, "domain_rank links_count1 links_count2 links_count3"),
        new(BacklinksProcedure + "getIntersectSummary", "query! intersect!", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getDistributionSDR", "query! searchType", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getDistributionTLD", "query! searchType lang", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getBacklinksChangesHistory", "query! searchType", string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new(BacklinksProcedure + "getLostBacklinks", "query! searchType linkPerDomain", "complexFilter", LinkFields, SerpstatSortStyle.Pair, LinkSort),
        new(BacklinksProcedure + "getNewBacklinks", "query! searchType linkPerDomain", "complexFilter", LinkFields + " domain_rank:i", SerpstatSortStyle.Pair, LinkSort + " add domain_rank"),
        new(BacklinksProcedure + "getOutlinks", "query! searchType linkPerDomain", "complexFilter", LinkFields, SerpstatSortStyle.Pair, LinkSort),
        new(BacklinksProcedure + "getLostOutlinks", "query! searchType linkPerDomain", "complexFilter", LinkFields + " lastupdate:s", SerpstatSortStyle.Pair, "url_from anchor link_nofollow links_external link_type url_to lastupdate"),
        new(BacklinksProcedure + "getOutDomains", "query! searchType", "complexFilter", "domain_links:i domain_to:s domain_rank:i", SerpstatSortStyle.Pair, "domain_links domain_to domain_rank"),
        new(BacklinksProcedure + "getRefDomains", "query! searchType", "complexFilter", "domain_links:i domain_from:s domain_rank:i check:s", SerpstatSortStyle.Pair, "domain_links domain_from domain_rank check"),
        new(BacklinksProcedure + "getRedirectedDomains", "query!", "complexFilter", "domain:s domain_rank:i", SerpstatSortStyle.Pair, "domain domain_rank"),
        new(BacklinksProcedure + "getThreats", "query! searchType linkPerDomain", "complexFilter", ThreatFields, SerpstatSortStyle.Pair, ThreatSort),
        new(BacklinksProcedure + "getThreatsLinks", "query! searchType linkPerDomain", "complexFilter", ThreatLinkFields, SerpstatSortStyle.Pair, ThreatLinkSort),
        new(BacklinksProcedure + "getOutThreats", "query! searchType linkPerDomain", "complexFilter", ThreatFields, SerpstatSortStyle.Pair, ThreatSort),
        new(BacklinksProcedure + "getOutThreatsLinks", "query! searchType linkPerDomain", "complexFilter", ThreatLinkFields, SerpstatSortStyle.Pair, ThreatLinkSort),
        new(BacklinksProcedure + "getTopPages", "query! searchType", "complexFilter", "ips:i count:i domains:i url_to:s lastupdate:s", SerpstatSortStyle.Pair, "ips count domains url_to lastupdate"),

        // §10 credits
        new("SerpstatLimitsProcedure.getStats", string.Empty, string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new("SerpstatLimitsProcedure.getAuditStats", string.Empty, string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
        new("SerpstatPluginProcedure.stats", string.Empty, string.Empty, string.Empty, SerpstatSortStyle.None, string.Empty),
    }.ToDictionary(spec => spec.Method, StringComparer.Ordinal);

    private static string Texts(string names, string type) => string.Join(" ", names.Split(' ').Select(name => name + ":" + type));

    /// <summary>
    /// Reads "name:type[~][min-max]" tokens: i integer, n number, b boolean, s text, a list of
    /// text, I search intents, e(a|b) one of; ~ a range field (X, X_from, X_to).
    /// </summary>
    private static IEnumerable<FilterField> ParseFilters(string text)
    {
        foreach (var token in text.Split([' '], StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = token.IndexOf(':');
            var name = token.Substring(0, colon);
            var rest = token.Substring(colon + 1);
            var choices = Array.Empty<string>();
            FilterType type;
            if (rest.StartsWith("e(", StringComparison.Ordinal))
            {
                var close = rest.IndexOf(')');
                choices = rest.Substring(2, close - 2).Split('|');
                rest = rest.Substring(close + 1);
                type = FilterType.Choice;
            }
            else
            {
                type = rest[0] switch
                {
                    'i' => FilterType.Integer,
                    'n' => FilterType.Number,
                    'b' => FilterType.Boolean,
                    's' => FilterType.Text,
                    'a' => FilterType.TextList,
                    'I' => FilterType.Intents,
                    _ => throw new InvalidOperationException($"Unknown filter type in '{token}'."),
                };
                rest = rest.Substring(1);
            }

            var range = rest.StartsWith("~", StringComparison.Ordinal);
            rest = range ? rest.Substring(1) : rest;
            double? min = null, max = null;
            if (rest.Length > 0)
            {
                var dash = rest.IndexOf('-', 1);
                min = double.Parse(rest.Substring(0, dash), CultureInfo.InvariantCulture);
                max = double.Parse(rest.Substring(dash + 1), CultureInfo.InvariantCulture);
            }

            yield return new FilterField(name, type, range, min, max, choices);
        }
    }
}
