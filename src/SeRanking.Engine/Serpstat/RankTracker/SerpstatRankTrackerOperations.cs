using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.RankTracker;

/// <summary>A rank-tracker project (RtApiProjectProcedure.getProjects; free).</summary>
[TableView("ProjectId", "Name", "Domain", "Status", "TrackingEnabled", "CreatedAt")]
public sealed class SerpstatRankProject : IJsonOnDeserialized
{
    [JsonPropertyName("id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ProjectId { get; set; }

    [JsonPropertyName("projectName")]
    public string? Name { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("group")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Group { get; set; }

    [JsonPropertyName("type")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Type { get; set; }

    /// <summary>Serpstat's status code (its values are not documented).</summary>
    [JsonPropertyName("status")]
    public long? Status { get; set; }

    [JsonPropertyName("enableTracking")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool TrackingEnabled { get; set; }

    [JsonPropertyName("createdAt")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>A region a rank-tracker project tracks (RtApiSearchEngineProcedure.getProjectRegions; free).</summary>
[TableView("ProjectId", "RegionId", "SearchEngine", "Country", "City", "DeviceType", "Active")]
public sealed class SerpstatRankRegion : IJsonOnDeserialized
{
    [JsonIgnore]
    public long ProjectId { get; set; }

    /// <summary>The project region's id (what the history methods call projectRegionId).</summary>
    [JsonPropertyName("id")]
    public long RegionId { get; set; }

    [JsonPropertyName("active")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Active { get; set; }

    [JsonPropertyName("searchEngine")]
    public string? SearchEngine { get; set; }

    [JsonPropertyName("serpType")]
    public string? SerpType { get; set; }

    [JsonPropertyName("deviceType")]
    public string? DeviceType { get; set; }

    [JsonPropertyName("region")]
    public string? Region { get; set; }

    [JsonPropertyName("country")]
    public string? Country { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("langCode")]
    public string? Language { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>Whether a rank-tracker update is running for a project region (RtApiSearchEngineProcedure.getProjectStatus; free).</summary>
[TableView("ProjectId", "RegionId", "Parsing")]
public sealed class SerpstatRankStatus : IJsonOnDeserialized
{
    [JsonPropertyName("projectId")]
    public long ProjectId { get; set; }

    [JsonPropertyName("regionId")]
    public long RegionId { get; set; }

    /// <summary>True while positions are being collected.</summary>
    [JsonPropertyName("parsing")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Parsing { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        AdditionalFields?.Remove("summary_info");
        AdditionalFields?.Remove("spent_limits");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>
/// A tracked keyword with its ranking history: the project domain's URLs
/// (getUrlsSerpResultsHistory) or the top 100 (getKeywordsSerpResultsHistory); free. The history
/// reads as one cell, a date and its positions per entry, newest as Serpstat sends them.
/// </summary>
[TableView("Keyword", "Frequency", "History", "ExpectedUrl", "ProjectId", "RegionId")]
public sealed class SerpstatRankKeyword : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>Search volume (frequency).</summary>
    [JsonPropertyName("frequency")]
    public long? Frequency { get; set; }

    [JsonPropertyName("expectedUrl")]
    public string? ExpectedUrl { get; set; }

    /// <summary>"date: positions" per date checked.</summary>
    [JsonPropertyName("history")]
    [JsonConverter(typeof(RankHistoryConverter))]
    public TopList<string>? History { get; set; }

    /// <summary>The keyword's tags (their values).</summary>
    [JsonPropertyName("tags")]
    [JsonConverter(typeof(RankHistoryConverter))]
    public TopList<string>? Tags { get; set; }

    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonIgnore]
    public long RegionId { get; set; }

    /// <summary>Urls (the project domain's pages) or Top100.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>A domain that appeared in the top 20 for the project's keywords, with its history (getTopCompetitorsDomainsHistory; free).</summary>
[TableView("Domain", "History", "ProjectId", "RegionId")]
public sealed class SerpstatRankCompetitor : IJsonOnDeserialized
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>"date: figures" per date.</summary>
    [JsonPropertyName("dates")]
    [JsonConverter(typeof(RankHistoryConverter))]
    public TopList<string>? History { get; set; }

    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonIgnore]
    public long RegionId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>
/// The rank tracker's nested lists as one readable cell: a dated entry as "date: what it holds"
/// (positions by their number and URL, other objects as name=value), a tag by its value.
/// </summary>
internal sealed class RankHistoryConverter : JsonConverter<TopList<string>?>
{
    public override bool HandleNull => true;

    public override TopList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var list = new TopList<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            list.Add(Entry(item));
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, TopList<string>? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rows are read from answers, never written.");

    private static string Entry(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return Render(item);
        }

        if (item.TryGetProperty("date", out var date))
        {
            var rest = item.EnumerateObject().Where(p => p.Name != "date").Select(p => Render(p.Value)).Where(t => t.Length > 0);
            return Render(date) + ": " + string.Join(" ", rest);
        }

        return item.TryGetProperty("value", out var value) ? Render(value) : Render(item);
    }

    private static string Render(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Render)),
        JsonValueKind.Object => value.TryGetProperty("position", out var position)
            ? Render(position) + (value.TryGetProperty("url", out var url) ? " " + Render(url) : string.Empty)
            : string.Join(", ", value.EnumerateObject().Select(p => p.Name + "=" + Render(p.Value))),
        _ => string.Empty,
    };
}

/// <summary>What the rank tracker's read methods take (§12).</summary>
public sealed record SerpstatRankQuery
{
    public long? ProjectId { get; init; }

    /// <summary>The project region (regionId; projectRegionId in the history methods).</summary>
    public long? RegionId { get; init; }

    /// <summary>The first and last dates of a history (dateFrom, dateTo).</summary>
    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>Only these keywords (keywords).</summary>
    public IReadOnlyList<string>? Keywords { get; init; }

    /// <summary>Add each keyword's tags (withTags).</summary>
    public bool? WithTags { get; init; }

    /// <summary>The domain whose URLs' positions to read (getUrlsSerpResultsHistory's domain; the project's when absent).</summary>
    public string? Domain { get; init; }

    /// <summary>Only these competitor domains (getTopCompetitorsDomainsHistory's domains).</summary>
    public IReadOnlyList<string>? Domains { get; init; }

    public string? SortBy { get; init; }

    /// <summary>The range sum_traffic, keywords_count or avg_position is sorted by (sortRange).</summary>
    public string? SortRange { get; init; }

    public string? SortOrder { get; init; }

    private long Project => Check.Range("ProjectId", ProjectId, 1, long.MaxValue) ?? throw new InvalidInputException("ProjectId", "-ProjectId is required.");

    private long Region => Check.Range("RegionId", RegionId, 1, long.MaxValue) ?? throw new InvalidInputException("RegionId", "-RegionId is required.");

    internal void WriteProjects(RequestWriter writer) => Unused(writer, nameof(ProjectId), ProjectId, nameof(RegionId), RegionId);

    internal void WriteRegions(RequestWriter writer)
    {
        writer.Target = "project " + Project.ToString(CultureInfo.InvariantCulture);
        writer.Add("projectId", Project);
    }

    internal void WriteStatus(RequestWriter writer)
    {
        writer.Target = $"project {Project.ToString(CultureInfo.InvariantCulture)}, region {Region.ToString(CultureInfo.InvariantCulture)}";
        writer.Add("projectId", Project).Add("regionId", Region);
    }

    internal void WriteHistory(RequestWriter writer, bool urls)
    {
        WriteRange(writer);
        if (Keywords is { Count: > 0 })
        {
            writer.AddList("keywords", Keywords.Select(k => Data.Keywords.KeywordRules.Validate(k, "Keyword", SerpstatParams.MaxKeywordLength)).Distinct(StringComparer.Ordinal));
        }

        writer.Add("withTags", WithTags, asWords: true);
        if (Domain is not null)
        {
            writer.Add("domain", urls ? SerpstatParams.Domain("Domain", Domain) : throw new InvalidInputException("Domain", "-Domain is taken with the project domain's URL positions only; leave it out with -Top100."));
        }

        Sort(writer, ["keyword", "date"], null);
    }

    internal void WriteCompetitors(RequestWriter writer)
    {
        WriteRange(writer);
        if (Domains is { Count: > 0 })
        {
            writer.AddList("domains", Domains.Select(d => SerpstatParams.Domain("Domain", d)).Distinct(StringComparer.OrdinalIgnoreCase));
        }

        Sort(writer, ["domain", "sum_traffic", "keywords_count", "avg_position", "position_ranges", "ads_count"], ["top1", "top2", "keywords_count_bottom", "keywords_count_top", "avg_position_top", "avg_position_bottom"]);
    }

    private void WriteRange(RequestWriter writer)
    {
        writer.Target = $"project {Project.ToString(CultureInfo.InvariantCulture)}, region {Region.ToString(CultureInfo.InvariantCulture)}";
        Check.DateOrder("From", From, "To", To);
        writer.Add("projectId", Project).Add("projectRegionId", Region).Add("dateFrom", From).Add("dateTo", To);
    }

    private void Sort(RequestWriter writer, string[] keys, string[]? ranges)
    {
        if (SortBy is null && SortOrder is not null)
        {
            throw new InvalidInputException("SortOrder", "-SortOrder needs -SortBy: give the field to sort by.");
        }

        if (SortRange is not null && ranges is null)
        {
            throw new InvalidInputException("SortRange", "-SortRange is taken by the competitors' history only; leave it out.");
        }

        writer.Add("sort", SortBy is null ? null : Check.OneOf("SortBy", SortBy, keys))
            .Add("sortRange", SortRange is null ? null : Check.OneOf("SortRange", SortRange, ranges!))
            .Add("order", SortBy is null ? null : Check.OneOf("SortOrder", SortOrder ?? "desc", "asc", "desc"));
    }

    private static void Unused(RequestWriter writer, string name1, object? value1, string name2, object? value2)
    {
        writer.Target = "the rank-tracker projects";
        if (value1 is not null || value2 is not null)
        {
            throw new InvalidInputException(value1 is not null ? name1 : name2, "The list of projects takes no project or region.");
        }
    }
}

/// <summary>Serpstat's rank tracker reads (§12): projects, their regions and status, positions and competitors' history; all free.</summary>
public static class SerpstatRankTrackerOperations
{
    /// <summary>Rank-tracker pages are asked for 100 rows at a time: getProjects takes only 20, 50, 100 or 500.</summary>
    private static Paging ProjectPages { get; } = Paging.PageAndSize(100, 100) with { LimitName = "pageSize", TotalAnswer = SerpstatRpc.TotalAnswer, MinSize = 100 };

    /// <summary>History pages of pageSize rows (keywords or competitors), up to 500 (the competitors' stated bound; the keywords' is assumed alike).</summary>
    private static Paging HistoryPages(int minSize) => Paging.PageAndSize(100, 500) with { LimitName = "pageSize", TotalAnswer = SerpstatRpc.TotalAnswer, MinSize = minSize };

    /// <summary>RtApiProjectProcedure.getProjects: the rank-tracker projects, paged.</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankProject> Projects { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiProjectProcedure.getProjects", Json.SerpstatRankProject, (q, w) => q.WriteProjects(w))
    {
        Paging = ProjectPages,
        Rows = SerpstatRpc.DataRows,
    };

    /// <summary>RtApiSearchEngineProcedure.getProjectRegions: a project's regions and whether each is active.</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankRegion> Regions { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiSearchEngineProcedure.getProjectRegions", Json.SerpstatRankRegion, (q, w) => q.WriteRegions(w))
    {
        Rows = RowLocation.InProperty("regions").Under("result"),
        Stamp = (q, r, _) => r.ProjectId = q.ProjectId ?? 0,
    };

    /// <summary>RtApiSearchEngineProcedure.getProjectStatus: whether an update is running for a project region.</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankStatus> Status { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiSearchEngineProcedure.getProjectStatus", Json.SerpstatRankStatus, (q, w) => q.WriteStatus(w))
    {
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
    };

    /// <summary>RtApiSerpResultsProcedure.getUrlsSerpResultsHistory: the project domain's positions for its keywords, by date, paged.</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankKeyword> UrlHistory { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiSerpResultsProcedure.getUrlsSerpResultsHistory", Json.SerpstatRankKeyword, (q, w) => q.WriteHistory(w, urls: true))
    {
        Paging = HistoryPages(1),
        Rows = RowLocation.InProperty("keywords").Under("result", "data"),
        Stamp = (q, r, _) => (r.ProjectId, r.RegionId, r.Type) = (q.ProjectId ?? 0, q.RegionId ?? 0, "Urls"),
    };

    /// <summary>RtApiSerpResultsProcedure.getKeywordsSerpResultsHistory: the top 100 of the project's keywords, by date, paged.</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankKeyword> TopHistory { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiSerpResultsProcedure.getKeywordsSerpResultsHistory", Json.SerpstatRankKeyword, (q, w) => q.WriteHistory(w, urls: false))
    {
        Paging = HistoryPages(1),
        Rows = RowLocation.InProperty("keywords").Under("result", "data"),
        Stamp = (q, r, _) => (r.ProjectId, r.RegionId, r.Type) = (q.ProjectId ?? 0, q.RegionId ?? 0, "Top100"),
    };

    /// <summary>RtApiSerpResultsProcedure.getTopCompetitorsDomainsHistory: the domains in the top 20 for the project's keywords, by date, paged (20 to 500 a page).</summary>
    public static Operation<SerpstatRankQuery, SerpstatRankCompetitor> Competitors { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, "RtApiSerpResultsProcedure.getTopCompetitorsDomainsHistory", Json.SerpstatRankCompetitor, (q, w) => q.WriteCompetitors(w))
    {
        Paging = HistoryPages(20),
        Rows = RowLocation.InProperty("competitors").Under("result", "data"),
        Stamp = (q, r, _) => (r.ProjectId, r.RegionId) = (q.ProjectId ?? 0, q.RegionId ?? 0),
    };

    /// <summary>Every operation of this family.</summary>
    public static Operation[] AllOperations => [Status, UrlHistory, TopHistory, Projects, Competitors, Regions];

    private static SerpstatJsonContext Json => SerpstatJsonContext.Default;
}
