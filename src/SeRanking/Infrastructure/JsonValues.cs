using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace SeRanking.Infrastructure;

/// <summary>
/// Between PowerShell values and the plain values the engine turns JSON into (ordered name/value
/// pairs, lists, text, numbers, flags): what the Invoke-* escape hatches take and give. Written
/// by hand because ConvertFrom-Json and ConvertTo-Json differ between editions, and the module
/// must not bind to System.Text.Json, which the engine loads in its own context.
/// </summary>
internal static class JsonValues
{
    private const int MaxDepth = 64;

    /// <summary>JSON objects become PSCustomObjects, arrays object[]; what an API answers, as PowerShell shows it.</summary>
    public static object? ToPowerShell(object? value, int depth = 0) => value switch
    {
        IReadOnlyList<KeyValuePair<string, object?>> fields => ToObject(fields, depth),
        IReadOnlyList<object?> items => ToArray(items, depth),
        _ => value,
    };

    /// <summary>The rows of an answer: an array's items one by one, anything else as it is.</summary>
    public static IEnumerable<object?> Rows(object? value) =>
        value is IReadOnlyList<object?> items ? (IEnumerable<object?>)ToArray(items, 0) : [ToPowerShell(value)];

    /// <summary>
    /// A hashtable, an ordered dictionary, a PSCustomObject or any object's properties as ordered
    /// name/value pairs; lists as lists; numbers, text, flags and dates as they are.
    /// </summary>
    /// <exception cref="ArgumentException">A value nests deeper than 64 levels (a cycle).</exception>
    public static object? FromPowerShell(object? value, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException("The value nests more than 64 levels deep; a cycle cannot be sent as JSON.", nameof(value));
        }

        var unwrapped = value is PSObject wrapped ? wrapped.BaseObject : value;
        switch (unwrapped)
        {
            case null:
                return null;
            case string or bool or long or int or double or decimal:
                return unwrapped;
            case short or byte or sbyte or ushort or uint:
                return Convert.ToInt64(unwrapped, CultureInfo.InvariantCulture);
            case ulong big:
                return (decimal)big;
            case float single:
                return (double)single;
            case DateTime date:
                return date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            case Enum or Guid or Uri:
                return unwrapped.ToString();
            case IDictionary dictionary:
                var pairs = new List<KeyValuePair<string, object?>>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    pairs.Add(new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, FromPowerShell(entry.Value, depth + 1)));
                }

                return pairs;
            case PSCustomObject:
                return Properties((PSObject)value!, depth);
            case IEnumerable items:
                var list = new List<object?>();
                foreach (var item in items)
                {
                    list.Add(FromPowerShell(item, depth + 1));
                }

                return list;
            default:
                return Properties(PSObject.AsPSObject(unwrapped), depth);
        }
    }

    /// <summary>Query parameters: a list value repeats the name (target=a&amp;target=b), a flag is 1 or 0.</summary>
    public static List<KeyValuePair<string, string>> QueryParameters(IDictionary? query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (DictionaryEntry entry in query ?? new Hashtable())
        {
            var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            var value = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
            if (value is IEnumerable many and not string)
            {
                foreach (var item in many)
                {
                    pairs.Add(new(name, Text(item)));
                }
            }
            else
            {
                pairs.Add(new(name, Text(value)));
            }
        }

        return pairs;
    }

    private static string Text(object? value) => (value is PSObject wrapped ? wrapped.BaseObject : value) switch
    {
        null => string.Empty,
        bool flag => flag ? "1" : "0",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    private static List<KeyValuePair<string, object?>> Properties(PSObject value, int depth)
    {
        var pairs = new List<KeyValuePair<string, object?>>();
        foreach (var property in value.Properties)
        {
            if (property.IsGettable)
            {
                pairs.Add(new(property.Name, FromPowerShell(property.Value, depth + 1)));
            }
        }

        return pairs;
    }

    private static PSObject ToObject(IReadOnlyList<KeyValuePair<string, object?>> fields, int depth)
    {
        var result = new PSObject();
        foreach (var field in fields)
        {
            result.Properties.Add(new PSNoteProperty(field.Key, ToPowerShell(field.Value, depth + 1)));
        }

        return result;
    }

    private static object?[] ToArray(IReadOnlyList<object?> items, int depth)
    {
        var result = new object?[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            result[i] = ToPowerShell(items[i], depth + 1);
        }

        return result;
    }
}
