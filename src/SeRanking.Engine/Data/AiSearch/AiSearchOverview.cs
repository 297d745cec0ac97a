using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.AiSearch;

/// <summary>
/// How present a target is in AI answers, for one engine or all engines together
/// (GET ai-search/overview/by-engine|aggregated/time-series; 2,000 credits on the safe side):
/// four metrics, each with its current value, the previous period's and the change, as flat
/// columns. The monthly series the answer also holds come from <see cref="TimeSeries"/>.
/// </summary>
/// <remarks>
/// The answer's inner names are partly guessed in the reference (<c>current</c>, <c>previous</c>,
/// <c>change_absolute</c>, <c>{date, value}</c> points), so each is read under several spellings,
/// and anything else is kept in <see cref="AdditionalFields"/> under its path.
/// </remarks>
[TableView("Target", "Engine", "Source", "BrandPresence", "LinkPresence", "AiOpportunityTraffic", "AveragePosition")]
public sealed class AiSearchOverview : IJsonOnDeserialized
{
    private static readonly string[] CurrentNames = ["current", "value", "current_value", "now"];
    private static readonly string[] PreviousNames = ["previous", "previous_value", "prev", "before"];
    private static readonly string[] ChangeNames = ["change_absolute", "change", "absolute_change", "diff", "delta"];

    private static readonly (string Column, string[] Names)[] Metrics =
    [
        ("BrandPresence", ["brand_presence", "brand_mentions", "mentions"]),
        ("LinkPresence", ["link_presence", "link_mentions", "links"]),
        ("AiOpportunityTraffic", ["ai_opportunity_traffic", "ai_traffic_opportunity", "opportunity_traffic"]),
        ("AveragePosition", ["average_position", "avg_position", "position"]),
    ];

    private List<AiSearchTrendPoint> _points = [];

    /// <summary>The domain, host or URL asked about.</summary>
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>ai-overview, ai-mode, chatgpt, perplexity or gemini; "aggregated" for all engines together.</summary>
    [JsonIgnore]
    public string Engine { get; set; } = string.Empty;

    /// <summary>base_domain, domain or url; null for the API's default (base_domain).</summary>
    [JsonIgnore]
    public string? Scope { get; set; }

    /// <summary>The brand looked for: the one asked for, or the one the answer names.</summary>
    [JsonIgnore]
    public string? Brand { get; set; }

    /// <summary>AI answers that mention the brand, this period.</summary>
    [JsonIgnore]
    public double? BrandPresence { get; set; }

    [JsonIgnore]
    public double? BrandPresencePrevious { get; set; }

    [JsonIgnore]
    public double? BrandPresenceChange { get; set; }

    /// <summary>AI answers that link to the target, this period.</summary>
    [JsonIgnore]
    public double? LinkPresence { get; set; }

    [JsonIgnore]
    public double? LinkPresencePrevious { get; set; }

    [JsonIgnore]
    public double? LinkPresenceChange { get; set; }

    /// <summary>Estimated traffic the target could win from AI answers.</summary>
    [JsonIgnore]
    public double? AiOpportunityTraffic { get; set; }

    [JsonIgnore]
    public double? AiOpportunityTrafficPrevious { get; set; }

    [JsonIgnore]
    public double? AiOpportunityTrafficChange { get; set; }

    /// <summary>Average position of the target's link in AI answers (lower is better).</summary>
    [JsonIgnore]
    public double? AveragePosition { get; set; }

    [JsonIgnore]
    public double? AveragePositionPrevious { get; set; }

    [JsonIgnore]
    public double? AveragePositionChange { get; set; }

    /// <summary>Fields not read into columns, by their path ("summary.brand_presence.change_percent").</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>
    /// The monthly series of the answer (ai_traffic, organic_traffic, overall_traffic,
    /// link_presence, average_position, and any other), one point per stream and month, stamped
    /// with this overview's target, engine and source.
    /// </summary>
    public IReadOnlyList<AiSearchTrendPoint> TimeSeries() => _points.Select(point => new AiSearchTrendPoint
    {
        Target = Target,
        Source = Source,
        Engine = Engine,
        Scope = Scope,
        Brand = Brand,
        Stream = point.Stream,
        Date = point.Date,
        Label = point.Label,
        Value = point.Value,
    }).ToList();

    void IJsonOnDeserialized.OnDeserialized()
    {
        var extra = AdditionalFields ?? [];
        var summary = extra.TryGetValue("summary", out var block) && block.ValueKind == JsonValueKind.Object ? block : (JsonElement?)null;
        extra.Remove("summary");
        var consumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (column, names) in Metrics)
        {
            // In the summary, where the reference puts it; at the top level, should the API flatten it.
            if (Find(summary, names) is { } inSummary)
            {
                consumed.Add(inSummary.Name);
                Set(column, Read(inSummary.Value, "summary." + inSummary.Name + ".", ref extra));
            }
            else if (names.FirstOrDefault(extra.ContainsKey) is { } topLevel)
            {
                var value = extra[topLevel];
                extra.Remove(topLevel);
                Set(column, Read(value, topLevel + ".", ref extra));
            }
        }

