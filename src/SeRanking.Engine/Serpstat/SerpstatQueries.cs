using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Serpstat;

// What Serpstat's analysis methods take (§6–§8). One query per kind of subject (a domain or page,
// a keyword, several domains, several keywords); the operation names the method, whose spec
// (SerpstatMethodSpec) says which of the query's values it takes: a value it does not take is
// refused, naming the cmdlet's parameter, rather than sent. Property names are the cmdlets'.

/// <summary>What a Serpstat method about one domain, or one page, takes.</summary>
public sealed record SerpstatDomainQuery
{
    /// <summary>The domain (domain methods).</summary>
    public string? Domain { get; init; }

    /// <summary>The page (URL methods), or a page of the domain to keep to (getDomainKeywords, getAdKeywords).</summary>
    public string? Url { get; init; }

    /// <summary>The Serpstat database (g_us, g_uk…).</summary>
    public string? Database { get; init; }

    /// <summary>Count the domain's subdomains too (withSubdomains).</summary>
    public bool? WithSubdomains { get; init; }

    /// <summary>Add each keyword's search intents (withIntents).</summary>
    public bool? WithIntents { get; init; }

    /// <summary>The whole history rather than the last year (during_all_time).</summary>
    public bool? AllTime { get; init; }

    /// <summary>Only these keywords (keywords).</summary>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>Keywords to leave out, at most 50 (minusKeywords; filters.minus_keywords where the method takes it there).</summary>
    public IReadOnlyList<string>? MinusKeywords { get; init; }

    /// <summary>Competitor domains to leave out (filters.minus_domains).</summary>
    public IReadOnlyList<string>? MinusDomain { get; init; }

    /// <summary>Pages whose address starts with this (filters.url_prefix).</summary>
    public string? UrlPrefix { get; init; }

    /// <summary>Pages whose address contains this (filters.url_contain or url_contains; getSummaryTraffic's urlContains).</summary>
    public string? UrlContains { get; init; }

    /// <summary>Pages whose address does not contain this (filters.url_not_contain).</summary>
    public string? UrlNotContains { get; init; }

