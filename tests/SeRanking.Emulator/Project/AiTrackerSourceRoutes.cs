using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>
/// The AI Result Tracker reads the unified host alone serves (seranking-unified.md #124–#130):
/// cited sources and competitors, computed from the project's engines and prompts. api4 has no
/// path for them, so they answer 404 there.
/// </summary>
internal static class AiTrackerSourceRoutes
{
    private static readonly string[] Cited = ["wikipedia.org", "reddit.com", "youtube.com", "rival-one.example", "rival-two.example", "outdoorgearlab.example", "rei.example", "nytimes.example", "forbes.example", "quora.example", "medium.example"];

    private static readonly string[] DomainSorts = ["ai_answers_total", "backlinks_total", "brand_mentions_total", "coverage_percent", "dt", "domain", "mention_rate_percent", "pages_total", "prompts", "prompts_total", "referring_domains_total"];

    private static readonly string[] PageSorts = ["count_usage", "answers_coverage", "brands_num", "competitors_num", "dt", "link", "mention", "prompt_coverage", "prompts", "url"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new(null, "GET airt/sources/summary", Summary),
        new(null, "GET airt/sources/recommendations", Recommendations),
        new(null, "GET airt/sources/domains", Domains),
        new(null, "GET airt/sources/pages", Pages),
        new(null, "GET airt/competitors", Competitors),
        new(null, "GET airt/competitors/dates", CompetitorDates),
        new(null, "GET airt/competitors/source-metrics", SourceMetrics),
    ];

    private sealed record Source(long DomainId, string Domain, string Url, long Uses, long Prompts, long Mentions, bool Link, double Dt);

    /// <summary>What the chosen engines' answers cited in the range: a few pages per domain, the project's own site first.</summary>
    private static List<Source> Sources(ProjectRequest request, EmulatedSite site, AiTrackerState tracker)
    {
        var (from, to) = AiTrackerRoutes.Range(request, "date_from", "date_to", 30);
        var engines = request.QueryIds("site_llm_ids");
        var promptIds = request.QueryIds("prompt_ids");
        var groups = request.QueryIds("group_ids");
        var prompts = tracker.Engines.Where(e => engines.Count == 0 || engines.Contains(e.Id))
            .SelectMany(e => e.Prompts.Where(p => (promptIds.Count == 0 || promptIds.Contains(p.PromptId)) && (groups.Count == 0 || groups.Contains(p.GroupId))).Select(p => (e, p))).ToList();
        var days = to.DayNumber - from.DayNumber + 1;
        var host = site.Url.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).Split('/')[0];
        var result = new List<Source>();
        foreach (var (domain, index) in new[] { host }.Concat(Cited).Select((d, i) => (d, i)))
        {
            for (var page = 1; page <= 3; page++)
            {
                var cited = prompts.Where(x => AiTrackerRoutes.Mix(x.p.PromptId, index * 10 + page, 0) % 3 != 0).ToList();
                if (cited.Count == 0)
                {
                    continue;
                }

                var id = 9_000 + index;
                result.Add(new Source(id, domain, $"https://{domain}/page-{page}", cited.Count * days, cited.Select(x => x.p.PromptId).Distinct().Count(), cited.Count(x => AiTrackerRoutes.Mix(x.p.PromptId, index, 1) % 2 == 0), index == 0 || page == 1, 20 + (index * 7 % 70)));
            }
        }

