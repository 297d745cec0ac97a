using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Tasks;

/// <summary>A SERP crawling task just queued (tasks.addTask, tasks.addKeywordList).</summary>
[TableView("TaskId", "Keywords", "BlockedKeywords", "CountryId", "RegionId")]
public sealed class SerpstatSerpCrawlTask : IJsonOnDeserialized
{
    /// <summary>The task's id, for Wait-SerpstatSerpCrawl and Get-SerpstatSerpCrawlResult.</summary>
    [JsonPropertyName("task_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TaskId { get; set; }

    /// <summary>The keywords Serpstat refused, in one cell.</summary>
    public string? BlockedKeywords => SerpstatTaskText.Join(Blocked);

    /// <summary>Keywords sent.</summary>
    [JsonIgnore]
    public int Keywords { get; set; }

    [JsonIgnore]
    public long CountryId { get; set; }

    [JsonIgnore]
    public long RegionId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("blocked_keywords")]
    internal List<JsonElement>? Blocked { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        TaskId ??= AdditionalFields?.TakeString("taskId");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A SERP crawling task of the last 7 days with its progress (tasks.getList).</summary>
[TableView("TaskId", "Status", "Progress", "KeywordsCount", "CreatedAt", "ParsedAt")]
public sealed class SerpstatSerpCrawlInfo
{
    [JsonPropertyName("task_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TaskId { get; set; }

    [JsonPropertyName("se_id")]
    public long? SeId { get; set; }

    [JsonPropertyName("country_id")]
    public long? CountryId { get; set; }

    [JsonPropertyName("lang_id")]
    public long? LanguageId { get; set; }

    [JsonPropertyName("region_id")]
    public long? RegionId { get; set; }

    [JsonPropertyName("device_type_id")]
    public long? DeviceTypeId { get; set; }

    /// <summary>Percent crawled, as Serpstat gives it ("100", "45%").</summary>
    [JsonPropertyName("progress")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Progress { get; set; }

    [JsonPropertyName("keywords_count")]
    public long? KeywordsCount { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    [JsonPropertyName("parsed_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? ParsedAt { get; set; }

    /// <summary>The progress as a number, 0 to 100; null when Serpstat gave none.</summary>
    public int? Percent => double.TryParse((Progress ?? string.Empty).Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? (int)Math.Min(100, Math.Max(0, p)) : null;

    /// <summary>finished at 100 %, else processing.</summary>
    public string Status => Percent >= 100 ? "finished" : "processing";

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>Stands for a task tasks.getList did not hold.</summary>
    [JsonIgnore]
    internal bool Missing { get; set; }
}

/// <summary>One crawled keyword of a task, with its results held for <see cref="SerpstatSerpCrawlOperations.ResultsOf"/>.</summary>
public sealed class SerpstatCrawledKeyword
{
    [JsonPropertyName("keyword_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? KeywordId { get; set; }

    [JsonPropertyName("keyword")]
    public string? Keyword { get; set; }

    [JsonIgnore]
    public string TaskId { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("keyword_data")]
    internal SerpstatKeywordData? Data { get; set; }
}

internal sealed class SerpstatKeywordData
{
    [JsonPropertyName("top")]
    public List<SerpstatCrawledTopItem>? Top { get; set; }

    [JsonPropertyName("results")]
    public long? Results { get; set; }

    [JsonPropertyName("right_spell")]
    public string? RightSpell { get; set; }

    [JsonPropertyName("types")]
    public List<string>? Types { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

internal sealed class SerpstatCrawledTopItem
{
    [JsonPropertyName("position")]
    public int? Position { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("subdomain")]
    public string? Subdomain { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("snippet")]
    public string? Snippet { get; set; }

    [JsonPropertyName("breadcrumbs")]
    public string? Breadcrumbs { get; set; }

    [JsonPropertyName("types")]
    public List<string>? Types { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>One organic result of a crawled keyword: the row Get-SerpstatSerpCrawlResult writes.</summary>
[TableView("Keyword", "Position", "Domain", "Url", "Title")]
public sealed class SerpstatCrawledResult
{
    public string TaskId { get; set; } = string.Empty;

    public string? KeywordId { get; set; }

    public string? Keyword { get; set; }

    public int? Position { get; set; }

    public string? Url { get; set; }

    public string? Domain { get; set; }

    public string? Subdomain { get; set; }

    public string? Title { get; set; }

    public string? Snippet { get; set; }

    public string? Breadcrumbs { get; set; }

    /// <summary>The result's types (organic, video…), in one cell.</summary>
    public TopList<string>? Types { get; set; }

    /// <summary>The results count Google gave for the keyword.</summary>
    public long? TotalResults { get; set; }

    /// <summary>Google's spelling correction of the keyword, if any.</summary>
    public string? RightSpell { get; set; }

    /// <summary>The SERP's features (local pack, people also ask…), in one cell.</summary>
    public TopList<string>? SerpTypes { get; set; }
}

/// <summary>The raw SERP HTML of one keyword of a task (tasks.getKeywordSerp).</summary>
[TableView("TaskId", "KeywordId", "Date", "Length")]
public sealed class SerpstatSerpHtml
{
    [JsonIgnore]
    public string TaskId { get; set; } = string.Empty;

    [JsonIgnore]
    public string KeywordId { get; set; } = string.Empty;

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>The page's HTML.</summary>
    [JsonPropertyName("serp")]
    public string? Html { get; set; }

    /// <summary>Characters of HTML.</summary>
    public int Length => Html?.Length ?? 0;

    /// <summary>The file the HTML was saved to (-OutFile), or null.</summary>
    [JsonIgnore]
    public string? Path { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>The crawling balance and its prices (tasks.getParsingBalance).</summary>
[TableView("AvailableUsd", "SerpParsingCost", "VolumeParsingCost")]
public sealed class SerpstatCrawlBalance
{
    /// <summary>Money left for SERP crawling, volume checks and classification, in US dollars.</summary>
    [JsonPropertyName("available_usd")]
    public decimal? AvailableUsd { get; set; }

    /// <summary>US dollars per keyword crawled.</summary>
    [JsonPropertyName("serp_parsing_cost")]
    public decimal? SerpParsingCost { get; set; }

    /// <summary>US dollars per keyword of a volume check.</summary>
    [JsonPropertyName("volume_parsing_cost")]
    public decimal? VolumeParsingCost { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
