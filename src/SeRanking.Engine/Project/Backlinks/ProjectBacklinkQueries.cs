using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Backlinks;

// What the backlink checker takes (Project reference §8; unified map #51–#67). site_id is written
// with AddId: a path segment on the legacy host, the query string on the unified one.

/// <summary>The charge of a paid backlink: price, currency, period and start, each optional.</summary>
public sealed record ProjectBacklinkCharge
{
    /// <summary>The periods the API takes.</summary>
    public static IReadOnlyList<string> Periods { get; } = ["onetime", "monthly", "quarterly", "6months", "year"];

    public double? Price { get; init; }

    /// <summary>An ISO 4217 code (USD, EUR).</summary>
    public string? Currency { get; init; }

    public string? ChargePeriod { get; init; }

    public DateTime? ChargeStart { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        if (Price is { } price && (price < 0 || double.IsNaN(price) || double.IsInfinity(price)))
        {
            throw new InvalidInputException("Price", string.Format(CultureInfo.InvariantCulture, "-Price must be 0 or more; got {0}.", price));
        }

        var currency = Currency?.Trim().ToUpperInvariant();
        if (currency is not null && (currency.Length != 3 || !currency.All(c => c is >= 'A' and <= 'Z')))
        {
            throw new InvalidInputException("Currency", $"-Currency '{Currency}' is not an ISO 4217 code: three letters, such as USD or EUR.");
        }

        writer.Add("price", Price)
            .Add("currency", currency)
            .Add("charge_period", Check.OneOf("ChargePeriod", ChargePeriod, [.. Periods]))
            .Add("charge_start", ChargeStart);
    }
}

/// <summary>One backlink to monitor (POST /backlinks/{site_id}): its URL and charge.</summary>
public sealed record ProjectBacklinkAddQuery
{
    public long SiteId { get; init; }

    /// <summary>The page that links to the site.</summary>
    public string Url { get; init; } = string.Empty;

    public ProjectBacklinkCharge? Charge { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var url = Check.Target("Url", Url, TargetKind.Url);
        writer.AddId("site_id", site);
        writer.Target = url;
        writer.Add("url", url);
        Charge?.WriteTo(writer);
    }
}

/// <summary>
/// Backlinks imported as a list (POST /backlinks/{site_id}/list, unified /backlinks/import), up to
/// <see cref="BatchSize"/> a request. The list's key is unconfirmed: the reference and SE Ranking's
/// hosted MCP name it <c>backlink_urls</c>, SE Ranking's n8n node sends <c>list</c> to the unified
/// path; each dialect gets its own source's name.
/// </summary>
public sealed record ProjectBacklinkImportQuery
{
    /// <summary>URLs a request carries (an assumption: no maximum is published).</summary>
    public const int BatchSize = 500;

    public long SiteId { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The backlink group they join.</summary>
    public long? GroupId { get; init; }

    /// <summary>Who manages them (a free text the API keeps).</summary>
    public string? Manager { get; init; }

    public ProjectBacklinkCharge? Charge { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var urls = Check.MaxCount("Url", Urls.Select(u => Check.Target("Url", u, TargetKind.Url)).Distinct(StringComparer.Ordinal).ToList(), BatchSize, "URL");
        if (urls.Count == 0)
        {
            throw new InvalidInputException("Url", "-Url is required: the backlink URLs to import.");
        }

        writer.AddId("site_id", site);
        writer.Target = string.Format(CultureInfo.InvariantCulture, "{0:N0} backlinks of {1}", urls.Count, ProjectChecks.Project(site));
        writer.AddList(writer.Dialect == ProjectDialect.Unified ? "list" : "backlink_urls", urls);
        writer.Add("group_id", GroupId is { } group ? ProjectChecks.Id("GroupId", group) : null);
        writer.Add("manager", ProjectChecks.Text("Manager", Manager, 255));
        Charge?.WriteTo(writer);
    }
}

/// <summary>Monitored backlinks by their row ids: to remove, or to recheck (status or index).</summary>
public sealed record ProjectBacklinkIdsQuery
{
    /// <summary>Ids a request carries (an assumption: no maximum is published).</summary>
    public const int BatchSize = 500;

    /// <summary>What a recheck reads again.</summary>
    public static IReadOnlyList<string> RecheckTypes { get; } = ["status", "index"];

    public long SiteId { get; init; }

    public IReadOnlyList<long> BacklinkIds { get; init; } = [];

    /// <summary>For a recheck: status (the link is still there) or index (Google has the page).</summary>
    public string? RecheckType { get; init; }

