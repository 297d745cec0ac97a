using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.SiteAudit;

// What the website-audit operations take (§8). Every documented setting is checked here, before
// anything is sent: a crawl is paid per page, and a refused create costs a round trip for nothing.

/// <summary>A new audit: the site, its title and every crawl setting (all optional; the API's defaults apply).</summary>
public sealed record SiteAuditCreateQuery
{
    public const int TitleLimit = 300;

    /// <summary>The API's default max_pages: what a forecast assumes when none is given.</summary>
    public const int DefaultMaxPages = 1000;

    public string Domain { get; init; } = string.Empty;

    public string? Title { get; init; }

    /// <summary>JavaScript rendering (20 credits per page) instead of an HTML crawl (2 per page).</summary>
    public bool Advanced { get; init; }

    public bool? SourceSite { get; init; }

    public bool? SourceSitemap { get; init; }

    public bool? SourceSubdomain { get; init; }

    public bool? SourceFile { get; init; }

    public bool? CheckRobots { get; init; }

    public bool? IgnoreNoindex { get; init; }

    public bool? IgnoreNofollow { get; init; }

    /// <summary>None (0), All (1) or Listed (2: those of <see cref="CustomParams"/>).</summary>
    public string? IgnoreParams { get; init; }

    public IReadOnlyList<string>? CustomParams { get; init; }

    /// <summary>0 (SE Ranking bot) to 13; 1 is Googlebot, 7 Chrome on Windows.</summary>
    public int? UserAgent { get; init; }

    public string? Login { get; init; }

    public string? Password { get; init; }

    public int? MaxPages { get; init; }

    public int? MaxDepth { get; init; }

    public int? MaxRequests { get; init; }

    public int? MaxRedirects { get; init; }

    public int? MaxSizeKb { get; init; }

    public int? MinTitleLength { get; init; }

    public int? MaxTitleLength { get; init; }

    public int? MinDescriptionLength { get; init; }

    public int? MaxDescriptionLength { get; init; }

    public int? MinWords { get; init; }

    public int? MaxH1Length { get; init; }

    public int? MaxH2Length { get; init; }

    public IReadOnlyList<string>? Allow { get; init; }

    public IReadOnlyList<string>? Disallow { get; init; }

    public IReadOnlyList<string>? Hide { get; init; }

    /// <summary>The most pages the crawl may visit: what a forecast multiplies by the rate.</summary>
    public int PagesAtMost => MaxPages ?? DefaultMaxPages;

    internal void WriteTo(RequestWriter writer)
    {
        var domain = Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Target = domain;
        writer.Add("domain", domain);
        if (Title is not null)
        {
            var title = Title.Trim();
            if (title.Length == 0 || title.Length > TitleLimit)
            {
                throw new InvalidInputException("Title", FormattableString.Invariant($"-Title must be 1 to {TitleLimit} characters; got {title.Length}."));
            }

            writer.Add("title", title);
        }

        var settings = Settings();
        if (settings.Count > 0)
        {
            writer.AddJson("settings", settings);
        }
    }

