using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Audits;

// What the project audits take (Project reference §9; unified map #68–#88). The crawl settings are
// those of the Data API's audit (checked by the same rules); a project audit adds its schedule and
// report e-mails. Ids are written with AddId, so each dialect puts them where it wants them.

/// <summary>One project audit, by its id.</summary>
public sealed record ProjectAuditQuery
{
    public long AuditId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("AuditId", AuditId);
        writer.AddId("audit_id", id);
        writer.Target = ProjectAudits.Describe(id);
    }
}

/// <summary>
/// The settings of a project audit: the crawl (pages, depth, user agent, robots, paths) and the
/// schedule and report. Each is optional; list-type values (weekdays, disabled issues) replace the
/// whole list on the server.
/// </summary>
public sealed record ProjectAuditSettings
{
    /// <summary>When the audit runs by itself: manual, week or month.</summary>
    public static IReadOnlyList<string> ScheduleTypes { get; } = ["manual", "week", "month"];

    public int? MaxPages { get; init; }

    public int? MaxDepth { get; init; }

    /// <summary>0 (SE Ranking bot) to 13; 1 is Googlebot.</summary>
    public int? UserAgent { get; init; }

    public bool? CheckRobots { get; init; }

    /// <summary>Path prefixes to crawl only (start with '/').</summary>
    public IReadOnlyList<string>? Allow { get; init; }

    /// <summary>Path prefixes not to crawl (start with '/').</summary>
    public IReadOnlyList<string>? Disallow { get; init; }

    /// <summary>manual, week or month.</summary>
    public string? ScheduleType { get; init; }

    /// <summary>Day of the month (1–31) a monthly audit runs.</summary>
    public int? ScheduleDay { get; init; }

    /// <summary>Hour of the day (0–23) a scheduled audit starts.</summary>
    public int? ScheduleHour { get; init; }

    /// <summary>Weekdays (1 Monday … 7 Sunday) a weekly audit runs; replaces the saved list.</summary>
    public IReadOnlyList<int>? ScheduleWeekday { get; init; }

    /// <summary>Whether a report is e-mailed after each run.</summary>
    public bool? SendReport { get; init; }

    /// <summary>Who gets the report; sent comma-separated.</summary>
    public IReadOnlyList<string>? ReportEmail { get; init; }

    /// <summary>Issue codes the audit no longer reports; replaces the saved list.</summary>
    public IReadOnlyList<string>? DisabledIssue { get; init; }

    internal bool IsEmpty => Build().Count == 0;

    /// <summary>The settings object, checked; names as the API spells them.</summary>
    internal List<KeyValuePair<string, object?>> Build()
    {
        // The crawl part is checked and spelt as the Data API's audit settings are.
        var settings = new SiteAuditCreateQuery
        {
            MaxPages = MaxPages,
            MaxDepth = MaxDepth,
            UserAgent = UserAgent,
            CheckRobots = CheckRobots,
            Allow = Allow,
            Disallow = Disallow,
        }.Settings();

        var type = Check.OneOf("ScheduleType", ScheduleType, [.. ScheduleTypes]);
        if (ScheduleDay is not null && type is not (null or "month"))
        {
            throw new InvalidInputException("ScheduleDay", "-ScheduleDay is the day of the month: it goes with -ScheduleType month.");
        }

        if (ScheduleWeekday is { Count: > 0 } && type is not (null or "week"))
        {
            throw new InvalidInputException("ScheduleWeekday", "-ScheduleWeekday lists the days of a weekly audit: it goes with -ScheduleType week.");
        }

        if (type is not null)
        {
            settings.Add(new("schedule_type", type));
        }

        if (Check.Range("ScheduleDay", ScheduleDay, 1, 31) is { } day)
        {
            settings.Add(new("schedule_day", day));
        }

        if (Check.Range("ScheduleHour", ScheduleHour, 0, 23) is { } hour)
        {
            settings.Add(new("schedule_hour", hour));
        }

        if (ScheduleWeekday is { Count: > 0 } weekdays)
        {
            settings.Add(new("schedule_wdays", weekdays.Select(d => Check.Range("ScheduleWeekday", d, 1, 7)!.Value).Distinct().OrderBy(d => d).ToList()));
        }

        if (SendReport is { } send)
        {
            settings.Add(new("send_report", send ? 1L : 0L));
        }

        if (ReportEmail is { Count: > 0 } emails)
        {
            var list = emails.Select(e => e?.Trim() ?? string.Empty).Where(e => e.Length > 0).ToList();
            if (list.FirstOrDefault(e => e.IndexOf('@') < 1 || e.IndexOf('@') == e.Length - 1 || e.IndexOfAny([',', ' ', ';']) >= 0) is { } bad)
            {
                throw new InvalidInputException("ReportEmail", $"-ReportEmail '{bad}' is not an e-mail address (one address per value, such as seo@example-shop.com).");
            }

            settings.Add(new("report_emails", string.Join(",", list)));
        }

        if (DisabledIssue is { Count: > 0 } codes)
        {
            settings.Add(new("disabled_issues", codes.Select(c => SiteAuditIssueCodes.Checked("DisabledIssue", c)).Distinct().ToList()));
        }

        return settings;
    }
}

