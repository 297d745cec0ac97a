using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// The SERP feature codes of the SE Ranking Data API, loaded once from the embedded
/// <c>serp-features.json</c>. Thread-safe.
/// </summary>
public static class SerpFeatureCatalogue
{
    private const string FileName = "serp-features.json";

    private static readonly Lazy<Loaded> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Regex Separators = new("[\\s\\-]+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Every SERP feature, in SE Ranking's order.</summary>
    public static IReadOnlyList<SerpFeature> All => Data.Value.Features;

    /// <summary>
    /// Looks a code up, ignoring case; spaces and hyphens count as underscores, so the
    /// feature's name also works ("Featured Snippets" → <c>featured_snippets</c>).
    /// </summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out SerpFeature? feature)
    {
        feature = null;
        if (code is null)
        {
            return false;
        }

        var index = Data.Value.Index;
        return index.TryGet(code, out feature) || index.TryGet(Separators.Replace(code.Trim(), "_"), out feature);
    }

    /// <summary>Tab completion: features whose code starts with the word, then those with a name word that does.</summary>
    public static IEnumerable<SerpFeature> Complete(string? wordToComplete) =>
        Data.Value.Index.Complete(wordToComplete, _ => true);

    /// <summary>A message for a value that is not a SERP feature code: names it and offers the closest codes.</summary>
    public static string DescribeInvalid(string? given)
    {
        var shown = given?.Trim() ?? string.Empty;
        const string Expected = "Use a code such as featured_snippets, local_pack, people_also_ask, sge (AI Overview), video";
        if (shown.Length == 0)
        {
            return $"No SERP feature code was given. {Expected}.";
        }

        var closest = string.Join(", ", Data.Value.Index.Suggest(shown, _ => true).Select(f => f.ToString()));
        var message = $"'{shown}' is not a SE Ranking SERP feature code. {Expected}.";
        return closest.Length == 0 ? message : $"{message} Closest matches: {closest}.";
    }

    private static Loaded Load()
    {
        var file = CatalogueResources.Load(FileName, CatalogueJsonContext.Default.SerpFeatureFile);
        var features = (file.Features ?? [])
            .Select(e => new SerpFeature(
                CatalogueResources.Required(e.Code, "a code", FileName),
                CatalogueResources.Required(e.Name, "a name", FileName)))
            .ToArray();
        if (features.Length == 0)
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' lists no SERP features.");
        }

        var index = new CodeNameIndex<SerpFeature>(features, f => f.Code, f => f.Name, file.Aliases);
        return new Loaded(Array.AsReadOnly(features), index);
    }

    private sealed class Loaded(IReadOnlyList<SerpFeature> features, CodeNameIndex<SerpFeature> index)
    {
        public IReadOnlyList<SerpFeature> Features { get; } = features;

        public CodeNameIndex<SerpFeature> Index { get; } = index;
    }
}