    /// <summary>The settings object, checked; names as the API spells them.</summary>
    internal List<KeyValuePair<string, object?>> Settings()
    {
        var settings = new List<KeyValuePair<string, object?>>();
        void Flag(string name, bool? value)
        {
            if (value is { } on)
            {
                settings.Add(new(name, on ? 1L : 0L));
            }
        }

        void Number(string name, string parameter, int? value, long min, long max)
        {
            if (Check.Range(parameter, value, min, max) is { } number)
            {
                settings.Add(new(name, number));
            }
        }

        void Lines(string name, string parameter, IReadOnlyList<string>? values)
        {
            var lines = values?.Select(v => v?.Trim() ?? string.Empty).Where(v => v.Length > 0).ToList();
            if (lines is { Count: > 0 })
            {
                if (lines.Any(line => !line.StartsWith("/", StringComparison.Ordinal)))
                {
                    throw new InvalidInputException(parameter, $"-{parameter} takes path prefixes that start with '/', such as /blog/; got '{lines.First(line => !line.StartsWith("/", StringComparison.Ordinal))}'.");
                }

                settings.Add(new(name, string.Join("\n", lines)));
            }
        }

        Flag("source_site", SourceSite);
        Flag("source_sitemap", SourceSitemap);
        Flag("source_subdomain", SourceSubdomain);
        Flag("source_file", SourceFile);
        Flag("check_robots", CheckRobots);
        Flag("ignore_noindex", IgnoreNoindex);
        Flag("ignore_nofollow", IgnoreNofollow);

        var ignore = IgnoreParams is null ? (int?)null : IgnoreParamsCode(IgnoreParams);
        var custom = CustomParams?.Select(p => p?.Trim() ?? string.Empty).Where(p => p.Length > 0).ToList();
        if (custom is { Count: > 0 })
        {
            if (ignore is not (null or 2))
            {
                throw new InvalidInputException("CustomParams", "-CustomParams lists the URL parameters to ignore; it goes with -IgnoreParams Listed (or without -IgnoreParams), not with None or All.");
            }

            if (custom.Any(p => p.IndexOfAny([',', '&', '=', ' ', '?']) >= 0))
            {
                throw new InvalidInputException("CustomParams", "-CustomParams takes parameter names such as utm_source or sessionid, one per value, without '=', '&', '?', ',' or spaces.");
            }

            ignore = 2;
        }
        else if (ignore == 2)
        {
            throw new InvalidInputException("IgnoreParams", "-IgnoreParams Listed ignores the parameters of -CustomParams; give them (e.g. -CustomParams utm_source, sessionid).");
        }

        if (ignore is { } code)
        {
            settings.Add(new("ignore_params", (long)code));
        }

        if (custom is { Count: > 0 })
        {
            settings.Add(new("custom_params", string.Join(",", custom)));
        }

        Number("user_agent", "UserAgent", UserAgent, 0, 13);
        if (Login is not null || Password is not null)
        {
            if (string.IsNullOrEmpty(Login) || string.IsNullOrEmpty(Password))
            {
                throw new InvalidInputException("Credential", "HTTP authentication needs both a user name and a password (-Credential).");
            }

            settings.Add(new("login", Login));
            settings.Add(new("password", Password));
        }

        Number("max_pages", "MaxPages", MaxPages, 1, 300_000);
        Number("max_depth", "MaxDepth", MaxDepth, 1, 100);
        Number("max_req", "MaxRequests", MaxRequests, 1, 500);
        Number("max_redirects", "MaxRedirects", MaxRedirects, 1, 50);
        Number("max_size", "MaxSizeKb", MaxSizeKb, 1, 100_000);
        Pair("min_title_len", "MinTitleLength", MinTitleLength, "max_title_len", "MaxTitleLength", MaxTitleLength, settings);
        Pair("min_description_len", "MinDescriptionLength", MinDescriptionLength, "max_description_len", "MaxDescriptionLength", MaxDescriptionLength, settings);
        Number("min_words", "MinWords", MinWords, 1, 10_000);
        Number("max_h1_len", "MaxH1Length", MaxH1Length, 1, 10_000);
        Number("max_h2_len", "MaxH2Length", MaxH2Length, 1, 10_000);
        Lines("allow", "Allow", Allow);
        Lines("disallow", "Disallow", Disallow);
        Lines("hide", "Hide", Hide);
        return settings;
    }

    private static void Pair(string minName, string minParameter, int? min, string maxName, string maxParameter, int? max, List<KeyValuePair<string, object?>> settings)
    {
        Check.RangePair(minParameter, min, maxParameter, max, 1, 10_000);
        if (min is { } low)
        {
            settings.Add(new(minName, (long)low));
        }

        if (max is { } high)
        {
            settings.Add(new(maxName, (long)high));
        }
    }

    private static int IgnoreParamsCode(string value) => Check.OneOf("IgnoreParams", value, "None", "All", "Listed", "0", "1", "2") switch
    {
        "None" or "0" => 0,
        "All" or "1" => 1,
        _ => 2,
    };
}

/// <summary>One audit, by its id.</summary>
public sealed record SiteAuditQuery
{
    public long AuditId { get; init; }

    /// <summary>For recheck: JavaScript rendering (20 credits per page) rather than HTML (2).</summary>
    public bool Advanced { get; init; }

    /// <summary>For a recheck's forecast: the max_pages the audit was created with.</summary>
    public int? MaxPages { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = Check.Range("Id", AuditId, 1, long.MaxValue)!.Value.ToString(CultureInfo.InvariantCulture);
        writer.Target = "site audit " + id;
        writer.AddToQuery("audit_id", id);
        Check.Range("MaxPages", MaxPages, 1, 300_000);
    }
}

/// <summary>The audits of the account, filtered by a search text and the dates of their last run.</summary>
public sealed record SiteAuditListQuery
{
    /// <summary>Text searched in titles and URLs.</summary>
    public string? Search { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.DateOrder("From", From, "To", To);
        writer.Target = Search is { Length: > 0 } search ? "audits matching '" + search + "'" : "the account's audits";
        writer.Add("search", string.IsNullOrWhiteSpace(Search) ? null : Search!.Trim());
        writer.Add("date_start", From);
        writer.Add("date_end", To);
    }
}

/// <summary>The pages of an audit that have one issue.</summary>
public sealed record SiteAuditIssuePagesQuery
{
    public long AuditId { get; init; }

    /// <summary>An issue code from the report (title_duplicate, http4xx…).</summary>
    public string Code { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var code = SiteAuditIssueCodes.Checked("IssueCode", Code);
        new SiteAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Target += " issue " + code;
        writer.Add("code", code);
    }
}

