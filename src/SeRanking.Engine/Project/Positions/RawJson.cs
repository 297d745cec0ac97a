using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Positions;

/// <summary>
/// Readers for the Project API answers whose shape the reference leaves open (dates, chart
/// series, ads counts): each accepts the forms the sources suggest, so an answer of either
/// shape gives the same rows.
/// </summary>
internal static class RawJson
{
    /// <summary>Name → value pairs of an object; or, for a list of objects, each one's name (under <paramref name="nameKeys"/>) and the rest of it.</summary>
    internal static IEnumerable<(string Name, JsonElement Value)> Members(JsonElement raw, params string[] nameKeys)
    {
        if (raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in raw.EnumerateObject())
            {
                yield return (property.Name, property.Value);
            }
        }
        else if (raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in raw.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && TextOf(item, nameKeys) is { } name)
                {
                    yield return (name, item);
                }
            }
        }
    }

    /// <summary>The dates a value holds: a date string, a list of them, or an object with a date.</summary>
    internal static IEnumerable<DateTime?> Dates(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                yield return Parse(value.GetString());
                break;
            case JsonValueKind.Null:
                yield return null;
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    foreach (var date in Dates(item))
                    {
                        yield return date;
                    }
                }

                break;
            case JsonValueKind.Object:
                yield return DateOf(value, "date", "check_date");
                break;
        }
    }

    /// <summary>
    /// Check dates with their engine when the answer says: a list of dates or dated objects; an
    /// object holding such a list (<c>{"dates": [...]}</c>); or lists keyed by engine id.
    /// </summary>
    internal static IEnumerable<(long? Engine, DateTime Date)> EngineDates(JsonElement raw, params string[] dateKeys)
    {
        if (raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in raw.EnumerateArray())
            {
                var date = item.ValueKind == JsonValueKind.String ? Parse(item.GetString()) : DateOf(item, dateKeys);
                if (date is { } day)
                {
                    yield return (item.ValueKind == JsonValueKind.Object ? (long?)NumberOf(item, "site_engine_id") : null, day);
                }
            }
        }
        else if (raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in raw.EnumerateObject())
            {
                long? engine = long.TryParse(property.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
                foreach (var (inner, date) in EngineDates(property.Value, dateKeys))
                {
                    yield return (inner ?? engine, date);
                }
            }
        }
        else if (raw.ValueKind == JsonValueKind.String && Parse(raw.GetString()) is { } single)
        {
            yield return (null, single);
        }
    }

    /// <summary>
    /// Chart series: an object of series name → points; a list of series objects (named by
    /// <c>site_engine_id</c>, <c>name</c> or <c>series</c>, points under <c>data</c>, <c>points</c>
    /// or <c>values</c>); or a flat list of points that each name their engine.
    /// </summary>
    internal static IEnumerable<(string Series, IReadOnlyList<JsonElement> Points)> Series(JsonElement raw)
    {
        if (raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in raw.EnumerateObject())
            {
                if (PointsOf(property.Value) is { } points)
                {
                    yield return (property.Name, points);
                }
            }
        }
        else if (raw.ValueKind == JsonValueKind.Array)
        {
            var flat = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
            foreach (var item in raw.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var name = TextOf(item, "site_engine_id", "name", "series", "engine") ?? "average";
                if (PointsOf(item) is { } points && !item.TryGetProperty("date", out _))
                {
                    yield return (name, points);
                }
                else
                {
                    if (!flat.TryGetValue(name, out var list))
                    {
                        flat[name] = list = [];
                    }

                    list.Add(item);
                }
            }

            foreach (var pair in flat)
            {
                yield return (pair.Key, pair.Value);
            }
        }
    }

    /// <summary>
    /// Dated objects and their engine: a list of them; an object keyed by date (each value the
    /// counts); or an object keyed by engine id (each value such a list).
    /// </summary>
    internal static IEnumerable<(long? Engine, DateTime? Date, JsonElement Item)> DatedObjects(JsonElement raw, long? engine = null)
    {
        if (raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in raw.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return ((long?)NumberOf(item, "site_engine_id") ?? engine, DateOf(item, "date"), item);
                }
            }
        }
        else if (raw.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in raw.EnumerateObject())
            {
                if (Parse(property.Name, strict: true) is { } date && property.Value.ValueKind == JsonValueKind.Object)
                {
                    yield return (engine, date, property.Value);
                }
                else if (property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                {
                    long? named = long.TryParse(property.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : engine;
                    foreach (var inner in DatedObjects(property.Value, named))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    internal static DateTime? DateOf(JsonElement item, params string[] keys) =>
        item.ValueKind == JsonValueKind.Object && TextOf(item, keys) is { } text ? Parse(text) : null;

    internal static double? NumberOf(JsonElement item, params string[] keys)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var key in keys)
        {
            if (item.TryGetProperty(key, out var value))
            {
                if (value.ValueKind == JsonValueKind.Number)
                {
                    return value.GetDouble();
                }

                if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }
        }

        return null;
    }

    private static IReadOnlyList<JsonElement>? PointsOf(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var points = new List<JsonElement>();
            foreach (var item in value.EnumerateArray())
            {
                points.Add(item);
            }

            return points;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in new[] { "data", "points", "values" })
            {
                if (value.TryGetProperty(key, out var inner) && inner.ValueKind == JsonValueKind.Array)
                {
                    return PointsOf(inner);
                }
            }
        }

        return null;
    }

    private static string? TextOf(JsonElement item, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (item.TryGetProperty(key, out var value))
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                if (value.ValueKind == JsonValueKind.Number)
                {
                    return value.GetRawText();
                }
            }
        }

        return null;
    }

    private static DateTime? Parse(string? text, bool strict = false)
    {
        if (strict)
        {
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        }

        try
        {
            return LenientDateTimeConverter.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
