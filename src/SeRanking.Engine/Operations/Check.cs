using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Operations;

/// <summary>
/// The local checks queries make before anything is sent. Each refuses with an
/// <see cref="InvalidInputException"/> that names the parameter as the cmdlet spells it
/// (<c>-Limit</c>) and says what is allowed.
/// </summary>
public static class Check
{
    public static string Required(string name, string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? throw new InvalidInputException(name, $"-{name} is required and was empty.") : text!;
    }

    public static long? Range(string name, long? value, long min, long max) =>
        value is { } number && (number < min || number > max)
            ? throw new InvalidInputException(name, FormattableString.Invariant($"-{name} must be between {min:N0} and {max:N0}; got {number:N0}."))
            : value;

    public static double? Range(string name, double? value, double min, double max) =>
        value is { } number && (double.IsNaN(number) || number < min || number > max)
            ? throw new InvalidInputException(name, FormattableString.Invariant($"-{name} must be between {min} and {max}; got {number}."))
            : value;

    /// <summary>A range filter's two ends: each within bounds, the first not above the second.</summary>
    public static void RangePair(string fromName, double? from, string toName, double? to, double min = double.MinValue, double max = double.MaxValue)
    {
        Range(fromName, from, min, max);
        Range(toName, to, min, max);
        if (from is { } low && to is { } high && low > high)
        {
            throw new InvalidInputException(fromName, FormattableString.Invariant($"-{fromName} ({low}) is greater than -{toName} ({high}); give the smaller value first."));
        }
    }

    /// <summary>One of <paramref name="allowed"/> (any case), returned as the API spells it.</summary>
    public static string? OneOf(string name, string? value, params string[] allowed)
    {
        if (value is null)
        {
            return null;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return match ?? throw new InvalidInputException(name, $"-{name} '{value}' is not allowed; use one of: {string.Join(", ", allowed)}.");
    }

    /// <summary>Each of <paramref name="values"/> one of <paramref name="allowed"/>; null when none given.</summary>
    public static IReadOnlyList<string>? EachOneOf(string name, IEnumerable<string>? values, params string[] allowed)
    {
        var list = values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => OneOf(name, v, allowed)!).Distinct(StringComparer.Ordinal).ToList();
        return list is { Count: > 0 } ? list : null;
    }

    /// <summary>At most <paramref name="max"/> items.</summary>
    public static IReadOnlyList<T> MaxCount<T>(string name, IReadOnlyList<T> items, int max, string unit)
    {
        if (items.Count > max)
        {
            throw new InvalidInputException(name, FormattableString.Invariant($"-{name} holds {items.Count:N0} {unit}s; the API takes at most {max:N0} in one call."));
        }

        return items;
    }

    /// <summary>Exactly one of two parameters given.</summary>
    public static void ExactlyOne(string first, bool firstGiven, string second, bool secondGiven)
    {
        if (firstGiven == secondGiven)
        {
            throw new InvalidInputException(
                first,
                firstGiven
                    ? $"-{first} and -{second} cannot be given together; give one of them."
                    : $"Give -{first} or -{second}.");
        }
    }

    /// <summary>A domain, host or URL, checked by <see cref="TargetRules"/>.</summary>
    public static string Target(string name, string? value, TargetKind kind = TargetKind.Any) => TargetRules.Validate(value, kind, name);

    /// <summary>A regional database code from the catalogue, lower-cased.</summary>
    public static string Source(string name, string? value, bool allowWorldwide = false)
    {
        if (RegionCatalogue.TryGet(value, out var region) && (allowWorldwide || !region.IsAggregate))
        {
            return region.Code;
        }

        throw new InvalidInputException(name, RegionCatalogue.DescribeInvalid(value, allowWorldwide));
    }

    /// <summary>SERP feature codes from the catalogue.</summary>
    public static IReadOnlyList<string>? SerpFeatures(string name, IEnumerable<string>? values)
    {
        var list = new List<string>();
        foreach (var value in values ?? [])
        {
            if (!SerpFeatureCatalogue.TryGet(value, out var feature))
            {
                throw new InvalidInputException(name, SerpFeatureCatalogue.DescribeInvalid(value));
            }

            list.Add(feature.Code);
        }

        return list.Count > 0 ? list.Distinct(StringComparer.Ordinal).ToList() : null;
    }

    /// <summary>A month as <c>YYYY-MM</c> from a date (the day is ignored).</summary>
    public static string? Month(DateTime? value) => value?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Two dates in order.</summary>
    public static void DateOrder(string fromName, DateTime? from, string toName, DateTime? to)
    {
        if (from is { } start && to is { } end && start.Date > end.Date)
        {
            throw new InvalidInputException(fromName, $"-{fromName} ({start:yyyy-MM-dd}) is after -{toName} ({end:yyyy-MM-dd}); give the earlier date first.");
        }
    }

    /// <summary>A date not in the future (history endpoints know nothing after today).</summary>
    public static DateTime? NotFuture(string name, DateTime? value, DateTime today)
    {
        if (value is { } date && date.Date > today.Date)
        {
            throw new InvalidInputException(name, $"-{name} ({date:yyyy-MM-dd}) is in the future; the API's history ends today.");
        }

        return value;
    }
}
