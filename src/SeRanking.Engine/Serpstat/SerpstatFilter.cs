using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Serpstat;

/// <summary>
/// The filters of a Serpstat list: the common ones as plain values (a range's two ends, intents,
/// text a keyword contains), and <see cref="Raw"/> for every other field the method takes. Written
/// into the method's <c>filters</c> object, each field checked against what the method allows.
/// </summary>
public sealed record SerpstatFilter
{
    /// <summary>Monthly searches in the database (region_queries_count).</summary>
    public double? VolumeFrom { get; init; }

    public double? VolumeTo { get; init; }

    /// <summary>Cost per click in USD (cost; cpc in the exports).</summary>
    public double? CpcFrom { get; init; }

    public double? CpcTo { get; init; }

    /// <summary>Keyword difficulty, 0–100.</summary>
    public double? DifficultyFrom { get; init; }

    public double? DifficultyTo { get; init; }

    /// <summary>Paid competition, 0–100 (concurrency).</summary>
    public double? CompetitionFrom { get; init; }

    public double? CompetitionTo { get; init; }

    /// <summary>Position in the results, 1–100.</summary>
    public double? PositionFrom { get; init; }

    public double? PositionTo { get; init; }

    /// <summary>Estimated traffic (traff).</summary>
    public double? TrafficFrom { get; init; }

    public double? TrafficTo { get; init; }

    /// <summary>Words in the keyword (keyword_length).</summary>
    public double? WordCountFrom { get; init; }

    public double? WordCountTo { get; init; }

    /// <summary>Search intents a keyword has: informational, navigational, commercial, transactional (intents_contain).</summary>
    public IReadOnlyList<string>? Intent { get; init; }

    /// <summary>Search intents a keyword does not have (intents_not_contain).</summary>
    public IReadOnlyList<string>? ExcludeIntent { get; init; }

    /// <summary>Text the keyword contains (keyword_contain).</summary>
    public IReadOnlyList<string>? Contains { get; init; }

    /// <summary>Text the keyword does not contain (keyword_not_contain).</summary>
    public IReadOnlyList<string>? NotContains { get; init; }

    /// <summary>Only correctly spelt keywords (right_spelling).</summary>
    public bool? RightSpelling { get; init; }

    /// <summary>Any other field of the method's filter object, by the API's name (X, X_from, X_to…), as given to -Filter.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>>? Raw { get; init; }

    /// <summary>Whether nothing is set.</summary>
    public bool IsEmpty => Fields().All(f => f.Value is null) && Raw is not { Count: > 0 };

    /// <summary>The plain values: cmdlet parameter, the field names it may be sent as (the first the method takes), the value.</summary>
    internal IEnumerable<(string Parameter, string[] Names, object? Value)> Fields()
    {
        yield return (nameof(VolumeFrom), ["region_queries_count_from"], VolumeFrom);
        yield return (nameof(VolumeTo), ["region_queries_count_to"], VolumeTo);
        yield return (nameof(CpcFrom), ["cost_from", "cpc_from"], CpcFrom);
        yield return (nameof(CpcTo), ["cost_to", "cpc_to"], CpcTo);
        yield return (nameof(DifficultyFrom), ["difficulty_from"], DifficultyFrom);
        yield return (nameof(DifficultyTo), ["difficulty_to"], DifficultyTo);
        yield return (nameof(CompetitionFrom), ["concurrency_from"], CompetitionFrom);
        yield return (nameof(CompetitionTo), ["concurrency_to"], CompetitionTo);
        yield return (nameof(PositionFrom), ["position_from"], PositionFrom);
        yield return (nameof(PositionTo), ["position_to"], PositionTo);
        yield return (nameof(TrafficFrom), ["traff_from"], TrafficFrom);
        yield return (nameof(TrafficTo), ["traff_to"], TrafficTo);
        yield return (nameof(WordCountFrom), ["keyword_length_from"], WordCountFrom);
        yield return (nameof(WordCountTo), ["keyword_length_to"], WordCountTo);
        yield return (nameof(Intent), ["intents_contain"], Intent is { Count: > 0 } ? Intent.Cast<object?>().ToList() : null);
        yield return (nameof(ExcludeIntent), ["intents_not_contain"], ExcludeIntent is { Count: > 0 } ? ExcludeIntent.Cast<object?>().ToList() : null);
        yield return (nameof(Contains), ["keyword_contain"], Contains is { Count: > 0 } ? Contains.Cast<object?>().ToList() : null);
        yield return (nameof(NotContains), ["keyword_not_contain"], NotContains is { Count: > 0 } ? NotContains.Cast<object?>().ToList() : null);
        yield return (nameof(RightSpelling), ["right_spelling"], RightSpelling);
    }
}

/// <summary>How Serpstat queries write what every method shares: the database, filters, sort order, and parameters checked against the method's spec.</summary>
internal static class SerpstatParams
{
    /// <summary>The most words a minusKeywords list takes (the official MCP's bound).</summary>
    public const int MaxMinusKeywords = 50;

