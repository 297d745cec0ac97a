using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Catalogues;

/// <summary>The search intents the Data API tags keywords with: a one-letter code and its name.</summary>
public static class SearchIntents
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
        [("I", "Informational"), ("N", "Navigational"), ("T", "Transactional"), ("C", "Commercial"), ("L", "Local")];

    /// <summary>The code of an intent given as its code or its name (any case); null for anything else.</summary>
    public static string? CodeOf(string? intent)
    {
        var text = intent?.Trim();
        return All.FirstOrDefault(i => string.Equals(i.Code, text, StringComparison.OrdinalIgnoreCase) || string.Equals(i.Name, text, StringComparison.OrdinalIgnoreCase)).Code;
    }

    /// <summary>The intents whose code or name starts with <paramref name="word"/>, for Tab completion.</summary>
    public static IEnumerable<(string Code, string Name)> Complete(string? word)
    {
        var text = word?.Trim() ?? string.Empty;
        return All.Where(i => i.Code.StartsWith(text, StringComparison.OrdinalIgnoreCase) || i.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The distinct codes of <paramref name="intents"/> (codes or names), in order; null when none is given.</summary>
    /// <exception cref="InvalidInputException">An intent is neither a code nor a name; the message names <paramref name="parameter"/>.</exception>
    internal static IReadOnlyList<string>? Codes(string parameter, IEnumerable<string>? intents)
    {
        var codes = new List<string>();
        foreach (var intent in intents?.Where(i => !string.IsNullOrWhiteSpace(i)) ?? [])
        {
            var code = CodeOf(intent) ?? throw new InvalidInputException(
                parameter,
                $"-{parameter} '{intent}' is not a search intent; use {string.Join(", ", All.Select(i => $"{i.Code} ({i.Name.ToLowerInvariant()})"))}.");
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        return codes.Count > 0 ? codes : null;
    }
}
