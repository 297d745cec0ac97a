using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>A project's competitors and the competition in its results, in both dialects (Project reference §5; unified map #34–#40).</summary>
internal static class CompetitorRoutes
{
    /// <summary>How long the domain-level metrics are kept (the reference: about 14 days).</summary>
    public const int MetricsDays = 14;

    private static readonly string[] Rivals = ["rival-outdoor.com", "campmarket.net", "trail-store.org", "gearhub.io", "summit-supply.com", "basecamp.shop", "wildgear.co", "peakdeals.net"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("POST competitors", "POST competitors", Add),
        new("GET competitors/site/{site_id}", "GET competitors", List),
        new("DELETE competitors/{competitor_id}", "DELETE competitors", Remove),
        new("GET competitors/{competitor_id}/positions", "GET competitors/positions", Positions),
        new("GET competitors/top10/{site_id}", "GET competitors/serp10", request => Serp(request, hundred: false)),
        new("GET competitors/top100/{site_id}", "GET competitors/serp100", request => Serp(request, hundred: true)),
        new("GET competitors/all/{site_id}", "GET competitors/metrics", Metrics),
    ];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    private static string Host(string url) =>
        url.Trim().ToLowerInvariant().Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).Split('/')[0];

    private static ApiResponse Add(ProjectRequest request)
    {
        var body = BodyFields.Of(request);
        var siteId = body.Long("site_id") ?? throw new ProjectRefusal(400, "site_id: empty_field");
        var site = request.Workspace.Site(siteId) ?? throw new ProjectRefusal(403, "Access denied to this project");
        var url = body.Text("url");
        if (string.IsNullOrWhiteSpace(url) || !Host(url).Contains('.', StringComparison.Ordinal))
        {
            throw new ProjectRefusal(400, "Incorrect website URL");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var competitor = new EmulatedCompetitor(request.Workspace.NextCompetitorId(), url.Trim(), body.Text("name")?.Trim() ?? url.Trim(), body.Flag("subdomain_match") ?? false);
        request.Workspace.Change(() => site.Competitors.Add(competitor));
        return ProjectJson.Created("id", competitor.Id);
    }

    private static ApiResponse List(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var competitor in site.Competitors)
            {
                json.WriteStartObject();
                json.WriteNumber("id", competitor.Id);
                json.WriteString("name", competitor.Name);
                json.WriteString("url", competitor.Url);
                json.WriteNumber("subdomain_match", competitor.SubdomainMatch ? 1 : 0);
                json.WriteNumber("domain_trust", 20 + (competitor.Id % 61));
                json.WriteNumber("keywords_in_top10", site.Keywords.Count / 3);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static (EmulatedSite Site, EmulatedCompetitor Competitor) Find(ProjectRequest request) =>
        request.Workspace.FindCompetitor(request.RequireId("competitor_id")) ?? throw new ProjectRefusal(404, "Competitor not found");

    private static ApiResponse Remove(ProjectRequest request)
    {
        var (site, competitor) = Find(request);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.Competitors.Remove(competitor));
        }

        return ProjectJson.Done(request.Dialect);
    }

    /// <summary>As the project's own positions: a block per engine, each keyword with its dated positions, computed for the competitor.</summary>
    private static ApiResponse Positions(ProjectRequest request)
    {
        var (site, competitor) = Find(request);
        var to = request.QueryDate("date_to") ?? Today;
        var from = request.QueryDate("date_from") ?? to.AddDays(-7);
        if (from > to)
        {
            throw new ProjectRefusal(400, "date_from must not be after date_to");
        }

        var engineFilter = request.QueryLong("site_engine_id");
        if (engineFilter is { } wanted)
        {
            SiteRoutes.FindEngine(request, site, wanted);
        }

        var features = request.QueryFlag("with_serp_features");
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var engine in site.Engines.Where(engine => engineFilter is null || engine.Id == engineFilter))
            {
                var dates = request.Workspace.DatesOf(site, engine.Id).Where(d => d >= from && d <= to).ToList();
                json.WriteStartObject();
                json.WriteNumber("site_engine_id", engine.Id);
                json.WriteStartArray("keywords");
                foreach (var keyword in site.Keywords.Where(k => k.TrackedOn(engine.Id)))
                {
                    json.WriteStartObject();
                    json.WriteNumber("id", keyword.Id);
                    json.WriteString("name", keyword.Name);
                    json.WriteStartArray("positions");
                    int? before = null;
                    foreach (var date in dates)
                    {
                        var position = PositionOf(site, keyword, engine.Id, competitor.Id, date);
                        json.WriteStartObject();
                        json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        json.WriteNumber("pos", position);
                        json.WriteNumber("change", before is { } b && position > 0 && b > 0 ? b - position : 0);
                        json.WriteString("url", "https://" + Host(competitor.Url) + "/" + keyword.Name.Replace(' ', '-'));
                        if (features)
                        {
                            json.WriteStartArray("serp_features");
                            json.WriteStringValue(position % 2 == 0 ? "images" : "people_also_ask");
                            json.WriteEndArray();
                        }

                        json.WriteEndObject();
                        before = position;
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    /// <summary>A competitor's position: the project's figure for a keyword on another "engine", fixed by the competitor.</summary>
    public static int PositionOf(EmulatedSite site, EmulatedKeyword keyword, long engine, long competitor, DateOnly day) =>
        ProjectWorkspace.PositionOf(site, keyword, engine * 31 + competitor, day);

    private static DateOnly RequiredDate(ProjectRequest request)
    {
        var date = request.QueryDate("date") ?? throw new ProjectRefusal(400, "date: This value should not be blank.");
        return date > Today ? throw new ProjectRefusal(400, "date: no check on a future date") : date;
    }

    /// <summary>The first results of a keyword: the project's site at its own position, its competitors at theirs, other sites between.</summary>
    private static ApiResponse Serp(ProjectRequest request, bool hundred)
    {
        var site = request.Site();
        var date = RequiredDate(request);
        var engine = SiteRoutes.FindEngine(request, site, request.RequireId("site_engine_id"));
        var keywordId = request.RequireId("keyword_id");
        var keyword = request.Workspace.Read(() => site.Keywords.FirstOrDefault(k => k.Id == keywordId)) ?? throw new ProjectRefusal(404, "Keyword not found");
        var top = hundred ? (int)(request.QueryLong("top") ?? 100) : 10;
        if (top is < 1 or > 100)
        {
            throw new ProjectRefusal(400, "top: must be between 1 and 100");
        }

        var taken = new Dictionary<int, string>();
        var own = ProjectWorkspace.PositionOf(site, keyword, engine.Id, date);
        if (own > 0)
        {
            taken[own] = Host(site.Url);
        }

        foreach (var competitor in request.Workspace.Read(() => site.Competitors.ToList()))
        {
            var position = PositionOf(site, keyword, engine.Id, competitor.Id, date);
            if (position > 0)
            {
                taken.TryAdd(position, Host(competitor.Url));
            }
        }

        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            for (var position = 1; position <= top; position++)
            {
                var domain = taken.TryGetValue(position, out var known) ? known : Rivals[(position + (int)(keywordId % 7)) % Rivals.Length].Replace(".", position.ToString(CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal);
                json.WriteStartObject();
                json.WriteNumber("position", position);
                json.WriteString("domain", domain);
                json.WriteString("url", "https://" + domain + "/" + keyword.Name.Replace(' ', '-'));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse Metrics(ProjectRequest request)
    {
        var site = request.Site();
        var date = RequiredDate(request);
        SiteRoutes.FindEngine(request, site, request.RequireId("site_engine_id"));
        if (date < Today.AddDays(-MetricsDays))
        {
            throw new ProjectRefusal(400, $"date: competitor metrics are kept for {MetricsDays} days");
        }

        var group = request.QueryLong("group_id");
        _ = request.QueryIds("tags");
        var domains = request.Workspace.Read(() => new[] { Host(site.Url) }.Concat(site.Competitors.Select(c => Host(c.Url))).Concat(Rivals).Distinct().ToList());
        var keywordCount = request.Workspace.Read(() => site.Keywords.Count(k => group is null || k.GroupId == group));
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            for (var i = 0; i < domains.Count; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("domain_id", 900_000 + i);
                json.WriteString("domain", domains[i]);
                json.WriteNumber("backlinks", 1_000L * (domains.Count - i) + date.Day);
                json.WriteNumber("domains", 40 * (domains.Count - i));
                json.WriteNumber("visibility", Math.Round(keywordCount == 0 ? 0 : 100.0 / (i + 2), 2));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
