using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.AiSearch;

/// <summary>
/// Reading the AI search answers, whose inner names the sources leave partly unconfirmed: the
/// first of several spellings wins, and whatever is not understood is kept by its path.
/// </summary>
internal static class AiSearchJson
{
    /// <summary>The first of <paramref name="names"/> that <paramref name="node"/> has, or null.</summary>
    internal static JsonElement? Member(JsonElement node, params string[] names)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (node.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A number, or a numeric string; null for anything else.</summary>
    internal static double? Number(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString()?.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>Text, or a number's text; null for anything else.</summary>
    internal static string? Text(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        _ => null,
    };

    /// <summary>A date of a point ("2025-11-01", "2025-11"); null when the label is not a date.</summary>
    internal static DateTime? Date(string? label)
    {
        try
        {
            return LenientDateTimeConverter.Parse(label);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Adds every member of <paramref name="node"/> not in <paramref name="known"/> to <paramref name="extra"/>, its name prefixed.</summary>
    internal static ExtraFields? KeepRest(ExtraFields? extra, string prefix, JsonElement node, ICollection<string> known)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return extra;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                extra ??= [];
                extra[prefix + property.Name] = property.Value.Clone();
            }
        }

        return extra;
    }
}
