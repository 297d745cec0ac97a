using System;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Backlinks;

/// <summary>
/// A backlink the project's backlink checker monitors (GET /backlinks/{site_id}). Many values come
/// as strings (the reference says so): numbers and flags are read from either.
/// </summary>
[TableView("SiteId", "BacklinkId", "Url", "TargetUrl", "Anchor", "HttpStatus", "IsNofollow")]
public sealed class ProjectBacklink : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The row id (<c>id</c>): what remove, recheck and move take.</summary>
    [JsonPropertyName("id")]
    public long BacklinkId { get; set; }

    /// <summary>The page that links (<c>from_url</c>).</summary>
    [JsonPropertyName("from_url")]
    public string? Url { get; set; }

    /// <summary>The page of the site it links to (<c>to_url</c>).</summary>
    [JsonPropertyName("to_url")]
    public string? TargetUrl { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("anchor")]
    public string? Anchor { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("http_status")]
    public long? HttpStatus { get; set; }

    [JsonPropertyName("is_nofollow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsNofollow { get; set; }

    [JsonPropertyName("is_disavow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsDisavow { get; set; }

    [JsonPropertyName("is_sponsored")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsSponsored { get; set; }

    [JsonPropertyName("price")]
    public double? Price { get; set; }

    [JsonPropertyName("charge_period")]
    public string? ChargePeriod { get; set; }

    [JsonPropertyName("date_added")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? DateAdded { get; set; }

    [JsonPropertyName("date_lost")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? DateLost { get; set; }

    [JsonPropertyName("gin_index")]
    public double? GoogleIndex { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>What became of one backlink URL given to Add-SrProjectBacklink.</summary>
[TableView("SiteId", "Url", "BacklinkId", "Status", "Message")]
public sealed class ProjectBacklinkResult
{
    public long SiteId { get; set; }

    public string Url { get; set; } = string.Empty;

    /// <summary>The new row's id, when the answer names it (a single add does; a list import does not).</summary>
    public long? BacklinkId { get; set; }

    /// <summary>Added (one URL, with its id), Imported (sent in a list import the API accepted) or Failed.</summary>
    public string Status { get; set; } = string.Empty;

    public string? Message { get; set; }
}

/// <summary>The backlink checker's totals for a project (GET /backlinks/{site_id}/stat).</summary>
[TableView("SiteId", "Total", "Domains", "Ips", "Dofollow", "Nofollow", "Limit")]
public sealed class ProjectBacklinkStat : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("total")]
    public long? Total { get; set; }

    [JsonPropertyName("anchors")]
    public long? Anchors { get; set; }

    [JsonPropertyName("ip")]
    public long? Ips { get; set; }

    [JsonPropertyName("domains")]
    public long? Domains { get; set; }

    [JsonPropertyName("dofollow")]
    public long? Dofollow { get; set; }

    [JsonPropertyName("nofollow")]
    public long? Nofollow { get; set; }

    /// <summary>How many backlinks the plan lets the project monitor.</summary>
    [JsonPropertyName("limit")]
    public long? Limit { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>A URL or domain on the project's disavow list (GET /backlink-disavow/{site_id}); field names unconfirmed, several read.</summary>
[TableView("SiteId", "DisavowId", "Url", "DateAdded")]
public sealed class ProjectBacklinkDisavow : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The entry's id (<c>id</c>): what Remove-SrProjectBacklinkDisavow takes.</summary>
    [JsonIgnore]
    public long DisavowId { get; set; }

    /// <summary>The URL or domain (<c>url</c>, <c>link</c>, <c>domain</c> or <c>name</c>).</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    [JsonIgnore]
    public DateTime? DateAdded { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        DisavowId = AdditionalFields?.TakeLong("id", "disavow_id") ?? 0;
        Url = AdditionalFields?.TakeString("url", "link", "domain", "name");
        DateAdded = AdditionalFields?.TakeString("date_added", "created_at", "date") is { } text
            && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var added)
            ? added
            : null;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A group of monitored backlinks (GET /backlink-groups/{site_id}).</summary>
[TableView("SiteId", "GroupId", "Name", "Backlinks")]
public sealed class ProjectBacklinkGroup : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public long GroupId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Backlinks in the group (<c>count</c> or <c>backlinks_count</c>: unconfirmed).</summary>
    [JsonIgnore]
    public long? Backlinks { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        GroupId = AdditionalFields?.TakeLong("id", "group_id") ?? 0;
        Backlinks = AdditionalFields?.TakeLong("count", "backlinks_count", "links_count");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A Google Search Console import of a project's backlinks: its token and where it stands.</summary>
[TableView("SiteId", "Token", "Status")]
public sealed class ProjectBacklinkGscImport : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The token the start answered, for reading its status (legacy host).</summary>
    [JsonIgnore]
    public string? Token { get; set; }

    [JsonIgnore]
    public string? Status { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Token = AdditionalFields?.TakeString("token");
        Status = AdditionalFields?.TakeString("status", "state");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