    /// <summary>The longest keyword Serpstat takes (the official MCP's bound).</summary>
    public const int MaxKeywordLength = 100;

    /// <summary>The shortest and longest domain names Serpstat takes (the official MCP's bounds).</summary>
    public const int MinDomainLength = 4;

    public static readonly string[] IntentNames = ["informational", "navigational", "commercial", "transactional"];

    /// <summary>A database code from the catalogue (g_us, g_uk…), lower-cased; refused with the closest codes.</summary>
    public static string Database(string name, string? value) =>
        Catalogues.SerpstatDatabaseCatalogue.TryGet(value, out var database)
            ? database.Code
            : throw new InvalidInputException(name, Catalogues.SerpstatDatabaseCatalogue.DescribeInvalid(value));

    /// <summary>A domain or host, checked by the module's rules and Serpstat's length bounds (4–253).</summary>
    public static string Domain(string name, string? value)
    {
        var domain = Check.Target(name, value, Batching.TargetKind.Domain);
        return domain.Length < MinDomainLength
            ? throw new InvalidInputException(name, $"The {name} '{domain}' is {domain.Length} characters long; Serpstat takes domain names of {MinDomainLength} to 253 characters.")
            : domain;
    }

    /// <summary>A keyword of 1–100 characters.</summary>
    public static string Keyword(string name, string? value) => Data.Keywords.KeywordRules.Validate(value, name, MaxKeywordLength);

