using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Engine.Models;

/// <summary>
/// Fields the API sent that this version does not know yet, kept rather than dropped.
/// Reads as "name=value; name=value" in one CSV cell.
/// </summary>
public sealed class ExtraFields : Dictionary<string, JsonElement>
{
    public ExtraFields()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>
    /// Gathers the unknown fields of a record and of the nested objects it was flattened from,
    /// prefixing nested names with their object ("user_info.plan_tier"); null when there are none.
    /// </summary>
    internal static ExtraFields? Merge(params (string Prefix, ExtraFields? Fields)[] parts)
    {
        ExtraFields? merged = null;
        foreach (var (prefix, fields) in parts)
        {
            if (fields is not { Count: > 0 })
            {
                continue;
            }

            merged ??= [];
            foreach (var pair in fields)
            {
                merged[prefix + pair.Key] = pair.Value;
            }
        }

        return merged;
    }

    public override string ToString() =>
        string.Join("; ", this.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + Render(pair.Value)));

    /// <summary>
    /// The first of <paramref name="names"/> present as a number (or a numeric string), removed
    /// from the extras: how rows read fields whose spelling the sources do not agree on.
    /// </summary>
    internal long? TakeLong(params string[] names)
    {
        foreach (var name in names)
        {
            if (TryGetValue(name, out var value) && AsLong(value) is { } number)
            {
                Remove(name);
                return number;
            }
        }

        return null;
    }

    /// <summary>As <see cref="TakeLong"/>, for a fractional number.</summary>
    internal double? TakeDouble(params string[] names)
    {
        foreach (var name in names)
        {
            if (TryGetValue(name, out var value)
                && (value.ValueKind == JsonValueKind.Number ? value.GetDouble()
                    : value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
                    : (double?)null) is { } number)
            {
                Remove(name);
                return number;
            }
        }

        return null;
    }

    /// <summary>As <see cref="TakeLong"/>, for text (a number is taken as its text).</summary>
    internal string? TakeString(params string[] names)
    {
        foreach (var name in names)
        {
            if (TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                Remove(name);
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }
        }

        return null;
    }

    /// <summary>Null when nothing is left, so that an empty cell shows no "{}".</summary>
    internal ExtraFields? NullIfEmpty() => Count == 0 ? null : this;

    private static long? AsLong(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => (long)Math.Round(value.GetDouble()),
        JsonValueKind.String when long.TryParse(value.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => value.GetRawText(),
    };
}

/// <summary>
/// A short list nested in a record (top anchors, pages, TLDs, countries). Reads as
/// "first (12); second (3)" in one CSV cell instead of a type name.
/// </summary>
public sealed class TopList<T> : System.Collections.ObjectModel.Collection<T>
{
    public override string ToString() => string.Join("; ", this.Select(item => item?.ToString()));
}
