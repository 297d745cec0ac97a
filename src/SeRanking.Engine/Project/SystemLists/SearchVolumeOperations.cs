using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Positions;

namespace SeRanking.Engine.Project.SystemLists;

/// <summary>
/// Search volumes of the legacy host (Project reference §11 <c>/system/volume-regions</c> and
/// <c>/system/volume</c>). Neither was republished on the unified host (404 there since
/// 2026-05-22), so a unified connection is refused before anything is sent, naming the legacy key.
/// </summary>
public static class SearchVolumeOperations
{
    private const string NoUnifiedVolume = "The unified host answers 404 for it since 2026-05-22 and publishes no replacement; the Data API's Get-SrKeywordMetric gives search volumes with the same SE Ranking API key (it spends credits)";

    public static Operation<NoQuery, VolumeRegion> Regions { get; } = new(
        ProjectRoutes.LegacyOnly("GET system/volume-regions", NoUnifiedVolume), Json.VolumeRegion, NoQuery.Write)
    {
        Rows = RowLocation.ArrayOrDocument("regions", "items", "data"),
        Expand = r => r.Spread(),
    };

    /// <summary>Up to <see cref="KeywordVolumeQuery.BatchSize"/> keywords a call, as <c>keyword[]=</c> once per keyword.</summary>
    public static Operation<KeywordVolumeQuery, KeywordVolume> Volumes { get; } = new(
        ProjectRoutes.LegacyOnly("GET system/volume", NoUnifiedVolume), Json.KeywordVolume, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ArrayOrDocument("keywords", "items", "data"),
        Stamp = (q, r, _) => r.RegionId = q.RegionId,
        Expand = r => r.Spread(),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [Regions, Volumes];

    private static SearchVolumeJsonContext Json => SearchVolumeJsonContext.Default;
}

/// <summary>Keywords whose search volume to read in one region.</summary>
public sealed record KeywordVolumeQuery
{
    /// <summary>Keywords a call takes (the reference: at most 10).</summary>
    public const int BatchSize = 10;

    /// <summary>A region of Get-SrVolumeRegion.</summary>
    public long RegionId { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var region = ProjectChecks.Id("RegionId", RegionId);
        var keywords = Keywords.Select(k => ProjectChecks.Text("Keyword", k, 255, required: true)!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (keywords.Count is 0 or > BatchSize)
        {
            throw new InvalidInputException("Keyword", string.Format(CultureInfo.InvariantCulture, "-Keyword takes 1 to {0} keywords a call; got {1}.", BatchSize, keywords.Count));
        }

        writer.Add("region_id", region).AddList("keyword", keywords, ListStyle.Brackets);
        writer.Target = keywords.Count == 1 ? "'" + keywords[0] + "'" : keywords.Count.ToString(CultureInfo.InvariantCulture) + " keywords";
    }
}

/// <summary>A region search volumes can be read in (GET /system/volume-regions, legacy host only). Shape unconfirmed: a list of objects or an id → name map.</summary>
[TableView("RegionId", "Name", "Code")]
[JsonConverter(typeof(RawJsonRowConverter<VolumeRegion>))]
public sealed class VolumeRegion : IRawJsonRow
{
    public long RegionId { get; set; }

    public string? Name { get; set; }

    /// <summary>A country code, where the answer has one.</summary>
    public string? Code { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<VolumeRegion> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        if (raw.ValueKind == JsonValueKind.Object && !raw.TryGetProperty("id", out _) && !raw.TryGetProperty("region_id", out _))
        {
            foreach (var property in raw.EnumerateObject())
            {
                if (long.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    yield return new VolumeRegion { RegionId = id, Name = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.ToString() };
                }
            }

            yield break;
        }

        if (raw.ValueKind == JsonValueKind.Object)
        {
            yield return new VolumeRegion
            {
                RegionId = VolumeText.Long(raw, "id", "region_id") ?? 0,
                Name = VolumeText.Of(raw, "name", "title", "region"),
                Code = VolumeText.Of(raw, "code", "country_code", "iso"),
            };
        }
    }
}

/// <summary>A keyword's search volume in a region (GET /system/volume, legacy host only). Shape unconfirmed: a list of objects or a keyword → volume map.</summary>
[TableView("Keyword", "Volume", "RegionId")]
[JsonConverter(typeof(RawJsonRowConverter<KeywordVolume>))]
public sealed class KeywordVolume : IRawJsonRow
{
    public string Keyword { get; set; } = string.Empty;

    public long? Volume { get; set; }

    public long RegionId { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<KeywordVolume> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        if (raw.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (VolumeText.Of(raw, "keyword", "name", "query") is { } keyword)
        {
            yield return new KeywordVolume { Keyword = keyword, Volume = VolumeText.Long(raw, "volume", "search_volume", "value"), RegionId = RegionId };
            yield break;
        }

        foreach (var property in raw.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null)
            {
                yield return new KeywordVolume { Keyword = property.Name, Volume = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetInt64() : null, RegionId = RegionId };
            }
        }
    }
}

internal static class VolumeText
{
    internal static string? Of(JsonElement item, params string[] keys) =>
        keys.Select(key => item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null).FirstOrDefault(text => text is not null);

    internal static long? Long(JsonElement item, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (item.TryGetProperty(key, out var value))
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
                {
                    return number;
                }

                if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }
            }
        }

        return null;
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(VolumeRegion))]
[JsonSerializable(typeof(KeywordVolume))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SearchVolumeJsonContext : JsonSerializerContext
{
}
