using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Positions;

/// <summary>
/// A keyword's position on one search engine of a project on one date (GET /sites/{site_id}/positions,
/// unified /sites/positions): one row per keyword × engine × date, ready for Export-Csv. The API
/// answers a block per engine holding its keywords, each with its dated positions; landing pages,
/// SERP features and the content score come when asked for.
/// </summary>
[TableView("SiteEngineId", "Keyword", "Date", "Position", "Change", "LandingPage")]
public sealed class ProjectPosition : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The project's search engine the position is on.</summary>
    [JsonIgnore]
    public long? SiteEngineId { get; set; }

    [JsonPropertyName("id")]
    public long KeywordId { get; set; }

    [JsonPropertyName("name")]
    public string Keyword { get; set; } = string.Empty;

    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    /// <summary>The date the position was checked.</summary>
    [JsonIgnore]
    public DateTime? Date { get; set; }

    /// <summary>The position, 1 and up; 0 when the site was not found in the depth checked.</summary>
    [JsonIgnore]
    public long? Position { get; set; }

    /// <summary>The change against the check before (positive: up).</summary>
    [JsonIgnore]
    public long? Change { get; set; }

    /// <summary>The page that ranked (with landing pages asked for).</summary>
    [JsonIgnore]
    public string? LandingPage { get; set; }

    /// <summary>The SERP features seen on that date, codes separated by "; " (with SERP features asked for).</summary>
    [JsonIgnore]
    public string? SerpFeatures { get; set; }

    /// <summary>The content score of the target page, 0–100 (with the content score asked for).</summary>
    [JsonPropertyName("content_score")]
    public double? ContentScore { get; set; }

    [JsonPropertyName("content_score_change")]
    public double? ContentScoreChange { get; set; }

    /// <summary>Fields the API sent that this version does not know, the keyword's and that date's ("position." prefix).</summary>
    [JsonIgnore]
    public ExtraFields? AdditionalFields { get; private set; }

    [JsonInclude]
    [JsonPropertyName("positions")]
    internal List<PositionPoint>? Points { get; set; }

    [JsonInclude]
    [JsonPropertyName("landing_pages")]
    internal JsonElement? LandingPages { get; set; }

    [JsonInclude]
    [JsonPropertyName("serp_features")]
    internal JsonElement? KeywordSerpFeatures { get; set; }

    [JsonInclude]
    [JsonExtensionData]
    internal ExtraFields? Extra { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => Extra = Extra?.NullIfEmpty();

    /// <summary>The keyword's row on each date it was checked, in the API's order.</summary>
    internal IEnumerable<ProjectPosition> PerDate()
    {
        foreach (var point in Points ?? [])
        {
            var row = (ProjectPosition)MemberwiseClone();
            row.Points = null;
            row.LandingPages = null;
            row.KeywordSerpFeatures = null;
            row.Extra = null;
            row.Date = point.Date;
            row.Position = point.Position;
            row.Change = point.Change;
            row.LandingPage = point.LandingPage ?? ByDate(LandingPages, point.Date, "url", "landing_page", "link");
            row.SerpFeatures = Codes(point.SerpFeatures) ?? Codes(ByDateElement(KeywordSerpFeatures, point.Date, "features", "serp_features"));
            row.AdditionalFields = ExtraFields.Merge((string.Empty, Extra), ("position.", point.AdditionalFields?.NullIfEmpty()));
            yield return row;
        }
    }

    /// <summary>The text under one of <paramref name="names"/> of the element of <paramref name="list"/> dated <paramref name="date"/>; a plain string applies to every date.</summary>
    private static string? ByDate(JsonElement? list, DateTime? date, params string[] names)
    {
        if (list is { ValueKind: JsonValueKind.String } single)
        {
            return single.GetString();
        }

        var match = ByDateElement(list, date, names);
        return match is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
    }

    private static JsonElement? ByDateElement(JsonElement? list, DateTime? date, params string[] names)
    {
        if (list is not { ValueKind: JsonValueKind.Array } array || date is not { } day)
        {
            return list is { ValueKind: JsonValueKind.Array } all && all.GetArrayLength() > 0 && all[0].ValueKind == JsonValueKind.String ? all : null;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("date", out var when) && when.ValueKind == JsonValueKind.String
                && LenientDateTimeConverter.Parse(when.GetString()) is { } dated && dated.Date == day.Date)
            {
                foreach (var name in names)
                {
                    if (item.TryGetProperty(name, out var value))
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>SERP feature codes as one cell: an array of codes (or of objects with a code) joined by "; ".</summary>
    internal static string? Codes(JsonElement? features)
    {
        if (features is not { ValueKind: JsonValueKind.Array } array)
        {
            return features is { ValueKind: JsonValueKind.String } text ? text.GetString() : null;
        }

        var codes = array.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()
                : item.ValueKind == JsonValueKind.Object && (item.TryGetProperty("code", out var code) || item.TryGetProperty("type", out code) || item.TryGetProperty("name", out code)) ? code.ToString()
                : item.ValueKind == JsonValueKind.Number ? item.GetRawText()
                : null)
            .Where(code => !string.IsNullOrEmpty(code))
            .ToList();
        return codes.Count == 0 ? null : string.Join("; ", codes);
    }
}

/// <summary>One date of a keyword's positions: <c>{"date", "pos", "change", …}</c>.</summary>
internal sealed class PositionPoint : IJsonOnDeserialized
{
    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("pos")]
    public long? Position { get; set; }

    [JsonPropertyName("change")]
    public long? Change { get; set; }

    [JsonIgnore]
    public string? LandingPage { get; set; }

    [JsonPropertyName("serp_features")]
    public JsonElement? SerpFeatures { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            LandingPage = extra.TakeString("url", "landing_page", "link");
            Position ??= extra.TakeLong("position");
        }
    }
}

