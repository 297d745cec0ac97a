using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Keywords;

// The rows of the keyword-research family (§5). Each is the wire type itself; Source, Seed and
// Type are stamped by the operation. Lists (intents, SERP features) read as one CSV cell, and the
// monthly history as "2025-11: 60,500; 2025-12: 49,500".

/// <summary>The metrics of one keyword in one regional database (POST keywords/export; 100 credits per call of up to 5,000 keywords).</summary>
[TableView("Keyword", "Source", "Volume", "Cpc", "Competition", "Difficulty", "IsDataFound")]
public sealed class KeywordMetrics : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>The regional database, e.g. us.</summary>
    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>False when the database knows nothing of the keyword (every figure is then 0).</summary>
    [JsonPropertyName("is_data_found")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsDataFound { get; set; }

    /// <summary>Average monthly searches.</summary>
    [JsonPropertyName("volume")]
    public long Volume { get; set; }

    /// <summary>Cost per click, in USD.</summary>
    [JsonPropertyName("cpc")]
    public double Cpc { get; set; }

    /// <summary>Paid competition, 0–1.</summary>
    [JsonPropertyName("competition")]
    public double Competition { get; set; }

    /// <summary>Keyword difficulty, 0–100.</summary>
    [JsonPropertyName("difficulty")]
    public long Difficulty { get; set; }

    /// <summary>Search intents: I informational, N navigational, T transactional, C commercial, L local.</summary>
    [JsonPropertyName("intents")]
    public TopList<string>? Intents { get; set; }

    /// <summary>Searches per month, oldest first.</summary>
    [JsonPropertyName("history_trend")]
    public MonthlyValues? HistoryTrend { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>One row per month of <see cref="HistoryTrend"/>, for a table or a chart.</summary>
    public IReadOnlyList<KeywordMonthlyVolume> Months() =>
        (HistoryTrend ?? []).Select(month => new KeywordMonthlyVolume
        {
            Keyword = Keyword,
            Source = Source,
            Month = month.Month,
            Label = month.Label,
            Volume = month.Value,
        }).ToList();

    /// <summary>The row of a keyword the answer left out: the database has no data on it.</summary>
    internal static KeywordMetrics NoData(string keyword) => new() { Keyword = keyword, IsDataFound = false };

    void IJsonOnDeserialized.OnDeserialized()
    {
        Keyword = Keyword.Length > 0 ? Keyword : AdditionalFields?.TakeString("phrase", "query") ?? string.Empty;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>One month of a keyword's search volume (Get-SrKeywordMetric -ByMonth).</summary>
[TableView("Keyword", "Source", "Month", "Volume")]
public sealed class KeywordMonthlyVolume
{
    public string Keyword { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    /// <summary>The first day of the month; null when the API's label is not a date (see <see cref="Label"/>).</summary>
    public DateTime? Month { get; set; }

    /// <summary>The month as the API wrote it.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Searches in that month.</summary>
    public long? Volume { get; set; }
}

/// <summary>
/// A keyword idea for a seed (keywords/similar, related, questions; 10 credits per row), or a
/// long-tail phrase (keywords/longtail, which answers the phrase alone: the figures are then null).
/// </summary>
[TableView("Keyword", "Volume", "Cpc", "Difficulty", "Relevance", "Type", "Seed")]
public sealed class KeywordIdea : IJsonOnDeserialized
{
    [JsonPropertyName("keyword")]
    public string Keyword { get; set; } = string.Empty;

    /// <summary>The keyword the ideas are for.</summary>
    [JsonIgnore]
    public string Seed { get; set; } = string.Empty;

    /// <summary>Similar, Related, Question or Longtail.</summary>
    [JsonIgnore]
    public string Type { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    [JsonPropertyName("cpc")]
    public double? Cpc { get; set; }

    [JsonPropertyName("competition")]
    public double? Competition { get; set; }

    [JsonPropertyName("difficulty")]
    public long? Difficulty { get; set; }

    /// <summary>How closely a related keyword is related to the seed (related only).</summary>
    [JsonPropertyName("relevance")]
    public long? Relevance { get; set; }

    /// <summary>SERP features on the keyword's results page (catalogue codes).</summary>
    [JsonPropertyName("serp_features")]
    public TopList<string>? SerpFeatures { get; set; }

    /// <summary>Search intents: I, N, T, C, L.</summary>
    [JsonPropertyName("intents")]
    public TopList<string>? Intents { get; set; }

    /// <summary>Searches per month, oldest first (with -HistoryTrend).</summary>
    [JsonPropertyName("history_trend")]
    public MonthlyValues? HistoryTrend { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Keyword = Keyword.Length > 0 ? Keyword : AdditionalFields?.TakeString("phrase", "query") ?? string.Empty;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