/// <summary>A new project audit: the site, its title and its settings.</summary>
public sealed record ProjectAuditCreateQuery
{
    public string Domain { get; init; } = string.Empty;

    /// <summary>At most 300 characters; the domain when absent.</summary>
    public string? Title { get; init; }

    public ProjectAuditSettings? Settings { get; init; }

    /// <summary>The most pages the crawl may visit, when known (the plan's page limit counts them).</summary>
    public int? PagesAtMost => Settings?.MaxPages;

    internal void WriteTo(RequestWriter writer)
    {
        var domain = Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Target = domain;
        writer.Add("domain", domain);
        writer.Add("title", ProjectChecks.Text("Title", Title, SiteAuditCreateQuery.TitleLimit));
        if (Settings?.Build() is { Count: > 0 } settings)
        {
            writer.AddJson("settings", settings);
        }
    }
}

/// <summary>The project audits of the account, filtered by a search text and the dates of their last run.</summary>
public sealed record ProjectAuditListQuery
{
    public string? Search { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.DateOrder("From", From, "To", To);
        var search = string.IsNullOrWhiteSpace(Search) ? null : Search!.Trim();
        writer.Target = search is null ? "the account's project audits" : "project audits matching '" + search + "'";
        writer.Add("search", search).Add("date_start", From).Add("date_end", To);
    }
}

/// <summary>The pages of a project audit that have one issue.</summary>
public sealed record ProjectAuditIssuePagesQuery
{
    public long AuditId { get; init; }

    public string Code { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var code = SiteAuditIssueCodes.Checked("IssueCode", Code);
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Target += " issue " + code;
        writer.Add("code", code);
    }
}

/// <summary>The issues of one page of a project audit: by its URL or its page id.</summary>
public sealed record ProjectAuditPageIssuesQuery
{
    public long AuditId { get; init; }

    public string? Url { get; init; }

    public long? UrlId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.ExactlyOne("Url", !string.IsNullOrWhiteSpace(Url), "UrlId", UrlId is not null);
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        if (UrlId is { } id)
        {
            writer.Target += " page " + ProjectChecks.Id("UrlId", id).ToString(CultureInfo.InvariantCulture);
            writer.Add("url_id", id);
        }
        else
        {
            var url = Check.Target("Url", Url, TargetKind.Url);
            writer.Target += " " + url;
            writer.Add("url", url);
        }
    }
}

/// <summary>The links a project audit found, of a kind, filtered by the API's indexed filter triples.</summary>
public sealed record ProjectAuditLinksQuery
{
    public long AuditId { get; init; }

    public string? PageType { get; init; }

    public IReadOnlyList<string>? Filter { get; init; }

