using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>Search volumes, on the legacy host only: the unified host answers 404 for them (Project reference §11).</summary>
internal static class VolumeRoutes
{
    private static readonly (long Id, string Name, string Code)[] Regions = [(1, "United States", "us"), (2, "United Kingdom", "gb"), (3, "Germany", "de")];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET system/volume-regions", null, RegionList),
        new("GET system/volume", null, Volumes),
    ];

    private static ApiResponse RegionList(ProjectRequest request) => ProjectJson.Write(200, json =>
    {
        json.WriteStartArray();
        foreach (var (id, name, code) in Regions)
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("name", name);
            json.WriteString("code", code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>A keyword → volume map; <c>keyword[]</c> repeated, at most 10.</summary>
    private static ApiResponse Volumes(ProjectRequest request)
    {
        var region = request.QueryLong("region_id") ?? throw new ProjectRefusal(400, "region_id: This value should not be blank.");
        if (Regions.All(r => r.Id != region))
        {
            throw new ProjectRefusal(400, "region_id: Unknown region");
        }

        var keywords = request.Query["keyword[]"].OfType<string>().ToList();
        if (keywords.Count is 0 or > 10)
        {
            throw new ProjectRefusal(400, "keyword: between 1 and 10 keywords");
        }

        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            foreach (var keyword in keywords)
            {
                json.WriteNumber(keyword, 10 * (keyword.Length * 37 % 500 + 1) * region);
            }

            json.WriteEndObject();
        });
    }
}
