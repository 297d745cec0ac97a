using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's rank-tracker reads (§12), all free. Every token sees three projects (ids 101, 250
/// and 1200); a project's id is also how many keywords it tracks, so paging can be tested, and
/// each has two regions (ids 11 and 12). An unknown project is error -32000, as Serpstat answers.
/// </summary>
internal static class SerpstatRankTrackerRoutes
{
    private const int NotFoundCode = -32000;
    private static readonly long[] ProjectIds = [101, 250, 1200];
    private static readonly long[] RegionIds = [11, 12];

    public static IEnumerable<SerpstatMethod> All()
    {
        yield return new SerpstatMethod
        {
            Name = "RtApiProjectProcedure.getProjects",
            Billing = SerpstatBilling.Free,
            Paging = SerpstatPaging.PageAndSize,
            SizeName = "pageSize",
            NoDataWhenEmpty = false,
            Count = _ => ProjectIds.Length,
            WriteRow = (json, request, i) =>
            {
                var id = ProjectIds[i];
                json.WriteStartObject();
                json.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
                json.WriteString("projectName", $"Tracked {id.ToString(CultureInfo.InvariantCulture)}");
                json.WriteString("domain", $"tracked{id.ToString(CultureInfo.InvariantCulture)}.example.com");
                json.WriteString("createdAt", "2026-03-01 08:00:00");
                json.WriteString("group", "Default");
                json.WriteString("type", "owner");
                json.WriteNumber("status", 1);
                json.WriteBoolean("enableTracking", i != 2);
                json.WriteEndObject();
            },
            Validate = request => request.Long("pageSize") is { } size && size is not (20 or 50 or 100 or 500) ? (-32602, "Invalid params: pageSize must be one of 20, 50, 100, 500") : null,
        };
        yield return new SerpstatMethod
        {
            Name = "RtApiSearchEngineProcedure.getProjectRegions",
            Required = ["projectId"],
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.ListInResult,
            ListName = "regions",
            Count = _ => RegionIds.Length,
            WriteRow = (json, _, i) =>
            {
                json.WriteStartObject();
                json.WriteNumber("id", RegionIds[i]);
                json.WriteBoolean("active", i == 0);
                json.WriteString("serpType", "organic");
                json.WriteString("deviceType", i == 0 ? "desktop" : "mobile");
                json.WriteString("searchEngine", "google");
                json.WriteString("region", "United States");
                json.WriteString("country", "US");
                json.WriteString("city", i == 0 ? string.Empty : "New York");
                json.WriteString("langCode", "en");
                json.WriteEndObject();
            },
            Validate = KnownProject,
        };
        yield return new SerpstatMethod
        {
            Name = "RtApiSearchEngineProcedure.getProjectStatus",
            Required = ["projectId", "regionId"],
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.ResultFields,
            Count = _ => 1,
            WriteRow = (json, request, _) =>
            {
                json.WriteStartObject();
                json.WriteNumber("projectId", request.Long("projectId")!.Value);
                json.WriteNumber("regionId", request.Long("regionId")!.Value);
                json.WriteBoolean("parsing", request.Long("regionId") == 12);
                json.WriteEndObject();
            },
            Validate = request => KnownProject(request) ?? KnownRegion(request, "regionId"),
        };
        yield return History("RtApiSerpResultsProcedure.getUrlsSerpResultsHistory", urls: true);
        yield return History("RtApiSerpResultsProcedure.getKeywordsSerpResultsHistory", urls: false);
        yield return new SerpstatMethod
        {
            Name = "RtApiSerpResultsProcedure.getTopCompetitorsDomainsHistory",
            Required = ["projectId", "projectRegionId", "page"],
            Billing = SerpstatBilling.Free,
            Paging = SerpstatPaging.PageAndSize,
            SizeName = "pageSize",
            MinSize = 20,
            MaxSize = 500,
            Shape = SerpstatShape.ListInData,
            ListName = "competitors",
            Count = request => request.List("domains").Count > 0 ? request.List("domains").Count : request.Long("projectId")!.Value / 10,
            WriteRow = (json, request, i) =>
            {
                var domains = request.List("domains");
                json.WriteStartObject();
                json.WriteString("domain", domains.Count > 0 ? domains[(int)i] : $"competitor{(i + 1).ToString(CultureInfo.InvariantCulture)}.example.net");
                json.WritePropertyName("dates");
                json.WriteStartArray();
                foreach (var date in Dates(request))
                {
                    json.WriteStartObject();
                    json.WriteString("date", date);
                    json.WritePropertyName("result");
                    json.WriteStartObject();
                    json.WriteNumber("sum_traffic", new SeededValues($"{request.Text("projectId")}|{i}|{date}").Between(10, 5000));
                    json.WriteNumber("keywords_count", new SeededValues($"kc|{request.Text("projectId")}|{i}|{date}").Between(1, 90));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            },
            Validate = request => KnownProject(request) ?? KnownRegion(request, "projectRegionId"),
        };
    }

    private static SerpstatMethod History(string name, bool urls) => new()
    {
        Name = name,
        Required = ["projectId", "projectRegionId", "page"],
        Billing = SerpstatBilling.Free,
        Paging = SerpstatPaging.PageAndSize,
        SizeName = "pageSize",
        MaxSize = 500,
        Shape = SerpstatShape.ListInData,
        ListName = "keywords",
        Count = request => request.List("keywords").Count > 0 ? request.List("keywords").Count : request.Long("projectId")!.Value,
        WriteRow = (json, request, i) =>
        {
            var keywords = request.List("keywords");
            var project = request.Text("projectId")!;
            json.WriteStartObject();
            json.WriteString("keyword", keywords.Count > 0 ? keywords[(int)i] : $"tracked keyword {i.ToString(CultureInfo.InvariantCulture)}");
            json.WriteNumber("frequency", new SeededValues($"f|{project}|{i}").Between(10, 20_000));
            json.WriteString("expectedUrl", $"https://tracked{project}.example.com/page-{(i % 9).ToString(CultureInfo.InvariantCulture)}");
            json.WritePropertyName("history");
            json.WriteStartArray();
            foreach (var date in Dates(request))
            {
                var seed = new SeededValues($"{project}|{i}|{date}|{urls}");
                json.WriteStartObject();
                json.WriteString("date", date);
                json.WritePropertyName("positions");
                json.WriteStartArray();
                for (var p = 0; p < (urls ? 1 : 3); p++)
                {
                    json.WriteStartObject();
                    json.WriteNumber("position", seed.Between(1, 100));
                    json.WriteString("url", urls ? $"https://{request.Text("domain") ?? $"tracked{project}.example.com"}/page-{(i % 9).ToString(CultureInfo.InvariantCulture)}" : $"https://result{p + 1}.example.org/");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (request.Text("withTags") == "true")
            {
                json.WritePropertyName("tags");
                json.WriteStartArray();
                json.WriteStartObject();
                json.WriteString("id", "t1");
                json.WriteString("value", i % 2 == 0 ? "brand" : "generic");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        },
        Validate = request => KnownProject(request) ?? KnownRegion(request, "projectRegionId"),
    };

    /// <summary>The dates a history covers: dateFrom to dateTo (at most 3 shown), or the last three days of October 2026.</summary>
    private static List<string> Dates(SerpstatRequest request)
    {
        var to = DateTime.TryParse(request.Text("dateTo"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) ? end : new DateTime(2026, 10, 31);
        var from = DateTime.TryParse(request.Text("dateFrom"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? start : to.AddDays(-2);
        var dates = new List<string>();
        for (var day = to; day >= from && dates.Count < 3; day = day.AddDays(-1))
        {
            dates.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return dates;
    }

    private static (int, string)? KnownProject(SerpstatRequest request) =>
        ProjectIds.Contains(request.Long("projectId") ?? 0) ? null : (NotFoundCode, "Project not found");

    private static (int, string)? KnownRegion(SerpstatRequest request, string name) =>
        RegionIds.Contains(request.Long(name) ?? 0) ? null : (NotFoundCode, "Region not found");
}
