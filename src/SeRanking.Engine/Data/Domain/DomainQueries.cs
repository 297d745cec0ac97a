using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.Domain;

// What the domain-analysis operations take (§4). Each query checks itself while it writes its
// parameters, so nothing is sent that the API would surely refuse; property names are the
// cmdlets' parameter names, which the errors repeat.

/// <summary>What GET /v1/domain/overview/worldwide takes: one domain's totals over every country database.</summary>
public sealed record WorldwideOverviewQuery
{
    public string Domain { get; init; } = string.Empty;

    /// <summary>price, traffic, keywords (the API's default set), positions_diff, positions_tops.</summary>
    public IReadOnlyList<string>? Field { get; init; }

    /// <summary>ISO 4217 code of the money figures (the API's default: USD).</summary>
    public string? Currency { get; init; }

    /// <summary>Add one row per country database after the worldwide row (show_zones_list=1).</summary>
    public bool ByCountry { get; init; }

    /// <summary>Count subdomains too (the API's default).</summary>
    public bool WithSubdomains { get; init; } = true;

    /// <summary>The currency the money figures are in: the one asked for, else the API's default.</summary>
    internal string CurrencySent => Currency is null ? "USD" : DomainChecks.Currency(Currency);

    internal void WriteTo(RequestWriter writer)
    {
        writer.Target = Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Add("domain", writer.Target)
            .Add("currency", Currency is null ? null : DomainChecks.Currency(Currency))
            .AddList("fields", Check.EachOneOf("Field", Field, "price", "traffic", "keywords", "positions_diff", "positions_tops"))
            .Add("show_zones_list", ByCountry ? true : (bool?)null)
            .Add("with_subdomains", WithSubdomains);
    }
}

/// <summary>What GET /v1/domain/overview/worldwide/url takes: one page's worldwide totals.</summary>
public sealed record UrlWorldwideOverviewQuery
{
    /// <summary>A full URL with its scheme (https://example.com/page).</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>keywords, traffic, price.</summary>
    public IReadOnlyList<string>? Field { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        writer.Target = DomainChecks.FullUrl("Url", Url);
        writer.Add("url", writer.Target).AddList("fields", Check.EachOneOf("Field", Field, "keywords", "traffic", "price"));
    }
}

/// <summary>What GET /v1/domain/overview/history takes: the monthly history of a domain (or a page) in one database.</summary>
public sealed record DomainHistoryQuery
{
    /// <summary>The domain; left out when <see cref="Url"/> is given (its host is sent).</summary>
    public string? Domain { get; init; }

    /// <summary>One page instead of the whole domain.</summary>
    public string? Url { get; init; }

    public string Source { get; init; } = string.Empty;

    /// <summary>organic (the API's default) or adv.</summary>
    public string? Type { get; init; }

    public bool WithSubdomains { get; init; } = true;

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        var (domain, url) = DomainChecks.DomainOrUrl(Domain, Url, writer);
        writer.Add("source", source).Add("domain", domain).Add("url", url)
            .Add("type", DomainChecks.Type(Type))
            .Add("with_subdomains", WithSubdomains);
    }
}

/// <summary>What GET /v1/domain/keywords takes: the keywords a domain (or one page) ranks for, filtered and sorted.</summary>
public sealed record DomainKeywordQuery
{
    /// <summary>The domain; or give <see cref="Url"/> instead.</summary>
    public string? Domain { get; init; }

    /// <summary>One page's keywords instead of the whole domain's.</summary>
    public string? Url { get; init; }

    public string Source { get; init; } = string.Empty;

    /// <summary>organic (the API's default) or adv.</summary>
    public string? Type { get; init; }

    /// <summary>Count subdomains too (the API's default; sent as true/false on this endpoint).</summary>
    public bool WithSubdomains { get; init; } = true;

    /// <summary>traffic (the API's default), volume, position, cpc, competition, kei, difficulty, traffic_percent, price.</summary>
    public string? OrderBy { get; init; }

    /// <summary>asc or desc (the API's default).</summary>
    public string? OrderType { get; init; }

    /// <summary>Only these response columns (cols).</summary>
    public IReadOnlyList<string>? Column { get; init; }

