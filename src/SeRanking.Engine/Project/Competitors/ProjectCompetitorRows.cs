using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Positions;

namespace SeRanking.Engine.Project.Competitors;

/// <summary>
/// A competitor tracked in a project (GET /competitors/site/{site_id}, unified GET /competitors):
/// <see cref="CompetitorId"/> binds to Get-SrProjectCompetitorPosition and Remove-SrProjectCompetitor.
/// </summary>
[TableView("SiteId", "CompetitorId", "Name", "Url", "DomainTrust")]
public sealed class ProjectCompetitor : IJsonOnDeserialized
{
    /// <summary>The project (from the query).</summary>
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The competitor's id (<c>competitor_id</c>).</summary>
    [JsonPropertyName("id")]
    public long CompetitorId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>SE Ranking's domain trust score, where the answer has it.</summary>
    [JsonIgnore]
    public double? DomainTrust { get; set; }

    /// <summary>Subdomains count as the competitor's site.</summary>
    [JsonIgnore]
    public bool? SubdomainMatch { get; set; }

    /// <summary>The other statistics the answer carries (unconfirmed names).</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            DomainTrust = extra.TakeDouble("domain_trust", "dt");
            SubdomainMatch = extra.TakeLong("subdomain_match") is { } match ? match != 0 : null;
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// A competitor's position on one of the project's keywords, on one engine and date
/// (GET /competitors/{competitor_id}/positions, unified /competitors/positions): one row per
/// keyword × engine × date, ready for Export-Csv. The reference does not show the answer; it is
/// read as the project's positions are (a block per engine with its keywords and their dates).
/// </summary>
[TableView("CompetitorId", "SiteEngineId", "Keyword", "Date", "Position", "Change")]
public sealed class ProjectCompetitorPosition : IJsonOnDeserialized
{
    [JsonIgnore]
    public long CompetitorId { get; set; }

    [JsonIgnore]
    public long? SiteEngineId { get; set; }

    [JsonPropertyName("id")]
    public long KeywordId { get; set; }

    [JsonPropertyName("name")]
    public string Keyword { get; set; } = string.Empty;

    [JsonIgnore]
    public DateTime? Date { get; set; }

    /// <summary>1 and up; 0 when the competitor was not found in the depth checked.</summary>
    [JsonIgnore]
    public long? Position { get; set; }

    [JsonIgnore]
    public long? Change { get; set; }

    /// <summary>The competitor's page that ranked, where the answer has it.</summary>
    [JsonIgnore]
    public string? LandingPage { get; set; }

    /// <summary>The SERP features seen on that date, codes separated by "; " (with -SerpFeatures).</summary>
    [JsonIgnore]
    public string? SerpFeatures { get; set; }

    [JsonIgnore]
    public ExtraFields? AdditionalFields { get; private set; }

    [JsonInclude]
    [JsonPropertyName("positions")]
    internal List<PositionPoint>? Points { get; set; }

    [JsonInclude]
    [JsonExtensionData]
    internal ExtraFields? Extra { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => Extra = Extra?.NullIfEmpty();

    internal IEnumerable<ProjectCompetitorPosition> PerDate()
    {
        foreach (var point in Points ?? [])
        {
            var row = (ProjectCompetitorPosition)MemberwiseClone();
            row.Points = null;
            row.Extra = null;
            row.Date = point.Date;
            row.Position = point.Position;
            row.Change = point.Change;
            row.LandingPage = point.LandingPage;
            row.SerpFeatures = ProjectPosition.Codes(point.SerpFeatures);
            row.AdditionalFields = ExtraFields.Merge((string.Empty, Extra), ("position.", point.AdditionalFields?.NullIfEmpty()));
            yield return row;
        }
    }
}

/// <summary>
/// A site in the results of one keyword on one engine and date (GET /competitors/top10|top100/{site_id}/,
/// unified /competitors/serp10|serp100): the competition as SE Ranking saw it. Fields unconfirmed:
/// the position, URL and domain are read under the usual names.
/// </summary>
[TableView("KeywordId", "Date", "Position", "Domain", "Url")]
public sealed class ProjectSerpCompetitor : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long SiteEngineId { get; set; }

    [JsonIgnore]
    public long KeywordId { get; set; }

    [JsonIgnore]
    public DateTime Date { get; set; }

    [JsonIgnore]
    public long? Position { get; set; }

    [JsonIgnore]
    public string? Url { get; set; }

    [JsonIgnore]
    public string? Domain { get; set; }

    [JsonIgnore]
    public string? Title { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Position = extra.TakeLong("position", "pos", "rank");
            Url = extra.TakeString("url", "link");
            Domain = extra.TakeString("domain", "host");
            Title = extra.TakeString("title", "snippet_title");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// A domain in the top 10 of the project's keywords on a check date (GET /competitors/all/{site_id}/,
/// unified /competitors/metrics), with its backlink figures and visibility.
/// </summary>
[TableView("Domain", "Visibility", "Backlinks", "ReferringDomains")]
public sealed class ProjectCompetitorMetric
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long SiteEngineId { get; set; }

    [JsonIgnore]
    public DateTime Date { get; set; }

    [JsonPropertyName("domain_id")]
    public long? DomainId { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("backlinks")]
    public long? Backlinks { get; set; }

    /// <summary>Referring domains (the API calls it <c>domains</c>).</summary>
    [JsonPropertyName("domains")]
    public long? ReferringDomains { get; set; }

    [JsonPropertyName("visibility")]
    public double? Visibility { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
