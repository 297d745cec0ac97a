using System;

namespace SeRanking.Engine.Batching;

/// <summary>
/// Local checks of a domain, host or URL: what surely fails at the API is refused before a
/// request is sent. Anything plausible passes; the API remains the judge of the rest.
/// </summary>
public static class TargetRules
{
    public const int MaxLength = 2048;

    /// <summary>Returns the trimmed target, or throws <see cref="InvalidTargetException"/> naming it and the fix.</summary>
    public static string Validate(string? target, string parameterName = "Target")
    {
        var given = target ?? string.Empty;
        var trimmed = given.Trim();
        if (trimmed.Length == 0)
        {
            throw new InvalidTargetException(given, $"The {parameterName} is empty. Give a domain (example.com), a host (blog.example.com) or a URL (https://example.com/page).", parameterName);
        }

        if (trimmed.Length > MaxLength)
        {
            throw new InvalidTargetException(given, $"The {parameterName} '{Shorten(trimmed)}' is {trimmed.Length} characters long; the limit is {MaxLength}.", parameterName);
        }

        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                var shown = char.IsWhiteSpace(c) || char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
                throw new InvalidTargetException(
                    given,
                    $"The {parameterName} '{Shorten(trimmed)}' contains '{shown}', which no domain or URL can hold. Give one target per value (split lists on commas or new lines first).",
                    parameterName);
            }
        }

        // No host name holds a comma or a semicolon; "a.com,b.com" is a list that would be sent,
        // and charged, as one target. (A URL's path may hold them, so only the host is checked.)
        if (HostPart(trimmed).IndexOfAny(ListSeparators) >= 0)
        {
            throw new InvalidTargetException(
                given,
                $"The {parameterName} '{Shorten(trimmed)}' looks like a list: no domain or host holds ',' or ';'. Give one target per value (-{parameterName} a.com, b.com, or split the text first: 'a.com,b.com' -split ',').",
                parameterName);
        }

        if (!trimmed.Contains(".") && !trimmed.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidTargetException(given, $"The {parameterName} '{Shorten(trimmed)}' has no dot, so it is not a domain, host or URL. Give one such as example.com.", parameterName);
        }

        return trimmed;
    }

    private static readonly char[] ListSeparators = [',', ';'];

    /// <summary>The host (and port) of a domain, host or URL: what comes before the path.</summary>
    private static string HostPart(string target)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        var start = scheme >= 0 ? scheme + 3 : 0;
        var end = target.IndexOfAny(['/', '?', '#'], start);
        return end < 0 ? target.Substring(start) : target.Substring(start, end - start);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
