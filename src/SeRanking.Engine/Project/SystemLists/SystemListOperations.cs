using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.SystemLists;

/// <summary>A search engine SE Ranking can track positions on (GET /system/search-engines): Google USA is 200.</summary>
[TableView("Id", "Name", "RegionId", "Type")]
public sealed class SearchEngine
{
    /// <summary>The id a project's search engine is added with (<c>search_engine_id</c>).</summary>
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The country group of its regions (Get-SrGoogleRegion -RegionId).</summary>
    [JsonPropertyName("region_id")]
    public long? RegionId { get; set; }

    /// <summary>google, google_mobile, bing, yahoo, youtube… as the API names them.</summary>
    [JsonPropertyName("type")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Type { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A Google region (GET /system/google-regions): its <see cref="Name"/> is the canonical <c>region_name</c> a search engine takes.</summary>
[TableView("Name", "RegionId")]
public sealed class GoogleRegion
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("region_id")]
    public long? RegionId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A language Google results can be checked in (GET /system/google-langs, an object of code → name).</summary>
[TableView("Code", "Name")]
public sealed class GoogleLanguage : IJsonOnDeserialized
{
    /// <summary>The <c>lang_code</c> a search engine takes (en, pt-BR…).</summary>
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonInclude]
    [JsonExtensionData]
    internal ExtraFields? Extra { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Code.Length == 0 && Extra?.TakeString("lang_code", "language_code", "id") is { } code)
        {
            Code = code;
        }
    }

    /// <summary>The answer is one object mapping each code to its name: one row per pair. A list of rows is read as such.</summary>
    internal IEnumerable<GoogleLanguage> Spread()
    {
        if (Code.Length > 0)
        {
            yield return new GoogleLanguage { Code = Code, Name = Name };
            yield break;
        }

        foreach (var pair in Extra ?? [])
        {
            if (pair.Value.ValueKind == JsonValueKind.String)
            {
                yield return new GoogleLanguage { Code = pair.Key, Name = pair.Value.GetString() ?? string.Empty };
            }
        }
    }
}

/// <summary>Google regions to find: by text, by country group.</summary>
public sealed record GoogleRegionQuery
{
    /// <summary>The most rows one answer may hold (the official MCP's bound; about 228,800 regions exist).</summary>
    public const int MaxLimit = 1000;

    /// <summary>A substring of the region's name.</summary>
    public string? Search { get; init; }

    /// <summary>A country group (SearchEngine.RegionId).</summary>
    public long? RegionId { get; init; }

    /// <summary>1–1000; the official MCP sends 200 by default.</summary>
    public int? Limit { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.Range("Limit", Limit, 1, MaxLimit);
        writer.Add("search", ProjectChecks.Text("Search", Search, 255))
            .Add("region_id", RegionId is { } region ? ProjectChecks.Id("RegionId", region) : null)
            .Add("limit", (long?)Limit);
        writer.Target = Search ?? (RegionId is { } id ? "region " + id.ToString(CultureInfo.InvariantCulture) : "Google regions");
    }
}

/// <summary>
/// The Project API's reference lists (Project reference §11; unified map §5.10 #97–#99): search
/// engines, Google regions, Google languages. Free; they feed the completers of -SearchEngineId,
/// -RegionName and -Language.
/// </summary>
public static class SystemListOperations
{
    public static Operation<NoQuery, SearchEngine> SearchEngines { get; } = new(
        ProjectRoutes.Both("GET system/search-engines", "GET system/search-engines"), Json.SearchEngine, NoQuery.Write)
    {
        Rows = RowLocation.TopLevelArray,
    };

    /// <summary>The legacy path takes <c>search</c>, <c>region_id</c> and <c>limit</c>; on the unified host (renamed <c>google/regions</c>) they are unconfirmed.</summary>
    public static Operation<GoogleRegionQuery, GoogleRegion> GoogleRegions { get; } = new(
        ProjectRoutes.Both("GET system/google-regions", "GET system/google/regions"), Json.GoogleRegion, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.TopLevelArray,
    };

    public static Operation<NoQuery, GoogleLanguage> GoogleLanguages { get; } = new(
        ProjectRoutes.Both("GET system/google-langs", "GET system/google/languages"), Json.GoogleLanguage, NoQuery.Write)
    {
        Rows = RowLocation.ArrayOrDocument(),
        Expand = r => r.Spread(),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [SearchEngines, GoogleRegions, GoogleLanguages];

    private static SystemListJsonContext Json => SystemListJsonContext.Default;
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SearchEngine))]
[JsonSerializable(typeof(GoogleRegion))]
[JsonSerializable(typeof(GoogleLanguage))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SystemListJsonContext : JsonSerializerContext
{
}
