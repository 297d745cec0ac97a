using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>Projects and their search engines, in both dialects (Project reference §3; unified map #4–#12).</summary>
internal static class SiteRoutes
{
    private static readonly string[] ReservedDomains = ["example.com", "example.org", "example.net", "test.com", "localhost"];

    private static readonly string[] Frequencies = ["check_daily", "check_1in3", "check_weekly", "check_monthly", "manual"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET sites", "GET sites", List),
        new("POST sites", "POST sites", Create),
        new("PUT sites/{site_id}", "PATCH sites", Update),
        new("DELETE sites/{site_id}", "DELETE sites", Delete),
        new("GET sites/{site_id}/stat", "GET sites/summary", Summary),
        new("GET sites/{site_id}/search-engines", "GET sites/search-engines", Engines),
        new("POST sites/{site_id}/search-engines", "POST sites/search-engines", AddEngine),
        new("PUT sites/{site_id}/search-engines/{site_engine_id}", "PATCH sites/search-engines", UpdateEngine),
        new("DELETE sites/{site_id}/search-engines/{site_engine_id}", "DELETE sites/search-engines", RemoveEngine),
    ];

    private static ApiResponse List(ProjectRequest request) => request.Workspace.Read(() => ProjectJson.Write(200, json =>
    {
        json.WriteStartArray();
        foreach (var site in request.Workspace.Sites)
        {
            WriteSite(json, site);
        }

        json.WriteEndArray();
    }));

    private static ApiResponse Create(ProjectRequest request)
    {
        var body = BodyFields.Of(request, arrayOfOneAllowed: true);
        var url = body.Text("url");
        var title = body.Text("title");
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(title))
        {
            throw new ProjectRefusal(400, "empty_field");
        }

        var host = url.Trim().ToLowerInvariant().Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).Split('/')[0];
        if (!host.Contains('.', StringComparison.Ordinal) || ReservedDomains.Any(reserved => host == reserved || host.EndsWith("." + reserved, StringComparison.Ordinal)))
        {
            throw new ProjectRefusal(400, "Incorrect website URL");
        }

        if (title.Length > 255)
        {
            throw new ProjectRefusal(400, "title: This value is too long.");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("site_id", 1);
        }

        var site = request.Workspace.AddSite(url.Trim(), title.Trim()) ?? throw new ProjectRefusal(403, "Limit reached");
        request.Workspace.Change(() => Apply(site, body));
        return ProjectJson.Created("site_id", site.Id);
    }

    private static ApiResponse Update(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        if (body.IsEmpty)
        {
            throw new ProjectRefusal(400, "empty_field");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                site.Url = body.Text("url") ?? site.Url;
                site.Title = body.Text("title") ?? site.Title;
                Apply(site, body);
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Delete(ProjectRequest request)
    {
        var site = request.Site();
        if (!request.DryRun)
        {
            request.Workspace.RemoveSite(site.Id);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Summary(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() =>
        {
            var yesterday = DateOnly.FromDateTime(DateTime.Today).AddDays(-1);
            var positions = site.Engines.SelectMany(engine => site.Keywords.Where(k => k.TrackedOn(engine.Id)).Select(k => ProjectWorkspace.PositionOf(site, k, engine.Id, yesterday))).ToList();
            var found = positions.Where(p => p > 0).ToList();
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("keywords_count", site.Keywords.Count);
                json.WriteNumber("avg_pos", found.Count == 0 ? 0 : Math.Round(found.Average(), 1));
                json.WriteNumber("visibility", positions.Count == 0 ? 0 : Math.Round(100.0 * found.Count(p => p <= 10) / positions.Count, 2));
                json.WriteNumber("top3", found.Count(p => p <= 3));
                json.WriteNumber("top10", found.Count(p => p <= 10));
                json.WriteNumber("top100", found.Count);
                json.WriteNumber("engines_count", site.Engines.Count);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Engines(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var engine in site.Engines)
            {
                json.WriteStartObject();
                json.WriteNumber("site_engine_id", engine.Id);
                json.WriteNumber("search_engine_id", engine.SearchEngineId);
                json.WriteNumber("region_id", SystemRoutes.Engine(engine.SearchEngineId)?.RegionId ?? 0);
                WriteNullable(json, "region_name", engine.RegionName);
                json.WriteString("lang_code", engine.Language);
                json.WriteNumber("merge_map", engine.MergeMap);
                WriteNullable(json, "business_name", engine.BusinessName);
                WriteNullable(json, "phone", engine.Phone);
                json.WriteNumber("paid_results", engine.PaidResults ? 1 : 0);
                json.WriteNumber("featured_snippet", engine.FeaturedSnippet ? 1 : 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse AddEngine(ProjectRequest request)
    {
        var body = BodyFields.Of(request);
        if (request.Dialect == ProjectDialect.Unified && request.Id("site_id") is null && body.Has("site_id"))
        {
            // What a third-party client got for site_id in the body (seranking-unified.md §4).
            throw new ProjectRefusal(400, "Project name: This value should not be blank.");
        }

        var site = request.Site();
        var engineId = body.Long("search_engine_id") ?? throw new ProjectRefusal(400, "search_engine_id: This value should not be blank.");
        if (SystemRoutes.Engine(engineId) is null)
        {
            throw new ProjectRefusal(400, "search_engine_id: Unknown search engine.");
        }

        CheckEngineFields(body);
        if (request.DryRun)
        {
            return ProjectJson.Created("site_engine_id", 1);
        }

        var engine = request.Workspace.AddEngine(site, engineId);
        request.Workspace.Change(() => Apply(engine, body));
        return ProjectJson.Created("site_engine_id", engine.Id);
    }

    private static ApiResponse UpdateEngine(ProjectRequest request)
    {
        var site = request.Site();
        var engine = FindEngine(request, site);
        var body = BodyFields.Of(request);
        CheckEngineFields(body);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => Apply(engine, body));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse RemoveEngine(ProjectRequest request)
    {
        var site = request.Site();
        var engine = FindEngine(request, site);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.Engines.Remove(engine));
        }

        return ProjectJson.Done(request.Dialect);
    }

    internal static EmulatedEngine FindEngine(ProjectRequest request, EmulatedSite site, long? id = null)
    {
        var wanted = id ?? request.RequireId("site_engine_id");
        return request.Workspace.Read(() => site.Engines.FirstOrDefault(engine => engine.Id == wanted))
            ?? throw new ProjectRefusal(404, "Search engine not found in this project");
    }

    private static void CheckEngineFields(BodyFields body)
    {
        if (body.Text("region_name") is { } region && !SystemRoutes.IsRegion(region))
        {
            throw new ProjectRefusal(400, "Invalid location name and search engine pair");
        }

        if (body.Text("merge_map") is { } merge && merge is not ("0" or "1" or "2"))
        {
            throw new ProjectRefusal(400, "merge_map: The value you selected is not a valid choice.");
        }
    }

    private static void Apply(EmulatedSite site, BodyFields body)
    {
        if (body.Text("depth") is { } depth)
        {
            site.Depth = depth is "100" or "200" ? int.Parse(depth, System.Globalization.CultureInfo.InvariantCulture) : throw new ProjectRefusal(400, "depth: The value you selected is not a valid choice.");
        }

        if (body.Text("check_freq") is { } frequency)
        {
            site.CheckFrequency = Frequencies.Contains(frequency) ? frequency : throw new ProjectRefusal(400, "check_freq: The value you selected is not a valid choice.");
        }

        site.CheckDay = body.Long("check_day") is { } day ? (int)day : site.CheckDay;
        site.SubdomainMatch = body.Flag("subdomain_match") ?? site.SubdomainMatch;
        site.ExactUrl = body.Flag("exact_url") ?? site.ExactUrl;
        site.AutoReports = body.Flag("auto_reports") ?? site.AutoReports;
        site.DisableAudit = body.Flag("disable_audit") ?? site.DisableAudit;
        site.IsActive = body.Flag("is_active") ?? site.IsActive;
        site.GroupId = body.Long("site_group_id") ?? site.GroupId;
    }

    private static void Apply(EmulatedEngine engine, BodyFields body)
    {
        engine.RegionName = body.Text("region_name") ?? engine.RegionName;
        engine.Language = body.Text("lang_code") ?? engine.Language;
        engine.MergeMap = body.Text("merge_map") is { } merge ? merge[0] - '0' : engine.MergeMap;
        engine.BusinessName = body.Text("business_name") ?? engine.BusinessName;
        engine.Phone = body.Text("phone") ?? engine.Phone;
        engine.PaidResults = body.Flag("paid_results") ?? engine.PaidResults;
        engine.FeaturedSnippet = body.Flag("featured_snippet") ?? engine.FeaturedSnippet;
    }

    internal static void WriteSite(Utf8JsonWriter json, EmulatedSite site)
    {
        json.WriteStartObject();
        json.WriteNumber("id", site.Id);
        json.WriteString("title", site.Title);
        json.WriteString("name", site.Url.Contains("://", StringComparison.Ordinal) ? site.Url : "https://" + site.Url);
        json.WriteNumber("group_id", site.GroupId);
        json.WriteNumber("is_active", site.IsActive ? 1 : 0);
        json.WriteNumber("exact_url", site.ExactUrl ? 1 : 0);
        json.WriteNumber("subdomain_match", site.SubdomainMatch ? 1 : 0);
        json.WriteNumber("depth", site.Depth);
        json.WriteString("check_freq", site.CheckFrequency);
        if (site.CheckDay is { } day)
        {
            json.WriteNumber("check_day", day);
        }
        else
        {
            json.WriteNull("check_day");
        }

        json.WriteString("guest_link", $"https://online.seranking.com/guest.html?site_id={site.Id}&hv=0&hash=emulated&tab=detailed");
        json.WriteNumber("keyword_count", site.Keywords.Count);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