        if (summary is { } rest)
        {
            extra = AiSearchJson.KeepRest(extra, "summary.", rest, consumed) ?? extra;
        }

        Brand ??= extra.TakeString("brand", "brand_name");
        foreach (var name in new[] { "time_series", "timeseries", "history" })
        {
            if (extra.TryGetValue(name, out var series))
            {
                _points = ReadSeries(series);
                extra.Remove(name);
                break;
            }
        }

        AdditionalFields = extra.NullIfEmpty();
    }

    private static (string Name, JsonElement Value)? Find(JsonElement? node, string[] names)
    {
        foreach (var name in names)
        {
            if (node is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return (name, value);
            }
        }

        return null;
    }

    /// <summary>Current, previous and change of one metric: an object of the three, or a bare number (current only).</summary>
    private static (double? Current, double? Previous, double? Change) Read(JsonElement metric, string prefix, ref ExtraFields extra)
    {
        if (metric.ValueKind != JsonValueKind.Object)
        {
            return (AiSearchJson.Number(metric), null, null);
        }

        var current = AiSearchJson.Number(AiSearchJson.Member(metric, CurrentNames));
        var previous = AiSearchJson.Number(AiSearchJson.Member(metric, PreviousNames));
        var change = AiSearchJson.Number(AiSearchJson.Member(metric, ChangeNames));
        var known = CurrentNames.Concat(PreviousNames).Concat(ChangeNames).ToList();
        extra = AiSearchJson.KeepRest(extra, prefix, metric, known) ?? extra;

        // Only the relative change may come (change_percent, kept above): the absolute one follows from the two values.
        return (current, previous, change ?? (current - previous));
    }

    private void Set(string column, (double? Current, double? Previous, double? Change) metric)
    {
        switch (column)
        {
            case "BrandPresence":
                (BrandPresence, BrandPresencePrevious, BrandPresenceChange) = metric;
                break;
            case "LinkPresence":
                (LinkPresence, LinkPresencePrevious, LinkPresenceChange) = metric;
                break;
            case "AiOpportunityTraffic":
                (AiOpportunityTraffic, AiOpportunityTrafficPrevious, AiOpportunityTrafficChange) = metric;
                break;
            default:
                (AveragePosition, AveragePositionPrevious, AveragePositionChange) = metric;
                break;
        }
    }

    /// <summary>Streams of points: each an array of <c>{date|month, value}</c> objects, or an object keyed by date.</summary>
    private static List<AiSearchTrendPoint> ReadSeries(JsonElement series)
    {
        var points = new List<AiSearchTrendPoint>();
        if (series.ValueKind != JsonValueKind.Object)
        {
            return points;
        }

        foreach (var stream in series.EnumerateObject())
        {
            if (stream.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var point in stream.Value.EnumerateArray())
                {
                    var label = AiSearchJson.Text(AiSearchJson.Member(point, "date", "month", "period", "day"));
                    points.Add(new AiSearchTrendPoint
                    {
                        Stream = stream.Name,
                        Label = label ?? string.Empty,
                        Date = AiSearchJson.Date(label),
                        Value = point.ValueKind == JsonValueKind.Object
                            ? AiSearchJson.Number(AiSearchJson.Member(point, "value", "count", "traffic", "current"))
                            : AiSearchJson.Number(point),
                    });
                }
            }
            else if (stream.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var point in stream.Value.EnumerateObject())
                {
                    points.Add(new AiSearchTrendPoint { Stream = stream.Name, Label = point.Name, Date = AiSearchJson.Date(point.Name), Value = AiSearchJson.Number(point.Value) });
                }
            }
        }

        return points.OrderBy(p => p.Stream, StringComparer.Ordinal).ThenBy(p => p.Date ?? DateTime.MaxValue).ToList();
    }
}

/// <summary>One month of one stream of an AI search overview (Get-SrAiSearchOverview -TimeSeries).</summary>
[TableView("Target", "Engine", "Stream", "Date", "Value")]
public sealed class AiSearchTrendPoint
{
    public string Target { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public string Engine { get; set; } = string.Empty;

    public string? Scope { get; set; }

    public string? Brand { get; set; }

    /// <summary>ai_traffic, organic_traffic, overall_traffic, link_presence, average_position (as the API names them).</summary>
    public string Stream { get; set; } = string.Empty;

    /// <summary>The month (first day); null when the API's label is not a date (see <see cref="Label"/>).</summary>
    public DateTime? Date { get; set; }

    /// <summary>The period as the API wrote it.</summary>
    public string Label { get; set; } = string.Empty;

    public double? Value { get; set; }
}