    /// <summary>up, down, new, lost, diff or same (pos_change).</summary>
    public string? PositionChange { get; init; }

    /// <summary>With <see cref="Month"/>: a past monthly snapshot instead of the current data.</summary>
    public int? Year { get; init; }

    /// <summary>1–12, with <see cref="Year"/>.</summary>
    public int? Month { get; init; }

    public double? VolumeFrom { get; init; }

    public double? VolumeTo { get; init; }

    public double? DifficultyFrom { get; init; }

    public double? DifficultyTo { get; init; }

    /// <summary>Words in the keyword (filter[keyword_count]).</summary>
    public double? WordCountFrom { get; init; }

    public double? WordCountTo { get; init; }

    public double? CompetitionFrom { get; init; }

    public double? CompetitionTo { get; init; }

    public double? CpcFrom { get; init; }

    public double? CpcTo { get; init; }

    public double? TrafficFrom { get; init; }

    public double? TrafficTo { get; init; }

    public double? PositionFrom { get; init; }

    public double? PositionTo { get; init; }

    /// <summary>Characters in the keyword (filter[characters_count]).</summary>
    public double? CharacterCountFrom { get; init; }

    public double? CharacterCountTo { get; init; }

    public double? TrafficPercentFrom { get; init; }

    public double? TrafficPercentTo { get; init; }

    /// <summary>The keyword's traffic cost (filter[price]).</summary>
    public double? TrafficCostFrom { get; init; }

    public double? TrafficCostTo { get; init; }

    /// <summary>Search intents, any of: I, N, T, C, L (or informational, navigational, transactional, commercial, local).</summary>
    public IReadOnlyList<string>? Intent { get; init; }

    /// <summary>Keywords whose results page shows any of these SERP features.</summary>
    public IReadOnlyList<string>? SerpFeature { get; init; }

    /// <summary>Keywords where the domain is linked inside this SERP feature (filter[serp_features_2], with_link).</summary>
    public string? LinkedInSerpFeature { get; init; }

    /// <summary>Keywords where the domain is not linked inside this SERP feature (filter[serp_features_2], without_link).</summary>
    public string? NotLinkedInSerpFeature { get; init; }

    /// <summary>Text the keyword contains, case-sensitive (filter[keyword]).</summary>
    public string? KeywordContains { get; init; }

    /// <summary>The ranking URL's text filter (filter[url]): words it contains, or the JSON of §1.</summary>
    public IReadOnlyList<string>? UrlFilter { get; init; }

    /// <summary>Keywords matching any of these (filter[multi_keyword_included]): words contained, or the JSON of §1.</summary>
    public IReadOnlyList<string>? IncludeKeyword { get; init; }

    /// <summary>Keywords matching none of these (filter[multi_keyword_excluded]).</summary>
    public IReadOnlyList<string>? ExcludeKeyword { get; init; }

