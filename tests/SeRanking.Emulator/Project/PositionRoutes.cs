using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>Positions, their dates, the chart, ads counts, rechecks and manual positions (unified map #17–#23).</summary>
internal static class PositionRoutes
{
    private static readonly string[] Features = ["featured_snippet", "local_pack", "images", "video", "people_also_ask", "top_stories"];

    private static readonly string[] ChartTypes = ["avg_pos", "visibility", "visibility_percent", "top10", "top10_percent"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET sites/{site_id}/positions", "GET sites/positions", Positions),
        new("GET sites/{site_id}/historicalDates", "GET sites/positions/checkpoints", HistoricalDates),
        new("GET sites/{site_id}/check-dates", "GET sites/check-dates", CheckDates),
        new("GET sites/{site_id}/chart", "GET sites/positions/history", Chart),
        new("GET sites/{site_id}/ads", "GET sites/ads-stats", Ads),
        new("POST sites/{site_id}/recheck", "POST sites/positions/recheck", Recheck),
        new("PUT sites/{site_id}/position", "PATCH sites/positions", SetPosition),
    ];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    private static (DateOnly From, DateOnly To) Range(ProjectRequest request, int defaultDays)
    {
        var to = request.QueryDate("date_to") ?? Today;
        var from = request.QueryDate("date_from") ?? to.AddDays(-defaultDays);
        return from > to ? throw new ProjectRefusal(400, "date_from must not be after date_to") : (from, to);
    }

    /// <summary>
    /// One block per engine, one object per keyword with its dated positions: streamed, so an
    /// export of thousands of keywords over months is never held whole.
    /// </summary>
    private static ApiResponse Positions(ProjectRequest request)
    {
        var site = request.Site();
        var (from, to) = Range(request, 7);
        var engineFilter = request.QueryLong("site_engine_id");
        var inTop = request.QueryLong("in_top");
        var landing = request.QueryFlag("with_landing_pages");
        var features = request.QueryFlag("with_serp_features");
        var score = request.QueryFlag("with_content_score");
        if (engineFilter is { } wanted)
        {
            SiteRoutes.FindEngine(request, site, wanted);
        }

        // A snapshot, so keywords added or removed meanwhile do not disturb the stream.
        var (engines, keywords, dates) = request.Workspace.Read(() =>
        {
            var chosen = site.Engines.Where(engine => engineFilter is null || engine.Id == engineFilter).Select(engine => engine.Id).ToList();
            return (chosen, site.Keywords.ToList(), chosen.ToDictionary(engine => engine, engine => request.Workspace.DatesOf(site, engine).Where(d => d >= from && d <= to).ToList()));
        });
        return ProjectJson.Stream(200, json =>
        {
            json.WriteStartArray();
            foreach (var engine in engines)
            {
                json.WriteStartObject();
                json.WriteNumber("site_engine_id", engine);
                json.WriteStartArray("keywords");
                foreach (var keyword in keywords.Where(k => k.TrackedOn(engine)))
                {
                    var days = dates[engine];
                    if (inTop is { } top && days.Count > 0 && ProjectWorkspace.PositionOf(site, keyword, engine, days[^1]) is var last && (last == 0 || last > top))
                    {
                        continue;
                    }

                    WriteKeyword(json, site, keyword, engine, days, landing, features, score);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static void WriteKeyword(Utf8JsonWriter json, EmulatedSite site, EmulatedKeyword keyword, long engine, List<DateOnly> days, bool landing, bool features, bool score)
    {
        json.WriteStartObject();
        json.WriteNumber("id", keyword.Id);
        json.WriteString("name", keyword.Name);
        json.WriteNumber("group_id", keyword.GroupId);
        json.WriteNumber("total_sum", 0);
        json.WriteStartArray("positions");
        int? previous = null;
        foreach (var day in days)
        {
            var position = ProjectWorkspace.PositionOf(site, keyword, engine, day);
            json.WriteStartObject();
            json.WriteString("date", Text(day));
            json.WriteNumber("pos", position);
            json.WriteNumber("change", previous is { } before && before > 0 && position > 0 ? before - position : 0);
            json.WriteEndObject();
            previous = position;
        }

        json.WriteEndArray();
        if (landing)
        {
            json.WriteStartArray("landing_pages");
            foreach (var day in days)
            {
                json.WriteStartObject();
                json.WriteString("date", Text(day));
                json.WriteString("url", keyword.TargetUrl ?? "https://" + site.Url.Replace("https://", string.Empty, StringComparison.Ordinal).TrimEnd('/') + "/" + keyword.Name.Replace(' ', '-'));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (features)
        {
            json.WriteStartArray("serp_features");
            foreach (var day in days)
            {
                json.WriteStartObject();
                json.WriteString("date", Text(day));
                json.WriteStartArray("features");
                json.WriteStringValue(Features[(int)((keyword.Id + day.DayNumber) % Features.Length)]);
                if ((keyword.Id + day.DayNumber) % 3 == 0)
                {
                    json.WriteStringValue("local_pack");
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (score)
        {
            json.WriteNumber("content_score", 40 + (keyword.Id % 55));
            json.WriteNumber("content_score_change", (keyword.Id % 7) - 3);
        }

        json.WriteEndObject();
    }

    private static ApiResponse HistoricalDates(ProjectRequest request)
    {
        var site = request.Site();
        var engine = request.QueryLong("site_engine_id");
        var dates = request.Workspace.Read(() => site.Engines.Where(e => engine is null || e.Id == engine).SelectMany(e => request.Workspace.DatesOf(site, e.Id)).Distinct().OrderBy(d => d).ToList());
        DateOnly? Latest(DateOnly atMost) => dates.LastOrDefault(d => d <= atMost) is var found && found != default ? found : null;
        var current = dates.Count > 0 ? dates[^1] : (DateOnly?)null;
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            foreach (var (name, date) in new[] { ("current", current), ("yesterday", current is { } c ? Latest(c.AddDays(-1)) : null), ("7days", current is { } w ? Latest(w.AddDays(-7)) : null), ("30days", current is { } m ? Latest(m.AddDays(-30)) : null), ("90days", current is { } q ? Latest(q.AddDays(-90)) : null) })
            {
                if (date is { } day)
                {
                    json.WriteString(name, Text(day));
                }
                else
                {
                    json.WriteNull(name);
                }
            }

            json.WriteEndObject();
        });
    }

    private static ApiResponse CheckDates(ProjectRequest request)
    {
        var site = request.Site();
        var (from, to) = Range(request, 30);
        var engine = request.QueryLong("site_engine_id");
        if (engine is { } wanted)
        {
            SiteRoutes.FindEngine(request, site, wanted);
        }

        var checks = request.DryRun ? [] : request.Workspace.CheckDates(site, engine, from, to);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (siteEngine, date) in checks)
            {
                json.WriteStartObject();
                json.WriteNumber("site_engine_id", siteEngine);
                json.WriteString("date", Text(date));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse Chart(ProjectRequest request)
    {
        var site = request.Site();
        var (from, to) = Range(request, 30);
        var type = request.QueryText("type") ?? "avg_pos";
        if (!ChartTypes.Contains(type))
        {
            throw new ProjectRefusal(400, "type: The value you selected is not a valid choice.");
        }

        var engineFilter = request.QueryLong("site_engine_id");
        var keywordFilter = request.QueryIds("keywords_ids");
        _ = request.QueryIds("tags_ids");
        var group = request.QueryLong("group_id");
        var (engines, keywords, dates) = request.Workspace.Read(() =>
        {
            var chosen = site.Engines.Where(e => engineFilter is null || e.Id == engineFilter).Select(e => e.Id).ToList();
            var words = site.Keywords.Where(k => (keywordFilter.Count == 0 || keywordFilter.Contains(k.Id)) && (group is null || k.GroupId == group)).ToList();
            return (chosen, words, chosen.ToDictionary(e => e, e => request.Workspace.DatesOf(site, e).Where(d => d >= from && d <= to).ToList()));
        });
        double Value(long engine, DateOnly day)
        {
            var positions = keywords.Where(k => k.TrackedOn(engine)).Select(k => ProjectWorkspace.PositionOf(site, k, engine, day)).ToList();
            var found = positions.Where(p => p > 0).ToList();
            return type switch
            {
                "avg_pos" => found.Count == 0 ? 0 : Math.Round(found.Average(), 2),
                "top10" => found.Count(p => p <= 10),
                "top10_percent" => positions.Count == 0 ? 0 : Math.Round(100.0 * found.Count(p => p <= 10) / positions.Count, 2),
                _ => positions.Count == 0 ? 0 : Math.Round(found.Sum(p => 1.0 / p) / positions.Count * (type == "visibility_percent" ? 100 : 1), 4),
            };
        }

        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            foreach (var engine in engines)
            {
                json.WriteStartArray(engine.ToString(CultureInfo.InvariantCulture));
                foreach (var day in dates[engine])
                {
                    WritePoint(json, day, Value(engine, day));
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("average");
            foreach (var day in dates.Values.SelectMany(d => d).Distinct().OrderBy(d => d))
            {
                var values = engines.Where(e => dates[e].Contains(day)).Select(e => Value(e, day)).ToList();
                WritePoint(json, day, values.Count == 0 ? 0 : Math.Round(values.Average(), 2));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WritePoint(Utf8JsonWriter json, DateOnly day, double value)
    {
        json.WriteStartObject();
        json.WriteString("date", Text(day));
        json.WriteNumber("value", value);
        json.WriteEndObject();
    }

    private static ApiResponse Ads(ProjectRequest request)
    {
        var site = request.Site();
        var (from, to) = Range(request, 7);
        var engineFilter = request.QueryIds("site_engine_ids");

        // The legacy reference spells the keyword filter keyword_ids, SE Ranking's n8n node keywords_ids on the unified host.
        var keywordFilter = request.QueryIds(request.Dialect == ProjectDialect.Legacy ? "keyword_ids" : "keywords_ids");
        var rows = request.Workspace.Read(() => site.Engines.Where(e => engineFilter.Count == 0 || engineFilter.Contains(e.Id))
            .SelectMany(e => request.Workspace.DatesOf(site, e.Id).Where(d => d >= from && d <= to).Select(d => (Engine: e.Id, Day: d)))
            .ToList());
        var keywordCount = request.Workspace.Read(() => site.Keywords.Count(k => keywordFilter.Count == 0 || keywordFilter.Contains(k.Id)));
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (engine, day) in rows)
            {
                json.WriteStartObject();
                json.WriteNumber("site_engine_id", engine);
                json.WriteString("date", Text(day));
                json.WriteNumber("top", (keywordCount * 3 + day.DayNumber + engine) % (keywordCount + 1));
                json.WriteNumber("bottom", (keywordCount + day.DayNumber) % (keywordCount / 2 + 1));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse Recheck(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var engines = new HashSet<long>();
        if (body.Raw("keywords") is { ValueKind: JsonValueKind.Array } keywords)
        {
            foreach (var item in keywords.EnumerateArray())
            {
                var fields = new BodyFields(item);
                var engine = fields.Long("site_engine_id") ?? throw new ProjectRefusal(400, "keywords: site_engine_id should not be blank.");
                var keyword = fields.Long("keyword_id") ?? throw new ProjectRefusal(400, "keywords: keyword_id should not be blank.");
                SiteRoutes.FindEngine(request, site, engine);
                if (request.Workspace.Read(() => site.Keywords.All(k => k.Id != keyword)))
                {
                    throw new ProjectRefusal(404, "Keyword not found");
                }

                engines.Add(engine);
            }
        }
        else if (body.Long("site_engine_id") is { } engine)
        {
            engines.Add(SiteRoutes.FindEngine(request, site, engine).Id);
        }

        if (!request.DryRun)
        {
            request.Workspace.StartRecheck(site, engines);
        }

        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", "ok");
            json.WriteEndObject();
        });
    }

    private static ApiResponse SetPosition(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var keywordId = body.Long("keyword_id") ?? throw new ProjectRefusal(400, "keyword_id: This value should not be blank.");
        var engine = SiteRoutes.FindEngine(request, site, body.Long("site_engine_id") ?? throw new ProjectRefusal(400, "site_engine_id: This value should not be blank."));
        var position = body.Long("position") ?? throw new ProjectRefusal(400, "position: This value should not be blank.");
        if (position is < 0 or > 200)
        {
            throw new ProjectRefusal(400, "position: This value should be between 0 and 200.");
        }

        if (!DateOnly.TryParseExact(body.Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new ProjectRefusal(400, "date: Invalid date format, expected YYYY-MM-DD.");
        }

        var keyword = request.Workspace.Read(() => site.Keywords.FirstOrDefault(k => k.Id == keywordId)) ?? throw new ProjectRefusal(404, "Keyword not found");
        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.ManualPositions[(keyword.Id, engine.Id, day)] = (int)position);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
