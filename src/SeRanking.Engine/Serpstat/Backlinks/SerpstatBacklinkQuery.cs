using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Serpstat.Backlinks;

/// <summary>What a Serpstat backlinks method takes (§9); the method's spec says which of these it takes.</summary>
public sealed record SerpstatBacklinkQuery
{
    /// <summary>The domain (or page) analysed (query).</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>domain or domain_with_subdomains (searchType; the default where the method takes it).</summary>
    public string? SearchType { get; init; }

    /// <summary>The domains whose donors are compared with the query's (getIntersect's intersect: 1 or 2).</summary>
    public IReadOnlyList<string>? Intersect { get; init; }

    /// <summary>en, ru, uk, de or se: the language of getDistributionTLD's country names (lang).</summary>
    public string? Language { get; init; }

    /// <summary>At most this many links from one domain (linkPerDomain).</summary>
    public long? LinkPerDomain { get; init; }

    public SerpstatLinkFilter? Filter { get; init; }

    public string? SortBy { get; init; }

    public string? SortOrder { get; init; }

    /// <summary>The query as sent: a domain, or a page's URL.</summary>
    internal string QuerySent => QueryOf(Query);

    internal void WriteTo(RequestWriter writer, string method)
    {
        var spec = SerpstatMethodSpec.Require(method);
        var query = QuerySent;
        writer.Target = query;
        var intersect = Intersect is { Count: > 0 }
            ? Intersect.Select(d => SerpstatParams.Domain("Intersect", d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : null;
        if (intersect is not null && intersect.Count > 2)
        {
            throw new InvalidInputException("Intersect", $"{method} compares the query with 1 or 2 other domains; got {intersect.Count}.");
        }

        writer.Put(spec, "query", "Query", query)
            .Put(spec, "searchType", "SearchType", spec.Takes("searchType") ? Check.OneOf("SearchType", SearchType ?? "domain_with_subdomains", "domain", "domain_with_subdomains") : SearchType is null ? null : throw SerpstatDomainQuery.NotTaken("SearchType", spec))
            .Put(spec, "intersect", "Intersect", intersect)
            .Put(spec, "lang", "Language", Language is null ? null : Check.OneOf("Language", Language, "en", "ru", "uk", "de", "se"))
            .Put(spec, "linkPerDomain", "LinkPerDomain", Check.Range("LinkPerDomain", LinkPerDomain, 1, 1000))
            .PutSort(spec, SortBy, SortOrder);
        SerpstatLinkFilter.Write(writer, spec, Filter);
    }

    /// <summary>A domain, or a URL when it has a scheme: both are checked by the module's target rules.</summary>
    internal static string QueryOf(string? value) =>
        value is not null && value.Contains("://")
            ? Check.Target("Query", value, Batching.TargetKind.Url)
            : SerpstatParams.Domain("Query", value);
}

/// <summary>
/// A backlinks <c>complexFilter</c>: the common conditions as plain values (link type, nofollow,
/// text a field contains, a Domain Rank range, Serpstat's additional flags) and <see cref="Raw"/>
/// for the rest. Every condition's field is checked against the method's allowed fields, its
/// compareType against Serpstat's operators; plain conditions join every OR-group of the raw ones.
/// </summary>
public sealed record SerpstatLinkFilter
{
    /// <summary>Serpstat's comparison operators.</summary>
    public static readonly string[] CompareTypes = ["gt", "lt", "gte", "lte", "eq", "neq", "between", "contains", "notContains", "startsWith", "endsWith"];

    /// <summary>Serpstat's additional_filters flags.</summary>
    public static readonly string[] Flags = ["no_subdomains", "only_main_page", "last_week", "only_subdomains", "only_hosts"];

    /// <summary>Serpstat's link types.</summary>
    public static readonly string[] LinkTypes = ["href", "image", "redirect", "frame", "rss", "alternate", "form", "canonical"];

    private static readonly string[] DomainFields = ["domain_from", "domain_to", "domain"];
    private static readonly string[] ConditionParts = ["field", "compareType", "value", "additional_filters"];

    /// <summary>Only links of these types (link_type eq).</summary>
    public IReadOnlyList<string>? LinkType { get; init; }

    /// <summary>True: only nofollow links; false: only dofollow ones (link_nofollow eq 1 or 0).</summary>
    public bool? Nofollow { get; init; }

    /// <summary>The linking page's address contains this (url_from contains).</summary>
    public string? UrlFromContains { get; init; }

    /// <summary>The linked page's address contains this (url_to contains).</summary>
    public string? UrlToContains { get; init; }

    /// <summary>The anchor contains this (anchor contains).</summary>
    public string? AnchorContains { get; init; }

    /// <summary>The listed domain contains this (domain_from, domain_to or domain, as the method names it).</summary>
    public string? DomainContains { get; init; }

    /// <summary>Serpstat Domain Rank at least (domain_rank gte).</summary>
    public double? DomainRankFrom { get; init; }

    /// <summary>Serpstat Domain Rank at most (domain_rank lte).</summary>
    public double? DomainRankTo { get; init; }

    /// <summary>additional_filters: no_subdomains, only_main_page, last_week, only_subdomains, only_hosts.</summary>
    public IReadOnlyList<string>? Flag { get; init; }

    /// <summary>
    /// Conditions by Serpstat's names, as given to -Filter: one condition (a list of name/value
    /// pairs: field, compareType, value; or additional_filters), a list of them (ANDed), or a list
    /// of such lists (ORed).
    /// </summary>
    public IReadOnlyList<object?>? Raw { get; init; }

    internal static void Write(RequestWriter writer, SerpstatMethodSpec spec, SerpstatLinkFilter? filter)
    {
        if (filter is null)
        {
            return;
        }

        var plain = filter.PlainConditions(spec).ToList();
        var groups = filter.RawGroups(spec);
        if (groups.Count == 0 && plain.Count == 0)
        {
            return;
        }

        if (spec.FilterParameter.Length == 0)
        {
            throw new InvalidInputException("Filter", $"{spec.Method} takes no filters; leave the filter parameters out.");
        }

        if (groups.Count == 0)
        {
            groups.Add([]);
        }

        writer.AddJson(spec.FilterParameter, groups.Select(group => (object?)group.Concat(plain).ToList()).ToList());
    }

    private IEnumerable<object?> PlainConditions(SerpstatMethodSpec spec)
    {
        if (LinkType is { Count: > 0 })
        {
            var types = LinkType.Select(t => (object?)Check.OneOf("LinkType", t, LinkTypes)).Distinct().ToList();
            yield return Condition(spec, "LinkType", "link_type", "eq", types);
        }

        if (Nofollow is { } nofollow)
        {
            yield return Condition(spec, "Nofollow", "link_nofollow", "eq", [nofollow ? 1L : 0L]);
        }

        if (UrlFromContains is not null)
        {
            yield return Condition(spec, "UrlFromContains", "url_from", "contains", [Check.Required("UrlFromContains", UrlFromContains)]);
        }

        if (UrlToContains is not null)
        {
            yield return Condition(spec, "UrlToContains", "url_to", "contains", [Check.Required("UrlToContains", UrlToContains)]);
        }

        if (AnchorContains is not null)
        {
            yield return Condition(spec, "AnchorContains", "anchor", "contains", [Check.Required("AnchorContains", AnchorContains)]);
        }

        if (DomainContains is not null)
        {
            var field = DomainFields.FirstOrDefault(name => spec.Filter(name) is not null) ?? "domain_from";
            yield return Condition(spec, "DomainContains", field, "contains", [Check.Required("DomainContains", DomainContains)]);
        }

        if (DomainRankFrom is not null || DomainRankTo is not null)
        {
            Check.Range("DomainRankFrom", DomainRankFrom, 0, 100);
            Check.Range("DomainRankTo", DomainRankTo, 0, 100);
            if (DomainRankFrom > DomainRankTo)
            {
                throw new InvalidInputException("DomainRankFrom", FormattableString.Invariant($"-DomainRankFrom ({DomainRankFrom}) is greater than -DomainRankTo ({DomainRankTo}); give the smaller value first."));
            }

            yield return DomainRankFrom is { } low && DomainRankTo is { } high
                ? Condition(spec, "DomainRankFrom", "domain_rank", "between", [(long)low, (long)high])
                : DomainRankFrom is { } from
                    ? Condition(spec, "DomainRankFrom", "domain_rank", "gte", [(long)from])
                    : Condition(spec, "DomainRankTo", "domain_rank", "lte", [(long)DomainRankTo!.Value]);
        }

        foreach (var flag in Flag ?? [])
        {
            yield return FlagCondition("Flag", flag);
        }
    }

    private List<List<object?>> RawGroups(SerpstatMethodSpec spec)
    {
        var groups = new List<List<object?>>();
        if (Raw is not { Count: > 0 })
        {
            return groups;
        }

        // A list of conditions (one AND-group), or a list of such lists (OR-groups).
        if (Raw.All(IsCondition))
        {
            groups.Add(Raw.Select(item => (object?)RawCondition(spec, item)).ToList());
        }
        else
        {
            foreach (var group in Raw)
            {
                groups.Add(IsCondition(group) ? [RawCondition(spec, group)]
                    : group is IEnumerable<object?> items ? items.Select(item => (object?)RawCondition(spec, item)).ToList()
                    : throw new InvalidInputException("Filter", "-Filter takes conditions (@{ field = …; compareType = …; value = … }): a list of them (all must hold), or a list of such lists (any list may hold)."));
            }
        }

        return groups;
    }

    private static bool IsCondition(object? value) => value is IEnumerable<KeyValuePair<string, object?>>;

    private static List<KeyValuePair<string, object?>> RawCondition(SerpstatMethodSpec spec, object? value)
    {
        var pairs = (value as IEnumerable<KeyValuePair<string, object?>>)?.ToList()
            ?? throw new InvalidInputException("Filter", "Each -Filter condition is a hashtable: @{ field = 'url_from'; compareType = 'contains'; value = 'blog' } or @{ additional_filters = 'only_main_page' }.");
        object? Get(string name) => pairs.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var unknown = pairs.Select(p => p.Key).FirstOrDefault(k => !ConditionParts.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
        {
            throw new InvalidInputException("Filter", $"'{unknown}' is not a part of a -Filter condition; give field, compareType and value, or additional_filters.");
        }

        if (Get("additional_filters") is { } flag)
        {
            return pairs.Count == 1
                ? FlagCondition("Filter", Convert.ToString(flag, CultureInfo.InvariantCulture))
                : throw new InvalidInputException("Filter", "A condition with additional_filters takes nothing else; give it as its own condition.");
        }

        var field = Convert.ToString(Get("field"), CultureInfo.InvariantCulture) ?? throw new InvalidInputException("Filter", "A -Filter condition has no field.");
        var compareType = Convert.ToString(Get("compareType"), CultureInfo.InvariantCulture)
            ?? throw new InvalidInputException("Filter", $"The -Filter condition on '{field}' has no compareType; use one of {string.Join(", ", CompareTypes)}.");
        var raw = Get("value") ?? throw new InvalidInputException("Filter", $"The -Filter condition on '{field}' has no value.");
        var values = raw is string ? [raw] : raw is IEnumerable<object?> many ? many.ToList() : [raw];
        return Condition(spec, "Filter", field, compareType, values);
    }

    private static List<KeyValuePair<string, object?>> Condition(SerpstatMethodSpec spec, string parameter, string field, string compareType, List<object?> values)
    {
        if (spec.Filter(field) is null)
        {
            var allowed = spec.FilterKeys.ToList();
            throw new InvalidInputException(
                parameter,
                allowed.Count == 0
                    ? $"{spec.Method} takes no filters; leave -{parameter} out."
                    : $"'{field}' (-{parameter}) is not a filter field of {spec.Method}; it takes: {string.Join(", ", allowed)}.");
        }

        var op = CompareTypes.FirstOrDefault(c => string.Equals(c, compareType, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException(parameter, $"'{compareType}' is not a compareType; use one of {string.Join(", ", CompareTypes)}.");
        if (values.Count == 0 || values.Any(v => v is null || (v is string text && text.Trim().Length == 0)))
        {
            throw new InvalidInputException(parameter, $"The condition on '{field}' has an empty value.");
        }

        if (op == "between" && values.Count != 2)
        {
            throw new InvalidInputException(parameter, $"between on '{field}' takes two values, the low and the high; got {values.Count}.");
        }

        return new List<KeyValuePair<string, object?>> { new("field", field), new("compareType", op), new("value", values) };
    }

    private static List<KeyValuePair<string, object?>> FlagCondition(string parameter, string? flag) =>
        new List<KeyValuePair<string, object?>> { new("additional_filters", Check.OneOf(parameter, flag, Flags)) };
}