    /// <summary>The domain as stamped on the rows: the one given, else the page's host.</summary>
    internal string DomainOf => DomainChecks.DomainOf(Domain, Url);

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        Check.ExactlyOne("Domain", !string.IsNullOrWhiteSpace(Domain), "Url", Url is not null);
        var (domain, url) = DomainChecks.DomainOrUrl(Domain, Url, writer);
        writer.Add("source", source).Add("domain", domain).Add("url", url)
            .Add("type", DomainChecks.Type(Type))
            .Add("with_subdomains", WithSubdomains, asWords: true)
            .Add("order_field", Check.OneOf("OrderBy", OrderBy, "traffic", "volume", "position", "cpc", "competition", "kei", "difficulty", "traffic_percent", "price"))
            .Add("order_type", DomainChecks.OrderType(OrderType))
            .AddList("cols", Check.EachOneOf("Column", Column, DomainChecks.KeywordColumns))
            .Add("pos_change", Check.OneOf("PositionChange", PositionChange, "up", "down", "new", "lost", "diff", "same"));
        DomainChecks.Snapshot(Year, Month);
        writer.Add("year", (long?)Year).Add("month", (long?)Month);
        DomainChecks.Range(writer, "filter[volume]", "Volume", VolumeFrom, VolumeTo);
        DomainChecks.Range(writer, "filter[difficulty]", "Difficulty", DifficultyFrom, DifficultyTo, max: 100);
        DomainChecks.Range(writer, "filter[keyword_count]", "WordCount", WordCountFrom, WordCountTo, min: 1);
        DomainChecks.Range(writer, "filter[competition]", "Competition", CompetitionFrom, CompetitionTo, max: 1);
        DomainChecks.Range(writer, "filter[cpc]", "Cpc", CpcFrom, CpcTo);
        DomainChecks.Range(writer, "filter[traffic]", "Traffic", TrafficFrom, TrafficTo);
        DomainChecks.Range(writer, "filter[position]", "Position", PositionFrom, PositionTo, min: 1, max: 100);
        DomainChecks.Range(writer, "filter[characters_count]", "CharacterCount", CharacterCountFrom, CharacterCountTo, min: 1);
        DomainChecks.Range(writer, "filter[traffic_percent]", "TrafficPercent", TrafficPercentFrom, TrafficPercentTo, max: 100);
        DomainChecks.Range(writer, "filter[price]", "TrafficCost", TrafficCostFrom, TrafficCostTo);
        writer.AddList("filter[intents]", SearchIntents.Codes(nameof(Intent), Intent))
            .AddList("filter[serp_features]", Check.SerpFeatures("SerpFeature", SerpFeature));
        DomainChecks.SerpFeatureLink(writer, LinkedInSerpFeature, NotLinkedInSerpFeature);
        writer.Add("filter[keyword]", DomainChecks.Text("KeywordContains", KeywordContains))
            .Add("filter[url]", TextFilter.Render("UrlFilter", UrlFilter))
            .Add("filter[multi_keyword_included]", TextFilter.Render("IncludeKeyword", IncludeKeyword))
            .Add("filter[multi_keyword_excluded]", TextFilter.Render("ExcludeKeyword", ExcludeKeyword));
    }
}

/// <summary>
/// What GET /v1/domain/keywords/comparison takes: the keywords two domains (or two pages) share,
/// or with <see cref="Gap"/> those the first has and the second lacks.
/// </summary>
public sealed record KeywordComparisonQuery
{
    /// <summary>The first domain; or give <see cref="Url"/> instead.</summary>
    public string? Domain { get; init; }

    /// <summary>The first page, a full URL.</summary>
    public string? Url { get; init; }

