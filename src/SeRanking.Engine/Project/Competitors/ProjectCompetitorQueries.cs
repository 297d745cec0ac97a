using System;
using System.Collections.Generic;
using System.Globalization;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Competitors;

/// <summary>A competitor to add to a project (POST /competitors): <c>site_id</c> and <c>url</c> in the body on both hosts.</summary>
public sealed record ProjectCompetitorAddQuery
{
    public long SiteId { get; init; }

    /// <summary>The competitor's site: a domain or URL.</summary>
    public string? Url { get; init; }

    /// <summary>A display name, 1–255 characters; the API names it after the site when absent.</summary>
    public string? Name { get; init; }

    public bool? SubdomainMatch { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var url = Check.Target("Url", Check.Required("Url", Url), TargetKind.Any);
        writer.Add("site_id", site)
            .Add("url", url)
            .Add("name", ProjectChecks.Text("Name", Name, 255))
            .Add("subdomain_match", SubdomainMatch);
        writer.Target = url + " in " + ProjectChecks.Project(site);
    }
}

/// <summary>One competitor by its id: remove it.</summary>
public sealed record ProjectCompetitorQuery
{
    public long CompetitorId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("CompetitorId", CompetitorId);
        writer.AddId("competitor_id", id);
        writer.Target = "competitor " + id.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A competitor's positions on the project's keywords (the API's default range: the last week).</summary>
public sealed record ProjectCompetitorPositionQuery
{
    public long CompetitorId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    public long? SiteEngineId { get; init; }

    public bool SerpFeatures { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("CompetitorId", CompetitorId);
        ProjectChecks.Dates("From", From, "To", To);
        writer.AddId("competitor_id", id)
            .Add("date_from", From)
            .Add("date_to", To)
            .Add("site_engine_id", SiteEngineId is { } engine ? ProjectChecks.Id("SiteEngineId", engine) : null)
            .Add("with_serp_features", SerpFeatures ? true : null);
        writer.Target = "competitor " + id.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// The results of one keyword on one engine and date: the top 10 (<see cref="Top"/> null) or the
/// first <see cref="Top"/> (1–100) sites.
/// </summary>
public sealed record ProjectSerpCompetitorQuery
{
    public long SiteId { get; init; }

    public long SiteEngineId { get; init; }

    public long KeywordId { get; init; }

    /// <summary>A check date of the project (required).</summary>
    public DateTime? Date { get; init; }

    /// <summary>1–100: how many results (the top-100 form); null for the top 10.</summary>
    public int? Top { get; init; }

    internal void WriteTo(RequestWriter writer, bool hundred)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var date = Date ?? throw new InvalidInputException("Date", "-Date is required: a check date of the project (Get-SrProjectCheckDate lists them).");
        Check.NotFuture("Date", date, DateTime.Today);
        if (!hundred && Top is not null)
        {
            throw new InvalidInputException("Top", "-Top goes with the top-100 results, not the top 10.");
        }

        Check.Range("Top", Top, 1, 100);
        writer.AddId("site_id", site)
            .Add("date", date.Date)
            .Add("site_engine_id", ProjectChecks.Id("SiteEngineId", SiteEngineId))
            .Add("keyword_id", ProjectChecks.Id("KeywordId", KeywordId))
            .Add("top", (long?)Top);
        writer.Target = ProjectChecks.Project(site) + ", keyword " + KeywordId.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>The domains in the top 10 of the project's keywords on a check date (kept about 14 days).</summary>
public sealed record ProjectCompetitorMetricQuery
{
    public long SiteId { get; init; }

    public long SiteEngineId { get; init; }

    public DateTime? Date { get; init; }

    /// <summary>Only keywords of this keyword group.</summary>
    public long? GroupId { get; init; }

    /// <summary>Only keywords of these URL tags (<c>tags[]</c>; unconfirmed).</summary>
    public IReadOnlyList<long>? TagIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var date = Date ?? throw new InvalidInputException("Date", "-Date is required: a check date of the last two weeks (Get-SrProjectCheckDate lists them).");
        Check.NotFuture("Date", date, DateTime.Today);
        writer.AddId("site_id", site)
            .Add("date", date.Date)
            .Add("site_engine_id", ProjectChecks.Id("SiteEngineId", SiteEngineId))
            .Add("group_id", GroupId is { } group ? ProjectChecks.Id("GroupId", group) : null);
        ProjectChecks.AddIdList(writer, "tags", ProjectChecks.Ids("TagId", TagIds), indexedWhenUnified: true);
        writer.Target = ProjectChecks.Project(site);
    }
}
