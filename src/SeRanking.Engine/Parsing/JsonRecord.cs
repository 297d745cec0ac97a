using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// A JSON value of any shape as plain .NET values: an object is an ordered list of name/value
/// pairs, an array a list, numbers long or double (decimal when neither holds them exactly),
/// text, booleans and null. What the Invoke-* escape hatches hand to PowerShell, which turns the
/// objects into PSCustomObjects; no System.Text.Json type leaves the engine this way.
/// </summary>
[JsonConverter(typeof(JsonRecordConverter))]
public sealed class JsonRecord(object? value)
{
    /// <summary>
    /// <see cref="IReadOnlyList{T}"/> of <see cref="KeyValuePair{TKey, TValue}"/> (an object),
    /// <see cref="IReadOnlyList{T}"/> of object (an array), string, long, double, decimal, bool or null.
    /// </summary>
    public object? Value { get; } = value;

    internal static object? From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => FieldsOf(element),
        JsonValueKind.Array => ItemsOf(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole
            : element.TryGetDouble(out var real) && !double.IsInfinity(real) ? real
            : decimal.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static List<KeyValuePair<string, object?>> FieldsOf(JsonElement element)
    {
        var fields = new List<KeyValuePair<string, object?>>();
        foreach (var property in element.EnumerateObject())
        {
            fields.Add(new(property.Name, From(property.Value)));
        }

        return fields;
    }

    private static List<object?> ItemsOf(JsonElement element)
    {
        var items = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            items.Add(From(item));
        }

        return items;
    }
}

/// <summary>Reads any JSON value into a <see cref="JsonRecord"/>.</summary>
internal sealed class JsonRecordConverter : JsonConverter<JsonRecord>
{
    public override bool HandleNull => true;

    public override JsonRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new JsonRecord(JsonRecord.From(document.RootElement));
    }

    public override void Write(Utf8JsonWriter writer, JsonRecord value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A JsonRecord is read from answers, never written.");
}
