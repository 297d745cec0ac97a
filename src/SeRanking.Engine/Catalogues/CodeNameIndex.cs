using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// Matching shared by the code/name catalogues: completion by code prefix or by the start of
/// any word of the name, and "did you mean" suggestions for a value that is not a code.
/// Comparisons ignore case and diacritics ("cote" finds "Côte d’Ivoire").
/// </summary>
internal sealed class CodeNameIndex<T>
    where T : class
{
    private const int MaxSuggestions = 5;

    private readonly Entry[] _entries;
    private readonly Dictionary<string, T> _byCode;
    private readonly Dictionary<string, T> _aliases;

    internal CodeNameIndex(IEnumerable<T> items, Func<T, string> code, Func<T, string> name, IReadOnlyDictionary<string, string>? aliases = null)
    {
        _entries = items.Select(item => new Entry(item, code(item), name(item))).ToArray();
        _byCode = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _entries)
        {
            if (_byCode.ContainsKey(entry.Code))
            {
                throw new InvalidOperationException($"The catalogue lists the code '{entry.Code}' twice.");
            }

            _byCode.Add(entry.Code, entry.Item);
        }

        _aliases = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        if (aliases is not null)
        {
            foreach (var pair in aliases)
            {
                if (!_byCode.TryGetValue(pair.Value, out var target))
                {
                    throw new InvalidOperationException($"The catalogue alias '{pair.Key}' points to the unknown code '{pair.Value}'.");
                }

                _aliases.Add(pair.Key, target);
            }
        }
    }

    internal bool TryGet(string? code, out T? item)
    {
        item = null;
        if (code is null)
        {
            return false;
        }

        var key = code.Trim();
        return _byCode.TryGetValue(key, out item) || _aliases.TryGetValue(key, out item);
    }

    /// <summary>
    /// Code-prefix matches first (exact code, then alphabetical), then name matches (names that
    /// start with the word first, then names with a later word that does, each alphabetical).
    /// </summary>
    internal IEnumerable<T> Complete(string? wordToComplete, Func<T, bool> include)
    {
        var word = TrimQuotes(wordToComplete);
        var seen = new HashSet<T>();
        var results = new List<T>();

        // An alias completes to its code (gb → uk; ai → ai_overview → sge) once two letters are typed.
        if (word.Length >= 2)
        {
            foreach (var pair in _aliases.Where(a => a.Key.StartsWith(word, StringComparison.OrdinalIgnoreCase)).OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (include(pair.Value) && seen.Add(pair.Value))
                {
                    results.Add(pair.Value);
                }
            }
        }

        var codeMatches = _entries
            .Where(e => include(e.Item) && e.Code.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Code.Length == word.Length ? 0 : 1)
            .ThenBy(e => e.Code, StringComparer.Ordinal);
        foreach (var entry in codeMatches)
        {
            if (seen.Add(entry.Item))
            {
                results.Add(entry.Item);
            }
        }

        var folded = Fold(word).TrimStart();
        if (folded.Length > 0)
        {
            var nameMatches = _entries
                .Where(e => include(e.Item))
                .Select(e => (Entry: e, Rank: NameRank(e, folded)))
                .Where(m => m.Rank >= 0)
                .OrderBy(m => m.Rank)
                .ThenBy(m => m.Entry.FoldedName, StringComparer.Ordinal);
            foreach (var match in nameMatches)
            {
                if (seen.Add(match.Entry.Item))
                {
                    results.Add(match.Entry.Item);
                }
            }
        }

        return results;
    }

    /// <summary>A few plausible meanings of a value that is not a code, best first.</summary>
    internal IReadOnlyList<T> Suggest(string? given, Func<T, bool> include)
    {
        var word = TrimQuotes(given);
        if (word.Length == 0)
        {
            return [];
        }

        var suggestions = new List<T>();
        void Add(T item)
        {
            if (include(item) && !suggestions.Contains(item))
            {
                suggestions.Add(item);
            }
        }

        foreach (var item in Complete(word, include))
        {
            Add(item);
        }

        var folded = Fold(word).Trim();
        if (folded.Length >= 3)
        {
            foreach (var entry in _entries.Where(e => e.FoldedName.Contains(folded) || e.Code.IndexOf(folded, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                Add(entry.Item);
            }
        }

        if (folded.Length >= 4)
        {
            foreach (var entry in _entries
                .Select(e => (Entry: e, Distance: EditDistance(folded, e.FoldedName)))
                .Where(m => m.Distance <= 2)
                .OrderBy(m => m.Distance)
                .ThenBy(m => m.Entry.FoldedName, StringComparer.Ordinal))
            {
                Add(entry.Entry.Item);
            }
        }

        var upper = word.ToUpperInvariant();
        var tolerance = upper.Length <= 4 ? 1 : 2;
        foreach (var entry in _entries
            .Select(e => (Entry: e, Distance: EditDistance(upper, e.Code.ToUpperInvariant())))
            .Where(m => m.Distance <= tolerance)
            .OrderBy(m => m.Distance)
            .ThenBy(m => char.ToUpperInvariant(m.Entry.Code[0]) == upper[0] ? 0 : 1)
            .ThenBy(m => m.Entry.Code, StringComparer.Ordinal))
        {
            Add(entry.Entry.Item);
        }

        // A short, code-like value: any code with the same first letter is a plausible meaning.
        if (upper.Length <= 3)
        {
            foreach (var entry in _entries.Where(e => char.ToUpperInvariant(e.Code[0]) == upper[0]))
            {
                Add(entry.Item);
            }
        }

        return suggestions.Take(MaxSuggestions).ToArray();
    }

    /// <summary>Lower case, no diacritics, every run of other characters one space.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        if (pendingSpace)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string TrimQuotes(string? text) => (text ?? string.Empty).Trim().Trim('\'', '"').Trim();

    /// <summary>0 when the name starts with the word, 1 when a later word does, -1 otherwise.</summary>
    private static int NameRank(Entry entry, string foldedWord)
    {
        var name = entry.FoldedName;
        for (var i = 0; i < name.Length; i++)
        {
            var wordStart = i == 0 || name[i - 1] == ' ';
            if (wordStart && name[i] != ' ' && name.Length - i >= foldedWord.Length
                && string.CompareOrdinal(name, i, foldedWord, 0, foldedWord.Length) == 0)
            {
                return i == 0 ? 0 : 1;
            }
        }

        return -1;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private sealed class Entry(T item, string code, string name)
    {
        public T Item { get; } = item;

        public string Code { get; } = code;

        public string FoldedName { get; } = Fold(name);
    }
}
