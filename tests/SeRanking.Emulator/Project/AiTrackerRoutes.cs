using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace SeRanking.Emulator.Project;

/// <summary>
/// The AI Result Tracker in both dialects (Project reference §12; unified map #102–#123): a
/// project's brand, engines, prompts, rankings, answers and prompt groups, kept beside the
/// project (<see cref="AiTrackerSites.AiTracker"/>) so that writes round-trip. Rankings and
/// answers are computed from the prompt, engine and date, as positions are.
/// </summary>
internal static class AiTrackerRoutes
{
    private static readonly string[] BaseNames = ["chatgpt", "google_ai_overview", "google_ai_mode", "perplexity", "gemini"];

    private static readonly string[] Intents = ["informational", "commercial", "transactional", "navigational"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET sites/{site_id}/airt/brands", "GET airt/brand", Brand),
        new("POST sites/{site_id}/airt/brands", "POST airt/brand", SetBrand),
        new("GET sites/{site_id}/airt/llm", "GET airt/llm", Engines),
        new("GET sites/{site_id}/airt/llm/{llm_id}", null, Engine),
        new("POST sites/{site_id}/airt/llm", "POST airt/llm", AddEngine),
        new("PATCH sites/{site_id}/airt/llm/{llm_id}", "PATCH airt/llm", UpdateEngine),
        new("DELETE sites/{site_id}/airt/llm/{llm_id}", "DELETE airt/llm", RemoveEngine),
        new("GET sites/{site_id}/airt/llm/{llm_id}/status", "GET airt/llm/status", Status),
        new("GET sites/{site_id}/airt/llm/{llm_id}/statistics", "GET airt/llm/statistics", Statistics),
        new("GET sites/{site_id}/airt/llm/{llm_id}/prompts", "GET airt/prompts", Prompts),
        new("POST sites/{site_id}/airt/llm/{llm_id}/prompts", "POST airt/prompts", AddPrompts),
        new("DELETE sites/{site_id}/airt/llm/{llm_id}/prompts", "POST airt/prompts/delete", RemovePrompts),
        new("GET sites/{site_id}/airt/llm/{llm_id}/prompts/rankings", "GET airt/prompts/rankings", Rankings),
        new("GET sites/{site_id}/airt/llm/{llm_id}/prompts/{prompt_llm_id}/answer", "GET airt/prompts/answer", Answer),
        new("GET sites/{site_id}/airt/prompt-groups", "GET airt/prompts/groups", Groups),
        new("POST sites/{site_id}/airt/prompt-groups", "POST airt/prompts/groups", CreateGroup),
        new("PATCH sites/{site_id}/airt/prompt-groups/{group_id}", "PATCH airt/prompts/groups", RenameGroup),
        new("DELETE sites/{site_id}/airt/prompt-groups/{group_id}", "DELETE airt/prompts/groups", DeleteGroup),
        new("POST sites/{site_id}/airt/prompt-groups/{group_id}/order", "POST airt/prompts/groups/order", OrderGroup),
        new("DELETE sites/{site_id}/airt/prompt-groups/{group_id}/keywords", "DELETE airt/prompts/groups/prompts", ClearGroup),
        new("POST sites/{site_id}/airt/prompt-groups/{group_id}/moveKeywords", "POST airt/prompts/groups/move", MovePrompts),
        new("POST sites/{site_id}/airt/prompt-groups/moveGroupKeywords", "POST airt/prompts/groups/transfer", TransferPrompts),
    ];

    /// <summary>The project and its tracker: 404 for a project the account does not have, as the AIRT paths answer.</summary>
    internal static (EmulatedSite Site, AiTrackerState Tracker) Tracker(ProjectRequest request)
    {
        var site = request.Workspace.Site(request.RequireId("site_id")) ?? throw new ProjectRefusal(404, "Site not found");
        return (site, site.AiTracker());
    }

    private static (EmulatedSite Site, AiTrackerState Tracker, AiEngine Engine) TrackerEngine(ProjectRequest request)
    {
        var (site, tracker) = Tracker(request);
        var id = request.RequireId("llm_id");
        var engine = request.Workspace.Read(() => tracker.Engines.FirstOrDefault(e => e.Id == id)) ?? throw new ProjectRefusal(404, "LLM not found");
        return (site, tracker, engine);
    }

