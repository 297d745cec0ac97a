using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>Reads the fields of a Project API JSON body as the API takes them: flags as "0"/"1" or booleans, numbers as numbers or numeric strings.</summary>
internal readonly struct BodyFields(JsonElement body)
{
    /// <summary>The body's object; a one-element array of one (project creation) is accepted, anything else is a 400.</summary>
    public static BodyFields Of(ProjectRequest request, bool arrayOfOneAllowed = false)
    {
        if (request.Body is not { } body)
        {
            return new BodyFields(default);
        }

        if (body.ValueKind == JsonValueKind.Array && arrayOfOneAllowed && body.GetArrayLength() == 1 && body[0].ValueKind == JsonValueKind.Object)
        {
            return new BodyFields(body[0]);
        }

        return body.ValueKind == JsonValueKind.Object ? new BodyFields(body) : throw new ProjectRefusal(400, "The request body must be a JSON object.");
    }

    public bool Has(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public bool IsEmpty => body.ValueKind != JsonValueKind.Object || !body.EnumerateObject().Any();

    public JsonElement? Raw(string name) => body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) ? value : null;

    public string? Text(string name) => Raw(name) switch
    {
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
        { ValueKind: JsonValueKind.Null } or null => null,
        _ => throw new ProjectRefusal(400, $"{name}: expected a string."),
    };

    public long? Long(string name) => Raw(name) switch
    {
        { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var whole) => whole,
        { ValueKind: JsonValueKind.String } text when long.TryParse(text.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        { ValueKind: JsonValueKind.Null } or null => null,
        _ => throw new ProjectRefusal(400, $"{name}: This value should be of type integer."),
    };

    public bool? Flag(string name) => Raw(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.Number } number => number.GetInt64() != 0,
        { ValueKind: JsonValueKind.String } text when text.GetString() is "0" or "1" => text.GetString() == "1",
        { ValueKind: JsonValueKind.Null } or null => null,
        _ => throw new ProjectRefusal(400, $"{name}: expected 0 or 1."),
    };

    public List<long>? Longs(string name) => Raw(name) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out var id) ? id : throw new ProjectRefusal(400, $"{name}: expected integers.")).ToList(),
        { ValueKind: JsonValueKind.Null } or null => null,
        _ => throw new ProjectRefusal(400, $"{name}: expected an array."),
    };
}
