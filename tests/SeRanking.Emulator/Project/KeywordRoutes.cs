using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>A project's keywords, in both dialects (Project reference §3 "Keywords of a project"; unified map #13–#16).</summary>
internal static class KeywordRoutes
{
    /// <summary>The most keywords one add takes here; the reference names none, so the emulator picks one to be held to.</summary>
    public const int MaxPerAdd = 1000;

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET sites/{site_id}/keywords", "GET keywords", List),
        new("POST sites/{site_id}/keywords", "POST keywords", Add),
        new("PATCH sites/{site_id}/keywords/{keyword_id}", "PATCH keywords", Update),
        new("DELETE sites/{site_id}/keywords", "DELETE keywords", Remove),
    ];

    private static ApiResponse List(ProjectRequest request)
    {
        var site = request.Site();
        var engine = request.QueryLong("site_engine_id");
        var firstCheck = engine is { } id ? request.Workspace.DatesOf(site, SiteRoutes.FindEngine(request, site, id).Id).FirstOrDefault() : (DateOnly?)null;
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var keyword in site.Keywords.Where(k => engine is null || k.TrackedOn(engine.Value)))
            {
                json.WriteStartObject();
                json.WriteNumber("id", keyword.Id);
                json.WriteString("name", keyword.Name);
                json.WriteNumber("group_id", keyword.GroupId);
                if (keyword.TargetUrl is { } url)
                {
                    json.WriteString("link", url);
                }
                else
                {
                    json.WriteNull("link");
                }

                json.WriteNumber("is_strict", keyword.IsStrict ? 1 : 0);
                if (keyword.Comment is { } comment)
                {
                    json.WriteString("comment", comment);
                }

                if (firstCheck is { } first)
                {
                    json.WriteString("first_check_date", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse Add(ProjectRequest request)
    {
        var site = request.Site();
        if (request.Body is not { ValueKind: JsonValueKind.Array } items)
        {
            throw new ProjectRefusal(400, "The request body must be a JSON array of keywords.");
        }

        if (items.GetArrayLength() > MaxPerAdd)
        {
            throw new ProjectRefusal(400, $"Too many keywords in one request (at most {MaxPerAdd}).");
        }

        var keywords = new List<EmulatedKeyword>();
        foreach (var item in items.EnumerateArray())
        {
            var fields = item.ValueKind == JsonValueKind.Object ? new BodyFields(item) : throw new ProjectRefusal(400, "Each keyword must be an object.");
            var name = fields.Text("keyword");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ProjectRefusal(400, "keyword: empty_field");
            }

            var engines = fields.Longs("site_engine_ids");
            if (engines is not null && engines.Any(id => site.Engines.All(engine => engine.Id != id)))
            {
                throw new ProjectRefusal(400, "site_engine_ids: Unknown search engine of this project.");
            }

            keywords.Add(new EmulatedKeyword(name.Trim())
            {
                GroupId = fields.Long("group_id") ?? 0,
                TargetUrl = fields.Text("target_url"),
                IsStrict = fields.Flag("is_strict") ?? false,
                Comment = fields.Text("comment"),
                SiteEngineIds = engines,
            });
        }

        if (request.DryRun)
        {
            return Added([]);
        }

        var added = request.Workspace.AddKeywords(site, keywords) ?? throw new ProjectRefusal(403, "Limit reached");
        return Added(added.Select(keyword => keyword.Id).ToList());
    }

    private static ApiResponse Added(IReadOnlyList<long> ids) => ProjectJson.Write(201, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("added", ids.Count);
        json.WriteStartArray("ids");
        foreach (var id in ids)
        {
            json.WriteNumberValue(id);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static ApiResponse Update(ProjectRequest request)
    {
        var site = request.Site();
        var id = request.RequireId("keyword_id");
        var keyword = request.Workspace.Read(() => site.Keywords.FirstOrDefault(k => k.Id == id)) ?? throw new ProjectRefusal(404, "Keyword not found");
        var body = BodyFields.Of(request);
        var text = body.Text("keyword");
        if (string.IsNullOrWhiteSpace(text) && (body.Has("target_url") || body.Has("comment") || body.Has("site_engine_ids") || body.IsEmpty))
        {
            throw new ProjectRefusal(400, "empty_field");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                keyword.Name = string.IsNullOrWhiteSpace(text) ? keyword.Name : text.Trim();
                keyword.GroupId = body.Long("group_id") ?? keyword.GroupId;
                keyword.TargetUrl = body.Text("target_url") ?? keyword.TargetUrl;
                keyword.IsStrict = body.Flag("is_strict") ?? keyword.IsStrict;
                keyword.Comment = body.Text("comment") ?? keyword.Comment;
                keyword.SiteEngineIds = body.Longs("site_engine_ids") ?? keyword.SiteEngineIds;
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Remove(ProjectRequest request)
    {
        var site = request.Site();
        var ids = request.QueryIds("keywords_ids");
        if (ids.Count == 0)
        {
            throw new ProjectRefusal(400, "No keywords ids in request");
        }

        if (!request.DryRun)
        {
            var remove = ids.ToHashSet();
            request.Workspace.Change(() => site.Keywords.RemoveAll(keyword => remove.Contains(keyword.Id)));
        }

        return ProjectJson.Done(request.Dialect);
    }
}
