using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Sites;

/// <summary>One project, by its id: statistics, delete, its search engines.</summary>
public sealed record ProjectSiteQuery
{
    public long SiteId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", id);
        writer.Target = ProjectChecks.Project(id);
    }
}

/// <summary>
/// What a project is made of (POST /sites to create it, PUT|PATCH /sites to change it): every
/// field optional on an update, <see cref="Url"/> and <see cref="Title"/> required on create.
/// </summary>
public sealed record ProjectSettingsQuery
{
    /// <summary>How often positions are checked, by the names the cmdlets take, with the API's spellings.</summary>
    public static IReadOnlyDictionary<string, string> Frequencies { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Daily"] = "check_daily",
        ["Every3Days"] = "check_1in3",
        ["Weekly"] = "check_weekly",
        ["Monthly"] = "check_monthly",
        ["Manual"] = "manual",
    };

    /// <summary>The project to change; null when creating one.</summary>
    public long? SiteId { get; init; }

    /// <summary>The site: a domain or URL (a protocol is optional). Reserved test domains are refused by the API.</summary>
    public string? Url { get; init; }

    /// <summary>1–255 characters.</summary>
    public string? Title { get; init; }

    /// <summary>100 or 200 results checked.</summary>
    public int? Depth { get; init; }

    public bool? SubdomainMatch { get; init; }

    public bool? ExactUrl { get; init; }

    /// <summary>Daily, Every3Days, Weekly, Monthly, Manual (or the API's check_daily… spellings).</summary>
    public string? CheckFrequency { get; init; }

    /// <summary>1–7 (weekly) or 1–31 (monthly).</summary>
    public int? CheckDay { get; init; }

    public bool? AutoReports { get; init; }

    public bool? DisableAudit { get; init; }

    /// <summary>The project group (<c>site_group_id</c>).</summary>
    public long? GroupId { get; init; }

    /// <summary>True pauses the project (<c>is_active</c> 0), false resumes it.</summary>
    public bool? Paused { get; init; }

    internal bool Creating => SiteId is null;