    /// <summary>The second domain (or page, when <see cref="Url"/> is given): the same kind as the first.</summary>
    public string Compare { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>Keywords the first ranks for and the second does not (diff=1), instead of the common ones.</summary>
    public bool Gap { get; init; }

    public string? Type { get; init; }

    /// <summary>keyword (the API's default), volume, cpc, competition, difficulty, position, price, traffic.</summary>
    public string? OrderBy { get; init; }

    /// <summary>asc (the API's default) or desc.</summary>
    public string? OrderType { get; init; }

    public IReadOnlyList<string>? Column { get; init; }

    public double? VolumeFrom { get; init; }

    public double? VolumeTo { get; init; }

    public double? DifficultyFrom { get; init; }

    public double? DifficultyTo { get; init; }

    public double? CpcFrom { get; init; }

    public double? CpcTo { get; init; }

    public double? CompetitionFrom { get; init; }

    public double? CompetitionTo { get; init; }

    public IReadOnlyList<string>? Intent { get; init; }

    public IReadOnlyList<string>? SerpFeature { get; init; }

    public string? KeywordContains { get; init; }

    public IReadOnlyList<string>? IncludeKeyword { get; init; }

    public IReadOnlyList<string>? ExcludeKeyword { get; init; }

    /// <summary>The columns cols may name on this endpoint.</summary>
    internal static readonly string[] Columns =
    [
        "keyword", "volume", "cpc", "competition", "kei", "difficulty", "total_sites", "position", "url", "price", "traffic",
        "compare_position", "compare_url", "compare_price", "compare_traffic",
    ];

    internal string DomainOf => DomainChecks.DomainOf(Domain, Url);

    /// <summary>The second domain or page as sent.</summary>
    internal string CompareSent => Url is null ? Check.Target("Compare", Compare, TargetKind.Domain) : DomainChecks.FullUrl("Compare", Compare);

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        Check.ExactlyOne("Domain", !string.IsNullOrWhiteSpace(Domain), "Url", Url is not null);
        string? domain = null;
        string? url = null;
        string compare;
        if (Url is not null)
        {
            url = DomainChecks.FullUrl("Url", Url);
            compare = DomainChecks.FullUrl("Compare", Compare);
        }
        else
        {
            domain = Check.Target("Domain", Domain, TargetKind.Domain);
            compare = Check.Target("Compare", Compare, TargetKind.Domain);
        }

        writer.Target = $"{url ?? domain} vs {compare}";
        writer.Add("source", source).Add("domain", domain).Add("url", url).Add("compare", compare)
            .Add("diff", Gap ? true : (bool?)null)
            .Add("type", DomainChecks.Type(Type))
            .Add("order_field", Check.OneOf("OrderBy", OrderBy, "keyword", "volume", "cpc", "competition", "difficulty", "position", "price", "traffic"))
            .Add("order_type", DomainChecks.OrderType(OrderType))
            .AddList("cols", Check.EachOneOf("Column", Column, Columns));
        DomainChecks.Range(writer, "filter[volume]", "Volume", VolumeFrom, VolumeTo);
        DomainChecks.Range(writer, "filter[difficulty]", "Difficulty", DifficultyFrom, DifficultyTo, max: 100);
        DomainChecks.Range(writer, "filter[cpc]", "Cpc", CpcFrom, CpcTo);
        DomainChecks.Range(writer, "filter[competition]", "Competition", CompetitionFrom, CompetitionTo, max: 1);

        // One comma-separated value each: this endpoint refuses the array form filter[serp_features][]=.
        writer.AddList("filter[intents]", SearchIntents.Codes(nameof(Intent), Intent))
            .AddList("filter[serp_features]", Check.SerpFeatures("SerpFeature", SerpFeature))
            .Add("filter[keyword]", DomainChecks.Text("KeywordContains", KeywordContains))
            .Add("filter[multi_keyword_included]", TextFilter.Render("IncludeKeyword", IncludeKeyword))
            .Add("filter[multi_keyword_excluded]", TextFilter.Render("ExcludeKeyword", ExcludeKeyword));
    }
}

/// <summary>What GET /v1/domain/pages and GET /v1/domain/subdomains take: a domain's ranking pages or subdomains.</summary>
public sealed record DomainBreakdownQuery
{
    /// <summary>The root domain (target).</summary>
    public string Domain { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>base_domain (the domain with all its subdomains; the default here) or domain (the exact host).</summary>
    public string Scope { get; init; } = "base_domain";

    public string? Type { get; init; }

    /// <summary>keywords_count (the API's default), traffic_sum, traffic_percent, price_sum.</summary>
    public string? OrderBy { get; init; }

    /// <summary>asc or desc (the API's default).</summary>
    public string? OrderType { get; init; }

    /// <summary>The URL's (or host's) text filter (filter[domain_url]): words it contains, or the JSON of §1.</summary>
    public IReadOnlyList<string>? UrlFilter { get; init; }

    /// <summary>Share of the domain's traffic, in percent (filter[domain_traffic_percent]).</summary>
    public double? TrafficPercentFrom { get; init; }

    public double? TrafficPercentTo { get; init; }

    /// <summary>Keywords the page or subdomain ranks for (filter[keywords_count]).</summary>
    public double? KeywordCountFrom { get; init; }

    public double? KeywordCountTo { get; init; }

    /// <summary>filter[traffic_sum].</summary>
    public double? TrafficFrom { get; init; }

    public double? TrafficTo { get; init; }

    /// <summary>filter[price_sum].</summary>
    public double? TrafficCostFrom { get; init; }

    public double? TrafficCostTo { get; init; }

    internal string ScopeSent => Check.OneOf("Scope", Scope, "base_domain", "domain")!;

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        writer.Target = Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Add("target", writer.Target).Add("scope", ScopeSent).Add("source", source)
            .Add("type", DomainChecks.Type(Type))
            .Add("order_field", Check.OneOf("OrderBy", OrderBy, "keywords_count", "traffic_sum", "traffic_percent", "price_sum"))
            .Add("order_type", DomainChecks.OrderType(OrderType))
            .Add("filter[domain_url]", TextFilter.Render("UrlFilter", UrlFilter));
        DomainChecks.Range(writer, "filter[domain_traffic_percent]", "TrafficPercent", TrafficPercentFrom, TrafficPercentTo, max: 100);
        DomainChecks.Range(writer, "filter[keywords_count]", "KeywordCount", KeywordCountFrom, KeywordCountTo);
        DomainChecks.Range(writer, "filter[traffic_sum]", "Traffic", TrafficFrom, TrafficTo);
        DomainChecks.Range(writer, "filter[price_sum]", "TrafficCost", TrafficCostFrom, TrafficCostTo);
    }
}

