using System;
using System.Linq;
using System.Text.Json;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Data.Keywords;

/// <summary>
/// The text filters <c>filter[multi_keyword_included]</c> and <c>filter[multi_keyword_excluded]</c>
/// (reference §1): a JSON array of arrays, the outer one OR, each inner one AND, each condition
/// <c>{"type": "contains"|"begins"|"ends"|"exact", "value": "..."}</c>. Checked locally, so a
/// filter the API would refuse (or, worse, read as no filter) is never sent.
/// </summary>
public static class MultiKeywordFilter
{
    private static readonly string[] Types = ["contains", "begins", "ends", "exact"];

    private const string Example = "[[{\"type\":\"contains\",\"value\":\"tent\"},{\"type\":\"contains\",\"value\":\"2 person\"}],[{\"type\":\"exact\",\"value\":\"camping tent\"}]]";

    /// <summary>The filter as sent (compact JSON), null when not given; refuses a malformed one naming <paramref name="name"/>.</summary>
    public static string? Check(string name, string? filter)
    {
        if (filter is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(filter);
        }
        catch (JsonException ex)
        {
            throw Refuse(name, $"-{name} is not JSON ({ex.Message.Split('.')[0]}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
            {
                throw Refuse(name, $"-{name} must be a JSON array of arrays of conditions (any inner array may match; every condition of an inner array must).");
            }

            foreach (var group in root.EnumerateArray())
            {
                if (group.ValueKind != JsonValueKind.Array || group.GetArrayLength() == 0)
                {
                    throw Refuse(name, $"-{name} holds {group.GetRawText()} where an array of conditions was expected.");
                }

                foreach (var condition in group.EnumerateArray())
                {
                    CheckCondition(name, condition);
                }
            }

            using var buffer = new System.IO.MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                root.WriteTo(json);
            }

            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
    }

    private static void CheckCondition(string name, JsonElement condition)
    {
        if (condition.ValueKind != JsonValueKind.Object
            || !condition.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !condition.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw Refuse(name, $"-{name} holds {condition.GetRawText()}; each condition is {{\"type\": ..., \"value\": \"...\"}}.");
        }

        if (!Types.Contains(type.GetString(), StringComparer.Ordinal))
        {
            throw Refuse(name, $"-{name} has the condition type '{type.GetString()}'; use one of: {string.Join(", ", Types)}.");
        }

        if (string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Refuse(name, $"-{name} has a condition with an empty value.");
        }

        foreach (var property in condition.EnumerateObject())
        {
            if (property.Name is not ("type" or "value"))
            {
                throw Refuse(name, $"-{name} has a condition with '{property.Name}'; a condition has only type and value.");
            }
        }
    }

    private static InvalidInputException Refuse(string name, string message) =>
        new(name, message + " Example: '" + Example + "'.");
}
