using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SeRanking.Emulator.Project;

/// <summary>
/// Project website audits in both dialects (Project reference §9; unified map #68–#88): the
/// legacy <c>/audit/{audit_id}/…</c> paths and the unified <c>/audits/…</c> with the id in the
/// query. An audit is queued at its first status read, crawls for
/// <see cref="EmulatedAudits.ReadsUntilDone"/> reads, then finishes; a domain named
/// <c>cancel-*</c> ends cancelled and <c>expire-*</c> expired; <c>pages-N.*</c> has N pages.
/// </summary>
internal static class AuditRoutes
{
    private static readonly (string Section, string Code, string Name)[] Checks =
    [
        ("security_v2", "no_https", "No HTTPS encryption"),
        ("security_v2", "mixed_content", "Mixed content"),
        ("metatags_v2", "title_duplicate", "Duplicate title tag"),
        ("metatags_v2", "description_missing", "Missing meta description"),
        ("http_status_v2", "http4xx", "4XX HTTP status codes"),
        ("links_v2", "nofollow_internal", "Nofollow internal links"),
    ];

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("POST audit/create", "POST audits", Create),
        new("GET audit/list", "GET audits", List),
        new("GET audit/{audit_id}", "GET audits/status", Status),
        new("GET audit/{audit_id}/report", "GET audits/report", Report),
        new("GET audit/{audit_id}/pages", "GET audits/pages", Pages),
        new("GET audit/{audit_id}/links", "GET audits/issue-pages", IssuePages),
        new("GET audit/{audit_id}/issues", "GET audits/issues", Issues),
        new("GET audit/{audit_id}/foundlinks", "GET audits/found-links", FoundLinks),
        new("GET audit/{audit_id}/history", "GET audits/history", History),
        new("POST audit/{audit_id}/edit", "PATCH audits", Rename),
        new("POST audit/{audit_id}/delete", "DELETE audits", Delete),
        new("POST audit/{audit_id}/recheck", "POST audits/recheck", Recheck),
        new("GET audit/{audit_id}/settings", "GET audits/settings", Settings),
        new("POST audit/{audit_id}/settings", "PATCH audits/settings", UpdateSettings),
        new("POST audit/{audit_id}/settings/reset", "POST audits/settings/reset", ResetSettings),
        new("GET audit/{audit_id}/sitemaps", "GET audits/sitemaps", Sitemaps),
        new("POST audit/{audit_id}/sitemaps", "POST audits/sitemaps", AddSitemap),
        new("DELETE audit/{audit_id}/sitemaps/{sitemap_id}", "DELETE audits/sitemaps", RemoveSitemap),
        new("GET audit/{audit_id}/source-pages", "GET audits/source-pages", SourceLists),
        new("POST audit/{audit_id}/source-pages", "POST audits/source-pages", AddSourceList),
        new("DELETE audit/{audit_id}/source-pages/{list_id}", "DELETE audits/source-pages", RemoveSourceList),
    ];

    private static ApiResponse Create(ProjectRequest request)
    {
        var body = BodyFields.Of(request);
        var domain = body.Text("domain");
        if (string.IsNullOrWhiteSpace(domain))
        {
            throw new ProjectRefusal(400, "domain: This value should not be blank.");
        }

        var title = body.Text("title") ?? domain.Trim();
        if (title.Length > 300)
        {
            throw new ProjectRefusal(400, "title: This value is too long. It should have 300 characters or less.");
        }

        var settings = EmulatedAudit.Defaults();
        if (body.Raw("settings") is { } given)
        {
            Merge(settings, given);
        }

        var audits = request.Workspace.Audits();
        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var audit = audits.Add(domain.Trim(), title.Trim(), settings);
        return ProjectJson.Created("id", audit.Id);
    }

    private static ApiResponse List(ProjectRequest request)
    {
        var (offset, limit) = Window(request);
        var search = request.QueryText("search");
        var from = request.QueryDate("date_start");
        var to = request.QueryDate("date_end");
        var audits = request.Workspace.Audits().All()
            .Where(a => search is null || a.Title.Contains(search, StringComparison.OrdinalIgnoreCase) || a.Domain.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Where(a => (from is null || a.Created >= from) && (to is null || a.Created <= to))
            .ToList();
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", audits.Count);
            json.WriteStartArray("items");
            foreach (var audit in audits.Skip(offset).Take(limit))
            {
                var (status, pages) = audit.Peek();
                json.WriteStartObject();
                json.WriteNumber("id", audit.Id);
                json.WriteString("url", audit.Domain);
                json.WriteString("title", audit.Title);
                json.WriteString("status", status);
                json.WriteString("last_update", audit.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartObject("stats");
                json.WriteNumber("score", 84);
                json.WriteNumber("errors", pages / 6);
                json.WriteNumber("warnings", pages / 2);
                json.WriteNumber("pages", pages);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Status(ProjectRequest request)
    {
        var audit = Find(request);
        var (status, pages) = request.DryRun ? audit.Peek() : audit.Read();
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", status);
            json.WriteNumber("total_pages", pages);
            json.WriteNumber("total_errors", pages / 6);
            json.WriteNumber("total_warnings", pages / 2);
            json.WriteString("start_time", audit.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 08:00:00");
            json.WriteEndObject();
        });
    }

    private static ApiResponse Report(ProjectRequest request)
    {
        var audit = Find(request);
        var pages = audit.Pages;
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("score_percent", 84);
            json.WriteNumber("total_pages", pages);
            json.WriteNumber("total_errors", pages / 6);
            json.WriteNumber("total_warnings", pages / 2);
            json.WriteNumber("total_notices", pages);
            json.WriteNumber("total_passed", 92);
            json.WriteStartArray("sections");
            foreach (var section in Checks.Select(c => c.Section).Distinct())
            {
                json.WriteStartObject();
                json.WriteString("uid", section);
                json.WriteString("name", section.Replace("_v2", string.Empty, StringComparison.Ordinal).Replace('_', ' '));
                json.WriteStartObject("props");
                foreach (var (_, code, name) in Checks.Where(c => c.Section == section))
                {
                    var value = IssueCount(audit, code);
                    json.WriteStartObject(code);
                    json.WriteString("code", code);
                    json.WriteString("status", value == 0 ? "passed" : code.StartsWith("http", StringComparison.Ordinal) ? "error" : "warning");
                    json.WriteString("name", name);
                    json.WriteNumber("value", value);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Pages(ProjectRequest request)
    {
        var audit = Find(request);
        var (offset, limit) = Window(request);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", audit.Pages);
            json.WriteStartArray("items");
            for (long i = offset; i < Math.Min(audit.Pages, offset + limit); i++)
            {
                json.WriteStartObject();
                json.WriteString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
                json.WriteString("url", audit.PageUrl(i));
                json.WriteString("status", (i % 25 == 24 ? 404 : 200).ToString(CultureInfo.InvariantCulture));
                json.WriteString("depth", (1 + (i % 5)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("load_ms", (300 + (i % 900)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("title_len", (30 + (i % 50)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("noindex", "0");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse IssuePages(ProjectRequest request)
    {
        var audit = Find(request);
        var code = request.QueryText("code") ?? throw new ProjectRefusal(400, "code: This value should not be blank.");
        if (!Checks.Any(c => c.Code == code))
        {
            throw new ProjectRefusal(400, "code: Unknown issue code.");
        }

        var (offset, limit) = Window(request);
        var total = IssueCount(audit, code);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total_urls", total);
            json.WriteStartArray("urls");
            for (long i = offset; i < Math.Min(total, offset + limit); i++)
            {
                json.WriteStringValue(audit.PageUrl(i * 3));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Issues(ProjectRequest request)
    {
        var audit = Find(request);
        var page = request.QueryText("url") ?? request.QueryText("url_id") ?? throw new ProjectRefusal(400, "url_id or url: This value should not be blank.");
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("issues");
            foreach (var (section, code, _) in Checks.Where((c, i) => (page.Length + i) % 3 != 0))
            {
                json.WriteStartObject();
                json.WriteString("code", code);
                json.WriteString("type", code.StartsWith("http", StringComparison.Ordinal) ? "error" : "warning");
                json.WriteString("group", section);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse FoundLinks(ProjectRequest request)
    {
        var audit = Find(request);
        var pageType = request.QueryText("page_type") ?? "all";
        if (pageType is not ("internal" or "external" or "all"))
        {
            throw new ProjectRefusal(400, "page_type: The value you selected is not a valid choice.");
        }

        var status = request.QueryText("filter[0][param]") == "status" ? request.QueryText("filter[0][value]") : null;
        var (offset, limit) = Window(request);
        var links = Enumerable.Range(0, (int)Math.Min(audit.Pages * 3, 5000))
            .Select(i => (Index: i, External: i % 4 == 0, Status: i % 11 == 0 ? "404" : "200"))
            .Where(l => pageType == "all" || (pageType == "external") == l.External)
            .Where(l => status is null || l.Status == status)
            .ToList();
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", links.Count);
            json.WriteStartArray("items");
            foreach (var link in links.Skip(offset).Take(limit))
            {
                json.WriteStartObject();
                json.WriteString("id", (link.Index + 1).ToString(CultureInfo.InvariantCulture));
                json.WriteString("url", link.External ? $"https://elsewhere.example.net/{link.Index}" : audit.PageUrl(link.Index + 1));
                json.WriteString("status", link.Status);
                json.WriteString("type", "a");
                json.WriteString("source_url", audit.PageUrl(link.Index / 3));
                json.WriteString("nofollow", "0");
                json.WriteString("anchor_type", "text");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static ApiResponse History(ProjectRequest request)
    {
        var audit = Find(request);
        var date = request.QueryDate("date") ?? throw new ProjectRefusal(400, "date: This value should not be blank.");
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("audit_time", day + " 08:09:47");
            json.WriteStartObject("domain_data");
            json.WriteString("dt", day);
            json.WriteString("domain", audit.Domain);
            json.WriteEndObject();
            json.WriteStartObject("totals");
            json.WriteNumber("total_pages", audit.Pages);
            json.WriteNumber("total_errors", audit.Pages / 6);
            json.WriteNumber("total_warnings", audit.Pages / 2);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Rename(ProjectRequest request)
    {
        var audit = Find(request);
        var title = BodyFields.Of(request).Text("title");
        if (title is not { Length: > 0 and <= 300 })
        {
            throw new ProjectRefusal(400, "title: This value should not be blank and have 300 characters or less.");
        }

        if (!request.DryRun)
        {
            request.Workspace.Audits().Change(() => audit.Title = title);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Delete(ProjectRequest request)
    {
        var audit = Find(request);
        if (!request.DryRun)
        {
            request.Workspace.Audits().Remove(audit.Id);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Recheck(ProjectRequest request)
    {
        var audit = Find(request);
        if (!request.DryRun)
        {
            request.Workspace.Audits().Change(audit.Restart);
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse Settings(ProjectRequest request)
    {
        var audit = Find(request);
        var settings = request.Workspace.Audits().Read(() => audit.Settings.ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            foreach (var (name, value) in settings)
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }

            json.WriteEndObject();
        });
    }

    private static ApiResponse UpdateSettings(ProjectRequest request)
    {
        var audit = Find(request);
        if (BodyFields.Of(request).Raw("settings") is not { ValueKind: JsonValueKind.Object } given)
        {
            throw new ProjectRefusal(400, "settings: This value should not be blank.");
        }

        var changed = new Dictionary<string, JsonElement>(audit.Settings, StringComparer.Ordinal);
        Merge(changed, given);
        if (!request.DryRun)
        {
            request.Workspace.Audits().Change(() =>
            {
                audit.Settings.Clear();
                foreach (var pair in changed)
                {
                    audit.Settings[pair.Key] = pair.Value;
                }
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse ResetSettings(ProjectRequest request)
    {
        var audit = Find(request);
        if (!request.DryRun)
        {
            request.Workspace.Audits().Change(() =>
            {
                audit.Settings.Clear();
                foreach (var pair in EmulatedAudit.Defaults())
                {
                    audit.Settings[pair.Key] = pair.Value;
                }
            });
        }

        // An empty 200 body, as the reference says.
        return new ApiResponse(200, [], ApiResponse.JsonContentType);
    }

    private static ApiResponse Sitemaps(ProjectRequest request)
    {
        var audit = Find(request);
        var sitemaps = request.Workspace.Audits().Read(() => audit.Sitemaps.ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (id, url) in sitemaps)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("url", url);
                json.WriteNumber("pages_count", 10 + (url.Length % 40));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse AddSitemap(ProjectRequest request)
    {
        var audit = Find(request);
        var url = BodyFields.Of(request).Text("url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new ProjectRefusal(400, "url: This value is not a valid URL.");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("id", 1);
        }

        var id = request.Workspace.Audits().AddSitemap(audit, url);
        return ProjectJson.Created("id", id);
    }

    private static ApiResponse RemoveSitemap(ProjectRequest request)
    {
        var audit = Find(request);
        var id = request.RequireId("sitemap_id");
        var audits = request.Workspace.Audits();
        if (audits.Read(() => audit.Sitemaps.All(s => s.Id != id)))
        {
            throw new ProjectRefusal(404, "Sitemap not found");
        }

        if (!request.DryRun)
        {
            audits.Change(() => audit.Sitemaps.RemoveAll(s => s.Id == id));
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse SourceLists(ProjectRequest request)
    {
        var audit = Find(request);
        var lists = request.Workspace.Audits().Read(() => audit.SourceLists.ToList());
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var (id, name, urls) in lists)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("name", name);
                json.WriteNumber("urls_count", urls);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static ApiResponse AddSourceList(ProjectRequest request)
    {
        var audit = Find(request);
        var (name, lines) = FileOf(request.BodyText);
        if (request.DryRun)
        {
            return ProjectJson.Created("added", lines.Count);
        }

        request.Workspace.Audits().AddSourceList(audit, name, lines.Count);
        return ProjectJson.Created("added", lines.Count);
    }

    private static ApiResponse RemoveSourceList(ProjectRequest request)
    {
        var audit = Find(request);
        var id = request.RequireId("list_id");
        var audits = request.Workspace.Audits();
        if (audits.Read(() => audit.SourceLists.All(s => s.Id != id)))
        {
            throw new ProjectRefusal(404, "URL list not found");
        }

        if (!request.DryRun)
        {
            audits.Change(() => audit.SourceLists.RemoveAll(s => s.Id == id));
        }

        return ProjectJson.Done(request.Dialect);
    }

    /// <summary>The uploaded file of a multipart body: the part named <c>file</c>, which must name a file (the unified host answers 400 otherwise).</summary>
    private static (string Name, List<string> Lines) FileOf(string? body)
    {
        var text = body ?? string.Empty;
        var header = text.IndexOf("name=\"file\"; filename=\"", StringComparison.Ordinal);
        if (header < 0)
        {
            throw new ProjectRefusal(400, "file: A file with a filename is required (multipart field 'file').");
        }

        var nameStart = header + "name=\"file\"; filename=\"".Length;
        var name = text[nameStart..text.IndexOf('"', nameStart)];
        var start = text.IndexOf("\r\n\r\n", nameStart, StringComparison.Ordinal) + 4;
        var end = text.IndexOf("\r\n--", start, StringComparison.Ordinal);
        var lines = text[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? throw new ProjectRefusal(400, "file: The file holds no URL.") : (name, lines);
    }

    private static void Merge(Dictionary<string, JsonElement> settings, JsonElement given)
    {
        if (given.ValueKind != JsonValueKind.Object)
        {
            throw new ProjectRefusal(400, "settings: This value should be an object.");
        }

        foreach (var property in given.EnumerateObject())
        {
            var error = property.Name switch
            {
                "schedule_type" when property.Value.GetString() is not ("manual" or "week" or "month") => "schedule_type: The value you selected is not a valid choice.",
                "schedule_hour" when !property.Value.TryGetInt32(out var hour) || hour is < 0 or > 23 => "schedule_hour: This value should be between 0 and 23.",
                "max_pages" when !property.Value.TryGetInt64(out var max) || max is < 1 or > 300_000 => "max_pages: This value should be between 1 and 300000.",
                "disabled_issues" or "schedule_wdays" when property.Value.ValueKind != JsonValueKind.Array => property.Name + ": This value should be an array.",
                _ => null,
            };
            if (error is not null)
            {
                throw new ProjectRefusal(400, error);
            }

            settings[property.Name] = property.Value.Clone();
        }
    }

    private static EmulatedAudit Find(ProjectRequest request)
    {
        var id = request.RequireId("audit_id");
        return request.Workspace.Audits().Find(id) ?? throw new ProjectRefusal(404, "Audit not found");
    }

    private static (int Offset, int Limit) Window(ProjectRequest request)
    {
        var limit = request.QueryLong("limit") ?? 100;
        var offset = request.QueryLong("offset") ?? 0;
        return limit is < 1 or > 1000 || offset < 0
            ? throw new ProjectRefusal(400, "limit: This value should be between 1 and 1000.")
            : ((int)offset, (int)limit);
    }

    private static long IssueCount(EmulatedAudit audit, string code) => code == "no_https" ? 0 : audit.Pages / (3 + (code.Length % 5));
}

/// <summary>The project audits of an account's workspace (kept beside it, so the workspace's own file stays as it was).</summary>
public static class EmulatedAuditsOfWorkspace
{
    private static readonly ConditionalWeakTable<ProjectWorkspace, EmulatedAudits> Stores = [];

    /// <summary>The audits of <paramref name="workspace"/>.</summary>
    public static EmulatedAudits Audits(this ProjectWorkspace workspace) => Stores.GetValue(workspace, _ => new EmulatedAudits());
}

/// <summary>The project audits of one account. Every member is thread-safe.</summary>
public sealed class EmulatedAudits
{
    private readonly System.Threading.Lock _gate = new();
    private readonly Dictionary<long, EmulatedAudit> _audits = [];
    private long _nextId = 4_410_000;
    private long _nextSourceId = 5_100;

    /// <summary>Status reads an audit spends crawling before it finishes (the first is "queued").</summary>
    public int ReadsUntilDone { get; set; } = 2;

    public IReadOnlyList<EmulatedAudit> All()
    {
        lock (_gate)
        {
            return _audits.Values.OrderByDescending(a => a.Id).ToList();
        }
    }

    public EmulatedAudit? Find(long id)
    {
        lock (_gate)
        {
            return _audits.GetValueOrDefault(id);
        }
    }

    internal EmulatedAudit Add(string domain, string title, Dictionary<string, JsonElement> settings)
    {
        lock (_gate)
        {
            var audit = new EmulatedAudit(this, _nextId++, domain, title);
            foreach (var pair in settings)
            {
                audit.Settings[pair.Key] = pair.Value;
            }

            _audits[audit.Id] = audit;
            return audit;
        }
    }

    internal void Remove(long id)
    {
        lock (_gate)
        {
            _audits.Remove(id);
        }
    }

    internal long AddSitemap(EmulatedAudit audit, string url)
    {
        lock (_gate)
        {
            var id = _nextSourceId++;
            audit.Sitemaps.Add((id, url));
            audit.Settings["source_sitemap"] = JsonSerializer.SerializeToElement(1);
            return id;
        }
    }

    internal long AddSourceList(EmulatedAudit audit, string name, int urls)
    {
        lock (_gate)
        {
            var id = _nextSourceId++;
            audit.SourceLists.Add((id, name, urls));
            audit.Settings["source_file"] = JsonSerializer.SerializeToElement(1);
            return id;
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

    internal (string Status, long Pages) Stand(EmulatedAudit audit, bool read)
    {
        lock (_gate)
        {
            if (read)
            {
                audit.Reads++;
            }

            if (audit.Reads <= 1)
            {
                return ("queued", 0);
            }

            if (audit.Reads <= ReadsUntilDone)
            {
                return ("processing", audit.Pages * (audit.Reads - 1) / Math.Max(1, ReadsUntilDone));
            }

            var host = audit.Domain.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal);
            return host.StartsWith("cancel-", StringComparison.OrdinalIgnoreCase) ? ("cancelled", audit.Pages / 2)
                : host.StartsWith("expire-", StringComparison.OrdinalIgnoreCase) ? ("expired", audit.Pages)
                : ("finished", audit.Pages);
        }
    }
}

/// <summary>One project audit: its site, title, settings, sources and how far its crawl has got.</summary>
public sealed class EmulatedAudit
{
    private readonly EmulatedAudits _owner;

    internal EmulatedAudit(EmulatedAudits owner, long id, string domain, string title)
    {
        _owner = owner;
        Id = id;
        Domain = domain;
        Title = title;
    }

    public long Id { get; }

    public string Domain { get; }

    public string Title { get; set; }

    public DateOnly Created { get; } = DateOnly.FromDateTime(DateTime.Today);

    public Dictionary<string, JsonElement> Settings { get; } = new(StringComparer.Ordinal);

    internal List<(long Id, string Url)> Sitemaps { get; } = [];

    internal List<(long Id, string Name, int Urls)> SourceLists { get; } = [];

    internal int Reads { get; set; }

    /// <summary>Pages the crawl visits in all: N for a <c>pages-N.</c> domain, else a figure from the domain, capped by max_pages.</summary>
    public long Pages
    {
        get
        {
            var host = Domain.Replace("https://", string.Empty, StringComparison.Ordinal).Replace("http://", string.Empty, StringComparison.Ordinal);
            var pages = host.StartsWith("pages-", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(host[6..host.IndexOf('.', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture, out var given)
                ? given
                : 20 + (host.Length * 7 % 180);
            var max = Settings.TryGetValue("max_pages", out var value) && value.TryGetInt64(out var cap) ? cap : long.MaxValue;
            return Math.Min(pages, max);
        }
    }

    internal string PageUrl(long i) => i == 0 ? $"https://{Domain}/" : $"https://{Domain}/page-{i.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Counts a status read, then says where the crawl stands.</summary>
    internal (string Status, long Pages) Read() => _owner.Stand(this, read: true);

    internal (string Status, long Pages) Peek() => _owner.Stand(this, read: false);

    internal void Restart() => Reads = 0;

    /// <summary>What a new audit is set to, and what a reset puts back.</summary>
    internal static Dictionary<string, JsonElement> Defaults() => new(StringComparer.Ordinal)
    {
        ["max_pages"] = JsonSerializer.SerializeToElement(1000),
        ["max_depth"] = JsonSerializer.SerializeToElement(10),
        ["user_agent"] = JsonSerializer.SerializeToElement(0),
        ["source_site"] = JsonSerializer.SerializeToElement(1),
        ["source_sitemap"] = JsonSerializer.SerializeToElement(0),
        ["source_file"] = JsonSerializer.SerializeToElement(0),
        ["schedule_type"] = JsonSerializer.SerializeToElement("manual"),
        ["send_report"] = JsonSerializer.SerializeToElement(0),
        ["disabled_issues"] = JsonSerializer.SerializeToElement(Array.Empty<string>()),
    };
}