        return result;
    }

    private static ApiResponse Summary(ProjectRequest request)
    {
        var (site, tracker) = AiTrackerRoutes.Tracker(request);
        return request.Workspace.Read(() =>
        {
            var sources = Sources(request, site, tracker);
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();

                // Some counters come back as numeric strings (seranking-unified.md §2).
                json.WriteString("domains_total", sources.Select(s => s.Domain).Distinct().Count().ToString(CultureInfo.InvariantCulture));
                json.WriteNumber("pages_total", sources.Count);
                json.WriteNumber("ai_answers_total", sources.Sum(s => s.Uses));
                json.WriteString("brand_mentions_total", sources.Sum(s => s.Mentions).ToString(CultureInfo.InvariantCulture));
                json.WriteNumber("prompts_total", tracker.Engines.Sum(e => e.Prompts.Count));
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Recommendations(ProjectRequest request)
    {
        var (site, tracker) = AiTrackerRoutes.Tracker(request);
        return request.Workspace.Read(() =>
        {
            var top = Sources(request, site, tracker).Where(s => !s.Link).OrderByDescending(s => s.Uses).Take(3).ToList();
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var source in top)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "get_link");
                    json.WriteString("title", "Get a link from " + source.Domain);
                    json.WriteString("description", $"{source.Url} is cited in {source.Uses} AI answers but does not link to your site.");
                    json.WriteString("domain", source.Domain);
                    json.WriteString("url", source.Url);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Domains(ProjectRequest request)
    {
        var (site, tracker) = AiTrackerRoutes.Tracker(request);
        var (limit, offset) = AiTrackerRoutes.Page(request, 100);
        var sort = Sort(request, DomainSorts, "ai_answers_total");
        return request.Workspace.Read(() =>
        {
            var domains = Filter(request, Sources(request, site, tracker)).GroupBy(s => (s.DomainId, s.Domain)).Select(g => new
            {
                g.Key.DomainId,
                g.Key.Domain,
                Uses = g.Sum(s => s.Uses),
                Prompts = g.Max(s => s.Prompts),
                Pages = g.Count(),
                Mentions = g.Sum(s => s.Mentions),
                Dt = g.First().Dt,
            }).ToList();
            var sorted = (sort.Key switch
            {
                "domain" => domains.OrderBy(d => d.Domain, StringComparer.Ordinal).ToList(),
                "dt" => domains.OrderBy(d => d.Dt).ToList(),
                "pages_total" => domains.OrderBy(d => d.Pages).ToList(),
                "brand_mentions_total" => domains.OrderBy(d => d.Mentions).ToList(),
                _ => domains.OrderBy(d => d.Uses).ThenBy(d => d.DomainId).ToList(),
            }).AsEnumerable();
            sorted = sort.Descending ? sorted.Reverse() : sorted;
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var d in sorted.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteNumber("domain_id", d.DomainId);
                    json.WriteString("domain", d.Domain);
                    json.WriteString("ai_answers_total", d.Uses.ToString(CultureInfo.InvariantCulture));
                    json.WriteNumber("prompts_total", d.Prompts);
                    json.WriteNumber("pages_total", d.Pages);
                    json.WriteNumber("brand_mentions_total", d.Mentions);
                    json.WriteNumber("mention_rate_percent", d.Uses == 0 ? 0 : Math.Round(100.0 * d.Mentions / d.Uses, 2));
                    json.WriteNumber("coverage_percent", Math.Round(100.0 * d.Prompts / Math.Max(1, tracker.Engines.Sum(e => e.Prompts.Count)), 2));
                    json.WriteNumber("dt", d.Dt);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("total", domains.Count);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Pages(ProjectRequest request)
    {
        var (site, tracker) = AiTrackerRoutes.Tracker(request);
        var (limit, offset) = AiTrackerRoutes.Page(request, 100);
        var sort = Sort(request, PageSorts, "count_usage");
        var domainId = request.QueryLong("domain_id");
        return request.Workspace.Read(() =>
        {
            var pages = Filter(request, Sources(request, site, tracker)).Where(s => domainId is null || s.DomainId == domainId).ToList();
            var sorted = (sort.Key == "url" ? pages.OrderBy(p => p.Url, StringComparer.Ordinal) : pages.OrderBy(p => p.Uses).ThenBy(p => p.Url, StringComparer.Ordinal)).AsEnumerable();
            sorted = sort.Descending ? sorted.Reverse() : sorted;
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var p in sorted.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteString("url", p.Url);
                    json.WriteString("domain", p.Domain);
                    json.WriteNumber("domain_id", p.DomainId);
                    json.WriteString("count_usage", p.Uses.ToString(CultureInfo.InvariantCulture));
                    json.WriteNumber("prompt_coverage", Math.Round(100.0 * p.Prompts / Math.Max(1, tracker.Engines.Sum(e => e.Prompts.Count)), 2));
                    json.WriteNumber("mention", p.Mentions > 0 ? 1 : 0);
                    json.WriteNumber("link", p.Link ? 1 : 0);
                    json.WriteNumber("dt", p.Dt);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("total", pages.Count);
                json.WriteEndObject();
            });
        });
    }

    private static List<Source> Filter(ProjectRequest request, List<Source> sources)
    {
        var search = request.QueryText("search");
        var mentioned = request.QueryText("is_brand_mentioned") is null ? (bool?)null : request.QueryFlag("is_brand_mentioned");
        var linked = request.QueryText("has_link") is null ? (bool?)null : request.QueryFlag("has_link");
        _ = request.QueryIds("competitor_ids");
        return sources.Where(s => (search is null || s.Url.Contains(search, StringComparison.OrdinalIgnoreCase))
            && (mentioned is null || (s.Mentions > 0) == mentioned)
            && (linked is null || s.Link == linked)).ToList();
    }

    private static (string Key, bool Descending) Sort(ProjectRequest request, string[] allowed, string fallback)
    {
        var sort = request.QueryText("sort") ?? fallback;
        if (!allowed.Contains(sort))
        {
            throw new ProjectRefusal(400, "sort: The value you selected is not a valid choice.");
        }

        return request.QueryText("sort_order") switch
        {
            null or "desc" => (sort, true),
            "asc" => (sort, false),
            _ => throw new ProjectRefusal(400, "sort_order: The value you selected is not a valid choice."),
        };
    }

    private static (EmulatedSite Site, AiTrackerState Tracker, AiEngine Engine) Engine(ProjectRequest request)
    {
        var (site, tracker) = AiTrackerRoutes.Tracker(request);
        var id = request.RequireId("llm_id");
        var engine = request.Workspace.Read(() => tracker.Engines.FirstOrDefault(e => e.Id == id)) ?? throw new ProjectRefusal(404, "LLM not found");
        return (site, tracker, engine);
    }

    private static AiPrompt Prompt(ProjectRequest request, AiEngine engine, long id) =>
        request.Workspace.Read(() => engine.Prompts.FirstOrDefault(p => p.Id == id)) ?? throw new ProjectRefusal(404, "Prompt not found");

    private static (DateOnly From, DateOnly To) CheckedRange(ProjectRequest request, int defaultDays)
    {
        var (from, to) = AiTrackerRoutes.Range(request, "date_from", "date_to", defaultDays);
        return to.DayNumber - from.DayNumber + 1 > 366 ? throw new ProjectRefusal(400, "The date range must not exceed 366 days.") : (from, to);
    }

    private static ApiResponse Competitors(ProjectRequest request)
    {
        var (_, tracker, engine) = Engine(request);
        var ids = request.QueryIds("prompt_llm_ids");
        if (ids.Count is < 1 or > 50)
        {
            throw new ProjectRefusal(400, "prompt_llm_ids: Give 1 to 50 prompts.");
        }

        var (from, to) = CheckedRange(request, 7);
        var days = to.DayNumber - from.DayNumber + 1;
        if (ids.Count * days > 3660)
        {
            throw new ProjectRefusal(400, "Too many prompt-days: at most 3660.");
        }

        var cached = request.QueryText("include_cached_copy_url") != "0";
        var compact = request.QueryFlag("compact");
        var prompts = ids.Select(id => Prompt(request, engine, id)).ToList();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var prompt in prompts)
            {
                foreach (var name in new[] { tracker.Brand ?? "Brand", "Rival One", "Rival Two" })
                {
                    var own = name == tracker.Brand;
                    var runs = new List<(DateOnly From, DateOnly To, int Position)>();
                    for (var day = from; day <= to; day = day.AddDays(1))
                    {
                        var point = AiTrackerRoutes.Point(engine, prompt, day);
                        var position = own ? point.Position : name == "Rival One" ? 1 + (point.Position == 1 ? 1 : 0) : 3;
                        if (position == 0)
                        {
                            continue;
                        }

                        if (compact && runs.Count > 0 && runs[^1].Position == position && runs[^1].To.AddDays(1) == day)
                        {
                            runs[^1] = (runs[^1].From, day, position);
                        }
                        else
                        {
                            runs.Add((day, day, position));
                        }
                    }

                    foreach (var run in runs)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("prompt_llm_id", prompt.Id);
                        if (compact)
                        {
                            json.WriteString("date_from", run.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                            json.WriteString("date_to", run.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            json.WriteString("date", run.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        }

                        json.WriteString("name", name);
                        json.WriteString("domain", own ? "own-brand.example" : name.ToLowerInvariant().Replace(' ', '-') + ".example");
                        json.WriteNumber("position", run.Position);
                        json.WriteNumber("is_own", own ? 1 : 0);
                        if (cached)
                        {
                            // The cached copy still points at api4 (seranking-unified.md §1).
                            json.WriteString("cached_copy_url", $"https://api4.seranking.com/airt/cache/{prompt.Id}/{run.From:yyyy-MM-dd}");
                        }

                        json.WriteEndObject();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    private static ApiResponse CompetitorDates(ProjectRequest request)
    {
        var (_, _, engine) = Engine(request);
        var prompt = Prompt(request, engine, request.RequireId("prompt_llm_id"));
        var (from, to) = CheckedRange(request, 30);
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("dates");
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                if (day >= prompt.Created.AddDays(-60))
                {
                    json.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    private static ApiResponse SourceMetrics(ProjectRequest request)
    {
        var (site, _, engine) = Engine(request);
        var prompt = Prompt(request, engine, request.RequireId("prompt_llm_id"));
        var date = request.QueryDate("date") ?? throw new ProjectRefusal(400, "date: This value should not be blank.");
        var byUrl = request.QueryText("mode") switch
        {
            null => false,
            "url" => true,
            _ => throw new ProjectRefusal(400, "mode: The value you selected is not a valid choice."),
        };
        var host = site.Url.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).Split('/')[0];
        var cited = new[] { host }.Concat(Cited).Where((_, i) => AiTrackerRoutes.Mix(prompt.PromptId, i, date.DayNumber) % 3 == 0).ToList();
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("items");
            foreach (var domain in cited)
            {
                foreach (var page in byUrl ? new[] { 1, 2 } : new[] { 0 })
                {
                    json.WriteStartObject();
                    json.WriteString("domain", domain);
                    if (byUrl)
                    {
                        json.WriteString("url", $"https://{domain}/page-{page}");
                    }

                    json.WriteNumber("count", byUrl ? 1 : 2);
                    json.WriteNumber("share", Math.Round(100.0 / cited.Count, 2));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
