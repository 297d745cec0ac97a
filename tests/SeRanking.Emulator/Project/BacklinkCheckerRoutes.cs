using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>
/// A project's backlink checker in both dialects (Project reference §8; unified map #51–#67):
/// monitored backlinks, the disavow list, backlink groups and Search Console imports, kept per
/// project of the account's workspace. The list import takes its URLs as <c>backlink_urls</c> or
/// <c>list</c> (the sources disagree on the name); anything else is a 400.
/// </summary>
internal static class BacklinkCheckerRoutes
{
    private static readonly string[] Periods = ["onetime", "monthly", "quarterly", "6months", "year"];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET backlinks/{site_id}", "GET backlinks", List),
        new("POST backlinks/{site_id}", "POST backlinks", Add),
        new("POST backlinks/{site_id}/list", "POST backlinks/import", Import),
        new("POST backlinks/{site_id}/delete", "POST backlinks/delete", Remove),
        new("POST backlinks/{site_id}/recheck", "POST backlinks/recheck", Recheck),
        new("GET backlinks/{site_id}/stat", "GET backlinks/stats", Stat),
        new("PUT backlinks/{site_id}/settings", "PATCH backlinks/gsc/settings", Settings),
        new("POST backlinks/{site_id}/import-gsc", "POST backlinks/gsc/import", StartGsc),
        new("GET backlinks/{site_id}/import-gsc", "GET backlinks/gsc/import", GscStatus),
        new("GET backlink-disavow/{site_id}", "GET backlinks/disavowed", Disavowed),
        new("POST backlink-disavow/{site_id}", "POST backlinks/disavowed", Disavow),
        new("DELETE backlink-disavow/{site_id}", "DELETE backlinks/disavowed", RemoveDisavowed),
        new("GET backlink-groups/{site_id}", "GET backlinks/groups", Groups),
        new("POST backlink-groups/{site_id}", "POST backlinks/groups", CreateGroup),
        new("PUT backlink-groups/{site_id}", "PATCH backlinks/groups", RenameGroup),
        new("DELETE backlink-groups/{site_id}", "DELETE backlinks/groups", RemoveGroup),
        new("POST backlink-groups/{site_id}/move", "POST backlinks/groups/move", Move),
    ];

    private static ApiResponse List(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var limit = request.QueryLong("limit") ?? 1000;
        var offset = request.QueryLong("offset") ?? 0;
        if (limit is < 1 or > 1000 || offset < 0)
        {
            throw new ProjectRefusal(400, "limit: This value should be between 1 and 1000.");
        }

        var rows = store.Read(() => checker.Backlinks.Skip((int)offset).Take((int)limit).ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var link in rows)
            {
                var uri = new Uri(link.Url);
                json.WriteStartObject();
                json.WriteString("id", link.Id.ToString(CultureInfo.InvariantCulture));
                json.WriteString("from_url", link.Url);
                json.WriteString("to_url", "https://" + request.Site().Url.Replace("https://", string.Empty, StringComparison.Ordinal) + "/");
                json.WriteString("domain", uri.Host);
                json.WriteString("anchor", "anchor " + link.Id.ToString(CultureInfo.InvariantCulture));
                json.WriteString("http_status", link.Rechecked ? "200" : "0");
                json.WriteString("is_nofollow", (link.Id % 3 == 0 ? 1 : 0).ToString(CultureInfo.InvariantCulture));
                json.WriteString("is_disavow", "0");
                json.WriteString("price", link.Price.ToString(CultureInfo.InvariantCulture));
                json.WriteString("charge_period", link.Period);
                json.WriteString("date_added", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNull("date_lost");
                json.WriteString("group_id", link.GroupId.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse Add(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var url = Url(body.Text("url"), "url");
        var (price, period) = Charge(body);
        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var id = store.AddBacklinks(checker, [url], 0, price, period)[0];
        return ProjectJson.Created("id", id);
    }

    private static ApiResponse Import(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var raw = body.Raw("backlink_urls") ?? body.Raw("list") ?? throw new ProjectRefusal(400, "backlink_urls: This value should not be blank.");
        if (raw.ValueKind != JsonValueKind.Array || raw.GetArrayLength() == 0)
        {
            throw new ProjectRefusal(400, "backlink_urls: This value should be a non-empty array.");
        }

        var urls = raw.EnumerateArray().Select(item => Url(item.ValueKind == JsonValueKind.String ? item.GetString() : null, "backlink_urls")).ToList();
        var group = body.Long("group_id") ?? 0;
        if (group != 0 && store.Read(() => checker.Groups.All(g => g.Id != group)))
        {
            throw new ProjectRefusal(400, "group_id: Group not found.");
        }

        var (price, period) = Charge(body);
        if (!request.DryRun)
        {
            store.AddBacklinks(checker, urls, group, price, period);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Remove(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var ids = Ids(BodyFields.Of(request), "backlink_ids");
        if (!request.DryRun)
        {
            store.Change(() => checker.Backlinks.RemoveAll(b => ids.Contains(b.Id)));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Recheck(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var ids = Ids(body, "backlink_ids");
        if (body.Text("recheck_type") is not ("status" or "index"))
        {
            throw new ProjectRefusal(400, "recheck_type: The value you selected is not a valid choice.");
        }

        if (!request.DryRun)
        {
            store.Change(() => checker.Backlinks.Where(b => ids.Contains(b.Id)).ToList().ForEach(b => b.Rechecked = true));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Stat(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var links = store.Read(() => checker.Backlinks.ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", links.Count);
            json.WriteNumber("anchors", links.Count);
            json.WriteNumber("ip", links.Select(l => new Uri(l.Url).Host).Distinct().Count());
            json.WriteNumber("domains", links.Select(l => new Uri(l.Url).Host).Distinct().Count());
            json.WriteNumber("dofollow", links.Count(l => l.Id % 3 != 0));
            json.WriteNumber("nofollow", links.Count(l => l.Id % 3 == 0));
            json.WriteNumber("limit", 5000);
            json.WriteEndObject();
        });
    }

    private static ApiResponse Settings(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var on = BodyFields.Of(request).Flag("gsc_autoimport") ?? throw new ProjectRefusal(400, "gsc_autoimport: This value should not be blank.");
        if (!request.DryRun)
        {
            store.Change(() => checker.GscAutoImport = on);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse StartGsc(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var token = "gsc-" + request.Site().Id.ToString(CultureInfo.InvariantCulture) + "-" + (store.Read(() => checker.GscImports) + 1).ToString(CultureInfo.InvariantCulture);
        if (!request.DryRun)
        {
            store.Change(() => checker.GscImports++);
        }

        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("token", token);
            json.WriteEndObject();
        });
    }

    private static ApiResponse GscStatus(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        if (request.Dialect == ProjectDialect.Legacy && request.QueryText("token") is null)
        {
            throw new ProjectRefusal(400, "token: This value should not be blank.");
        }

        var started = store.Read(() => checker.GscImports);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", started == 0 ? "none" : "finished");
            json.WriteNumber("imported", started * 12);
            json.WriteEndObject();
        });
    }

    private static ApiResponse Disavowed(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var entries = store.Read(() => checker.Disavowed.ToList());
        var offset = (int)(request.QueryLong("offset") ?? 0);
        var limit = (int)(request.QueryLong("limit") ?? 1000);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("count", entries.Count);
            json.WriteStartArray("list");
            foreach (var (id, url) in entries.Skip(offset).Take(limit))
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("url", url);
                json.WriteString("date_added", DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Disavow(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var raw = body.Raw("list") ?? body.Raw("backlink_urls") ?? throw new ProjectRefusal(400, "list: This value should not be blank.");
        if (raw.ValueKind != JsonValueKind.Array || raw.GetArrayLength() == 0)
        {
            throw new ProjectRefusal(400, "list: This value should be a non-empty array.");
        }

        var urls = raw.EnumerateArray().Select(item => item.GetString() ?? throw new ProjectRefusal(400, "list: expected strings.")).ToList();
        if (!request.DryRun)
        {
            store.Change(() =>
            {
                foreach (var url in urls.Where(u => checker.Disavowed.All(d => d.Url != u)))
                {
                    checker.Disavowed.Add((store.NextId(), url));
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse RemoveDisavowed(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var id = request.RequireId("id");
        if (store.Read(() => checker.Disavowed.All(d => d.Id != id)))
        {
            throw new ProjectRefusal(404, "Disavow entry not found");
        }

        if (!request.DryRun)
        {
            store.Change(() => checker.Disavowed.RemoveAll(d => d.Id == id));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Groups(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var groups = store.Read(() => checker.Groups.Select(g => (g.Id, g.Name, Count: checker.Backlinks.Count(b => b.GroupId == g.Id))).ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("count", groups.Count);
            json.WriteStartArray("groups");
            foreach (var (id, name, count) in groups)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("name", name);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse CreateGroup(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var name = BodyFields.Of(request).Text("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ProjectRefusal(400, "name: This value should not be blank.");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var id = store.NextId();
        store.Change(() => checker.Groups.Add(new BacklinkGroup(id) { Name = name.Trim() }));
        return ProjectJson.Created("id", id);
    }

    private static ApiResponse RenameGroup(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var id = body.Long("id") ?? throw new ProjectRefusal(400, "id: This value should not be blank.");
        var name = body.Text("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ProjectRefusal(400, "name: This value should not be blank.");
        }

        var group = store.Read(() => checker.Groups.FirstOrDefault(g => g.Id == id)) ?? throw new ProjectRefusal(404, "Group not found");
        if (!request.DryRun)
        {
            store.Change(() => group.Name = name.Trim());
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse RemoveGroup(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var id = request.RequireId("id");
        if (store.Read(() => checker.Groups.All(g => g.Id != id)))
        {
            throw new ProjectRefusal(404, "Group not found");
        }

        if (!request.DryRun)
        {
            store.Change(() =>
            {
                checker.Groups.RemoveAll(g => g.Id == id);
                checker.Backlinks.Where(b => b.GroupId == id).ToList().ForEach(b => b.GroupId = 0);
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Move(ProjectRequest request)
    {
        var (checker, store) = Of(request);
        var body = BodyFields.Of(request);
        var target = body.Long("id") ?? throw new ProjectRefusal(400, "id: This value should not be blank.");
        if (store.Read(() => checker.Groups.All(g => g.Id != target)))
        {
            throw new ProjectRefusal(404, "Group not found");
        }

        var ids = body.Longs("backlink_ids") ?? [];
        var groups = body.Longs("group_ids") ?? [];
        if (!request.DryRun)
        {
            // Ids that are not row ids are silently ignored, as the reference says.
            store.Change(() => checker.Backlinks.Where(b => ids.Contains(b.Id) || groups.Contains(b.GroupId)).ToList().ForEach(b => b.GroupId = target));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static (SiteBacklinks Checker, EmulatedBacklinkChecker Store) Of(ProjectRequest request)
    {
        var site = request.Site();
        var store = request.Workspace.BacklinkChecker();
        return (store.Of(site.Id), store);
    }

    private static string Url(string? text, string name) =>
        text is not null && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? text.Trim()
            : throw new ProjectRefusal(400, $"{name}: This value is not a valid URL.");

    private static (double Price, string Period) Charge(BodyFields body)
    {
        var period = body.Text("charge_period") ?? "onetime";
        if (!Periods.Contains(period))
        {
            throw new ProjectRefusal(400, "charge_period: The value you selected is not a valid choice.");
        }

        var price = body.Raw("price") is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : 0;
        return (price, period);
    }

    private static List<long> Ids(BodyFields body, string name)
    {
        var ids = body.Longs(name);
        return ids is { Count: > 0 } ? ids : throw new ProjectRefusal(400, name + ": This value should not be blank.");
    }
}

/// <summary>The backlink checkers of an account's workspace (kept beside it, so the workspace's own file stays as it was).</summary>
public static class EmulatedBacklinkCheckerOfWorkspace
{
    private static readonly ConditionalWeakTable<ProjectWorkspace, EmulatedBacklinkChecker> Stores = [];

    public static EmulatedBacklinkChecker BacklinkChecker(this ProjectWorkspace workspace) => Stores.GetValue(workspace, _ => new EmulatedBacklinkChecker());
}

/// <summary>Each project's monitored backlinks, disavow list and groups. Every member is thread-safe.</summary>
public sealed class EmulatedBacklinkChecker
{
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<long, SiteBacklinks> _sites = [];
    private long _nextId = 77_000;

    /// <summary>The checker of one project (empty until something is added).</summary>
    public SiteBacklinks Of(long siteId)
    {
        lock (_gate)
        {
            return _sites.TryGetValue(siteId, out var checker) ? checker : _sites[siteId] = new SiteBacklinks();
        }
    }

    internal long NextId()
    {
        lock (_gate)
        {
            return _nextId++;
        }
    }

    internal List<long> AddBacklinks(SiteBacklinks checker, IReadOnlyList<string> urls, long group, double price, string period)
    {
        lock (_gate)
        {
            var ids = new List<long>();
            foreach (var url in urls)
            {
                var link = new MonitoredBacklink(_nextId++, url) { GroupId = group, Price = price, Period = period };
                checker.Backlinks.Add(link);
                ids.Add(link.Id);
            }

            return ids;
        }
    }

    internal T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    internal void Change(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }
}

/// <summary>One project's backlink checker.</summary>
public sealed class SiteBacklinks
{
    public List<MonitoredBacklink> Backlinks { get; } = [];

    public List<(long Id, string Url)> Disavowed { get; } = [];

    public List<BacklinkGroup> Groups { get; } = [];

    public bool GscAutoImport { get; set; }

    public int GscImports { get; set; }
}

/// <summary>A monitored backlink.</summary>
public sealed class MonitoredBacklink(long id, string url)
{
    public long Id { get; } = id;

    public string Url { get; } = url;

    public long GroupId { get; set; }

    public double Price { get; set; }

    public string Period { get; set; } = "onetime";

    public bool Rechecked { get; set; }
}

/// <summary>A group of monitored backlinks.</summary>
public sealed class BacklinkGroup(long id)
{
    public long Id { get; } = id;

    public string Name { get; set; } = string.Empty;
}