    private static ApiResponse Brand(ProjectRequest request)
    {
        var (site, tracker) = Tracker(request);
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("site_id", site.Id);
            WriteNullable(json, "brand", tracker.Brand);
            json.WriteEndObject();
        }));
    }

    private static ApiResponse SetBrand(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var brand = BodyFields.Of(request).Text("brand");
        if (string.IsNullOrWhiteSpace(brand))
        {
            throw new ProjectRefusal(400, "brand: This value should not be blank.");
        }

        if (brand.Length > 255)
        {
            throw new ProjectRefusal(400, "brand: This value is too long. It should have 255 characters or less.");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() => tracker.Brand = brand.Trim());
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Engines(ProjectRequest request)
    {
        if (request.Dialect == ProjectDialect.Unified && request.Id("llm_id") is not null)
        {
            // The unified host reads one engine on the list's path, with llm_id.
            return Engine(request);
        }

        var (_, tracker) = Tracker(request);
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var engine in tracker.Engines)
            {
                WriteEngine(json, engine);
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse Engine(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        return request.Workspace.Read(() => ProjectJson.Write(200, json => WriteEngine(json, engine)));
    }

    private static ApiResponse AddEngine(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var body = BodyFields.Of(request);
        if (request.Workspace.Read(() => tracker.Brand) is null)
        {
            throw new ProjectRefusal(400, "Set the brand first");
        }

        var baseName = body.Text("base_name");
        if (baseName is null || !BaseNames.Contains(baseName))
        {
            throw new ProjectRefusal(400, "base_name: The value you selected is not a valid choice.");
        }

        var country = body.Text("country_code");
        if (country is null || country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            throw new ProjectRefusal(400, "country_code: This value is not a valid country.");
        }

        var region = CheckRegion(baseName, body.Text("region_name"));
        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var engine = new AiEngine(AiTrackerState.NextId(), baseName, country.ToUpperInvariant())
        {
            RegionName = region,
            Language = body.Text("lang_code"),
            PendingReads = tracker.StatusReadsUntilDone,
        };
        request.Workspace.Change(() => tracker.Engines.Add(engine));
        return ProjectJson.Created("id", engine.Id);
    }

    private static ApiResponse UpdateEngine(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        var body = BodyFields.Of(request);
        if (!body.Has("region_name") && !body.Has("lang_code") && body.Raw("region_name") is null && body.Raw("lang_code") is null)
        {
            throw new ProjectRefusal(400, "empty_field");
        }

        var region = CheckRegion(engine.BaseName, body.Text("region_name"));
        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                // A null clears the field; a field left out stays.
                if (body.Raw("region_name") is not null)
                {
                    engine.RegionName = region;
                }

                if (body.Raw("lang_code") is not null)
                {
                    engine.Language = body.Text("lang_code");
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse RemoveEngine(ProjectRequest request)
    {
        var (_, tracker, engine) = TrackerEngine(request);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => tracker.Engines.Remove(engine));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Status(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        return request.Workspace.Read(() =>
        {
            var total = engine.Prompts.Count;
            var pending = engine.PendingReads;
            if (pending > 0)
            {
                engine.PendingReads--;
            }

            var done = pending == 0;
            var checkedCount = done ? total : total / (pending + 1);
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteString("status", done ? "done" : "in_progress");
                json.WriteNumber("progress", done || total == 0 ? (done ? 100 : 0) : Math.Round(100.0 * checkedCount / total, 1));
                json.WriteNumber("checked", checkedCount);
                json.WriteNumber("total", total);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Statistics(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        var (from, to) = Range(request, "from", "to", 30);
        var top = request.QueryLong("top") ?? 0;
        if (top is < 0 or > 100)
        {
            throw new ProjectRefusal(400, "top: This value should be between 0 and 100.");
        }

        return request.Workspace.Read(() =>
        {
            var points = engine.Prompts.SelectMany(p => Days(from, to).Select(day => Point(engine, p, day))).ToList();
            var mentioned = points.Count(p => p.Mention);
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("presence", points.Count == 0 ? 0 : Math.Round(100.0 * mentioned / points.Count, 2));
                json.WriteNumber("aio_presence", points.Count == 0 ? 0 : Math.Round(100.0 * points.Count(p => p.Position is > 0 and <= 3) / points.Count, 2));
                json.WriteNumber("organic_overlap", points.Count == 0 ? 0 : Math.Round(points.Average(p => p.Overlap), 2));
                json.WriteNumber("prompts_total", engine.Prompts.Count);
                json.WriteNumber("mentions", mentioned);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Prompts(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        var (limit, offset) = Page(request, 1000);
        var groups = request.QueryIds("group_ids");
        return request.Workspace.Read(() =>
        {
            var chosen = engine.Prompts.Where(p => groups.Count == 0 || groups.Contains(p.GroupId)).ToList();
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                foreach (var prompt in chosen.Skip(offset).Take(limit))
                {
                    json.WriteStartObject();
                    json.WriteNumber("prompt_llm_id", prompt.Id);
                    json.WriteNumber("prompt_id", prompt.PromptId);
                    json.WriteString("prompt", prompt.Text);
                    json.WriteNumber("group_id", prompt.GroupId);
                    json.WriteString("created_at", prompt.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteNumber("total", chosen.Count);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse AddPrompts(ProjectRequest request)
    {
        var (_, tracker, engine) = TrackerEngine(request);
        var body = BodyFields.Of(request);
        if (body.Raw("prompts") is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() == 0)
        {
            throw new ProjectRefusal(400, "prompts: This value should not be blank.");
        }

        var texts = array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 and <= 255 } text
            ? text.Trim()
            : throw new ProjectRefusal(400, "prompts: Each prompt must be a string of 1 to 255 characters.")).ToList();
        var group = body.Long("group_id");
        if (group is < 1)
        {
            throw new ProjectRefusal(400, "group_id: This value should be greater than 0.");
        }

        return request.Workspace.Read(() =>
        {
            var groupId = group ?? tracker.DefaultGroup.Id;
            if (tracker.Groups.All(g => g.Id != groupId))
            {
                throw new ProjectRefusal(400, "group_id: Group not found.");
            }

            var known = new HashSet<string>(engine.Prompts.Select(p => p.Text), StringComparer.OrdinalIgnoreCase);
            var fresh = texts.Where(known.Add).ToList();
            if (!request.DryRun)
            {
                foreach (var text in fresh)
                {
                    engine.Prompts.Add(new AiPrompt(AiTrackerState.NextId(), tracker.PromptIdOf(text), text, groupId, DateOnly.FromDateTime(DateTime.Today)));
                }

                engine.PendingReads = Math.Max(engine.PendingReads, tracker.StatusReadsUntilDone);
            }

            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteNumber("added", fresh.Count);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse RemovePrompts(ProjectRequest request)
    {
        var (_, _, engine) = TrackerEngine(request);
        var ids = BodyFields.Of(request).Longs("k2site_llm_ids");
        if (ids is not { Count: > 0 })
        {
            throw new ProjectRefusal(400, "k2site_llm_ids: This value should not be blank.");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() => engine.Prompts.RemoveAll(p => ids.Contains(p.Id)));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Rankings(ProjectRequest request)
    {
        var (_, tracker, engine) = TrackerEngine(request);
        var (from, to) = Range(request, "date_from", "date_to", 0);
        var (limit, offset) = Page(request, 1000);
        var groups = request.QueryIds("group_ids");
        var mode = request.QueryText("mode");
        if (mode is not (null or "groups"))
        {
            throw new ProjectRefusal(400, "mode: The value you selected is not a valid choice.");
        }

        return request.Workspace.Read(() =>
        {
            var prompts = engine.Prompts.Where(p => groups.Count == 0 || groups.Contains(p.GroupId)).ToList();
            var days = Days(from, to).ToList();
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("items");
                if (mode == "groups")
                {
                    var chosen = tracker.Groups.Where(g => groups.Count == 0 || groups.Contains(g.Id)).OrderBy(g => g.Position).ToList();
                    foreach (var group in chosen.Skip(offset).Take(limit))
                    {
                        json.WriteStartObject();
                        json.WriteNumber("id", group.Id);
                        json.WriteString("name", group.Name);
                        json.WriteStartArray("positions");
                        foreach (var day in days)
                        {
                            var points = prompts.Where(p => p.GroupId == group.Id).Select(p => Point(engine, p, day)).ToList();
                            json.WriteStartObject();
                            json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                            json.WriteNumber("position", points.Count == 0 ? 0 : Math.Round(points.Average(p => p.Position), 1));
                            json.WriteNumber("mention", points.Count(p => p.Mention));
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteNumber("total", chosen.Count);
                }
                else
                {
                    foreach (var prompt in prompts.Skip(offset).Take(limit))
                    {
                        json.WriteStartObject();
                        json.WriteNumber("prompt_llm_id", prompt.Id);
                        json.WriteString("prompt", prompt.Text);
                        json.WriteNumber("group_id", prompt.GroupId);
                        json.WriteNumber("volume", 10 * (1 + (Mix(prompt.PromptId, 1, 0) % 500)));
                        json.WriteString("intent", Intents[(int)(Mix(prompt.PromptId, 2, 0) % (ulong)Intents.Length)]);
                        json.WriteStartArray("positions");
                        foreach (var day in days)
                        {
                            var point = Point(engine, prompt, day);
                            json.WriteStartObject();
                            json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                            json.WriteNumber("position", point.Position);
                            json.WriteNumber("mention", point.Mention ? 1 : 0);
                            json.WriteNumber("organic_overlap", point.Overlap);
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteNumber("total", prompts.Count);
                }

                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Answer(ProjectRequest request)
    {
        var (site, tracker, engine) = TrackerEngine(request);
        if (request.Dialect == ProjectDialect.Unified && request.QueryText("k2site_llm_id") is not null)
        {
            throw new ProjectRefusal(400, "prompt_llm_id: This value should not be blank.");
        }

        var id = request.RequireId("prompt_llm_id");
        var today = DateOnly.FromDateTime(DateTime.Today);
        var date = request.QueryDate("date") ?? today;
        if (date > today || date < today.AddYears(-1))
        {
            throw new ProjectRefusal(400, "date: The date must be within the last year.");
        }

        return request.Workspace.Read(() =>
        {
            var prompt = engine.Prompts.FirstOrDefault(p => p.Id == id) ?? throw new ProjectRefusal(404, "Prompt not found");
            var point = Point(engine, prompt, date);
            var host = site.Url.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal).Split('/')[0];
            return ProjectJson.Write(200, json =>
            {
                json.WriteStartObject();
                json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("prompt", prompt.Text);
                json.WriteString("answer", point.Mention
                    ? $"For \"{prompt.Text}\", {tracker.Brand} is a good choice, alongside Rival One and Rival Two."
                    : $"For \"{prompt.Text}\", people often pick Rival One or Rival Two.");
                json.WriteStartArray("urls");
                json.WriteStringValue($"https://{host}/");
                json.WriteStringValue("https://rival-one.example/guide");
                json.WriteEndArray();
                json.WriteStartArray("brands");
                if (point.Mention && tracker.Brand is { } brand)
                {
                    json.WriteStringValue(brand);
                }

                json.WriteStringValue("Rival One");
                json.WriteStringValue("Rival Two");
                json.WriteEndArray();
                json.WriteNumber("mention", point.Mention ? 1 : 0);
                json.WriteEndObject();
            });
        });
    }

    private static ApiResponse Groups(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var counted = request.QueryFlag("keys_count") || request.QueryFlag("prompts_count");
        var engines = request.QueryIds("site_llm_ids");
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var group in tracker.Groups.OrderBy(g => g.Position))
            {
                json.WriteStartObject();
                json.WriteNumber("id", group.Id);
                json.WriteString("name", group.Name);
                json.WriteNumber("position", group.Position);
                json.WriteNumber("is_default", group.IsDefault ? 1 : 0);
                json.WriteString("creation_date", group.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (counted)
                {
                    json.WriteNumber("keys_count", tracker.Engines.Where(e => engines.Count == 0 || engines.Contains(e.Id)).Sum(e => e.Prompts.Count(p => p.GroupId == group.Id)));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse CreateGroup(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var name = GroupName(BodyFields.Of(request));
        return request.Workspace.Read(() =>
        {
            if (tracker.Groups.Any(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ProjectRefusal(400, "name: A group with this name already exists.");
            }

            if (request.DryRun)
            {
                return ProjectJson.Created("id", 1);
            }

            var group = new AiGroup(AiTrackerState.NextId(), name, tracker.Groups.Count == 0 ? 1 : tracker.Groups.Max(g => g.Position) + 1, false);
            tracker.Groups.Add(group);
            return ProjectJson.Created("id", group.Id);
        });
    }

    private static ApiResponse RenameGroup(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var group = FindGroup(request, tracker, request.RequireId("group_id"));
        var name = GroupName(BodyFields.Of(request));
        return request.Workspace.Read(() =>
        {
            if (tracker.Groups.Any(g => g != group && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ProjectRefusal(400, "name: A group with this name already exists.");
            }

            if (!request.DryRun)
            {
                group.Name = name;
            }

            return ProjectJson.Done(request.Dialect);
        });
    }

    private static ApiResponse DeleteGroup(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var group = FindGroup(request, tracker, request.RequireId("group_id"));
        if (group.IsDefault)
        {
            throw new ProjectRefusal(400, "The default group cannot be deleted");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                foreach (var prompt in tracker.Engines.SelectMany(e => e.Prompts).Where(p => p.GroupId == group.Id))
                {
                    prompt.GroupId = tracker.DefaultGroup.Id;
                }

                tracker.Groups.Remove(group);
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse OrderGroup(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var group = FindGroup(request, tracker, request.RequireId("group_id"));
        var body = BodyFields.Of(request);
        var (before, after) = (body.Long("before_id"), body.Long("after_id"));
        if ((before is null) == (after is null))
        {
            throw new ProjectRefusal(400, "Give before_id or after_id.");
        }

        var other = FindGroup(request, tracker, (before ?? after)!.Value);
        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                var order = tracker.Groups.OrderBy(g => g.Position).Where(g => g != group).ToList();
                order.Insert(order.IndexOf(other) + (before is null ? 1 : 0), group);
                for (var i = 0; i < order.Count; i++)
                {
                    order[i].Position = i + 1;
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse ClearGroup(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var group = FindGroup(request, tracker, request.RequireId("group_id"));
        if (!request.DryRun)
        {
            request.Workspace.Change(() => tracker.Engines.ForEach(e => e.Prompts.RemoveAll(p => p.GroupId == group.Id)));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse MovePrompts(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var group = FindGroup(request, tracker, request.RequireId("group_id"));
        var ids = BodyFields.Of(request).Longs("k2site_llm_ids");
        if (ids is not { Count: > 0 })
        {
            throw new ProjectRefusal(400, "k2site_llm_ids: This value should not be blank.");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                foreach (var prompt in tracker.Engines.SelectMany(e => e.Prompts).Where(p => ids.Contains(p.Id)))
                {
                    prompt.GroupId = group.Id;
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse TransferPrompts(ProjectRequest request)
    {
        var (_, tracker) = Tracker(request);
        var body = BodyFields.Of(request);
        var from = FindGroup(request, tracker, body.Long("from_group_id") ?? throw new ProjectRefusal(400, "from_group_id: This value should not be blank."));
        var to = FindGroup(request, tracker, body.Long("to_group_id") ?? throw new ProjectRefusal(400, "to_group_id: This value should not be blank."));
        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                foreach (var prompt in tracker.Engines.SelectMany(e => e.Prompts).Where(p => p.GroupId == from.Id))
                {
                    prompt.GroupId = to.Id;
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static AiGroup FindGroup(ProjectRequest request, AiTrackerState tracker, long id) =>
        request.Workspace.Read(() => tracker.Groups.FirstOrDefault(g => g.Id == id)) ?? throw new ProjectRefusal(404, "Group not found");

    private static string GroupName(BodyFields body)
    {
        var name = body.Text("name");
        return string.IsNullOrWhiteSpace(name) ? throw new ProjectRefusal(400, "name: This value should not be blank.")
            : name.Length > 255 ? throw new ProjectRefusal(400, "name: This value is too long.")
            : name.Trim();
    }

    /// <summary>A region name where the engine is location-aware (400 when unknown), dropped on chatgpt and perplexity, as the reference says.</summary>
    private static string? CheckRegion(string baseName, string? region)
    {
        if (region is null || baseName is "chatgpt" or "perplexity")
        {
            return baseName is "chatgpt" or "perplexity" ? null : region;
        }

        return SystemRoutes.IsRegion(region) ? region : throw new ProjectRefusal(400, "Invalid location name and search engine pair");
    }

    internal static (int Limit, int Offset) Page(ProjectRequest request, int max)
    {
        var limit = request.QueryLong("limit") ?? 100;
        var offset = request.QueryLong("offset") ?? 0;
        if (limit < 1 || limit > max)
        {
            throw new ProjectRefusal(400, string.Create(CultureInfo.InvariantCulture, $"limit: This value should be between 1 and {max}."));
        }

        return offset < 0 ? throw new ProjectRefusal(400, "offset: This value should be greater than or equal to 0.") : ((int)limit, (int)offset);
    }

    /// <summary>A date range: <paramref name="fromName"/> defaults to <paramref name="defaultDays"/> days before the end, the end to today; in order and not in the future.</summary>
    internal static (DateOnly From, DateOnly To) Range(ProjectRequest request, string fromName, string toName, int defaultDays)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var to = request.QueryDate(toName) ?? today;
        var from = request.QueryDate(fromName) ?? to.AddDays(-defaultDays);
        if (to > today)
        {
            throw new ProjectRefusal(400, toName + ": The date cannot be in the future.");
        }

        return from > to ? throw new ProjectRefusal(400, fromName + ": The start date must not be after the end date.") : (from, to);
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    internal static ulong Mix(long a, long b, int day)
    {
        var mix = unchecked((ulong)a * 0x9E3779B97F4A7C15UL ^ (ulong)b * 0xC2B2AE3D27D4EB4FUL ^ (ulong)day * 0x165667B19E3779F9UL);
        mix ^= mix >> 31;
        mix *= 0xBF58476D1CE4E5B9UL;
        return mix ^ (mix >> 29);
    }

    /// <summary>A prompt's result on an engine on a day: the brand's place among the brands named (0: not named), and the overlap with organic results.</summary>
    internal static (int Position, bool Mention, double Overlap) Point(AiEngine engine, AiPrompt prompt, DateOnly day)
    {
        var mix = Mix(prompt.PromptId, engine.Id, day.DayNumber);
        var position = mix % 4 == 0 ? 0 : 1 + (int)(mix % 7);
        return (position, position > 0, Math.Round((mix % 1000) / 10.0, 1));
    }

    private static void WriteEngine(Utf8JsonWriter json, AiEngine engine)
    {
        json.WriteStartObject();
        json.WriteNumber("id", engine.Id);
        json.WriteString("base_name", engine.BaseName);
        json.WriteString("country_code", engine.CountryCode);
        WriteNullable(json, "region_name", engine.RegionName);
        WriteNullable(json, "lang_code", engine.Language);
        json.WriteNumber("prompts_count", engine.Prompts.Count);
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

/// <summary>Where each project keeps its AI Result Tracker: beside it, so the project's own class stays as it is.</summary>
public static class AiTrackerSites
{
    private static readonly ConditionalWeakTable<EmulatedSite, AiTrackerState> Trackers = [];

    /// <summary>The project's tracker (made on first use, with its default prompt group).</summary>
    public static AiTrackerState AiTracker(this EmulatedSite site) => Trackers.GetValue(site, _ => new AiTrackerState());
}

/// <summary>A project's AI Result Tracker: brand, engines with their prompts, prompt groups. Changed under the workspace's lock.</summary>
public sealed class AiTrackerState
{
    private static long _nextId = 6_400_000;
    private readonly Dictionary<string, long> _promptIds = new(StringComparer.OrdinalIgnoreCase);

    public AiTrackerState() => Groups.Add(new AiGroup(NextId(), "Default", 1, true));

    public string? Brand { get; set; }

    public List<AiEngine> Engines { get; } = [];

    public List<AiGroup> Groups { get; } = [];

    public AiGroup DefaultGroup => Groups.First(g => g.IsDefault);

    /// <summary>Status reads an engine answers "in_progress" after it is added or gets prompts (0: done at once).</summary>
    public int StatusReadsUntilDone { get; set; } = 1;

    internal static long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>A prompt's own id: the same text has the same id on every engine of the project.</summary>
    internal long PromptIdOf(string text)
    {
        if (!_promptIds.TryGetValue(text, out var id))
        {
            id = NextId();
            _promptIds[text] = id;
        }

        return id;
    }
}

/// <summary>An AI engine tracked for a project.</summary>
public sealed class AiEngine(long id, string baseName, string countryCode)
{
    public long Id { get; } = id;

    public string BaseName { get; } = baseName;

    public string CountryCode { get; } = countryCode;

    public string? RegionName { get; set; }

    public string? Language { get; set; }

    /// <summary>Status reads left before the current round is done.</summary>
    public int PendingReads { get; set; }

    public List<AiPrompt> Prompts { get; } = [];
}

/// <summary>A prompt on an engine (its id is the <c>prompt_llm_id</c>).</summary>
public sealed class AiPrompt(long id, long promptId, string text, long groupId, DateOnly created)
{
    public long Id { get; } = id;

    public long PromptId { get; } = promptId;

    public string Text { get; } = text;

    public long GroupId { get; set; } = groupId;

    public DateOnly Created { get; } = created;
}

/// <summary>A prompt group of a project.</summary>
public sealed class AiGroup(long id, string name, int position, bool isDefault)
{
    public long Id { get; } = id;

    public string Name { get; set; } = name;

    public int Position { get; set; } = position;

    public bool IsDefault { get; } = isDefault;

    public DateOnly Created { get; } = DateOnly.FromDateTime(DateTime.Today);
}
