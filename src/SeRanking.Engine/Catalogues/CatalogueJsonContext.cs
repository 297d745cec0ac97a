using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SeRanking.Engine.Catalogues;

/// <summary>Source-generated (reflection-free) reader of the embedded catalogue files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RegionFile))]
[JsonSerializable(typeof(SerpFeatureFile))]
[JsonSerializable(typeof(CreditCostFile))]
[JsonSerializable(typeof(SerpstatDatabaseFile))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext
{
}

/// <summary>Reads <c>Catalogues\Data\*.json</c>, embedded as <c>SeRanking.Engine.Catalogues.&lt;file&gt;</c>.</summary>
internal static class CatalogueResources
{
    internal static T Load<T>(string fileName, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var assembly = typeof(CatalogueResources).Assembly;
        var resourceName = "SeRanking.Engine.Catalogues." + fileName;
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The catalogue '{resourceName}' is not embedded in {assembly.GetName().Name}; the build is broken.");
        try
        {
            return JsonSerializer.Deserialize(stream, typeInfo)
                ?? throw new InvalidOperationException($"The catalogue '{resourceName}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The catalogue '{resourceName}' is not valid: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"The catalogue '{resourceName}' could not be read: {ex.Message}", ex);
        }
    }

    internal static string Required(string? value, string what, string file) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"The catalogue '{file}' has an entry without {what}.")
            : value!;
}

internal sealed class RegionFile
{
    public string? Source { get; set; }

    public Dictionary<string, string>? Aliases { get; set; }

    public List<RegionEntry>? Regions { get; set; }
}

internal sealed class RegionEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool Aggregate { get; set; }
}

internal sealed class SerpFeatureFile
{
    public string? Source { get; set; }

    public Dictionary<string, string>? Aliases { get; set; }

    public List<SerpFeatureEntry>? Features { get; set; }
}

internal sealed class SerpFeatureEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}

internal sealed class CreditCostFile
{
    public string? Source { get; set; }

    public string? Fields { get; set; }

    public List<CreditCostEntry>? Costs { get; set; }
}

internal sealed class CreditCostEntry
{
    public string? Api { get; set; }

    public string? Service { get; set; }

    public string? Method { get; set; }

    public List<string>? AlsoMethods { get; set; }

    public string? Command { get; set; }

    public List<string>? Aliases { get; set; }

    public long PerRequest { get; set; }

    public long PerRecord { get; set; }

    public string? Unit { get; set; }

    public string? BilledOn { get; set; }

    public int? MaxUnitsPerCall { get; set; }

    public long? MinimumPerCall { get; set; }

    public string? Note { get; set; }
}

internal sealed class SerpstatDatabaseFile
{
    public string? Source { get; set; }

    public List<SerpstatDatabaseEntry>? Databases { get; set; }
}

internal sealed class SerpstatDatabaseEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Engine { get; set; }
}