/// <summary>A row read whole from an answer of unconfirmed shape, then spread into rows of its own type.</summary>
internal interface IRawJsonRow
{
    JsonElement Raw { get; set; }
}

/// <summary>Reads any JSON value into a row's <see cref="IRawJsonRow.Raw"/>, so the row can spread it as the shape turns out to be.</summary>
internal sealed class RawJsonRowConverter<T> : JsonConverter<T>
    where T : class, IRawJsonRow, new()
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new T { Raw = document.RootElement.Clone() };
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => value.Raw.WriteTo(writer);
}

/// <summary>
/// One of a project's standard comparison dates (GET /sites/{site_id}/historicalDates, unified
/// /sites/positions/checkpoints): a period such as <c>yesterday</c> or <c>30days</c> and the check
/// date it stands for. The answer's shape is unconfirmed: an object of period → date, or a list.
/// </summary>
[TableView("SiteId", "SiteEngineId", "Period", "Date")]
[JsonConverter(typeof(RawJsonRowConverter<ProjectHistoricalDate>))]
public sealed class ProjectHistoricalDate : IRawJsonRow
{
    public long SiteId { get; set; }

    public long? SiteEngineId { get; set; }

    /// <summary>current, yesterday, 7days, 30days, 90days… as the API names them.</summary>
    public string Period { get; set; } = string.Empty;

    public DateTime? Date { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<ProjectHistoricalDate> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var (name, value) in RawJson.Members(raw, "period", "name", "key"))
        {
            foreach (var date in RawJson.Dates(value))
            {
                yield return new ProjectHistoricalDate { SiteId = SiteId, SiteEngineId = SiteEngineId, Period = name, Date = date };
            }
        }
    }
}

/// <summary>
/// A date on which a project's positions were checked (GET /sites/{site_id}/check-dates): what
/// Wait-SrProjectRecheck polls for. Read from a list of dates, of objects, or of lists per engine.
/// </summary>
[TableView("SiteId", "SiteEngineId", "Date")]
[JsonConverter(typeof(RawJsonRowConverter<ProjectCheckDate>))]
public sealed class ProjectCheckDate : IRawJsonRow
{
    public long SiteId { get; set; }

    /// <summary>The engine the check was on, when the answer says (or one was asked for).</summary>
    public long? SiteEngineId { get; set; }

    public DateTime Date { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<ProjectCheckDate> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var (engine, date) in RawJson.EngineDates(raw, "date", "check_date"))
        {
            yield return new ProjectCheckDate { SiteId = SiteId, SiteEngineId = engine ?? SiteEngineId, Date = date };
        }
    }
}

/// <summary>
/// One point of a project's ranking chart (GET /sites/{site_id}/chart, unified
/// /sites/positions/history): one series per search engine plus an overall average, a value per
/// date, of the metric asked for (average position by default).
/// </summary>
[TableView("SiteId", "Series", "Metric", "Date", "Value")]
[JsonConverter(typeof(RawJsonRowConverter<ProjectRankingTrend>))]
public sealed class ProjectRankingTrend : IRawJsonRow
{
    public long SiteId { get; set; }

    /// <summary>The series: a site engine id, or "average" for all engines together.</summary>
    public string Series { get; set; } = string.Empty;

    /// <summary>The series' engine when it is one; null for the average.</summary>
    public long? SiteEngineId { get; set; }

    /// <summary>avg_pos, visibility, visibility_percent, top10 or top10_percent.</summary>
    public string Metric { get; set; } = string.Empty;

    public DateTime? Date { get; set; }

    public double? Value { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<ProjectRankingTrend> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var (series, points) in RawJson.Series(raw))
        {
            foreach (var point in points)
            {
                yield return new ProjectRankingTrend
                {
                    SiteId = SiteId,
                    Metric = Metric,
                    Series = series,
                    SiteEngineId = long.TryParse(series, NumberStyles.Integer, CultureInfo.InvariantCulture, out var engine) ? engine : null,
                    Date = RawJson.DateOf(point, "date"),
                    Value = RawJson.NumberOf(point, "value", "val", "y"),
                };
            }
        }
    }
}

/// <summary>
/// Ads counted on a date (GET /sites/{site_id}/ads, unified /sites/ads-stats): how many ads ran
/// above and below the organic results for the project's keywords. Shape unconfirmed: read from
/// a list of dated objects, or objects keyed by date or engine.
/// </summary>
[TableView("SiteId", "SiteEngineId", "Date", "Top", "Bottom")]
[JsonConverter(typeof(RawJsonRowConverter<ProjectAdStat>))]
public sealed class ProjectAdStat : IRawJsonRow
{
    public long SiteId { get; set; }

    public long? SiteEngineId { get; set; }

    public DateTime? Date { get; set; }

    /// <summary>Ads above the organic results.</summary>
    public long? Top { get; set; }

    /// <summary>Ads below them.</summary>
    public long? Bottom { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<ProjectAdStat> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var (engine, date, item) in RawJson.DatedObjects(raw))
        {
            yield return new ProjectAdStat
            {
                SiteId = SiteId,
                SiteEngineId = engine,
                Date = date,
                Top = (long?)RawJson.NumberOf(item, "top", "top_ads", "ads_top"),
                Bottom = (long?)RawJson.NumberOf(item, "bottom", "bottom_ads", "ads_bottom"),
            };
        }
    }
}