    /// <summary>The API's spelling of <see cref="CheckFrequency"/>; null when absent.</summary>
    internal string? FrequencySent()
    {
        if (CheckFrequency is null)
        {
            return null;
        }

        var given = CheckFrequency.Trim();
        if (Frequencies.TryGetValue(given, out var api))
        {
            return api;
        }

        return Frequencies.Values.FirstOrDefault(value => string.Equals(value, given, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException("CheckFrequency", $"-CheckFrequency '{CheckFrequency}' is not allowed; use one of: {string.Join(", ", Frequencies.Keys)}.");
    }

    internal void WriteTo(RequestWriter writer)
    {
        string? url = null;
        if (Creating || Url is not null)
        {
            url = Check.Target("Url", Creating ? Check.Required("Url", Url) : Url, TargetKind.Any);
        }

        var title = ProjectChecks.Text("Title", Title, 255, required: Creating);
        if (Depth is { } depth && depth is not (100 or 200))
        {
            throw new InvalidInputException("Depth", string.Format(CultureInfo.InvariantCulture, "-Depth must be 100 or 200 (results checked); got {0}.", depth));
        }

        var frequency = FrequencySent();
        if (CheckDay is { } day)
        {
            var max = frequency switch
            {
                "check_weekly" => 7,
                "check_monthly" => 31,
                null when !Creating => 31,
                _ => throw new InvalidInputException("CheckDay", "-CheckDay goes with -CheckFrequency Weekly (1–7) or Monthly (1–31)."),
            };
            Check.Range("CheckDay", day, 1, max);
        }

        if (GroupId is { } group)
        {
            ProjectChecks.Id("GroupId", group);
        }

        if (!Creating)
        {
            var id = ProjectChecks.Id("SiteId", SiteId);
            writer.AddId("site_id", id);
            writer.Target = ProjectChecks.Project(id);
            if (url is null && title is null && Depth is null && SubdomainMatch is null && ExactUrl is null && frequency is null && CheckDay is null
                && AutoReports is null && DisableAudit is null && GroupId is null && Paused is null)
            {
                throw new InvalidInputException("SiteId", $"Nothing to change for {writer.Target}: give at least one of -Title, -Url, -Depth, -SubdomainMatch, -ExactUrl, -CheckFrequency, -CheckDay, -AutoReports, -DisableAudit, -GroupId or -Paused.");
            }
        }
        else
        {
            // The reference documents creation as a one-element array, and SE Ranking's n8n node sends that.
            writer.BodyAsOneElementArray();
            writer.Target = url;
        }

        writer.Add("url", url)
            .Add("title", title)
            .Add("depth", Depth?.ToString(CultureInfo.InvariantCulture))
            .Add("subdomain_match", SubdomainMatch)
            .Add("exact_url", ExactUrl)
            .Add("check_freq", frequency)
            .Add("check_day", (long?)CheckDay)
            .Add("auto_reports", AutoReports)
            .Add("disable_audit", DisableAudit)
            .Add("site_group_id", GroupId)
            .Add("is_active", Paused is { } paused ? !paused : null);
    }
}

/// <summary>One search engine of a project: update or remove it.</summary>
public sealed record ProjectSearchEngineQuery
{
    public long SiteId { get; init; }

    /// <summary>The attachment's id (<c>site_engine_id</c>), not the global search engine id.</summary>
    public long SiteEngineId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var engine = ProjectChecks.Id("SiteEngineId", SiteEngineId);
        writer.AddId("site_id", site).AddId("site_engine_id", engine);
        writer.Target = ProjectChecks.Project(site) + ", search engine " + engine.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>How a project's search engine is set up (POST to add one, PUT|PATCH to change it).</summary>
public sealed record ProjectSearchEngineSettingsQuery
{
    /// <summary>Google Maps results: ignored (0), included (1), included and shown separately (2).</summary>
    public static IReadOnlyList<string> MergeMaps { get; } = ["Ignore", "Include", "Separate"];

    public long SiteId { get; init; }

    /// <summary>The attachment to change; null when adding one.</summary>
    public long? SiteEngineId { get; init; }

    /// <summary>The global engine to add (Get-SrSearchEngine: 200 is Google USA); required when adding.</summary>
    public long? SearchEngineId { get; init; }

    /// <summary>A city or area as Get-SrGoogleRegion names it (<c>region_name</c>).</summary>
    public string? RegionName { get; init; }

    /// <summary>A language code (<c>lang_code</c>), as Get-SrGoogleLanguage lists them.</summary>
    public string? Language { get; init; }

    /// <summary>Ignore, Include or Separate (or 0, 1, 2).</summary>
    public string? MergeMap { get; init; }

    public string? BusinessName { get; init; }

    public string? Phone { get; init; }

    public bool? PaidResults { get; init; }

    public bool? FeaturedSnippet { get; init; }

    internal bool Adding => SiteEngineId is null;

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", site);
        if (Adding)
        {
            var engine = ProjectChecks.Id("SearchEngineId", SearchEngineId);
            writer.Target = ProjectChecks.Project(site) + ", search engine " + engine.ToString(CultureInfo.InvariantCulture);
            writer.Add("search_engine_id", engine);
        }
        else
        {
            var siteEngine = ProjectChecks.Id("SiteEngineId", SiteEngineId);
            writer.AddId("site_engine_id", siteEngine);
            writer.Target = ProjectChecks.Project(site) + ", search engine " + siteEngine.ToString(CultureInfo.InvariantCulture);
            if (SearchEngineId is not null)
            {
                throw new InvalidInputException("SearchEngineId", "-SearchEngineId cannot be changed on an attached engine: remove it and add the other one.");
            }

            if (RegionName is null && Language is null && MergeMap is null && BusinessName is null && Phone is null && PaidResults is null && FeaturedSnippet is null)
            {
                throw new InvalidInputException("SiteEngineId", $"Nothing to change for {writer.Target}: give at least one of -RegionName, -Language, -MergeMap, -BusinessName, -Phone, -PaidResults or -FeaturedSnippet.");
            }
        }

        writer.Add("region_name", ProjectChecks.Text("RegionName", RegionName, 255))
            .Add("lang_code", Language is null ? null : LanguageCode(Language))
            .Add("merge_map", MergeMapSent(MergeMap))
            .Add("business_name", ProjectChecks.Text("BusinessName", BusinessName, 255))
            .Add("phone", ProjectChecks.Text("Phone", Phone, 64))
            .Add("paid_results", PaidResults)
            .Add("featured_snippet", FeaturedSnippet);
    }

    /// <summary>"0", "1" or "2" from a name or a digit.</summary>
    internal static string? MergeMapSent(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var given = value.Trim();
        for (var i = 0; i < MergeMaps.Count; i++)
        {
            if (string.Equals(given, MergeMaps[i], StringComparison.OrdinalIgnoreCase) || given == i.ToString(CultureInfo.InvariantCulture))
            {
                return i.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidInputException("MergeMap", $"-MergeMap '{value}' is not allowed; use Ignore (0), Include (1) or Separate (2).");
    }

    /// <summary>A language code: two or three letters, optionally with a region (pt-BR, zh-TW).</summary>
    internal static string LanguageCode(string value)
    {
        var code = value.Trim();
        var parts = code.Split('-');
        var valid = parts.Length is 1 or 2 && parts[0].Length is 2 or 3 && parts[0].All(char.IsLetter) && (parts.Length == 1 || (parts[1].Length is >= 2 and <= 4 && parts[1].All(char.IsLetterOrDigit)));
        return valid ? code : throw new InvalidInputException("Language", $"-Language '{value}' is not a language code such as en, de or pt-BR (Get-SrGoogleLanguage lists them).");
    }
}
