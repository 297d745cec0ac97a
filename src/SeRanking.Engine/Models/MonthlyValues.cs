using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Models;

/// <summary>One month of a monthly series (a keyword's search volume in that month).</summary>
public sealed class MonthlyValue
{
    public MonthlyValue(DateTime? month, string label, long? value)
    {
        Month = month;
        Label = label ?? string.Empty;
        Value = value;
    }

    /// <summary>The first day of the month; null when the API's label is not a date.</summary>
    public DateTime? Month { get; }

    /// <summary>The month as the API wrote it ("2025-11-01").</summary>
    public string Label { get; }

    public long? Value { get; }

    /// <summary>"2025-11: 60,500" (the label itself when it is not a date).</summary>
    public override string ToString() =>
        (Month is { } month ? month.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Label) + ": "
        + (Value is { } value ? value.ToString("N0", CultureInfo.InvariantCulture) : "-");
}

/// <summary>
/// A month-keyed series that the API sends as an object (<c>{"2025-11-01": 60500, ...}</c>),
/// oldest month first. Reads as "2025-11: 60,500; 2025-12: 49,500" in one CSV cell.
/// </summary>
[JsonConverter(typeof(MonthlyValuesConverter))]
public sealed class MonthlyValues : Collection<MonthlyValue>
{
    public MonthlyValues()
    {
    }

    public MonthlyValues(IEnumerable<MonthlyValue> values)
        : base((values ?? []).OrderBy(v => v.Month ?? DateTime.MaxValue).ToList())
    {
    }

    /// <summary>The value of the month that holds <paramref name="date"/>; null when the series has no such month.</summary>
    public long? ValueOf(DateTime date) =>
        this.FirstOrDefault(v => v.Month is { } month && month.Year == date.Year && month.Month == date.Month)?.Value;

    public override string ToString() => string.Join("; ", this.Select(v => v.ToString()));
}

/// <summary>
/// Reads a monthly series in the shapes the sources show or might: an object keyed by date
/// (<c>"2025-11-01"</c> or <c>"2025-11"</c>), an array of <c>{date|month, value|volume}</c>
/// points, or null. A key that is not a date is kept as its label rather than dropped.
/// </summary>
internal sealed class MonthlyValuesConverter : JsonConverter<MonthlyValues?>
{
    private static readonly string[] DateNames = ["date", "month", "period"];
    private static readonly string[] ValueNames = ["value", "volume", "search_volume", "count"];

    public override MonthlyValues? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var values = new List<MonthlyValue>();
        switch (root.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                foreach (var property in root.EnumerateObject())
                {
                    values.Add(new MonthlyValue(MonthOf(property.Name), property.Name, Number(property.Value)));
                }

                break;
            case JsonValueKind.Array:
                foreach (var point in root.EnumerateArray())
                {
                    if (point.ValueKind == JsonValueKind.Object
                        && DateNames.Select(name => point.TryGetProperty(name, out var date) ? date : (JsonElement?)null).FirstOrDefault(d => d is { ValueKind: JsonValueKind.String }) is { } label)
                    {
                        var text = label.GetString() ?? string.Empty;
                        var value = ValueNames.Select(name => point.TryGetProperty(name, out var number) ? Number(number) : null).FirstOrDefault(n => n is not null);
                        values.Add(new MonthlyValue(MonthOf(text), text, value));
                    }
                    else
                    {
                        throw new JsonException($"A monthly series holds {point.ValueKind} where a {{date, value}} point was expected.");
                    }
                }

                break;
            default:
                throw new JsonException($"Expected a monthly series (an object keyed by month), found {root.ValueKind}.");
        }

        return new MonthlyValues(values);
    }

    public override void Write(Utf8JsonWriter writer, MonthlyValues? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var month in value)
        {
            writer.WritePropertyName(month.Label);
            if (month.Value is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndObject();
    }

    private static DateTime? MonthOf(string label)
    {
        try
        {
            return LenientDateTimeConverter.Parse(label) is { } date ? new DateTime(date.Year, date.Month, 1) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static long? Number(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => (long)Math.Round(value.GetDouble()),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
