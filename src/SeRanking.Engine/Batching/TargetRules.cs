using System;
using System.Globalization;

namespace SeRanking.Engine.Batching;

/// <summary>What a parameter takes: a domain or host alone, a page URL, or either.</summary>
public enum TargetKind
{
    /// <summary>A domain, a host or a URL (backlinks targets).</summary>
    Any,

    /// <summary>A domain or host: a scheme and a trailing slash are dropped, a path is refused.</summary>
    Domain,

    /// <summary>A page URL; a bare host passes as it is (the API reads it as the host's home page).</summary>
    Url,
}

/// <summary>
/// The one local check of every domain, host and URL parameter: what surely fails at the API (and
/// might still be charged) is refused before a request is sent, naming the value and the fix.
/// Anything plausible passes; the API remains the judge of the rest.
/// </summary>
public static class TargetRules
{
    /// <summary>The longest URL the APIs take (their text filters are capped at 2063 characters; a URL at 2048 is safe).</summary>
    public const int MaxLength = 2048;

    /// <summary>DNS: at most 253 characters in a host name…</summary>
    public const int MaxHostLength = 253;

    /// <summary>…and at most 63 in each of its labels.</summary>
    public const int MaxLabelLength = 63;

    private static readonly char[] ListSeparators = [',', ';'];
    private static readonly IdnMapping Idn = new();

    /// <summary>Returns the trimmed target, or throws <see cref="InvalidTargetException"/> naming it and the fix.</summary>
    public static string Validate(string? target, string parameterName = "Target") => Validate(target, TargetKind.Any, parameterName);

    /// <summary>
    /// Returns the target as it is to be sent (trimmed; for <see cref="TargetKind.Domain"/> without
    /// scheme or trailing slash), or throws <see cref="InvalidTargetException"/> naming it and the fix.
    /// </summary>
    public static string Validate(string? target, TargetKind kind, string parameterName)
    {
        var given = target ?? string.Empty;
        var trimmed = given.Trim();
        var what = kind switch
        {
            TargetKind.Domain => "a domain (example.com) or a host (blog.example.com)",
            TargetKind.Url => "a page URL (https://example.com/page)",
            _ => "a domain (example.com), a host (blog.example.com) or a URL (https://example.com/page)",
        };
        if (trimmed.Length == 0)
        {
            throw Refuse(given, parameterName, $"The {parameterName} is empty. Give {what}.");
        }

        if (trimmed.Length > MaxLength)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' is {trimmed.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {MaxLength.ToString("N0", CultureInfo.InvariantCulture)}.");
        }

        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}')
            {
                var shown = char.IsWhiteSpace(c) || char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString();
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' contains '{shown}', which no domain or URL can hold. Give one target per value (split lists on commas or new lines first).");
            }
        }

        var schemeEnd = trimmed.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            var scheme = trimmed.Substring(0, schemeEnd);
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' uses the scheme '{scheme}'; only http:// and https:// addresses have SEO data. Give {what}.");
            }
        }

        var (hostStart, hostEnd) = HostBounds(trimmed);
        var hostAndPort = trimmed.Substring(hostStart, hostEnd - hostStart);

        // No host name holds a comma or a semicolon; "a.com,b.com" is a list that would be sent,
        // and charged, as one target. (A URL's path may hold them, so only the host is checked.)
        if (hostAndPort.IndexOfAny(ListSeparators) >= 0)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' looks like a list: no domain or host holds ',' or ';'. Give one target per value (-{parameterName} a.com, b.com, or split the text first: 'a.com,b.com' -split ',').");
        }

        var host = StripPortAndUserInfo(hostAndPort);
        if (host.Length == 0)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has no host name. Give {what}.");
        }

        CheckHost(given, trimmed, host, parameterName);

        var path = trimmed.Substring(hostEnd);
        if (kind == TargetKind.Domain)
        {
            if (path.Trim('/').Length > 0)
            {
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' is a page URL; -{parameterName} takes {what}. Give the host alone, or read the page with -Url where the command has it.");
            }

            return hostAndPort;
        }

        return trimmed;
    }

    /// <summary>The host of a domain, host or URL, lower-cased (for a URL parameter whose API also wants its domain).</summary>
    public static string HostOf(string target)
    {
        var (start, end) = HostBounds(target.Trim());
        return StripPortAndUserInfo(target.Trim().Substring(start, end - start)).ToLowerInvariant();
    }

    private static void CheckHost(string given, string trimmed, string host, string parameterName)
    {
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            return; // an IPv6 literal
        }

        var ascii = host.TrimEnd('.');
        try
        {
            foreach (var c in ascii)
            {
                if (c > 127)
                {
                    // An internationalised name: its DNS form (punycode) is what the limits apply to.
                    ascii = Idn.GetAscii(ascii);
                    break;
                }
            }
        }
        catch (ArgumentException)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has a host name ('{Shorten(host)}') that is not a valid domain name: check for stray characters or empty labels ('..').");
        }

        if (ascii.Length > MaxHostLength)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has a host name of {ascii.Length.ToString(CultureInfo.InvariantCulture)} characters; a domain name has at most {MaxHostLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2)
        {
            throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has no dot, so it is not a domain, host or URL. Give one such as example.com.");
        }

        foreach (var label in labels)
        {
            if (label.Length == 0)
            {
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has an empty part in its host name ('..' or a leading dot). Give one such as example.com.");
            }

            if (label.Length > MaxLabelLength)
            {
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has a part of {label.Length.ToString(CultureInfo.InvariantCulture)} characters in its host name ('{Shorten(label)}'); each part between dots has at most {MaxLabelLength.ToString(CultureInfo.InvariantCulture)}.");
            }

            foreach (var c in label)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
                {
                    throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has '{c}' in its host name, which no domain name holds. Give one such as example.com.");
                }
            }

            if (label[0] == '-' || label[label.Length - 1] == '-')
            {
                throw Refuse(given, parameterName, $"The {parameterName} '{Shorten(trimmed)}' has a part that starts or ends with '-' in its host name ('{Shorten(label)}'), which no domain name has.");
            }
        }
    }

    /// <summary>Where the host (with port and user info) starts and ends: after the scheme, before the path.</summary>
    private static (int Start, int End) HostBounds(string target)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        var start = scheme >= 0 ? scheme + 3 : 0;
        var end = target.IndexOfAny(['/', '?', '#'], start);
        return (start, end < 0 ? target.Length : end);
    }

    private static string StripPortAndUserInfo(string hostAndPort)
    {
        var at = hostAndPort.LastIndexOf('@');
        var host = at >= 0 ? hostAndPort.Substring(at + 1) : hostAndPort;
        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            var close = host.IndexOf(']');
            return close > 0 ? host.Substring(0, close + 1) : host;
        }

        var colon = host.LastIndexOf(':');
        return colon >= 0 ? host.Substring(0, colon) : host;
    }

    private static InvalidTargetException Refuse(string given, string parameterName, string message) => new(given, message, parameterName);

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
