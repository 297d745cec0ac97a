using System;
using System.Collections.Generic;

namespace SeRanking.Emulator;

/// <summary>
/// A stream of numbers fixed by a text (a domain, a query), so two calls about the same thing
/// get the same figures in any process. string.GetHashCode is randomised per process, hence
/// FNV-1a for the seed and SplitMix64 for the stream.
/// </summary>
internal sealed class SeededValues
{
    private ulong _state;

    public SeededValues(string seed)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in seed.ToUpperInvariant())
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        _state = hash;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public long Between(long min, long max) => min + (long)(Next() % (ulong)(max - min + 1));

    /// <summary>A fraction in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Fraction(double min, double max) => min + ((Next() >> 11) * (1.0 / (1UL << 53)) * (max - min));

    /// <summary><paramref name="whole"/> scaled by a fraction in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public long Share(long whole, double min, double max) => (long)(whole * Fraction(min, max));

    /// <summary>The items in a seeded order.</summary>
    public List<T> Shuffle<T>(IReadOnlyList<T> items)
    {
        var result = new List<T>(items);
        for (var i = result.Count - 1; i > 0; i--)
        {
            var j = (int)Between(0, i);
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }

    private ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Pieces of a target (domain, host or URL) used to make bodies that read like the real ones.</summary>
internal static class Hosts
{
    /// <summary>The host part of a target given as a domain, host or full URL.</summary>
    public static string HostOf(string target)
    {
        var host = target.Trim();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var end = host.IndexOfAny(['/', '?', '#', ':']);
        return end >= 0 ? host[..end] : host;
    }

    /// <summary>The host without a leading <c>www.</c>: the API counts apex and www as one site.</summary>
    public static string BaseDomainOf(string target)
    {
        var host = HostOf(target);
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>A brand name from a domain: <c>example-shop.com</c> gives <c>Example Shop</c>.</summary>
    public static string BrandOf(string domain)
    {
        var label = BaseDomainOf(domain);
        var dot = label.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            label = label[..dot];
        }

        return TitleCase(label.Replace('-', ' '));
    }

    /// <summary>Capitalises each word, invariantly.</summary>
    public static string TitleCase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] == ' ')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
