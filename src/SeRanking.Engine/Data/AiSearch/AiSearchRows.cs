using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.AiSearch;

/// <summary>
/// The brand SE Ranking associates with a target (GET ai-search/discover-brand; 100 credits),
/// to feed to the prompts of a brand. The answer's shape is unconfirmed: a string, an object
/// naming the brand (<c>brand</c>, <c>brand_name</c>, <c>name</c>, possibly under <c>data</c> or
/// <c>result</c>) or a list of brands are all read.
/// </summary>
[TableView("Target", "Source", "Brand", "Brands")]
[JsonConverter(typeof(AiSearchBrandConverter))]
public sealed class AiSearchBrand
{
    public string Target { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    /// <summary>base_domain, domain or url; null for the API's default.</summary>
    public string? Scope { get; set; }

    /// <summary>The brand (the first, when the answer names several); null when the API found none.</summary>
    public string? Brand { get; set; }

    /// <summary>Every brand the answer names, when it names several.</summary>
    public TopList<string>? Brands { get; set; }

    /// <summary>The answer's other fields.</summary>
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Reads <see cref="AiSearchBrand"/> from any of the shapes its answer might have.</summary>
internal sealed class AiSearchBrandConverter : JsonConverter<AiSearchBrand>
{
    private static readonly string[] BrandNames = ["brand", "brand_name", "name"];
    private static readonly string[] ListNames = ["brands", "brand_names"];
    private static readonly string[] Wrappers = ["data", "result"];

    public override AiSearchBrand Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var row = new AiSearchBrand();
        Fill(row, document.RootElement, string.Empty);
        return row;
    }

    public override void Write(Utf8JsonWriter writer, AiSearchBrand value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("brand", value?.Brand);
        writer.WriteEndObject();
    }

    private static void Fill(AiSearchBrand row, JsonElement node, string prefix)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.String:
                row.Brand ??= Blank(node.GetString());
                return;
            case JsonValueKind.Array:
                var names = node.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : AiSearchJson.Text(AiSearchJson.Member(item, BrandNames)))
                    .Select(Blank).OfType<string>().ToList();
                if (names.Count > 0)
                {
                    row.Brand ??= names[0];
                    row.Brands ??= [.. names];
                }

                return;
            case JsonValueKind.Object:
                break;
            default:
                return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (BrandNames.Contains(property.Name, StringComparer.Ordinal) && property.Value.ValueKind == JsonValueKind.String && row.Brand is null)
            {
                row.Brand = Blank(property.Value.GetString());
            }
            else if ((ListNames.Contains(property.Name, StringComparer.Ordinal) || Wrappers.Contains(property.Name, StringComparer.Ordinal))
                && property.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.String)
            {
                Fill(row, property.Value, prefix + property.Name + ".");
            }
            else
            {
                row.AdditionalFields ??= [];
                row.AdditionalFields[prefix + property.Name] = property.Value.Clone();
            }
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}

/// <summary>
/// An AI prompt whose answers mention or link to a target, or mention a brand
/// (GET ai-search/prompts-by-target, prompts-by-brand; 200 credits per prompt).
/// </summary>
[TableView("Prompt", "Volume", "Type", "Engine", "Target", "Brand")]
public sealed class AiSearchPrompt : IJsonOnDeserialized
{
    /// <summary>The prompt, as users ask it.</summary>
    [JsonPropertyName("prompt")]
    public string Prompt { get; set; } = string.Empty;

    /// <summary>How often it is asked (monthly).</summary>
    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    /// <summary>link or mention (how the answer cites the target).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>Length of the answer's snippet that cites the target.</summary>
    [JsonPropertyName("snippet_length")]
    public long? SnippetLength { get; set; }

    /// <summary>The target asked about (prompts by target); null for prompts by brand.</summary>
    [JsonIgnore]
    public string? Target { get; set; }

    /// <summary>The brand asked about (prompts by brand); null for prompts by target.</summary>
    [JsonIgnore]
    public string? Brand { get; set; }

    [JsonIgnore]
    public string Engine { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>base_domain, domain or url (prompts by target); null for the API's default.</summary>
    [JsonIgnore]
    public string? Scope { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Prompt = Prompt.Length > 0 ? Prompt : AdditionalFields?.TakeString("query", "keyword", "text", "question") ?? string.Empty;
        Volume ??= AdditionalFields?.TakeLong("search_volume", "frequency");
        Type ??= AdditionalFields?.TakeString("mention_type", "presence_type");
        SnippetLength ??= AdditionalFields?.TakeLong("snippetLength", "answer_length");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
