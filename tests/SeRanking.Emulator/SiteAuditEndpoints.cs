using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using SeRanking.Emulator.Routes;

namespace SeRanking.Emulator;

/// <summary>
/// The website-audit flow (§8) with realistic timing: an audit is queued on its first status
/// read, then crawls (its page count grows with time and with each read) until it finishes after
/// <see cref="EmulatorOptions.SiteAuditDuration"/> or <see cref="EmulatorOptions.SiteAuditReadsUntilDone"/>
/// reads, whichever first. A domain named <c>cancel-*</c> ends cancelled and <c>expire-*</c>
/// expired instead; <c>pages-N.example.com</c> has N pages (capped by max_pages), others a
/// seeded 20 to 300. The crawl is billed when it finishes: 2 credits per page (20 advanced).
/// </summary>
internal sealed class SiteAuditEndpoints(EmulatorOptions options)
{
    private const string Prefix = "v1/site-audit/audits";

    private static readonly string[] Sections = ["security_v2", "metatags_v2", "http_status_v2", "links_v2"];

    private static readonly (string Section, string Code, string Name)[] Checks =
    [
        ("security_v2", "no_https", "No HTTPS encryption"),
        ("security_v2", "mixed_content", "Mixed content"),
        ("metatags_v2", "title_duplicate", "Duplicate title tag"),
        ("metatags_v2", "title_too_long", "Title too long"),
        ("metatags_v2", "description_missing", "Missing meta description"),
        ("http_status_v2", "http4xx", "4XX HTTP status codes"),
        ("http_status_v2", "http5xx", "5XX HTTP status codes"),
        ("links_v2", "nofollow_internal", "Nofollow internal links"),
    ];

    private readonly ConcurrentDictionary<long, Audit> _audits = new();
    private long _lastId = 700512344;

    public static bool Owns(string path) => path == Prefix || path.StartsWith(Prefix + "/", StringComparison.Ordinal);

    public ApiResponse Handle(ApiCall call, DataAccount account)
    {
        var rest = call.Path.Length > Prefix.Length ? call.Path[(Prefix.Length + 1)..] : string.Empty;
        return (call.Method, rest) switch
        {
            ("POST", "standard") => Create(call, account, advanced: false),
            ("POST", "advanced") => Create(call, account, advanced: true),
            ("GET", "") => List(call, account),
            ("PATCH", "") => WithAudit(call, account, audit => Rename(call, audit)),
            ("DELETE", "") => WithAudit(call, account, audit => Delete(call, audit)),
            ("GET", "status") => WithAudit(call, account, audit => Status(call, account, audit)),
            ("GET", "report") => WithAudit(call, account, Report),
            ("GET", "pages") => WithAudit(call, account, audit => Pages(call, audit)),
            ("GET", "issue-pages") => WithAudit(call, account, audit => IssuePages(call, audit)),
            ("GET", "issues") => WithAudit(call, account, audit => Issues(call, audit)),
            ("GET", "links") => WithAudit(call, account, audit => Links(call, audit)),
            ("GET", "history") => WithAudit(call, account, audit => History(call, audit)),
            ("POST", "recheck/standard") => WithAudit(call, account, audit => Recheck(call, account, audit, advanced: false)),
            ("POST", "recheck/advanced") => WithAudit(call, account, audit => Recheck(call, account, audit, advanced: true)),
            (_, "" or "standard" or "advanced" or "status" or "report" or "pages" or "issue-pages" or "issues" or "links" or "history" or "recheck/standard" or "recheck/advanced")
                => ErrorBodies.Data(405, "Method Not Allowed."),
            _ => ErrorBodies.Data(404, ErrorBodies.NotFound),
        };
    }