    /// <summary>The first and last dates of a history (filters.date_from, date_to).</summary>
    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>new, rise or down (exportPositions' filters.position_dynamic).</summary>
    public string? PositionChange { get; init; }

    /// <summary>The rows an export method exports (its size).</summary>
    public int? Rows { get; init; }

    /// <summary>traffic or keywords: the one figure getSummaryTraffic is asked for (output_data); both when null.</summary>
    public string? Output { get; init; }

    public SerpstatFilter? Filter { get; init; }

    /// <summary>The field to sort by, as the method names it.</summary>
    public string? SortBy { get; init; }

    /// <summary>asc or desc (the default with <see cref="SortBy"/>).</summary>
    public string? SortOrder { get; init; }

    /// <summary>The figures getSummaryTraffic is billed for: 1 or 2.</summary>
    internal long OutputCount => Output is null ? 2 : 1;

    /// <summary>What the rows answer: the page when one is the subject, else the domain.</summary>
    internal string Subject(SerpstatMethodSpec spec) =>
        spec.Takes("domain") ? SerpstatParams.Domain("Domain", Domain) : Operations.Check.Target("Url", Url, Batching.TargetKind.Url);

    internal void WriteTo(RequestWriter writer, string method)
    {
        var spec = SerpstatMethodSpec.Require(method);
        var domain = spec.Takes("domain") ? SerpstatParams.Domain("Domain", Domain) : Domain is null ? null : throw NotTaken("Domain", spec);
        var url = Url is null ? null : Operations.Check.Target("Url", Url, Batching.TargetKind.Url);
        writer.Target = spec.Requires("url") ? url : domain;
        var minus = SerpstatParams.MinusKeywords("MinusKeywords", MinusKeywords);
        var keywords = Keywords?.Select(k => SerpstatParams.Keyword("Keywords", k)).Distinct(StringComparer.Ordinal).ToList();
        writer.Put(spec, "domain", "Domain", domain)
            .Put(spec, "url", "Url", url)
            .Put(spec, "se", "Database", Database is null ? null : SerpstatParams.Database("Database", Database))
            .Put(spec, "urlContains", "UrlContains", spec.Takes("urlContains") ? Operations.Check.Required("UrlContains", UrlContains) : null)
            .Put(spec, "output_data", "Output", Output is null ? null : Operations.Check.OneOf("Output", Output, "traffic", "keywords"))
            .Put(spec, "withSubdomains", "WithSubdomains", WithSubdomains)
            .Put(spec, "withIntents", "WithIntents", WithIntents)
            .Put(spec, "during_all_time", "AllTime", AllTime)
            .Put(spec, "keywords", "Keywords", keywords)
            .Put(spec, "minusKeywords", "MinusKeywords", spec.Takes("minusKeywords") ? minus : null);
        Operations.Check.DateOrder("From", From, "To", To);
        writer.PutFilters(
            spec,
            Filter,
            ("MinusKeywords", "minus_keywords", spec.Takes("minusKeywords") ? null : minus?.Cast<object?>().ToList()),
            ("MinusDomain", "minus_domains", MinusDomain is { Count: > 0 } ? MinusDomain.Select(d => (object?)SerpstatParams.Domain("MinusDomain", d)).ToList() : null),
            ("UrlPrefix", "url_prefix", UrlPrefix?.Trim()),
            ("UrlContains", spec.Filter("url_contain") is not null ? "url_contain" : "url_contains", spec.Takes("urlContains") ? null : UrlContains?.Trim()),
            ("UrlNotContains", "url_not_contain", UrlNotContains?.Trim()),
            ("From", "date_from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("To", "date_to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("PositionChange", "position_dynamic", PositionChange))
            .PutSort(spec, SortBy, SortOrder);
    }

    internal static InvalidInputException NotTaken(string parameter, SerpstatMethodSpec spec) =>
        new(parameter, $"-{parameter} is not taken by {spec.Method}; leave it out.");
}

/// <summary>What a Serpstat method about one keyword takes.</summary>
public sealed record SerpstatKeywordQuery
{
    public string Keyword { get; init; } = string.Empty;

    /// <summary>The Serpstat database (g_us, g_uk…).</summary>
    public string? Database { get; init; }

    /// <summary>Keywords to leave out, at most 50 (minusKeywords; filters.minus_keywords where the method takes it there).</summary>
    public IReadOnlyList<string>? MinusKeywords { get; init; }

    /// <summary>Add each keyword's search intents (withIntents).</summary>
    public bool? WithIntents { get; init; }

    /// <summary>Add question forms to the suggestions (exportSuggestions' withQuestions).</summary>
    public bool? WithQuestions { get; init; }

    /// <summary>The advertisers whose ads to read (getAdKeywords' domains).</summary>
    public IReadOnlyList<string>? Domains { get; init; }

    /// <summary>Only results of these domains (filters.domain: a list in getCompetitors, one domain in getKeywordTop).</summary>
    public IReadOnlyList<string>? Domain { get; init; }

    /// <summary>Leave these domains out (filters.minus_domain, or filter.minus_domain).</summary>
    public IReadOnlyList<string>? MinusDomain { get; init; }

    public SerpstatFilter? Filter { get; init; }

    public string? SortBy { get; init; }

    public string? SortOrder { get; init; }

    /// <summary>The rows an export method exports (its size).</summary>
    public int? Rows { get; init; }

    /// <summary>The keyword as sent (trimmed, 1–100 characters).</summary>
    internal string KeywordSent => SerpstatParams.Keyword("Keyword", Keyword);

    internal void WriteTo(RequestWriter writer, string method)
    {
        var spec = SerpstatMethodSpec.Require(method);
        writer.Target = KeywordSent;
        var minus = SerpstatParams.MinusKeywords("MinusKeywords", MinusKeywords);
        var domainField = spec.Filter("domain");
        writer.Put(spec, "keyword", "Keyword", writer.Target)
            .Put(spec, "se", "Database", Database is null ? null : SerpstatParams.Database("Database", Database))
            .Put(spec, "domains", "Domains", Domains is { Count: > 0 } ? Domains.Select(d => SerpstatParams.Domain("Domains", d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList() : null)
            .Put(spec, "minusKeywords", "MinusKeywords", spec.Takes("minusKeywords") ? minus : null)
            .Put(spec, "withIntents", "WithIntents", WithIntents)
            .Put(spec, "withQuestions", "WithQuestions", WithQuestions);
        writer.PutFilters(
            spec,
            Filter,
            ("MinusKeywords", "minus_keywords", spec.Takes("minusKeywords") ? null : minus?.Cast<object?>().ToList()),
            ("Domain", "domain", Domain is { Count: > 0 } ? CheckedDomains(Domain, "Domain", domainField?.Type == FilterType.Text) : null),
            ("MinusDomain", "minus_domain", MinusDomain is { Count: > 0 } ? CheckedDomains(MinusDomain, "MinusDomain", spec.Filter("minus_domain")?.Type == FilterType.Text) : null))
            .PutSort(spec, SortBy, SortOrder);
    }

    /// <summary>Checked domains: a list, or the one domain a text field takes.</summary>
    private static object CheckedDomains(IReadOnlyList<string> domains, string parameter, bool one)
    {
        var list = domains.Select(d => SerpstatParams.Domain(parameter, d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return !one ? list.Cast<object?>().ToList()
            : list.Count == 1 ? list[0]
            : throw new InvalidInputException(parameter, $"-{parameter} takes one domain here; got {list.Count}.");
    }
}

/// <summary>What a Serpstat method about several domains at once takes (getDomainsInfo, getDomainsIntersection, getDomainsUniqKeywords).</summary>
public sealed record SerpstatDomainsQuery
{
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>The domain whose keywords to leave out (getDomainsUniqKeywords' minusDomain).</summary>
    public string? MinusDomain { get; init; }

    /// <summary>The Serpstat database (g_us, g_uk…).</summary>
    public string? Database { get; init; }

    /// <summary>Only these keywords (filters.keywords).</summary>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>Keywords to leave out, at most 50 (filters.minus_keywords).</summary>
    public IReadOnlyList<string>? MinusKeywords { get; init; }

    public SerpstatFilter? Filter { get; init; }

    /// <summary>The domains as sent, in order, each once.</summary>
    internal IReadOnlyList<string> DomainsSent => Domains.Select(d => SerpstatParams.Domain("Domain", d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    internal void WriteTo(RequestWriter writer, string method, int minDomains, int maxDomains)
    {
        var spec = SerpstatMethodSpec.Require(method);
        var domains = DomainsSent;
        if (domains.Count < minDomains || domains.Count > maxDomains)
        {
            throw new InvalidInputException(
                "Domain",
                minDomains == maxDomains || minDomains <= 1
                    ? $"{method} takes at most {maxDomains} domains in one call; got {domains.Count}."
                    : $"{method} compares {minDomains} to {maxDomains} domains; got {domains.Count}.");
        }

        writer.Target = string.Join(", ", domains);
        var minus = MinusDomain is null ? null : SerpstatParams.Domain("MinusDomain", MinusDomain);
        writer.Put(spec, "domains", "Domain", domains)
            .Put(spec, "minusDomain", "MinusDomain", minus)
            .Put(spec, "se", "Database", Database is null ? null : SerpstatParams.Database("Database", Database));
        writer.PutFilters(
            spec,
            Filter,
            ("Keywords", "keywords", Keywords is { Count: > 0 } ? Keywords.Select(k => (object?)SerpstatParams.Keyword("Keywords", k)).Distinct().ToList() : null),
            ("MinusKeywords", "minus_keywords", SerpstatParams.MinusKeywords("MinusKeywords", MinusKeywords)?.Cast<object?>().ToList()));
    }
}

/// <summary>What SerpstatKeywordProcedure.getKeywordsInfo takes: up to 1,000 keywords in one database.</summary>
public sealed record SerpstatKeywordsQuery
{
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The Serpstat database (g_us, g_uk…).</summary>
    public string? Database { get; init; }

    /// <summary>Add each keyword's search intents (withIntents).</summary>
    public bool? WithIntents { get; init; }

    public SerpstatFilter? Filter { get; init; }

    public string? SortBy { get; init; }

    public string? SortOrder { get; init; }

    internal void WriteTo(RequestWriter writer, string method, int maxKeywords)
    {
        var spec = SerpstatMethodSpec.Require(method);
        var keywords = Keywords.Select(k => SerpstatParams.Keyword("Keyword", k)).Distinct(StringComparer.Ordinal).ToList();
        Operations.Check.MaxCount("Keyword", keywords, maxKeywords, "keyword");
        writer.Target = keywords.Count == 1 ? keywords[0] : $"{keywords.Count:N0} keywords";
        writer.Put(spec, "keywords", "Keyword", keywords)
            .Put(spec, "se", "Database", Database is null ? null : SerpstatParams.Database("Database", Database))
            .Put(spec, "withIntents", "WithIntents", WithIntents)
            .PutFilters(spec, Filter)
            .PutSort(spec, SortBy, SortOrder);
    }
}
