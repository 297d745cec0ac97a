using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// The regional databases of the SE Ranking Data API (<c>source</c> codes), loaded once from
/// the embedded <c>regions.json</c>. Thread-safe.
/// </summary>
public static class RegionCatalogue
{
    private const string FileName = "regions.json";

    private static readonly Lazy<Loaded> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every region, countries in SE Ranking's order, then <c>worldwide</c>.</summary>
    public static IReadOnlyList<Region> All => Data.Value.Regions;

    /// <summary>
    /// Looks a code up, ignoring case and surrounding spaces. <c>gb</c> is accepted and
    /// reported as <c>uk</c>, the code SE Ranking uses, as SE Ranking's hosted MCP does.
    /// </summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out Region? region) =>
        Data.Value.Index.TryGet(code, out region);

    /// <summary>
    /// Tab completion: regions whose code starts with the word, then regions with a name word
    /// that starts with it ("Ger" → de Germany; "united" → ae, uk, us; "kingdom" → uk).
    /// </summary>
    /// <param name="wordToComplete">What the user typed so far; empty lists everything.</param>
    /// <param name="includeAggregate">False to leave out <c>worldwide</c> where it is not accepted.</param>
    public static IEnumerable<Region> Complete(string? wordToComplete, bool includeAggregate = true) =>
        Data.Value.Index.Complete(wordToComplete, r => includeAggregate || !r.IsAggregate);

    /// <summary>
    /// A message for a value that is not a region code here: names the value, says what is
    /// expected and offers the closest codes.
    /// </summary>
    /// <param name="given">The value the user gave.</param>
    /// <param name="allowAggregate">Whether the parameter accepts <c>worldwide</c>.</param>
    public static string DescribeInvalid(string? given, bool allowAggregate)
    {
        var shown = given?.Trim() ?? string.Empty;
        var expected = allowAggregate
            ? "Use a two-letter code such as us, uk, de, fr, or 'worldwide' for the global aggregate"
            : "Use a two-letter country code such as us, uk, de, fr ('worldwide' is not accepted here)";

        if (shown.Length == 0)
        {
            return $"No SE Ranking region code was given. {expected}.";
        }

        if (!allowAggregate && TryGet(shown, out var known) && known.IsAggregate)
        {
            return $"'{shown}' is the aggregated global database, which this command does not accept. "
                + "Use a two-letter country code such as us, uk, de, fr.";
        }

        var suggestions = new List<Region>();

        // A Serpstat database code (g_us) or a country name stands for a region code.
        if (shown.StartsWith("g_", StringComparison.OrdinalIgnoreCase) && TryGet(shown.Substring(2), out var fromSerpstat))
        {
            suggestions.Add(fromSerpstat);
        }

        suggestions.AddRange(Data.Value.Index.Suggest(shown, r => allowAggregate || !r.IsAggregate));
        var closest = string.Join(", ", suggestions.Distinct().Take(5).Select(r => r.ToString()));

        var message = $"'{shown}' is not a SE Ranking region code. {expected}.";
        return closest.Length == 0 ? message : $"{message} Closest matches: {closest}.";
    }

    private static Loaded Load()
    {
        var file = CatalogueResources.Load(FileName, CatalogueJsonContext.Default.RegionFile);
        var regions = (file.Regions ?? [])
            .Select(e => new Region(
                CatalogueResources.Required(e.Code, "a code", FileName),
                CatalogueResources.Required(e.Name, "a name", FileName),
                e.Aggregate))
            .ToArray();
        if (regions.Length == 0)
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' lists no regions.");
        }

        var index = new CodeNameIndex<Region>(regions, r => r.Code, r => r.Name, file.Aliases);
        return new Loaded(Array.AsReadOnly(regions), index);
    }

    private sealed class Loaded(IReadOnlyList<Region> regions, CodeNameIndex<Region> index)
    {
        public IReadOnlyList<Region> Regions { get; } = regions;

        public CodeNameIndex<Region> Index { get; } = index;
    }
}