/// <summary>What GET /v1/domain/ads takes: the paid ads of a domain, or the advertisers on a keyword, month by month.</summary>
public sealed record PaidAdQuery
{
    /// <summary>The advertiser; or give <see cref="Keyword"/> instead.</summary>
    public string? Domain { get; init; }

    /// <summary>The keyword whose advertisers to read.</summary>
    public string? Keyword { get; init; }

    public string Source { get; init; } = string.Empty;

    /// <summary>First month (the day is ignored; sent as YYYY-MM).</summary>
    public DateTime? From { get; init; }

    /// <summary>Last month.</summary>
    public DateTime? To { get; init; }

    internal void WriteTo(RequestWriter writer, bool byKeyword)
    {
        var source = Check.Source("Source", Source);
        var keywordGiven = !string.IsNullOrWhiteSpace(Keyword);
        Check.ExactlyOne("Domain", !string.IsNullOrWhiteSpace(Domain), "Keyword", keywordGiven);
        if (byKeyword != keywordGiven)
        {
            throw new InvalidInputException(byKeyword ? "Keyword" : "Domain", byKeyword ? "The advertisers of a keyword need -Keyword." : "The paid ads of a domain need -Domain.");
        }

        string? domain = null;
        string? keyword = null;
        if (byKeyword)
        {
            keyword = DomainChecks.Text("Keyword", Keyword);
        }
        else
        {
            domain = Check.Target("Domain", Domain, TargetKind.Domain);
        }

        var thisMonth = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(1); // a month of slack for zones ahead of UTC
        DomainChecks.MonthNotAfter("From", From, thisMonth);
        DomainChecks.MonthNotAfter("To", To, thisMonth);
        if (From is { } from && To is { } to && new DateTime(from.Year, from.Month, 1) > new DateTime(to.Year, to.Month, 1))
        {
            throw new InvalidInputException("From", $"-From ({from:yyyy-MM}) is after -To ({to:yyyy-MM}); give the earlier month first.");
        }

        writer.Target = domain ?? keyword;
        writer.Add("source", source).Add("domain", domain).Add("keyword", keyword)
            .Add("from", Check.Month(From)).Add("to", Check.Month(To));
    }
}

