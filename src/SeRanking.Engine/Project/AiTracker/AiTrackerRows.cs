using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>The brand the AI Result Tracker looks for in a project's AI answers (GET /sites/{site_id}/airt/brands, unified GET airt/brand).</summary>
[TableView("SiteId", "Brand")]
public sealed class AiTrackerBrand
{
    [JsonPropertyName("site_id")]
    public long SiteId { get; set; }

    /// <summary>Null until one is set; shared by every engine of the project.</summary>
    [JsonPropertyName("brand")]
    public string? Brand { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// An AI engine tracked for a project (chatgpt, google_ai_overview, google_ai_mode, perplexity,
/// gemini) in a country. <see cref="LlmId"/> binds to the prompt, ranking and status cmdlets.
/// The id is read as <c>id</c>, <c>llm_id</c> or <c>site_llm_id</c> (unconfirmed).
/// </summary>
[TableView("SiteId", "LlmId", "Engine", "CountryCode", "RegionName", "Language")]
public sealed class AiTrackerEngine : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The engine's id in the project (<c>llm_id</c>; the reference writes <c>{id}</c> on engine paths).</summary>
    [JsonPropertyName("id")]
    public long LlmId { get; set; }

    /// <summary>The engine's <c>base_name</c>.</summary>
    [JsonPropertyName("base_name")]
    public string? Engine { get; set; }

    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    [JsonPropertyName("region_name")]
    public string? RegionName { get; set; }

    [JsonPropertyName("lang_code")]
    public string? Language { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            LlmId = LlmId > 0 ? LlmId : extra.TakeLong("llm_id", "site_llm_id") ?? 0;
            Engine ??= extra.TakeString("engine", "name");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// Where tracking of an engine stands (GET …/airt/llm/{id}/status). The reference says only
/// "tracking progress": the state is read as <c>status</c> or <c>state</c>, the share done as
/// <c>progress</c> or <c>percent</c>, the prompts as <c>total</c>/<c>checked</c> (unconfirmed).
/// </summary>
[TableView("SiteId", "LlmId", "Status", "Progress", "PromptsChecked", "PromptsTotal")]
public sealed class AiTrackerStatus : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Percent of the prompts checked in the current round.</summary>
    [JsonPropertyName("progress")]
    public double? Progress { get; set; }

    [JsonPropertyName("checked")]
    public long? PromptsChecked { get; set; }

    [JsonPropertyName("total")]
    public long? PromptsTotal { get; set; }

    /// <summary>Whether the round is over: a done-like status, or 100 %.</summary>
    [JsonIgnore]
    public bool IsDone => Status?.Trim().ToLowerInvariant() is "done" or "finished" or "completed" or "complete" or "ready" or "success" or "idle"
        || (Status is null && Progress >= 100);

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Status ??= extra.TakeString("state");
            Progress ??= extra.TakeDouble("percent", "progress_percent");
            PromptsChecked ??= extra.TakeLong("prompts_checked", "done");
            PromptsTotal ??= extra.TakeLong("prompts_total", "prompts");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// An engine's statistics over a date range (GET …/airt/llm/{id}/statistics): brand presence,
/// AI Overview presence, organic overlap. Field names unconfirmed: the usual ones typed, the
/// rest kept in <see cref="AdditionalFields"/>.
/// </summary>
[TableView("SiteId", "LlmId", "From", "To", "Presence", "AioPresence", "OrganicOverlap")]
public sealed class AiTrackerStatistic : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonIgnore]
    public DateTime? From { get; set; }

    [JsonIgnore]
    public DateTime? To { get; set; }

    /// <summary>Share of prompts whose answer mentions the brand, in percent.</summary>
    [JsonPropertyName("presence")]
    public double? Presence { get; set; }

    /// <summary>Share of prompts with an AI Overview, in percent.</summary>
    [JsonPropertyName("aio_presence")]
    public double? AioPresence { get; set; }

    /// <summary>Share of cited pages that also rank organically, in percent.</summary>
    [JsonPropertyName("organic_overlap")]
    public double? OrganicOverlap { get; set; }

    [JsonPropertyName("prompts_total")]
    public long? PromptsTotal { get; set; }

    [JsonPropertyName("mentions")]
    public long? Mentions { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Presence ??= extra.TakeDouble("brand_presence", "presence_percent");
            AioPresence ??= extra.TakeDouble("ai_overview_presence", "aio");
            OrganicOverlap ??= extra.TakeDouble("organic_overlap_percent", "overlap");
            PromptsTotal ??= extra.TakeLong("prompts", "total");
            Mentions ??= extra.TakeLong("brand_mentions", "mentions_total");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// A prompt tracked on an engine (GET …/airt/llm/{llm_id}/prompts, unified GET airt/prompts:
/// <c>{items, total}</c>). <see cref="PromptLlmId"/> (the prompt on this engine; the API also
/// calls it <c>k2site_llm_id</c>) is what answers, removal and moves take.
/// </summary>
[TableView("SiteId", "LlmId", "PromptLlmId", "Prompt", "GroupId")]
public sealed class AiTrackerPrompt : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonPropertyName("prompt_llm_id")]
    public long PromptLlmId { get; set; }

    /// <summary>The prompt's own id, the same on every engine.</summary>
    [JsonPropertyName("prompt_id")]
    public long? PromptId { get; set; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            PromptLlmId = PromptLlmId > 0 ? PromptLlmId : extra.TakeLong("k2site_llm_id", "id") ?? 0;
            Prompt ??= extra.TakeString("text", "name", "keyword");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>What adding prompts answered: how many were added (<c>{"added": n}</c>).</summary>
public sealed class AiTrackerPromptsAdded
{
    [JsonPropertyName("added")]
    public long? Added { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>What became of one prompt given to Add-SrAiTrackerPrompt: Added, AlreadyTracked, Duplicate (given twice) or Failed.</summary>
[TableView("SiteId", "LlmId", "Prompt", "Status", "PromptLlmId", "Message")]
public sealed class AiTrackerPromptResult
{
    public long SiteId { get; set; }

    public long LlmId { get; set; }

    public string Prompt { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    /// <summary>The prompt on the engine, when the list could tell it.</summary>
    public long? PromptLlmId { get; set; }

    public long? GroupId { get; set; }

    public string? Message { get; set; }
}

/// <summary>
/// A prompt's (or, with <c>mode=groups</c>, a group's) ranking on a date (GET …/prompts/rankings):
/// position of the brand in the answer, whether it is mentioned, volume, intent, organic overlap.
/// A dated series (<c>positions</c>) becomes one row per date. Field names beyond those the
/// reference names are unconfirmed.
/// </summary>
[TableView("SiteId", "LlmId", "PromptLlmId", "Prompt", "GroupName", "Date", "Position", "Mentioned")]
public sealed class AiTrackerRanking : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonPropertyName("prompt_llm_id")]
    public long? PromptLlmId { get; set; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    [JsonPropertyName("group_name")]
    public string? GroupName { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>The brand's place among the brands the answer names; null or 0 when absent.</summary>
    [JsonPropertyName("position")]
    public double? Position { get; set; }

    [JsonIgnore]
    public bool? Mentioned { get; set; }

    [JsonPropertyName("volume")]
    public long? Volume { get; set; }

    [JsonPropertyName("intent")]
    public string? Intent { get; set; }

    [JsonPropertyName("organic_overlap")]
    public double? OrganicOverlap { get; set; }

    /// <summary>"Prompt" or "Group": what a row stands for.</summary>
    [JsonIgnore]
    public string Mode { get; set; } = "Prompt";

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("positions")]
    internal List<AiTrackerRankingPoint>? Series { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            PromptLlmId ??= extra.TakeLong("k2site_llm_id");
            Prompt ??= extra.TakeString("text", "keyword");
            GroupName ??= extra.TakeString("name");
            GroupId ??= extra.TakeLong("id");
            Mentioned = extra.TakeLong("mention", "is_mentioned") is { } flag ? flag != 0 : extra.TakeString("mention", "is_mentioned") is { } text ? text is "true" or "1" : null;
            AdditionalFields = extra.NullIfEmpty();
        }
    }

    /// <summary>One row per point of the series (stamped like this row), or this row when it has none.</summary>
    internal IEnumerable<AiTrackerRanking> Expand()
    {
        if (Series is not { Count: > 0 } series)
        {
            yield return this;
            yield break;
        }

        foreach (var point in series)
        {
            yield return new AiTrackerRanking
            {
                SiteId = SiteId,
                LlmId = LlmId,
                PromptLlmId = PromptLlmId,
                Prompt = Prompt,
                GroupId = GroupId,
                GroupName = GroupName,
                Mode = Mode,
                Volume = Volume,
                Intent = Intent,
                Date = point.Date,
                Position = point.Position,
                Mentioned = point.Mention is { } m ? m != 0 : Mentioned,
                OrganicOverlap = point.OrganicOverlap ?? OrganicOverlap,
            };
        }
    }
}

/// <summary>One date of a ranking series.</summary>
public sealed class AiTrackerRankingPoint
{
    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("position")]
    public double? Position { get; set; }

    [JsonPropertyName("mention")]
    public long? Mention { get; set; }

    [JsonPropertyName("organic_overlap")]
    public double? OrganicOverlap { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// An engine's answer to a prompt on a date (GET …/prompts/{prompt_llm_id}/answer): its text,
/// the URLs it cited and the brands it named (one cell each). The full text is kept 30 days by
/// SE Ranking's n8n help, a year by the legacy reference.
/// </summary>
[TableView("SiteId", "LlmId", "PromptLlmId", "Date", "Mentioned", "CitedUrls")]
public sealed class AiTrackerAnswer : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long LlmId { get; set; }

    [JsonIgnore]
    public long PromptLlmId { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("answer")]
    public string? Answer { get; set; }

    [JsonPropertyName("urls")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? CitedUrls { get; set; }

    [JsonPropertyName("brands")]
    [JsonConverter(typeof(TextListConverter))]
    public TopList<string>? Brands { get; set; }

    [JsonIgnore]
    public bool? Mentioned { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Answer ??= extra.TakeString("text", "answer_text", "content");
            Mentioned = extra.TakeLong("mention", "brand_mentioned") is { } flag ? flag != 0 : extra.TakeString("mention", "brand_mentioned") is { } text ? text is "true" or "1" : null;
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>A prompt group of a project (GET /sites/{site_id}/airt/prompt-groups, unified GET airt/prompts/groups).</summary>
[TableView("SiteId", "GroupId", "Name", "Position", "IsDefault", "PromptCount")]
public sealed class AiTrackerPromptGroup : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("id")]
    public long GroupId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("position")]
    public long? Position { get; set; }

    [JsonPropertyName("is_default")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsDefault { get; set; }

    [JsonPropertyName("creation_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    /// <summary>Prompts in the group (<c>keys_count</c>; LIVE calls it <c>prompts_count</c>).</summary>
    [JsonPropertyName("keys_count")]
    public long? PromptCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            GroupId = GroupId > 0 ? GroupId : extra.TakeLong("group_id") ?? 0;
            PromptCount ??= extra.TakeLong("prompts_count");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}
