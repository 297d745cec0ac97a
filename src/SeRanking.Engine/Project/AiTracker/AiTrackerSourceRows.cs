using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>
/// What AI answers cited for a project over a range (unified GET airt/sources/summary): totals of
/// domains, pages, answers and brand mentions. Field names unconfirmed; counters may come as
/// numeric strings (read as numbers).
/// </summary>
[TableView("SiteId", "From", "To", "DomainsTotal", "PagesTotal", "AiAnswersTotal", "BrandMentionsTotal")]
public sealed class AiTrackerSourceSummary
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public DateTime? From { get; set; }

    [JsonIgnore]
    public DateTime? To { get; set; }

    [JsonPropertyName("domains_total")]
    public long? DomainsTotal { get; set; }

    [JsonPropertyName("pages_total")]
    public long? PagesTotal { get; set; }

    [JsonPropertyName("ai_answers_total")]
    public long? AiAnswersTotal { get; set; }

    [JsonPropertyName("brand_mentions_total")]
    public long? BrandMentionsTotal { get; set; }

    [JsonPropertyName("prompts_total")]
    public long? PromptsTotal { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A recommendation drawn from the cited sources (unified GET airt/sources/recommendations). Field names unconfirmed.</summary>
[TableView("SiteId", "Type", "Title", "Domain", "Url")]
public sealed class AiTrackerSourceRecommendation : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Description ??= extra.TakeString("text", "message");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>A domain AI answers cited for a project (unified GET airt/sources/domains), with its counters. <see cref="DomainId"/> binds to Get-SrAiTrackerSourcePage.</summary>
[TableView("SiteId", "Domain", "AiAnswersTotal", "PromptsTotal", "BrandMentionsTotal", "CoveragePercent")]
public sealed class AiTrackerSourceDomain : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("domain_id")]
    public long? DomainId { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("ai_answers_total")]
    public long? AiAnswersTotal { get; set; }

    [JsonPropertyName("prompts_total")]
    public long? PromptsTotal { get; set; }

    [JsonPropertyName("pages_total")]
    public long? PagesTotal { get; set; }

    [JsonPropertyName("brand_mentions_total")]
    public long? BrandMentionsTotal { get; set; }

    [JsonPropertyName("mention_rate_percent")]
    public double? MentionRatePercent { get; set; }

    [JsonPropertyName("coverage_percent")]
    public double? CoveragePercent { get; set; }

    [JsonPropertyName("backlinks_total")]
    public long? BacklinksTotal { get; set; }

    [JsonPropertyName("referring_domains_total")]
    public long? ReferringDomainsTotal { get; set; }

    /// <summary>Domain Trust (<c>dt</c>).</summary>
    [JsonPropertyName("dt")]
    public double? DomainTrust { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            DomainId ??= extra.TakeLong("id");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>A page AI answers cited for a project (unified GET airt/sources/pages), with its counters.</summary>
[TableView("SiteId", "Url", "CountUsage", "PromptCoverage", "Mention", "Link")]
public sealed class AiTrackerSourcePage
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("domain_id")]
    public long? DomainId { get; set; }

    /// <summary>Answers that cited it.</summary>
    [JsonPropertyName("count_usage")]
    public long? CountUsage { get; set; }

    [JsonPropertyName("answers_coverage")]
    public double? AnswersCoverage { get; set; }

    [JsonPropertyName("prompt_coverage")]
    public double? PromptCoverage { get; set; }

    [JsonPropertyName("brands_num")]
    public long? BrandsNum { get; set; }

    [JsonPropertyName("competitors_num")]
    public long? CompetitorsNum { get; set; }

    /// <summary>Domain Trust (<c>dt</c>).</summary>
    [JsonPropertyName("dt")]
    public double? DomainTrust { get; set; }

    /// <summary>The page mentions the brand.</summary>
    [JsonPropertyName("mention")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Mention { get; set; }

    /// <summary>The page links to the project's site.</summary>
    [JsonPropertyName("link")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Link { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// A brand an AI engine named for a prompt on a date (unified GET airt/competitors), with its
/// place in the answer; with -Compact a row covers the days from <see cref="Date"/> to
/// <see cref="DateTo"/>. The cached copy of the answer is still served from api4.
/// </summary>
[TableView("SiteId", "LlmId", "PromptLlmId", "Date", "Name", "Position")]
public sealed class AiTrackerCompetitor : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonPropertyName("prompt_llm_id")]
    public long? PromptLlmId { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>With -Compact, the last day of the range; otherwise null.</summary>
    [JsonPropertyName("date_to")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? DateTo { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("position")]
    public double? Position { get; set; }

    /// <summary>The brand is the project's own.</summary>
    [JsonPropertyName("is_own")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsOwn { get; set; }

    [JsonPropertyName("cached_copy_url")]
    public string? CachedCopyUrl { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("date_from")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    internal DateTime? DateFrom { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Date ??= DateFrom;
        if (AdditionalFields is { } extra)
        {
            Name ??= extra.TakeString("brand", "competitor");
            PromptLlmId ??= extra.TakeLong("k2site_llm_id");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>A day with competitor results for a prompt (unified GET airt/competitors/dates: <c>{"dates": [...]}</c>, one row per date).</summary>
[TableView("SiteId", "LlmId", "PromptLlmId", "Date")]
public sealed class AiTrackerCompetitorDate
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonIgnore]
    public long PromptLlmId { get; set; }

    [JsonIgnore]
    public DateTime? Date { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("dates")]
    [JsonConverter(typeof(TextListConverter))]
    internal TopList<string>? Dates { get; set; }

    internal IEnumerable<AiTrackerCompetitorDate> Expand()
    {
        foreach (var text in Dates ?? [])
        {
            if (DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                yield return new AiTrackerCompetitorDate { SiteId = SiteId, LlmId = LlmId, PromptLlmId = PromptLlmId, Date = date.Date };
            }
        }
    }
}

/// <summary>
/// What the answer to a prompt cited on a date, per domain or (-ByUrl) per URL (unified GET
/// airt/competitors/source-metrics). No row means nothing was cited that day.
/// </summary>
[TableView("SiteId", "PromptLlmId", "Date", "Domain", "Url", "Citations")]
public sealed class AiTrackerCompetitorSource : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonIgnore]
    public long PromptLlmId { get; set; }

    [JsonIgnore]
    public DateTime? Date { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("count")]
    public long? Citations { get; set; }

    [JsonPropertyName("share")]
    public double? Share { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Citations ??= extra.TakeLong("citations", "mentions", "count_usage");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}