/// <summary>What GET /v1/domain/competitors takes.</summary>
public sealed record CompetitorQuery
{
    public string Domain { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>organic (the API's default) or adv.</summary>
    public string? Type { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        writer.Target = Check.Target("Domain", Domain, TargetKind.Domain);

        // Only these: the server refuses url and stats, which older sources still list (§4).
        writer.Add("source", source).Add("domain", writer.Target).Add("type", DomainChecks.Type(Type));
    }
}

/// <summary>The checks the domain queries share.</summary>
internal static class DomainChecks
{
    /// <summary>The columns cols may name on domain/keywords (current and historical spellings).</summary>
    internal static readonly string[] KeywordColumns =
    [
        "keyword", "position", "prev_pos", "previous_position", "volume", "cpc", "competition", "url", "difficulty", "kei", "total_sites",
        "traffic", "traffic_percent", "price", "block", "block_type", "block_position", "intents", "snippet_num", "snippets_count",
        "snippet_title", "snippet_description", "snippet_display_url",
    ];

    internal static string? Type(string? type) => Check.OneOf("Type", type, "organic", "adv");

    internal static string? OrderType(string? order) => Check.OneOf("OrderType", order, "asc", "desc");

    /// <summary>An ISO 4217 code: three letters, upper-cased.</summary>
    internal static string Currency(string currency)
    {
        var code = currency.Trim();
        if (code.Length != 3 || !code.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')))
        {
            throw new InvalidInputException("Currency", $"-Currency '{currency}' is not an ISO 4217 code; give three letters such as USD, EUR or GBP.");
        }

        return code.ToUpperInvariant();
    }

    /// <summary>A full URL: a page URL that names its scheme (the worldwide and comparison endpoints want it whole).</summary>
    internal static string FullUrl(string name, string? value)
    {
        var url = Check.Target(name, value, TargetKind.Url);
        if (url.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            throw new InvalidTargetException(value ?? string.Empty, $"The {name} '{url}' has no scheme; -{name} takes a full URL such as https://{url}.", name);
        }

        return url;
    }

    /// <summary>
    /// The domain and page to send when the API wants its domain even for a page: the domain
    /// given, else the page's host (the API reads the page and ignores the domain).
    /// </summary>
    internal static (string Domain, string? Url) DomainOrUrl(string? domain, string? url, RequestWriter writer)
    {
        var page = url is null ? null : Check.Target("Url", url, TargetKind.Url);
        var host = page is not null && string.IsNullOrWhiteSpace(domain) ? TargetRules.HostOf(page) : Check.Target("Domain", domain, TargetKind.Domain);
        writer.Target = page ?? host;
        return (host, page);
    }

    /// <summary>The domain a row is of: the one given, else the page's host.</summary>
    internal static string DomainOf(string? domain, string? url) =>
        string.IsNullOrWhiteSpace(domain) && url is not null ? TargetRules.HostOf(url) : Check.Target("Domain", domain, TargetKind.Domain);

    /// <summary>A text parameter that must not be blank.</summary>
    internal static string? Text(string name, string? value) => value is null ? null : Check.Required(name, value);

    /// <summary>A range filter <c>filter[x][from|to]</c>: each end within bounds, the smaller first.</summary>
    internal static void Range(RequestWriter writer, string filter, string name, double? from, double? to, double min = 0, double max = double.MaxValue)
    {
        Check.RangePair(name + "From", from, name + "To", to, min, max);
        writer.AddRange(filter, from, to);
    }

    /// <summary>filter[serp_features_2]: whether the domain is linked inside one SERP feature.</summary>
    internal static void SerpFeatureLink(RequestWriter writer, string? linked, string? notLinked)
    {
        if (linked is not null && notLinked is not null)
        {
            throw new InvalidInputException("LinkedInSerpFeature", "-LinkedInSerpFeature and -NotLinkedInSerpFeature cannot be given together; the API takes one SERP feature link filter.");
        }

        var (name, value, mode) = linked is not null ? ("LinkedInSerpFeature", linked, "with_link") : ("NotLinkedInSerpFeature", notLinked, "without_link");
        if (value is null)
        {
            return;
        }

        var feature = Check.SerpFeatures(name, [value]) ?? throw new InvalidInputException(name, $"-{name} is empty; give a SERP feature code such as sge.");
        writer.Add("filter[serp_features_2][mode]", mode).Add("filter[serp_features_2][value][0]", feature[0]);
    }

    /// <summary>A historical snapshot: year and month together, a month that has begun.</summary>
    internal static void Snapshot(int? year, int? month)
    {
        if (year is null != month is null)
        {
            var given = year is null ? "Month" : "Year";
            throw new InvalidInputException(given, "-Year and -Month select a past monthly snapshot together; give both, or neither for the current data.");
        }

        if (year is not { } y || month is not { } m)
        {
            return;
        }

        Check.Range("Month", m, 1, 12);
        Check.Range("Year", y, 2000, DateTime.UtcNow.Year + 1);
        MonthNotAfter("Month", new DateTime(y, m, 1), new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(1));
    }

    /// <summary>Refuses a month after <paramref name="latest"/>: the API has no data for it yet.</summary>
    internal static void MonthNotAfter(string name, DateTime? value, DateTime latest)
    {
        if (value is { } date && new DateTime(date.Year, date.Month, 1) > latest)
        {
            throw new InvalidInputException(name, $"-{name} ({date:yyyy-MM}) is a month that has not begun; the API has data up to the current month.");
        }
    }
}

/// <summary>
/// The text filters of §1 (<c>filter[multi_keyword_included]</c>, <c>filter[url]</c>…): a JSON array
/// of arrays, the outer one OR, each inner one AND, each condition
/// <c>{"type": "contains"|"begins"|"ends"|"exact", "value": "…"}</c>. Plain words are the short
/// form: each becomes its own "contains" alternative.
/// </summary>
internal static class TextFilter
{
    private static readonly string[] Types = ["contains", "begins", "ends", "exact"];

    /// <summary>The filter's JSON text, or null when none is given.</summary>
    internal static string? Render(string name, IReadOnlyList<string>? values)
    {
        var given = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
        if (given is not { Count: > 0 })
        {
            return values is { Count: > 0 } ? throw new InvalidInputException(name, $"-{name} is empty; give words, or the filter's JSON text.") : null;
        }

        if (given.Any(v => v.StartsWith("[", StringComparison.Ordinal)))
        {
            if (given.Count > 1)
            {
                throw new InvalidInputException(name, $"-{name} takes either words (each one an alternative) or one JSON filter text, not both.");
            }

            return Normalise(name, given[0]);
        }

        return Write(given.Select(word => new[] { ("contains", word) }));
    }

    private static string Normalise(string name, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException bad)
        {
            throw new InvalidInputException(name, $"-{name} is not valid JSON ({bad.Message}); give e.g. [[{{\"type\":\"contains\",\"value\":\"seo\"}}]].");
        }

        using (document)
        {
            var groups = new List<(string Type, string Value)[]>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
            {
                throw Shape(name, "the outer value must be a non-empty array of alternatives");
            }

            foreach (var group in root.EnumerateArray())
            {
                if (group.ValueKind != JsonValueKind.Array || group.GetArrayLength() == 0)
                {
                    throw Shape(name, "each alternative must be a non-empty array of conditions");
                }

                var conditions = new List<(string, string)>();
                foreach (var condition in group.EnumerateArray())
                {
                    if (condition.ValueKind != JsonValueKind.Object)
                    {
                        throw Shape(name, "each condition must be an object {\"type\": ..., \"value\": ...}");
                    }

                    string? type = null;
                    string? value = null;
                    foreach (var property in condition.EnumerateObject())
                    {
                        switch (property.Name)
                        {
                            case "type" when property.Value.ValueKind == JsonValueKind.String:
                                type = property.Value.GetString();
                                break;
                            case "value" when property.Value.ValueKind == JsonValueKind.String:
                                value = property.Value.GetString();
                                break;
                            default:
                                throw Shape(name, $"a condition holds '{property.Name}'; it takes a text \"type\" and a text \"value\" only");
                        }
                    }

                    var known = Types.FirstOrDefault(t => string.Equals(t, type, StringComparison.Ordinal))
                        ?? throw Shape(name, $"a condition's type is '{type}'; use {string.Join(", ", Types)}");
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        throw Shape(name, "a condition's value is empty");
                    }

                    conditions.Add((known, value!));
                }

                groups.Add(conditions.ToArray());
            }

            return Write(groups);
        }
    }

    private static InvalidInputException Shape(string name, string what) =>
        new(name, $"-{name}: {what}. The filter is a JSON array of alternatives, each an array of conditions such as [[{{\"type\":\"contains\",\"value\":\"seo\"}},{{\"type\":\"contains\",\"value\":\"tools\"}}],[{{\"type\":\"exact\",\"value\":\"seranking\"}}]].");

    private static string Write(IEnumerable<(string Type, string Value)[]> groups)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var group in groups)
            {
                json.WriteStartArray();
                foreach (var (type, value) in group)
                {
                    json.WriteStartObject();
                    json.WriteString("type", type);
                    json.WriteString("value", value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
