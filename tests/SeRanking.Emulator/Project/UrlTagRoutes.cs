using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>URL tags of a project, in both dialects (Project reference §6; unified map #41–#44). The change call toggles, as the reference says.</summary>
internal static class UrlTagRoutes
{
    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET sites/{site_id}/url-tags", "GET sites/url-tags", List),
        new("POST sites/{site_id}/url-tags", "POST sites/url-tags", Create),
        new("PUT sites/{site_id}/url-tags", "PATCH sites/url-tags", Toggle),
        new("DELETE sites/{site_id}/url-tags/{tag_id}", "DELETE sites/url-tags", Delete),
    ];

    private static ApiResponse List(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var tag in site.UrlTags)
            {
                json.WriteStartObject();
                json.WriteNumber("id", tag.Id);
                json.WriteString("name", tag.Name);
                Strings(json, "urls", tag.Urls.Order(StringComparer.Ordinal));
                Strings(json, "domains", tag.Domains.Order(StringComparer.Ordinal));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static List<string> Texts(BodyFields body, string name) => body.Raw(name) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new ProjectRefusal(400, $"{name}: expected strings.")).ToList(),
        null or { ValueKind: JsonValueKind.Null } => [],
        _ => throw new ProjectRefusal(400, $"{name}: expected an array."),
    };

    private static ApiResponse Create(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var name = body.Text("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ProjectRefusal(400, "name: empty_field");
        }

        var urls = Texts(body, "urls");
        var domains = Texts(body, "domains");
        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var tag = new EmulatedUrlTag(request.Workspace.NextTagId(), name.Trim());
        tag.Urls.UnionWith(urls);
        tag.Domains.UnionWith(domains);
        request.Workspace.Change(() => site.UrlTags.Add(tag));
        return ProjectJson.Created("id", tag.Id);
    }

    private static ApiResponse Toggle(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var ids = body.Longs("tag_ids");
        if (ids is not { Count: > 0 })
        {
            throw new ProjectRefusal(400, "tag_ids: empty_field");
        }

        var tags = request.Workspace.Read(() => ids.Select(id => site.UrlTags.FirstOrDefault(tag => tag.Id == id) ?? throw new ProjectRefusal(404, "Tag not found")).ToList());
        var urls = Texts(body, "urls");
        var domains = Texts(body, "domains");
        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                foreach (var tag in tags)
                {
                    urls.ForEach(url => _ = tag.Urls.Remove(url) || tag.Urls.Add(url));
                    domains.ForEach(domain => _ = tag.Domains.Remove(domain) || tag.Domains.Add(domain));
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Delete(ProjectRequest request)
    {
        var site = request.Site();
        var id = request.RequireId("tag_id");
        var tag = request.Workspace.Read(() => site.UrlTags.FirstOrDefault(t => t.Id == id)) ?? throw new ProjectRefusal(404, "Tag not found");
        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.UrlTags.Remove(tag));
        }

        return ProjectJson.Done(request.Dialect);
    }
}