/// <summary>The issues of one page of an audit: by its URL or by its id from the pages list.</summary>
public sealed record SiteAuditPageIssuesQuery
{
    public long AuditId { get; init; }

    public string? Url { get; init; }

    public long? UrlId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.ExactlyOne("Url", !string.IsNullOrWhiteSpace(Url), "UrlId", UrlId is not null);
        new SiteAuditQuery { AuditId = AuditId }.WriteTo(writer);
        if (UrlId is { } id)
        {
            Check.Range("UrlId", id, 1, long.MaxValue);
            writer.Target += " page " + id.ToString(CultureInfo.InvariantCulture);
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

/// <summary>The links an audit found, of a kind, filtered by the API's indexed filter triples.</summary>
public sealed record SiteAuditLinksQuery
{
    /// <summary>The fields a link filter may test.</summary>
    public static IReadOnlyList<string> FilterFields { get; } = ["status", "type", "source_noindex", "nofollow", "anchor_type"];

    public long AuditId { get; init; }

    /// <summary>internal, external or all (the API's default).</summary>
    public string? PageType { get; init; }

    /// <summary>Conditions as <c>field=value</c> (status=404, nofollow=1, type=hreflang…).</summary>
    public IReadOnlyList<string>? Filter { get; init; }

    /// <summary>Join the conditions with or rather than and.</summary>
    public bool MatchAny { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        new SiteAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Add("page_type", Check.OneOf("PageType", PageType, "internal", "external", "all"));
        var index = 0;
        foreach (var condition in Filter ?? [])
        {
            var equals = condition?.IndexOf('=') ?? -1;
            var field = equals > 0 ? condition!.Substring(0, equals).Trim() : string.Empty;
            var value = equals > 0 ? condition!.Substring(equals + 1).Trim() : string.Empty;
            if (field.Length == 0 || value.Length == 0)
            {
                throw new InvalidInputException("Filter", $"-Filter '{condition}' is not field=value; use one of {string.Join(", ", FilterFields)}, e.g. status=404.");
            }

            field = Check.OneOf("Filter", field, FilterFields.ToArray())!;
            var name = "filter[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            writer.Add(name + "[param]", field).Add(name + "[value]", value).Add(name + "[type]", MatchAny ? "or" : "and");
            index++;
        }
    }
}

/// <summary>An earlier run of an audit, by the date it ran.</summary>
public sealed record SiteAuditHistoryQuery
{
    public long AuditId { get; init; }

    public DateTime Date { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        Check.NotFuture("Date", Date, DateTime.Today);
        new SiteAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Target += " of " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.Add("date", Date);
    }
}

/// <summary>A new title for an audit.</summary>
public sealed record SiteAuditRenameQuery
{
    public long AuditId { get; init; }

    public string Title { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var title = Check.Required("Title", Title);
        if (title.Length > SiteAuditCreateQuery.TitleLimit)
        {
            throw new InvalidInputException("Title", FormattableString.Invariant($"-Title must be at most {SiteAuditCreateQuery.TitleLimit} characters; got {title.Length}."));
        }

        new SiteAuditQuery { AuditId = AuditId }.WriteTo(writer);
        writer.Add("title", title);
    }
}

/// <summary>The issue codes a report names, and those the reference documents: what -IssueCode completes.</summary>
public static class SiteAuditIssueCodes
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, string> Seen = new(StringComparer.Ordinal);
    private static readonly Regex Shape = new("^[a-z0-9_]{2,64}$", RegexOptions.CultureInvariant);

    /// <summary>Codes the API reference and its samples name, with their names.</summary>
    public static IReadOnlyDictionary<string, string> Documented { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["title_duplicate"] = "Duplicate title tag",
        ["http4xx"] = "4XX HTTP status codes",
        ["no_https"] = "No HTTPS encryption",
        ["mixed_content"] = "Mixed content",
    };

    /// <summary>Every code known in this process: documented, and read from reports since.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Known
    {
        get
        {
            lock (Gate)
            {
                return Documented.Where(d => !Seen.ContainsKey(d.Key)).Concat(Seen).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Remembers the codes of a report, for completion.</summary>
    public static void Remember(IEnumerable<SiteAuditCheck> checks)
    {
        lock (Gate)
        {
            foreach (var check in checks)
            {
                if (check.Code.Length > 0)
                {
                    Seen[check.Code] = check.Name ?? check.Code;
                }
            }
        }
    }

    internal static string Checked(string parameter, string? code)
    {
        var text = Check.Required(parameter, code);
        return Shape.IsMatch(text)
            ? text
            : throw new InvalidInputException(parameter, $"-{parameter} '{text}' is not an issue code: codes are lower-case words joined by '_', as a report lists them (e.g. title_duplicate, http4xx). Get-SrSiteAuditReport lists an audit's codes.");
    }
}
