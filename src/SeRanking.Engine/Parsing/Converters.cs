using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// SE Ranking writes dates as "2025-11-03 09:12:44" or "2025-11-03", sometimes ISO 8601,
/// sometimes empty; none of these carries a zone, so the value is left unspecified.
/// </summary>
internal sealed class LenientDateTimeConverter : JsonConverter<DateTime?>
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM",
    ];

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, found {reader.TokenType}.");
        }

        return Parse(reader.GetString());
    }

    /// <summary>Reads one of the date spellings above; null for an empty or zero date.</summary>
    internal static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text!.StartsWith("0000-00-00", StringComparison.Ordinal))
        {
            return null;
        }

        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withZone))
        {
            return withZone.UtcDateTime;
        }

        throw new JsonException($"'{text}' is not a date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>Booleans sent as true/false, "true"/"false", 0/1 or "0"/"1" (the Project API uses strings).</summary>
internal sealed class FlexibleBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => false,
            JsonTokenType.Number => reader.GetInt64() != 0,
            JsonTokenType.String => ParseText(reader.GetString()),
            _ => throw new JsonException($"Expected a boolean, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    private static bool ParseText(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" or "" or null => false,
        _ => throw new JsonException($"'{text}' is not a boolean."),
    };
}

/// <summary>SE Ranking reports "unknown" as -1 (e.g. InLink Rank); null says so without skewing sums.</summary>
internal sealed class MinusOneAsNullConverter : JsonConverter<int?>
{
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        int value;
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
            {
                throw new JsonException($"'{text}' is not a whole number.");
            }
        }
        else
        {
            value = reader.GetInt32();
        }

        return value < 0 ? null : value;
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNumberValue(-1);
        }
    }
}

/// <summary>Identifiers that arrive as a number in one answer and a string in another.</summary>
internal sealed class StringOrNumberConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        _ => throw new JsonException($"Expected a string or a number, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// A list that reads as one CSV cell whatever its items are: text, numbers, or objects (Serpstat's
/// <c>geo_names</c> are strings in some answers and objects in others), an object shown by its
/// first text field (its name) or else as compact JSON. A lone value is a list of one.
/// </summary>
internal sealed class TextListConverter : JsonConverter<Models.TopList<string>?>
{
    public override bool HandleNull => true;

    public override Models.TopList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        var list = new Models.TopList<string>();
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                if (Text(item) is { Length: > 0 } text)
                {
                    list.Add(text);
                }
            }
        }
        else if (Text(root) is { Length: > 0 } single)
        {
            list.Add(single);
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, Models.TopList<string>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rows are read from answers, never written.");

    private static string? Text(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
        JsonValueKind.Object => FirstText(item) ?? item.GetRawText(),
        JsonValueKind.Array => item.GetRawText(),
        _ => null,
    };

    private static string? FirstText(JsonElement item)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }
}

/// <summary>A field the sources type loosely ("any"): text as it is, a number or flag as its JSON text, anything else as compact JSON.</summary>
internal sealed class LooseTextConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var value = document.RootElement;
        return value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            _ => value.GetRawText(),
        };
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
