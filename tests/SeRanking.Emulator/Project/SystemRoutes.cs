using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>The reference lists (Project reference §11; unified map #97–#99): a small, fixed excerpt of each.</summary>
internal static class SystemRoutes
{
    internal sealed record EngineEntry(long Id, string Name, long RegionId, string Type);

    private static readonly EngineEntry[] SearchEngines =
    [
        new(200, "Google USA", 1, "google"),
        new(201, "Google Mobile USA", 1, "google_mobile"),
        new(210, "Bing USA", 1, "bing"),
        new(220, "Yahoo USA", 1, "yahoo"),
        new(230, "YouTube USA", 1, "youtube"),
        new(339, "Google United Kingdom", 2, "google"),
        new(340, "Google Mobile United Kingdom", 2, "google_mobile"),
        new(411, "Google Germany", 3, "google"),
        new(412, "Google Mobile Germany", 3, "google_mobile"),
        new(421, "Bing Germany", 3, "bing"),
        new(512, "Google France", 4, "google"),
        new(613, "Google Spain", 5, "google"),
        new(714, "Google Canada", 6, "google"),
        new(815, "Google Australia", 7, "google"),
        new(916, "Google Brazil", 8, "google"),
    ];

    private static readonly (string Name, long RegionId)[] Regions =
    [
        ("New York, New York, United States", 1),
        ("Denver, Colorado, United States", 1),
        ("Austin, Texas, United States", 1),
        ("Chicago, Illinois, United States", 1),
        ("Seattle, Washington, United States", 1),
        ("San Francisco, California, United States", 1),
        ("San Diego, California, United States", 1),
        ("Boston, Massachusetts, United States", 1),
        ("London, England, United Kingdom", 2),
        ("Manchester, England, United Kingdom", 2),
        ("Edinburgh, Scotland, United Kingdom", 2),
        ("Berlin, Berlin, Germany", 3),
        ("Munich, Bavaria, Germany", 3),
        ("Hamburg, Hamburg, Germany", 3),
        ("Paris, Ile-de-France, France", 4),
        ("Lyon, Auvergne-Rhone-Alpes, France", 4),
        ("Madrid, Community of Madrid, Spain", 5),
        ("Toronto, Ontario, Canada", 6),
        ("Sydney, New South Wales, Australia", 7),
        ("Sao Paulo, State of Sao Paulo, Brazil", 8),
    ];

    private static readonly (string Code, string Name)[] Languages =
    [
        ("en", "English"), ("de", "German"), ("fr", "French"), ("es", "Spanish"), ("it", "Italian"),
        ("nl", "Dutch"), ("pl", "Polish"), ("pt", "Portuguese"), ("pt-BR", "Portuguese (Brazil)"),
        ("sv", "Swedish"), ("da", "Danish"), ("ja", "Japanese"), ("zh-CN", "Chinese (Simplified)"),
        ("zh-TW", "Chinese (Traditional)"), ("uk", "Ukrainian"),
    ];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET system/search-engines", "GET system/search-engines", ListEngines),
        new("GET system/google-regions", "GET system/google/regions", ListRegions),
        new("GET system/google-langs", "GET system/google/languages", ListLanguages),
    ];

    internal static EngineEntry? Engine(long id) => SearchEngines.FirstOrDefault(engine => engine.Id == id);

    internal static bool IsRegion(string name) => Regions.Any(region => string.Equals(region.Name, name, StringComparison.Ordinal));

    private static ApiResponse ListEngines(ProjectRequest request) => ProjectJson.Write(200, json =>
    {
        json.WriteStartArray();
        foreach (var engine in SearchEngines)
        {
            json.WriteStartObject();
            json.WriteNumber("id", engine.Id);
            json.WriteString("name", engine.Name);
            json.WriteNumber("region_id", engine.RegionId);
            json.WriteString("type", engine.Type);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    private static ApiResponse ListRegions(ProjectRequest request)
    {
        var search = request.QueryText("search");
        var region = request.QueryLong("region_id");
        var limit = request.QueryLong("limit") ?? 200;
        if (limit is < 1 or > 1000)
        {
            throw new ProjectRefusal(400, "limit: This value should be between 1 and 1000.");
        }

        var rows = Regions
            .Where(r => search is null || r.Name.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Where(r => region is null || r.RegionId == region)
            .Take((int)limit);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (name, regionId) in rows)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("region_id", regionId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse ListLanguages(ProjectRequest request) => ProjectJson.Write(200, json =>
    {
        json.WriteStartObject();
        foreach (var (code, name) in Languages)
        {
            json.WriteString(code, name);
        }

        json.WriteEndObject();
    });
}
