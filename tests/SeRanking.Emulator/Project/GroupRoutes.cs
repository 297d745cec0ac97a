using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>Project groups and keyword groups, in both dialects (Project reference §4; unified map #24–#33).</summary>
internal static class GroupRoutes
{
    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET site-groups", "GET sites/groups", List),
        new("POST site-groups", "POST sites/groups", Create),
        new("PUT site-groups/{group_id}", "PATCH sites/groups", Rename),
        new("DELETE site-groups/{group_id}", "DELETE sites/groups", Delete),
        new("POST site-groups/{group_id}/sites", "POST sites/groups/move", MoveSites),
        new("GET keyword-groups/{site_id}", "GET keywords/groups", KeywordGroups),
        new("POST keyword-groups", "POST keywords/groups", CreateKeywordGroup),
        new("PUT keyword-groups/{group_id}", "PATCH keywords/groups", RenameKeywordGroup),
        new("DELETE keyword-groups/{group_id}", "DELETE keywords/groups", DeleteKeywordGroup),
        new("POST keyword-groups/{group_id}/keywords", "POST keywords/groups/move", MoveKeywords),
    ];

    private static ApiResponse List(ProjectRequest request) => request.Workspace.Read(() => ProjectJson.Write(200, json =>
    {
        var sites = request.Workspace.Sites;
        json.WriteStartArray();
        foreach (var (id, name) in request.Workspace.Groups)
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("name", name);
            json.WriteNumber("sites_count", sites.Count(site => site.GroupId == id));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }));

    private static string Name(ProjectRequest request)
    {
        var name = BodyFields.Of(request).Text("name");
        return string.IsNullOrWhiteSpace(name) ? throw new ProjectRefusal(400, "name: empty_field") : name.Trim();
    }

    private static ApiResponse Create(ProjectRequest request)
    {
        var name = Name(request);
        return ProjectJson.Created("group_id", request.DryRun ? 1 : request.Workspace.AddGroup(name));
    }

    private static long Group(ProjectRequest request)
    {
        var id = request.RequireId("group_id");
        return request.Workspace.HasGroup(id) ? id : throw new ProjectRefusal(404, "Group not found");
    }

    private static ApiResponse Rename(ProjectRequest request)
    {
        var id = Group(request);
        var name = Name(request);
        if (!request.DryRun)
        {
            request.Workspace.RenameGroup(id, name);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Delete(ProjectRequest request)
    {
        var id = Group(request);
        if (!request.DryRun)
        {
            request.Workspace.RemoveGroup(id);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse MoveSites(ProjectRequest request)
    {
        var id = Group(request);
        var ids = BodyFields.Of(request).Longs("site_ids");
        if (ids is not { Count: > 0 })
        {
            throw new ProjectRefusal(400, "site_ids: empty_field");
        }

        var sites = ids.Select(site => request.Workspace.Site(site) ?? throw new ProjectRefusal(403, "Access denied to this project")).ToList();
        if (!request.DryRun)
        {
            request.Workspace.Change(() => sites.ForEach(site => site.GroupId = id));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse KeywordGroups(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (id, name) in site.KeywordGroups.OrderBy(pair => pair.Key))
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("name", name);
                json.WriteNumber("keywords_count", site.Keywords.Count(keyword => keyword.GroupId == id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse CreateKeywordGroup(ProjectRequest request)
    {
        var body = BodyFields.Of(request);
        var siteId = body.Long("site_id") ?? throw new ProjectRefusal(400, "site_id: empty_field");
        var site = request.Workspace.Site(siteId) ?? throw new ProjectRefusal(403, "Access denied to this project");
        var name = Name(request);
        return ProjectJson.Created("group_id", request.DryRun ? 1 : request.Workspace.AddGroup(name, site));
    }

    private static (EmulatedSite Site, long Id) KeywordGroup(ProjectRequest request)
    {
        var id = request.RequireId("group_id");
        return request.Workspace.SiteOfKeywordGroup(id) is { } site ? (site, id) : throw new ProjectRefusal(404, "Keyword group not found");
    }

    private static ApiResponse RenameKeywordGroup(ProjectRequest request)
    {
        var (site, id) = KeywordGroup(request);
        var name = Name(request);
        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.KeywordGroups[id] = name);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse DeleteKeywordGroup(ProjectRequest request)
    {
        var (site, id) = KeywordGroup(request);
        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                site.KeywordGroups.Remove(id);
                site.Keywords.Where(keyword => keyword.GroupId == id).ToList().ForEach(keyword => keyword.GroupId = 0);
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse MoveKeywords(ProjectRequest request)
    {
        var (site, id) = KeywordGroup(request);
        var body = BodyFields.Of(request);

        // The unified host answered 400 to the keyword_ids spelling (seranking-unified.md #33).
        var ids = body.Longs("keywords_ids");
        if (ids is not { Count: > 0 })
        {
            throw new ProjectRefusal(400, "No keywords ids in request");
        }

        var keywords = request.Workspace.Read(() => ids.Select(k => site.Keywords.FirstOrDefault(keyword => keyword.Id == k) ?? throw new ProjectRefusal(400, $"Keyword {k} is not in this project")).ToList());
        if (!request.DryRun)
        {
            request.Workspace.Change(() => keywords.ForEach(keyword => keyword.GroupId = id));
        }

        return request.Dialect == ProjectDialect.Unified ? new ApiResponse(204, [], ApiResponse.JsonContentType) : ProjectJson.Done(request.Dialect);
    }
}
