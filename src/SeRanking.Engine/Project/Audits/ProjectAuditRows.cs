using System;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Audits;

// The list, status, report, pages, links and history of a project audit have the Data API audit's
// shapes (Project reference §9: "same structure as Data API report"), and are read as its rows
// (SeRanking.Engine.Data.SiteAudit). What only project audits have is here.

/// <summary>
/// One setting of a project audit (GET /audit/{audit_id}/settings): a row per setting, so a
/// configuration reads, filters and exports as a table whatever keys the API adds. Lists read as
/// one comma-separated cell.
/// </summary>
[TableView("AuditId", "Name", "Value")]
public sealed class ProjectAuditSetting
{
    public long AuditId { get; set; }

    /// <summary>The API's name of the setting (<c>max_pages</c>, <c>schedule_type</c>…).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its value as text; lists joined with ", ", nested objects as JSON.</summary>
    public string? Value { get; set; }
}

/// <summary>A sitemap a project audit crawls from (GET /audit/{audit_id}/sitemaps), with its page count.</summary>
[TableView("AuditId", "SitemapId", "Url", "Pages")]
public sealed class ProjectAuditSitemap : IJsonOnDeserialized
{
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>The sitemap's id (<c>id</c> or <c>sitemap_id</c>).</summary>
    [JsonIgnore]
    public long SitemapId { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>Pages the sitemap lists (<c>pages</c>, <c>pages_count</c> or <c>count</c>: unconfirmed).</summary>
    [JsonIgnore]
    public long? Pages { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        SitemapId = AdditionalFields?.TakeLong("id", "sitemap_id") ?? 0;
        Pages = AdditionalFields?.TakeLong("pages", "pages_count", "count", "urls");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A list of URLs uploaded to a project audit's sources (GET /audit/{audit_id}/source-pages).</summary>
[TableView("AuditId", "ListId", "Name", "Urls", "Added")]
public sealed class ProjectAuditSourceList : IJsonOnDeserialized
{
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>The list's id (<c>id</c> or <c>list_id</c>).</summary>
    [JsonIgnore]
    public long ListId { get; set; }

    /// <summary>The uploaded file's name (<c>name</c>, <c>filename</c> or <c>file_name</c>).</summary>
    [JsonIgnore]
    public string? Name { get; set; }

    /// <summary>URLs in the list (<c>urls</c>, <c>urls_count</c> or <c>count</c>: unconfirmed).</summary>
    [JsonIgnore]
    public long? Urls { get; set; }

    /// <summary>When it was uploaded, where the answer says.</summary>
    [JsonIgnore]
    public DateTime? Added { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        ListId = AdditionalFields?.TakeLong("id", "list_id") ?? 0;
        Name = AdditionalFields?.TakeString("name", "filename", "file_name");
        Urls = AdditionalFields?.TakeLong("urls", "urls_count", "count");
        Added = AdditionalFields?.TakeString("date_added", "created_at", "date") is { } text
            && DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var added)
            ? added
            : null;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>What a write to a project audit's sources answered: the new id, or how many URLs were added.</summary>
public sealed class ProjectAuditSourceAnswer : IJsonOnDeserialized
{
    /// <summary>The new sitemap's or list's id, when the answer carries one.</summary>
    [JsonIgnore]
    public long? Id { get; private set; }

    /// <summary>URLs the upload added (<c>added</c>).</summary>
    [JsonIgnore]
    public long? Added { get; private set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Id = AdditionalFields?.TakeLong("id", "sitemap_id", "list_id");
        Added = AdditionalFields?.TakeLong("added");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}
