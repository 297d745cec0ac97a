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