    private ApiResponse Create(ApiCall call, DataAccount account, bool advanced)
    {
        var request = new RouteRequest(call);
        if (request.BodyIsInvalid)
        {
            return ErrorBodies.Data(400, "Invalid JSON body.");
        }

        var domain = request.Value("domain");
        if (string.IsNullOrWhiteSpace(domain))
        {
            return ErrorBodies.Data(400, "Parameter domain is missing.");
        }

        if (request.Value("title") is { Length: > 300 })
        {
            return ErrorBodies.Data(400, "Parameter title is too long (300 characters at most).");
        }

        var maxPages = 1000L;
        if (request.Json("settings") is { ValueKind: JsonValueKind.Object } settings)
        {
            if (SettingsError(settings) is { } invalid)
            {
                return ErrorBodies.Data(400, invalid);
            }

            if (settings.TryGetProperty("max_pages", out var max))
            {
                maxPages = max.GetInt64();
            }
        }

        var rate = advanced ? 20 : 2;
        if (!call.DryRun && account.Credits < rate)
        {
            return ErrorBodies.DataInsufficientFunds(account.FundsErrorStyle);
        }

        var id = call.DryRun ? Interlocked.Read(ref _lastId) + 1 : Interlocked.Increment(ref _lastId);
        if (!call.DryRun)
        {
            _audits[id] = new Audit(id, account.Key, domain.Trim(), request.Value("title") ?? domain.Trim(), advanced, Math.Min(maxPages, PagesOf(domain)));
        }

        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteEndObject();
        });
    }

    /// <summary>The 400 message for a settings value the API refuses, or null.</summary>
    private static string? SettingsError(JsonElement settings)
    {
        static bool Whole(JsonElement value, long min, long max) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= min && number <= max;

        foreach (var setting in settings.EnumerateObject())
        {
            var ok = setting.Name switch
            {
                "source_site" or "source_sitemap" or "source_subdomain" or "source_file" or "check_robots" or "ignore_noindex" or "ignore_nofollow" => Whole(setting.Value, 0, 1),
                "ignore_params" => Whole(setting.Value, 0, 2),
                "user_agent" => Whole(setting.Value, 0, 13),
                "max_pages" => Whole(setting.Value, 1, 300_000),
                "max_depth" => Whole(setting.Value, 1, 100),
                "max_req" => Whole(setting.Value, 1, 500),
                "max_redirects" => Whole(setting.Value, 1, 50),
                "max_size" => Whole(setting.Value, 1, 100_000),
                "min_title_len" or "max_title_len" or "min_description_len" or "max_description_len" or "min_words" or "max_h1_len" or "max_h2_len" => Whole(setting.Value, 1, 10_000),
                "custom_params" or "login" or "password" or "allow" or "disallow" or "hide" => setting.Value.ValueKind == JsonValueKind.String,
                _ => false,
            };
            if (!ok)
            {
                return $"Invalid value of settings.{setting.Name}.";
            }
        }

        return null;
    }

    private ApiResponse List(ApiCall call, DataAccount account)
    {
        var request = new RouteRequest(call);
        var (offset, limit, refusal) = Window(request, 100);
        if (refusal is not null)
        {
            return refusal;
        }

        var search = request.Value("search");
        var mine = _audits.Values
            .Where(a => a.OwnerKey == account.Key && !a.Deleted)
            .Where(a => search is null || a.Title.Contains(search, StringComparison.OrdinalIgnoreCase) || a.Domain.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.Id)
            .ToList();
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", mine.Count);
            json.WriteStartArray("items");
            foreach (var audit in mine.Skip((int)offset).Take((int)limit))
            {
                var (status, pages) = audit.Peek(options);
                json.WriteStartObject();
                json.WriteNumber("id", audit.Id);
                json.WriteNumber("group_id", 1);
                json.WriteString("url", audit.Domain);
                json.WriteString("title", audit.Title);
                json.WriteBoolean("has_project", false);
                json.WriteNull("site_id");
                json.WriteString("last_update", audit.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("status", status);
                json.WriteNull("error");
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

    private ApiResponse Status(ApiCall call, DataAccount account, Audit audit)
    {
        var (status, pages) = call.DryRun ? audit.Peek(options) : audit.Read(options);
        if (status == "finished" && !call.DryRun && audit.TakeBilling())
        {
            // The crawl is billed on its pages; what the account cannot pay it loses.
            if (!account.TryCharge(pages * audit.Rate))
            {
                account.TryCharge(account.Credits);
            }
        }

        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", status);
            json.WriteNumber("total_pages", pages);
            json.WriteNumber("total_errors", pages / 6);
            json.WriteNumber("total_warnings", pages / 2);
            json.WriteNumber("total_passed", 92);
            json.WriteString("start_time", DataApiEndpoints.FormatDateTime(audit.CreatedAt));
            json.WriteString("audit_time", DataApiEndpoints.FormatDateTime(audit.CreatedAt.AddSeconds(options.SiteAuditDuration.TotalSeconds)));
            json.WriteEndObject();
        });
    }

    private ApiResponse Report(Audit audit)
    {
        var pages = audit.Peek(options).Pages;
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("score_percent", 84);
            json.WriteNumber("total_pages", pages);
            json.WriteNumber("total_errors", pages / 6);
            json.WriteNumber("total_warnings", pages / 2);
            json.WriteNumber("total_notices", pages);
            json.WriteNumber("total_passed", 92);
            json.WriteString("audit_time", DataApiEndpoints.FormatDateTime(audit.CreatedAt));
            json.WriteStartObject("domain_props");
            json.WriteString("domain", audit.Domain);
            json.WriteString("expdate", "2027-03-02");
            json.WriteString("backlinks", "48213");
            json.WriteString("index_google", "1710");
            json.WriteEndObject();
            json.WriteStartArray("sections");
            foreach (var section in Sections)
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
                    json.WriteString("status", value == 0 ? "passed" : code.StartsWith("http", StringComparison.Ordinal) || code == "mixed_content" ? "error" : "warning");
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

    private ApiResponse Pages(ApiCall call, Audit audit)
    {
        var (offset, limit, refusal) = Window(new RouteRequest(call), 100);
        if (refusal is not null)
        {
            return refusal;
        }

        var pages = audit.Peek(options).Pages;
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", pages);
            json.WriteStartArray("items");
            for (var i = offset; i < Math.Min(pages, offset + limit); i++)
            {
                json.WriteStartObject();
                json.WriteString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
                json.WriteString("url", PageUrl(audit, i));
                json.WriteString("url_len", PageUrl(audit, i).Length.ToString(CultureInfo.InvariantCulture));
                json.WriteString("type", "doc");
                json.WriteString("url_protocol", "https");
                json.WriteString("sitemap", (i % 3 == 0 ? 1 : 0).ToString(CultureInfo.InvariantCulture));
                json.WriteString("status", (i % 25 == 24 ? 404 : 200).ToString(CultureInfo.InvariantCulture));
                json.WriteString("size", (12_000 + (i * 37 % 9000)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("depth", (1 + (i % 5)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("noindex", (i % 17 == 0 ? 1 : 0).ToString(CultureInfo.InvariantCulture));
                json.WriteString("first_ms", (80 + (i % 120)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("load_ms", (300 + (i % 900)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("title_len", (30 + (i % 50)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("description_len", (90 + (i % 90)).ToString(CultureInfo.InvariantCulture));
                json.WriteString("html_ratio", "0.23");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private ApiResponse IssuePages(ApiCall call, Audit audit)
    {
        var request = new RouteRequest(call);
        var code = request.Value("code");
        if (string.IsNullOrEmpty(code))
        {
            return ErrorBodies.Data(400, "Parameter code is missing.");
        }

        if (!Checks.Any(c => c.Code == code))
        {
            return ErrorBodies.Data(400, $"Unknown issue code {code}.");
        }

        var (offset, limit, refusal) = Window(request, 100);
        if (refusal is not null)
        {
            return refusal;
        }

        var total = IssueCount(audit, code);
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total_urls", total);
            json.WriteStartArray("urls");
            for (var i = offset; i < Math.Min(total, offset + limit); i++)
            {
                json.WriteStringValue(PageUrl(audit, i * 3));
            }

            json.WriteEndArray();
            json.WriteString("urls_type", "simple_urls_array");
            json.WriteEndObject();
        });
    }

    private ApiResponse Issues(ApiCall call, Audit audit)
    {
        var request = new RouteRequest(call);
        if (!request.Has("url") && !request.Has("url_id"))
        {
            return ErrorBodies.Data(400, "Parameter url_id or url is missing.");
        }

        var (offset, limit, refusal) = Window(request, 100);
        if (refusal is not null)
        {
            return refusal;
        }

        var page = request.Value("url") ?? request.Value("url_id")!;
        var found = Checks.Where((c, i) => (page.Length + i) % 3 != 0).ToList();
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("issues");
            foreach (var (section, code, _) in found.Skip((int)offset).Take((int)limit))
            {
                json.WriteStartObject();
                json.WriteString("code", code);
                json.WriteString("type", code.StartsWith("http", StringComparison.Ordinal) ? "error" : "warning");
                json.WriteString("group", section);
                json.WriteStartObject("snippet");
                json.WriteString("type", "urls");
                json.WriteStartArray("value");
                json.WriteStartObject();
                json.WriteString("status", "404");
                json.WriteString("url", PageUrl(audit, 7));
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private ApiResponse Links(ApiCall call, Audit audit)
    {
        var request = new RouteRequest(call);
        var pageType = request.Value("page_type") ?? "all";
        if (pageType is not ("internal" or "external" or "all"))
        {
            return ErrorBodies.Data(400, "Invalid page_type.");
        }

        var filters = new List<(string Param, string Value)>();
        for (var i = 0; call.QueryValue($"filter[{i}][param]") is { } param; i++)
        {
            if (param is not ("status" or "type" or "source_noindex" or "nofollow" or "anchor_type") || call.QueryValue($"filter[{i}][value]") is not { } value
                || call.QueryValue($"filter[{i}][type]") is not ("and" or "or"))
            {
                return ErrorBodies.Data(400, $"Invalid filter[{i}].");
            }

            filters.Add((param, value));
        }

        var (offset, limit, refusal) = Window(request, 100);
        if (refusal is not null)
        {
            return refusal;
        }

        var pages = audit.Peek(options).Pages;
        var links = Enumerable.Range(0, (int)Math.Min(pages * 3, 5000))
            .Select(i => (Index: i, External: i % 4 == 0, Status: i % 11 == 0 ? "404" : "200", Type: i % 9 == 0 ? "hreflang" : "a", Nofollow: i % 5 == 0 ? "1" : "0"))
            .Where(l => pageType == "all" || (pageType == "external") == l.External)
            .Where(l => filters.Count == 0 || (call.QueryValue("filter[0][type]") == "or" ? filters.Any(f => Matches(l, f)) : filters.All(f => Matches(l, f))))
            .ToList();

        static bool Matches((int Index, bool External, string Status, string Type, string Nofollow) link, (string Param, string Value) filter) => filter.Param switch
        {
            "status" => link.Status == filter.Value,
            "type" => link.Type == filter.Value,
            "nofollow" => link.Nofollow == filter.Value,
            "source_noindex" => filter.Value == "0",
            _ => filter.Value == "text",
        };

        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", links.Count);
            json.WriteStartArray("items");
            foreach (var link in links.Skip((int)offset).Take((int)limit))
            {
                json.WriteStartObject();
                json.WriteString("id", (link.Index + 1).ToString(CultureInfo.InvariantCulture));
                json.WriteString("url", link.External ? $"https://elsewhere.example.net/{link.Index}" : PageUrl(audit, link.Index + 1));
                json.WriteString("status", link.Status);
                json.WriteString("type", link.Type);
                json.WriteString("source_url", PageUrl(audit, link.Index / 3));
                json.WriteString("source_noindex", "0");
                json.WriteString("nofollow", link.Nofollow);
                json.WriteString("alt", string.Empty);
                json.WriteString("anchor_type", "text");
                json.WriteString("title", "Link " + link.Index.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private ApiResponse History(ApiCall call, Audit audit)
    {
        var request = new RouteRequest(call);
        if (request.Value("date") is not { } text)
        {
            return ErrorBodies.Data(400, "Parameter date is missing.");
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ErrorBodies.Data(400, "Parameter date must be YYYY-MM-DD.");
        }

        var pages = audit.Peek(options).Pages;
        return ApiResponse.Written(200, json =>
        {
            json.WriteStartObject();
            json.WriteString("audit_time", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 08:09:47");
            json.WriteStartObject("domain_data");
            json.WriteString("dt", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("domain", audit.Domain);
            json.WriteString("expdate", "2027-03-02");
            json.WriteString("backlinks", "48213");
            json.WriteString("index_google", "1710");
            json.WriteEndObject();
            json.WriteStartObject("settings");
            json.WriteNumber("max_pages", audit.Pages);
            json.WriteNumber("max_depth", 10);
            json.WriteNumber("user_agent", 0);
            json.WriteEndObject();
            json.WriteStartObject("pages_data");
            json.WriteNumber("doc", pages);
            json.WriteEndObject();
            json.WriteStartObject("totals");
            json.WriteNumber("total_pages", pages);
            json.WriteNumber("total_errors", pages / 6);
            json.WriteNumber("total_warnings", pages / 2);
            json.WriteNumber("total_notices", pages);
            json.WriteNumber("total_passed", 92);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static ApiResponse Rename(ApiCall call, Audit audit)
    {
        var request = new RouteRequest(call);
        if (request.Value("title") is not { Length: > 0 and <= 300 } title)
        {
            return ErrorBodies.Data(400, "Parameter title is missing or longer than 300 characters.");
        }

        if (!call.DryRun)
        {
            audit.Title = title;
        }

        return ApiResponse.Empty();
    }

    private static ApiResponse Delete(ApiCall call, Audit audit)
    {
        if (!call.DryRun)
        {
            audit.Deleted = true;
        }

        return ApiResponse.Empty();
    }

    private ApiResponse Recheck(ApiCall call, DataAccount account, Audit audit, bool advanced)
    {
        if (!call.DryRun && account.Credits < (advanced ? 20 : 2))
        {
            return ErrorBodies.DataInsufficientFunds(account.FundsErrorStyle);
        }

        if (!call.DryRun)
        {
            audit.Restart(advanced);
        }

        return ApiResponse.Empty();
    }

    private ApiResponse WithAudit(ApiCall call, DataAccount account, Func<Audit, ApiResponse> answer)
    {
        var text = call.QueryValue("audit_id");
        if (text is null)
        {
            return ErrorBodies.Data(400, "Parameter audit_id is missing.");
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _audits.TryGetValue(id, out var audit) && audit.OwnerKey == account.Key && !audit.Deleted
            ? answer(audit)
            : ErrorBodies.Data(404, ErrorBodies.NotFound);
    }

    private static (long Offset, long Limit, ApiResponse? Refusal) Window(RouteRequest request, long defaultLimit)
    {
        var limit = request.Long("limit") ?? defaultLimit;
        var offset = request.Long("offset") ?? 0;
        return limit is < 1 or > 10_000 || offset < 0
            ? (0, 0, ErrorBodies.Data(400, $"limit={limit} is not within required bounds! (1-10000)"))
            : (offset, limit, null);
    }

    private static long PagesOf(string domain)
    {
        var host = Hosts.HostOf(domain);
        if (host.StartsWith("pages-", StringComparison.OrdinalIgnoreCase) || host.StartsWith("rows-", StringComparison.OrdinalIgnoreCase))
        {
            var start = host.IndexOf('-', StringComparison.Ordinal) + 1;
            var end = host.IndexOf('.', StringComparison.Ordinal);
            if (end > start && long.TryParse(host[start..end], NumberStyles.None, CultureInfo.InvariantCulture, out var pages))
            {
                return pages;
            }
        }

        return new SeededValues("audit|" + host).Between(20, 300);
    }

    private static long IssueCount(Audit audit, string code) => code == "no_https" ? 0 : Math.Max(0, audit.Peek(TimeSpan.Zero).Pages / (3 + (code.Length % 5)));

    private static string PageUrl(Audit audit, long i) => i == 0 ? $"https://{audit.Domain}/" : $"https://{audit.Domain}/page-{i.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>One audit and how far its crawl has got.</summary>
    private sealed class Audit(long id, string ownerKey, string domain, string title, bool advanced, long pages)
    {
        private readonly Lock _gate = new();
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _reads;
        private bool _billed;

        public long Id { get; } = id;

        public string OwnerKey { get; } = ownerKey;

        public string Domain { get; } = domain;

        public string Title { get; set; } = title;

        public bool Deleted { get; set; }

        public long Rate { get; private set; } = advanced ? 20 : 2;

        /// <summary>Pages the crawl will visit in all.</summary>
        public long Pages { get; } = pages;

        public DateTimeOffset CreatedAt { get; } = DateTimeOffset.UtcNow;

        /// <summary>Counts a status read, then says where the crawl stands.</summary>
        public (string Status, long Pages) Read(EmulatorOptions options)
        {
            lock (_gate)
            {
                _reads++;
                return Stand(options.SiteAuditDuration, options.SiteAuditReadsUntilDone);
            }
        }

        public (string Status, long Pages) Peek(EmulatorOptions options)
        {
            lock (_gate)
            {
                return Stand(options.SiteAuditDuration, options.SiteAuditReadsUntilDone);
            }
        }

        /// <summary>Where the crawl stands without counting a read; a zero duration reads the finished state.</summary>
        public (string Status, long Pages) Peek(TimeSpan duration)
        {
            lock (_gate)
            {
                return duration == TimeSpan.Zero ? ("finished", Pages) : Stand(duration, int.MaxValue);
            }
        }

        /// <summary>True the first time it is called once finished: the crawl is billed once.</summary>
        public bool TakeBilling()
        {
            lock (_gate)
            {
                var first = !_billed;
                _billed = true;
                return first;
            }
        }

        public void Restart(bool advanced)
        {
            lock (_gate)
            {
                _reads = 0;
                _billed = false;
                Rate = advanced ? 20 : 2;
                _clock.Restart();
            }
        }

        private (string Status, long Pages) Stand(TimeSpan duration, int readsUntilDone)
        {
            if (_reads <= 1 && _clock.Elapsed < duration / 4)
            {
                return ("queued", 0);
            }

            var fraction = Math.Min(1.0, Math.Max(_clock.Elapsed.TotalSeconds / Math.Max(0.001, duration.TotalSeconds), (double)_reads / Math.Max(1, readsUntilDone)));
            var crawled = (long)Math.Round(Pages * fraction);
            var host = Hosts.HostOf(Domain);
            if (fraction >= 1.0)
            {
                return host.StartsWith("cancel-", StringComparison.OrdinalIgnoreCase) ? ("cancelled", crawled / 2)
                    : host.StartsWith("expire-", StringComparison.OrdinalIgnoreCase) ? ("expired", crawled)
                    : ("finished", Pages);
            }

            return ("processing", crawled);
        }
    }
}
