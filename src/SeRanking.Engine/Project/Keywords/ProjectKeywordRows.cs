using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Keywords;

/// <summary>
/// A keyword tracked in a project (GET /sites/{site_id}/keywords, unified GET /keywords), with
/// its target page. The reference leaves the fields beyond id and name unconfirmed: the target
/// URL is read as <c>link</c>, <c>target_url</c> or <c>url</c>.
/// </summary>
[TableView("SiteId", "KeywordId", "Keyword", "GroupId", "TargetUrl")]
public sealed class ProjectKeyword : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The keyword's id (<c>keyword_id</c>).</summary>
    [JsonPropertyName("id")]
    public long KeywordId { get; set; }

    /// <summary>The keyword's text (the API calls it <c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Keyword { get; set; } = string.Empty;

    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    /// <summary>The page the keyword should rank with.</summary>
    [JsonIgnore]
    public string? TargetUrl { get; set; }

    /// <summary>Only <see cref="TargetUrl"/> itself counts as ranking, not other pages of the site.</summary>
    [JsonIgnore]
    public bool? IsStrict { get; set; }

    [JsonIgnore]
    public string? Comment { get; set; }

    /// <summary>The first check on the engine asked for (with -SiteEngineId only).</summary>
    [JsonPropertyName("first_check_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? FirstCheckDate { get; set; }

    /// <summary>The engine asked for with -SiteEngineId; null otherwise.</summary>
    [JsonIgnore]
    public long? SiteEngineId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            TargetUrl = extra.TakeString("link", "target_url", "url", "landing_page");
            Comment = extra.TakeString("comment");
            IsStrict = extra.TakeLong("is_strict") is { } strict ? strict != 0 : extra.TakeString("is_strict") is { } text ? text is "true" or "1" : null;
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// What adding keywords answered: how many were added and their new ids (<c>{"added", "ids"}</c>),
/// one id per keyword added, in the order sent; keywords the project already tracked are skipped.
/// </summary>
public sealed class ProjectKeywordsAdded
{
    [JsonPropertyName("added")]
    public long Added { get; set; }

    [JsonPropertyName("ids")]
    public List<long>? Ids { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// One keyword given to Add-SrProjectKeyword and what became of it: added (with its new id),
/// already tracked (with the id it has), or refused (the reason).
/// </summary>
[TableView("SiteId", "Keyword", "KeywordId", "Status", "Message")]
public sealed class ProjectKeywordResult
{
    public long SiteId { get; set; }

    public string Keyword { get; set; } = string.Empty;

    public long? KeywordId { get; set; }

    /// <summary>Added, AlreadyTracked, or Failed.</summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>Why it was not added, when it was not.</summary>
    public string? Message { get; set; }

    public string? TargetUrl { get; set; }

    public long? GroupId { get; set; }
}