    internal void WriteTo(RequestWriter writer, bool recheck)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var ids = ProjectChecks.Ids("BacklinkId", BacklinkIds) ?? throw new InvalidInputException("BacklinkId", "-BacklinkId is required: the row ids of Get-SrProjectBacklink.");
        Check.MaxCount("BacklinkId", ids, BatchSize, "backlink id");
        writer.AddId("site_id", site);
        writer.Target = string.Format(CultureInfo.InvariantCulture, "{0:N0} backlinks of {1}", ids.Count, ProjectChecks.Project(site));
        writer.AddJson("backlink_ids", ids.ToList());
        if (recheck)
        {
            writer.Add("recheck_type", Check.OneOf("RecheckType", RecheckType ?? "status", [.. RecheckTypes]));
        }
    }
}

/// <summary>Whether Google Search Console backlinks are imported by themselves.</summary>
public sealed record ProjectBacklinkSettingsQuery
{
    public long SiteId { get; init; }

    public bool GscAutoImport { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", site);
        writer.Target = ProjectChecks.Project(site);
        writer.Add("gsc_autoimport", GscAutoImport, asWords: true);
    }
}

/// <summary>The status of a Search Console import: per site, with the token the start answered where there is one.</summary>
public sealed record ProjectBacklinkGscStatusQuery
{
    public long SiteId { get; init; }

    public string? Token { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", site);
        writer.Target = ProjectChecks.Project(site);
        writer.Add("token", string.IsNullOrWhiteSpace(Token) ? null : Token!.Trim());
    }
}

/// <summary>URLs or domains to add to a project's disavow list, in one request.</summary>
public sealed record ProjectBacklinkDisavowAddQuery
{
    public const int BatchSize = 500;

    public long SiteId { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var urls = Check.MaxCount("Url", Urls.Select(u => Check.Target("Url", u, TargetKind.Any)).Distinct(StringComparer.Ordinal).ToList(), BatchSize, "URL");
        if (urls.Count == 0)
        {
            throw new InvalidInputException("Url", "-Url is required: the URLs or domains to disavow.");
        }

        writer.AddId("site_id", site);
        writer.Target = string.Format(CultureInfo.InvariantCulture, "{0:N0} URLs on the disavow list of {1}", urls.Count, ProjectChecks.Project(site));

        // The reference and SE Ranking's n8n node send "list"; the hosted MCP calls its input backlink_urls.
        writer.AddList("list", urls);
    }
}

/// <summary>One entry of a project's disavow list or one backlink group, by its id (<c>?id=</c> in both dialects).</summary>
public sealed record ProjectBacklinkItemQuery
{
    public long SiteId { get; init; }

    public long Id { get; init; }

    internal void WriteTo(RequestWriter writer, string parameter, string what)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var id = ProjectChecks.Id(parameter, Id);
        writer.AddId("site_id", site);
        writer.AddId("id", id);
        writer.Target = string.Format(CultureInfo.InvariantCulture, "{0} {1} of {2}", what, id, ProjectChecks.Project(site));
    }
}

/// <summary>A backlink group to create (a name) or rename (its id and a name).</summary>
public sealed record ProjectBacklinkGroupQuery
{
    public long SiteId { get; init; }

    /// <summary>The group to rename; null when creating one.</summary>
    public long? GroupId { get; init; }

    public string Name { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var name = ProjectChecks.Text("Name", Name, 255, required: true);
        writer.AddId("site_id", site);
        writer.Target = $"backlink group '{name}' of {ProjectChecks.Project(site)}";
        if (GroupId is { } group)
        {
            writer.Add("id", ProjectChecks.Id("GroupId", group));
        }

        writer.Add("name", name);
    }
}

/// <summary>Backlinks (by row id) and whole groups moved into one group.</summary>
public sealed record ProjectBacklinkMoveQuery
{
    public long SiteId { get; init; }

    /// <summary>The group they go to.</summary>
    public long GroupId { get; init; }

    public IReadOnlyList<long>? BacklinkIds { get; init; }

    /// <summary>Groups whose backlinks all go.</summary>
    public IReadOnlyList<long>? FromGroupIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var target = ProjectChecks.Id("GroupId", GroupId);
        var ids = ProjectChecks.Ids("BacklinkId", BacklinkIds);
        var groups = ProjectChecks.Ids("FromGroupId", FromGroupIds);
        if (ids is null && groups is null)
        {
            throw new InvalidInputException("BacklinkId", "Nothing to move: give -BacklinkId (row ids of Get-SrProjectBacklink) or -FromGroupId.");
        }

        writer.AddId("site_id", site);
        writer.Target = string.Format(CultureInfo.InvariantCulture, "{0:N0} backlinks and {1:N0} groups of {2} into group {3}", ids?.Count ?? 0, groups?.Count ?? 0, ProjectChecks.Project(site), target);
        writer.Add("id", target);
        writer.AddJson("backlink_ids", ids?.ToList() ?? []);
        writer.AddJson("group_ids", groups?.ToList() ?? []);
    }
}