    public bool MatchAny { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        // The filter grammar is the Data API audit's (field=value triples): one check for both.
        var probe = new RequestWriter(ParameterEncoding.Query);
        new SiteAuditLinksQuery { AuditId = AuditId, PageType = PageType, Filter = Filter, MatchAny = MatchAny }.WriteTo(probe);
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        foreach (var pair in probe.QueryParameters.Where(p => p.Key != "audit_id"))
        {
            writer.Add(pair.Key, pair.Value);
        }
    }
}

/// <summary>An earlier run of a project audit, by the date it ran.</summary>
public sealed record ProjectAuditHistoryQuery
{
    public long AuditId { get; init; }

    public DateTime Date { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.NotFuture("Date", Date, DateTime.Today);
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Target += " of " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.Add("date", Date);
    }
}

/// <summary>A new title for a project audit.</summary>
public sealed record ProjectAuditRenameQuery
{
    public long AuditId { get; init; }

    public string Title { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var title = ProjectChecks.Text("Title", Title, SiteAuditCreateQuery.TitleLimit, required: true);
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Add("title", title);
    }
}

/// <summary>Settings of a project audit to change (the rest kept).</summary>
public sealed record ProjectAuditSettingsQuery
{
    public long AuditId { get; init; }

    public ProjectAuditSettings Settings { get; init; } = new();

    internal void WriteTo(RequestWriter writer)
    {
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        var settings = Settings.Build();
        if (settings.Count == 0)
        {
            throw new InvalidInputException("AuditId", $"Nothing to change for {writer.Target}: give at least one setting (-MaxPages, -ScheduleType, -ReportEmail…), or use Reset-SrProjectAuditSetting.");
        }

        writer.AddJson("settings", settings);
    }
}

/// <summary>A sitemap to add to a project audit's sources.</summary>
public sealed record ProjectAuditSitemapQuery
{
    public long AuditId { get; init; }

    /// <summary>The sitemap's URL (a new one); null when removing.</summary>
    public string? Url { get; init; }

    /// <summary>The sitemap's id (to remove one); null when adding.</summary>
    public long? SitemapId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        if (SitemapId is { } id)
        {
            writer.AddId("sitemap_id", ProjectChecks.Id("SitemapId", id));
            writer.Target += " sitemap " + id.ToString(CultureInfo.InvariantCulture);
            return;
        }

        var url = Check.Target("Url", Url, TargetKind.Url);
        writer.Target += " sitemap " + url;
        writer.Add("url", url);
    }
}

/// <summary>A list of URLs to upload to a project audit's sources, or one to remove.</summary>
public sealed record ProjectAuditSourcePagesQuery
{
    /// <summary>What the API names an upload when none is given.</summary>
    public const string DefaultFileName = "urls.txt";

    public long AuditId { get; init; }

    /// <summary>The URLs, one line each in the uploaded file; null when removing.</summary>
    public IReadOnlyList<string>? Url { get; init; }

    /// <summary>The name the upload is listed under (a .txt file name).</summary>
    public string? FileName { get; init; }

    /// <summary>The list's id (to remove one); null when uploading.</summary>
    public long? ListId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        new ProjectAuditQuery { AuditId = AuditId }.WriteTo(writer);
        if (ListId is { } id)
        {
            writer.AddId("list_id", ProjectChecks.Id("ListId", id));
            writer.Target += " URL list " + id.ToString(CultureInfo.InvariantCulture);
            return;
        }

        var urls = (Url ?? []).Select(u => Check.Target("Url", u, TargetKind.Url)).Distinct(StringComparer.Ordinal).ToList();
        if (urls.Count == 0)
        {
            throw new InvalidInputException("Url", "-Url is required: the page URLs to upload, one or more.");
        }

        var name = ProjectChecks.Text("FileName", FileName, 255) ?? DefaultFileName;
        if (name.IndexOfAny(['/', '\\', '"', '\r', '\n']) >= 0)
        {
            throw new InvalidInputException("FileName", $"-FileName '{name}' is a file name, without folders or quotes, such as urls.txt.");
        }

        writer.Target += string.Format(CultureInfo.InvariantCulture, " {0:N0} URLs as {1}", urls.Count, name);
        writer.AddFile("file", name, string.Join("\n", urls));
    }
}
