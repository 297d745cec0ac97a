using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Reads the values a <see cref="JsonRowReader{TRow}"/> kept beside the rows by a dotted path:
/// <c>total</c>, or <c>result.summary_info.left_lines</c> inside an object kept whole
/// (<c>result.summary_info</c>), as Serpstat nests its totals and balance.
/// </summary>
internal static class CapturedValues
{
    /// <summary>The value at <paramref name="path"/>, or null when the answer had none.</summary>
    public static JsonElement? Find(IReadOnlyDictionary<string, JsonElement> captured, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        if (captured.TryGetValue(path!, out var exact))
        {
            return exact;
        }

        // The longest kept prefix, then down through its objects.
        for (var cut = path!.LastIndexOf('.'); cut > 0; cut = path.LastIndexOf('.', cut - 1))
        {
            if (captured.TryGetValue(path.Substring(0, cut), out var holder))
            {
                var value = holder;
                foreach (var name in path.Substring(cut + 1).Split('.'))
                {
                    if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                    {
                        return null;
                    }
                }

                return value;
            }
        }

        return null;
    }

    /// <summary>A number or numeric text at <paramref name="path"/> as text (how totals and cursors are compared), else null.</summary>
    public static string? Text(IReadOnlyDictionary<string, JsonElement> captured, string? path) =>
        Find(captured, path) is { } value
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>A whole number at <paramref name="path"/>, else null.</summary>
    public static long? Long(IReadOnlyDictionary<string, JsonElement> captured, string? path) =>
        Text(captured, path) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number)
            ? (long)Math.Round(number)
            : null;
}