    /// <summary>Keywords to leave out: at most 50, each a keyword.</summary>
    public static IReadOnlyList<string>? MinusKeywords(string name, IReadOnlyList<string>? values)
    {
        if (values is not { Count: > 0 })
        {
            return null;
        }

        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Keyword(name, v)).Distinct(StringComparer.Ordinal).ToList();
        return Check.MaxCount(name, list, MaxMinusKeywords, "keyword");
    }

    /// <summary>Writes a top-level parameter, refusing one the method does not take (naming the cmdlet's parameter).</summary>
    public static RequestWriter Put(this RequestWriter writer, SerpstatMethodSpec spec, string apiName, string parameter, object? value)
    {
        if (value is null || value is IReadOnlyCollection<string> { Count: 0 })
        {
            return spec.Requires(apiName) ? throw new InvalidInputException(parameter, $"-{parameter} is required by {spec.Method}.") : writer;
        }

        if (!spec.Takes(apiName))
        {
            throw new InvalidInputException(parameter, $"-{parameter} is not taken by {spec.Method}; leave it out.");
        }

        return value switch
        {
            string text => writer.Add(apiName, text),
            bool flag => writer.Add(apiName, flag, asWords: true),
            long number => writer.Add(apiName, number),
            int number => writer.Add(apiName, (long)number),
            double number => writer.Add(apiName, number),
            IEnumerable<string> items => writer.AddList(apiName, items),
            _ => writer.AddJson(apiName, value),
        };
    }

    /// <summary>
    /// Writes the method's filter object from <paramref name="filter"/> and the query's own
    /// <paramref name="fields"/> (by the API's names), each checked against the method's spec:
    /// a field it does not take, a wrong type or an out-of-range value is refused naming the
    /// parameter it came from.
    /// </summary>
    public static RequestWriter PutFilters(this RequestWriter writer, SerpstatMethodSpec spec, SerpstatFilter? filter, params (string Parameter, string Name, object? Value)[] fields)
    {
        var written = new List<KeyValuePair<string, object?>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string parameter, string key, object? value)
        {
            if (value is null)
            {
                return;
            }

            var field = spec.Filter(key) ?? throw new InvalidInputException(
                parameter,
                spec.FilterParameter.Length == 0
                    ? $"{spec.Method} takes no filters; leave -{parameter} out."
                    : $"'{key}' (-{parameter}) is not a filter of {spec.Method}; it takes: {string.Join(", ", spec.FilterKeys)}.");
            if (!seen.Add(key))
            {
                throw new InvalidInputException(parameter, $"The filter '{key}' is given twice (-{parameter} and another parameter); give it once.");
            }

            written.Add(new(key, Checked(parameter, key, field, value)));
        }

        foreach (var (parameter, names, value) in filter?.Fields() ?? [])
        {
            if (value is null)
            {
                continue;
            }

            var name = names.FirstOrDefault(n => spec.Filter(n) is not null) ?? names[0];
            Add(parameter, name, value);
        }

        foreach (var (parameter, name, value) in fields)
        {
            Add(parameter, name, value);
        }

        foreach (var pair in filter?.Raw ?? [])
        {
            Add("Filter", pair.Key, pair.Value ?? throw new InvalidInputException("Filter", $"The filter '{pair.Key}' has no value."));
        }

        CheckRanges(written, spec);
        return written.Count == 0 ? writer : writer.AddJson(spec.FilterParameter, written);
    }

    /// <summary>Writes the sort order: <c>{"field": "desc"}</c> or <c>sort</c> and <c>order</c>, as the method takes it.</summary>
    public static RequestWriter PutSort(this RequestWriter writer, SerpstatMethodSpec spec, string? sortBy, string? order)
    {
        if (sortBy is null)
        {
            if (order is not null)
            {
                throw new InvalidInputException("SortOrder", "-SortOrder needs -SortBy: give the field to sort by.");
            }

            return writer;
        }

        if (spec.SortStyle == SerpstatSortStyle.None)
        {
            throw new InvalidInputException("SortBy", $"{spec.Method} takes no sort order; leave -SortBy out.");
        }

        var field = spec.SortKeys.Count == 0 ? Check.Required("SortBy", sortBy) : Check.OneOf("SortBy", sortBy, [.. spec.SortKeys])!;
        var direction = Check.OneOf("SortOrder", order ?? "desc", "asc", "desc")!;
        return spec.SortStyle == SerpstatSortStyle.FieldToOrder
            ? writer.AddJson("sort", new List<KeyValuePair<string, object?>> { new(field, direction) })
            : writer.Add("sort", field).Add("order", direction);
    }

    /// <summary>Search intents by name (or I, N, C, T), as Serpstat spells them.</summary>
    public static List<object?> Intents(string parameter, IEnumerable<object?> values)
    {
        var intents = new List<object?>();
        foreach (var value in values)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
            var name = IntentNames.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)
                || (text.Length == 1 && char.ToLowerInvariant(text[0]) == n[0] && text is not ("L" or "l")))
                ?? throw new InvalidInputException(parameter, $"-{parameter} '{text}' is not a Serpstat search intent; use informational, navigational, commercial or transactional.");
            if (!intents.Contains(name))
            {
                intents.Add(name);
            }
        }

        return intents;
    }

    private static object Checked(string parameter, string key, FilterField field, object value)
    {
        string Wrong(string what) => $"The filter '{key}' (-{parameter}) takes {what}; got '{Show(value)}'.";
        switch (field.Type)
        {
            case FilterType.Integer:
            case FilterType.Number:
                var number = AsNumber(value) ?? throw new InvalidInputException(parameter, Wrong(field.Type == FilterType.Integer ? "a whole number" : "a number"));
                if (field.Type == FilterType.Integer && Math.Abs(number - Math.Round(number)) > 0)
                {
                    throw new InvalidInputException(parameter, Wrong("a whole number"));
                }

                if ((field.Min is { } min && number < min) || (field.Max is { } max && number > max))
                {
                    throw new InvalidInputException(parameter, FormattableString.Invariant($"The filter '{key}' (-{parameter}) must be between {field.Min:N0} and {field.Max:N0}; got {number}."));
                }

                return field.Type == FilterType.Integer ? (object)(long)Math.Round(number) : number;
            case FilterType.Boolean:
                return value is bool flag ? flag : throw new InvalidInputException(parameter, Wrong("$true or $false"));
            case FilterType.Text:
                return value switch
                {
                    string text when text.Trim().Length > 0 => text.Trim(),
                    IEnumerable<object?> { } items when items.Count() == 1 && items.First() is string one && one.Trim().Length > 0 => one.Trim(),
                    _ => throw new InvalidInputException(parameter, Wrong("one text")),
                };
            case FilterType.TextList:
                var list = (value is string single ? [single] : value as IEnumerable<object?> ?? throw new InvalidInputException(parameter, Wrong("a list of text")))
                    .Select(item => item as string ?? throw new InvalidInputException(parameter, Wrong("a list of text")))
                    .Where(item => item.Trim().Length > 0)
                    .Select(item => (object?)item.Trim())
                    .ToList();
                return list.Count > 0 ? list : throw new InvalidInputException(parameter, Wrong("a list of text"));
            case FilterType.Intents:
                return Intents(parameter, value is string oneIntent ? [oneIntent] : value as IEnumerable<object?> ?? throw new InvalidInputException(parameter, Wrong("a list of intents")));
            default:
                return Check.OneOf(parameter, value as string ?? Show(value), [.. field.Choices])!;
        }
    }

    /// <summary>A range's two ends in order (X_from not above X_to).</summary>
    private static void CheckRanges(List<KeyValuePair<string, object?>> written, SerpstatMethodSpec spec)
    {
        foreach (var from in written.Where(p => p.Key.EndsWith("_from", StringComparison.Ordinal)))
        {
            var name = from.Key.Substring(0, from.Key.Length - 5);
            var to = written.FirstOrDefault(p => p.Key == name + "_to");
            if (to.Key is not null && AsNumber(from.Value) is { } low && AsNumber(to.Value) is { } high && low > high)
            {
                throw new InvalidInputException("Filter", FormattableString.Invariant($"The filter '{from.Key}' ({low}) is greater than '{to.Key}' ({high}) in {spec.Method}; give the smaller value first."));
            }
        }
    }

    private static double? AsNumber(object? value) => value switch
    {
        long whole => whole,
        int whole => whole,
        double real when !double.IsNaN(real) && !double.IsInfinity(real) => real,
        decimal exact => (double)exact,
        _ => null,
    };

    private static string Show(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable<object?> items => string.Join(", ", items.Select(Show)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
