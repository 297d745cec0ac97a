using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// Serpstat's databases (the <c>se</c> codes of §5: 231 Google countries and <c>bing_us</c>),
/// loaded once from the embedded <c>serpstat-databases.json</c>. Thread-safe.
/// </summary>
/// <remarks>
/// Unlike <see cref="RegionCatalogue"/>, no spelling other than the code itself is accepted:
/// Serpstat answers an unknown <c>se</c> with error 32018 and still the caller would not know
/// which database was meant, so <c>g_gb</c> or <c>us</c> are refused and the right code named.
/// </remarks>
public static class SerpstatDatabaseCatalogue
{
    private const string FileName = "serpstat-databases.json";

    private static readonly Lazy<Loaded> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every database, in Serpstat's order.</summary>
    public static IReadOnlyList<SerpstatDatabase> All => Data.Value.Databases;

    /// <summary>Looks a code up, ignoring case and surrounding spaces.</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out SerpstatDatabase? database) =>
        Data.Value.Index.TryGet(code, out database);

    /// <summary>Tab completion: databases whose code starts with the word (with or without g_), then those with a country word that does.</summary>
    public static IEnumerable<SerpstatDatabase> Complete(string? wordToComplete)
    {
        var word = (wordToComplete ?? string.Empty).Trim();
        var index = Data.Value.Index;

        // "de" and "ger" both find g_de: the prefix is typed by nobody.
        var withPrefix = word.Length > 0 && !word.StartsWith("g_", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("bing", StringComparison.OrdinalIgnoreCase)
            ? index.Complete("g_" + word, _ => true).Where(d => d.Code.StartsWith("g_" + word, StringComparison.OrdinalIgnoreCase))
            : [];
        return withPrefix.Concat(index.Complete(word, _ => true)).Distinct();
    }

    /// <summary>
    /// A message for a value that is not a Serpstat database code: names the value, says what is
    /// expected and offers the closest codes (g_gb → g_uk, us → g_us, Germany → g_de).
    /// </summary>
    public static string DescribeInvalid(string? given)
    {
        var shown = given?.Trim() ?? string.Empty;
        const string Expected = "Use a code such as g_us, g_uk, g_de or bing_us";
        if (shown.Length == 0)
        {
            return $"No Serpstat database code was given. {Expected}.";
        }

        var suggestions = new List<SerpstatDatabase>();
        var bare = shown.StartsWith("g_", StringComparison.OrdinalIgnoreCase) ? shown.Substring(2) : shown;
        var isBritain = string.Equals(bare, "gb", StringComparison.OrdinalIgnoreCase) || string.Equals(bare, "uk", StringComparison.OrdinalIgnoreCase);
        if (isBritain && TryGet("g_uk", out var britain))
        {
            suggestions.Add(britain);
        }

        // A SE Ranking region code (de) or a two-letter country code stands for its g_ database.
        if (TryGet("g_" + bare, out var google))
        {
            suggestions.Add(google);
        }

        suggestions.AddRange(Data.Value.Index.Suggest(shown, _ => true));
        var closest = string.Join(", ", suggestions.Distinct().Take(5).Select(d => d.ToString()));
        var message = $"'{shown}' is not a Serpstat database code. {Expected}"
            + (isBritain ? ": Serpstat spells the United Kingdom g_uk, not g_gb." : ".");
        return closest.Length == 0 ? message : $"{message} Closest matches: {closest}.";
    }

    private static Loaded Load()
    {
        var file = CatalogueResources.Load(FileName, CatalogueJsonContext.Default.SerpstatDatabaseFile);
        var databases = (file.Databases ?? [])
            .Select(e => new SerpstatDatabase(
                CatalogueResources.Required(e.Code, "a code", FileName),
                CatalogueResources.Required(e.Name, "a name", FileName),
                e.Engine ?? "Google"))
            .ToArray();
        if (databases.Length == 0)
        {
            throw new InvalidOperationException($"The catalogue '{FileName}' lists no databases.");
        }

        return new Loaded(Array.AsReadOnly(databases), new CodeNameIndex<SerpstatDatabase>(databases, d => d.Code, d => d.Name));
    }

    private sealed class Loaded(IReadOnlyList<SerpstatDatabase> databases, CodeNameIndex<SerpstatDatabase> index)
    {
        public IReadOnlyList<SerpstatDatabase> Databases { get; } = databases;

        public CodeNameIndex<SerpstatDatabase> Index { get; } = index;
    }
}
