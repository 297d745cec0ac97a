using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.SiteAudit;

/// <summary>An audit: a row of the list (GET /v1/site-audit/audits), or one just created.</summary>
[TableView("Id", "Title", "Url", "Status", "LastUpdate", "Score", "Errors")]
public sealed class SiteAuditInfo : IJsonOnDeserialized
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    /// <summary>The audited site.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>queued, processing, finished, cancelled or expired.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>standard or advanced, where known (set when this session created it).</summary>
    [JsonPropertyName("audit_type")]
    public string? Kind { get; set; }

    /// <summary>The max_pages it was created with, where known (this session created it).</summary>
    [JsonIgnore]
    public int? MaxPages { get; set; }

    [JsonPropertyName("group_id")]
    public long? GroupId { get; set; }

    [JsonPropertyName("has_project")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasProject { get; set; }

    [JsonPropertyName("site_id")]
    public long? SiteId { get; set; }

    [JsonPropertyName("last_update")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? LastUpdate { get; set; }

    [JsonPropertyName("error")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Error { get; set; }

    public double? Score => Stats?.Score;

    public long? Errors => Stats?.Errors;

    public long? Warnings => Stats?.Warnings;

    public long? Notices => Stats?.Notices;

    public long? Pages => Stats?.Pages;

    [JsonPropertyName("stats")]
    [JsonInclude]
    internal AuditStats? Stats { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Id == 0 && AdditionalFields?.TakeLong("audit_id") is { } id)
        {
            Id = id;
        }

        Kind ??= AdditionalFields?.TakeString("type", "kind");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>The stats block of an audit in the list (its count fields are unconfirmed: several spellings are read).</summary>
internal sealed class AuditStats : IJsonOnDeserialized
{
    [JsonPropertyName("score")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? Score { get; set; }

    [JsonPropertyName("errors")]
    public long? Errors { get; set; }

    [JsonPropertyName("warnings")]
    public long? Warnings { get; set; }

    [JsonPropertyName("notices")]
    public long? Notices { get; set; }

    [JsonPropertyName("pages")]
    public long? Pages { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Score ??= AdditionalFields?.TakeDouble("score_percent");
        Errors ??= AdditionalFields?.TakeLong("total_errors");
        Warnings ??= AdditionalFields?.TakeLong("total_warnings");
        Notices ??= AdditionalFields?.TakeLong("total_notices");
        Pages ??= AdditionalFields?.TakeLong("total_pages", "pages_crawled");
    }
}

/// <summary>Where an audit stands (GET /v1/site-audit/audits/status; free): what Wait-SrSiteAudit shows and passes on.</summary>
[TableView("AuditId", "Status", "TotalPages", "TotalErrors", "TotalWarnings", "StartTime", "AuditTime")]
public sealed class SiteAuditStatus : IJsonOnDeserialized
{
    /// <summary>The audit read (the answer does not carry it).</summary>
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>queued, processing, finished, cancelled or expired.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    /// <summary>Pages crawled so far (all of them once finished): what the crawl is billed on.</summary>
    [JsonPropertyName("total_pages")]
    public long? TotalPages { get; set; }

    [JsonPropertyName("total_errors")]
    public long? TotalErrors { get; set; }

    [JsonPropertyName("total_warnings")]
    public long? TotalWarnings { get; set; }

    [JsonPropertyName("total_notices")]
    public long? TotalNotices { get; set; }

    [JsonPropertyName("total_passed")]
    public long? TotalPassed { get; set; }

    [JsonPropertyName("start_time")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? StartTime { get; set; }

    [JsonPropertyName("audit_time")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? AuditTime { get; set; }

    [JsonIgnore]
    public bool IsFinished => SiteAudits.Classify(Status) == Operations.Polling.JobStage.Done;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        TotalPages ??= AdditionalFields?.TakeLong("pages_crawled", "crawled_pages", "pages");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>One check of an audit's report: one row per issue code, so a report filters and exports as a table.</summary>
[TableView("Section", "Code", "Status", "Name", "Value")]
public sealed class SiteAuditCheck
{
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>The section's id (security_v2, metatags_v2…).</summary>
    [JsonIgnore]
    public string? Section { get; set; }

    /// <summary>The section's name (Security, Meta tags…).</summary>
    [JsonIgnore]
    public string? SectionName { get; set; }

    /// <summary>The issue code (mixed_content, title_duplicate…): what Get-SrSiteAuditPage -IssueCode takes.</summary>
    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    /// <summary>error, warning, notice or passed.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>How many pages (or items) have the issue.</summary>
    [JsonPropertyName("value")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? Value { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>An audit's report as a whole: its score, totals and site facts (Get-SrSiteAuditReport -Summary); the checks are rows of their own.</summary>
[TableView("AuditId", "ScorePercent", "TotalPages", "TotalErrors", "TotalWarnings", "TotalNotices", "AuditTime")]
public sealed class SiteAuditReport
{
    [JsonIgnore]
    public long AuditId { get; set; }

    [JsonPropertyName("score_percent")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? ScorePercent { get; set; }

    [JsonPropertyName("total_pages")]
    public long? TotalPages { get; set; }

    [JsonPropertyName("total_errors")]
    public long? TotalErrors { get; set; }

    [JsonPropertyName("total_warnings")]
    public long? TotalWarnings { get; set; }

    [JsonPropertyName("total_notices")]
    public long? TotalNotices { get; set; }

    [JsonPropertyName("total_passed")]
    public long? TotalPassed { get; set; }

    [JsonPropertyName("audit_time")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? AuditTime { get; set; }

    public string? Domain => DomainProps?.Domain;

    public string? DomainExpires => DomainProps?.Expires;

    public string? Backlinks => DomainProps?.Backlinks;

    public string? IndexedInGoogle => DomainProps?.IndexGoogle;

    /// <summary>How many checks the report holds.</summary>
    public int CheckCount => Checks.Count;

    [JsonPropertyName("domain_props")]
    [JsonInclude]
    internal DomainProps? DomainProps { get; set; }

    [JsonPropertyName("sections")]
    [JsonInclude]
    internal List<ReportSection>? Sections { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>Every check of every section, in the report's order, stamped with its section.</summary>
    [JsonIgnore]
    internal IReadOnlyList<SiteAuditCheck> Checks => _checks ??= Flatten();

    private IReadOnlyList<SiteAuditCheck>? _checks;

    private List<SiteAuditCheck> Flatten()
    {
        var rows = new List<SiteAuditCheck>();
        foreach (var section in Sections ?? [])
        {
            foreach (var pair in section.Props ?? [])
            {
                var check = pair.Value;
                check.AuditId = AuditId;
                check.Section = section.Uid;
                check.SectionName = section.Name;
                if (check.Code.Length == 0)
                {
                    check.Code = pair.Key;
                }

                rows.Add(check);
            }
        }

        return rows;
    }
}

internal sealed class DomainProps
{
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("expdate")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Expires { get; set; }

    [JsonPropertyName("backlinks")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Backlinks { get; set; }

    [JsonPropertyName("index_google")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? IndexGoogle { get; set; }
}

internal sealed class ReportSection
{
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("props")]
    public Dictionary<string, SiteAuditCheck>? Props { get; set; }
}

/// <summary>A crawled page of an audit (GET …/audits/pages; free). The API sends every value as text; they are read as numbers and flags.</summary>
[TableView("Id", "Url", "Status", "Depth", "LoadMs", "TitleLength", "Noindex")]
public sealed class SiteAuditPage
{
    [JsonIgnore]
    public long AuditId { get; set; }

    [JsonPropertyName("id")]
    public long? Id { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("url_len")]
    public int? UrlLength { get; set; }

    /// <summary>doc, image, css, js…</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("url_protocol")]
    public string? Protocol { get; set; }

    [JsonPropertyName("sitemap")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool InSitemap { get; set; }

    /// <summary>The HTTP status the page answered.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }

    [JsonPropertyName("depth")]
    public int? Depth { get; set; }

    [JsonPropertyName("noindex")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Noindex { get; set; }

    [JsonPropertyName("nofollow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Nofollow { get; set; }

    [JsonPropertyName("first_ms")]
    public long? FirstByteMs { get; set; }

    [JsonPropertyName("load_ms")]
    public long? LoadMs { get; set; }

    [JsonPropertyName("robots")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Robots { get; set; }

    [JsonPropertyName("xrobots")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? XRobots { get; set; }

    [JsonPropertyName("blocked_robots")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool BlockedByRobots { get; set; }

    [JsonPropertyName("title_len")]
    public int? TitleLength { get; set; }

    [JsonPropertyName("description_len")]
    public int? DescriptionLength { get; set; }

    [JsonPropertyName("chars")]
    public long? Chars { get; set; }

    [JsonPropertyName("h1_len")]
    public int? H1Length { get; set; }

    [JsonPropertyName("h2_len")]
    public int? H2Length { get; set; }

    [JsonPropertyName("html_ratio")]
    [JsonConverter(typeof(LenientNumberConverter))]
    public double? HtmlRatio { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A page that has one issue (GET …/audits/issue-pages; free): the API lists bare URLs.</summary>
[TableView("AuditId", "IssueCode", "Url")]
[JsonConverter(typeof(SiteAuditIssuePageConverter))]
public sealed class SiteAuditIssuePage
{
    public long AuditId { get; set; }

    public string? IssueCode { get; set; }

    public string Url { get; set; } = string.Empty;
}

/// <summary>An issue found on one page (GET …/audits/issues; free).</summary>
[TableView("Url", "Code", "Type", "Group", "Snippet")]
public sealed class SiteAuditIssue
{
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>The page (its URL, or its id as given).</summary>
    [JsonIgnore]
    public string? Url { get; set; }

    [JsonPropertyName("code")]
    public string Code { get; set; } = string.Empty;

    /// <summary>error, warning or notice.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The report section it belongs to (metatags_v2…).</summary>
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    public string? SnippetType => RawSnippet?.Type;

    /// <summary>What the issue points at (URLs with their status), in one cell.</summary>
    public TopList<string>? Snippet => RawSnippet?.Items();

    [JsonPropertyName("snippet")]
    [JsonInclude]
    internal IssueSnippet? RawSnippet { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

internal sealed class IssueSnippet
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("value")]
    public JsonElement Value { get; set; }

    public TopList<string> Items()
    {
        var items = new TopList<string>();
        if (Value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in Value.EnumerateArray())
            {
                items.Add(item.ValueKind == JsonValueKind.Object
                    ? string.Join(" ", new[] { Text(item, "status"), Text(item, "url") }.Where(t => t.Length > 0))
                    : item.ValueKind == JsonValueKind.String ? item.GetString() ?? string.Empty : item.GetRawText());
            }
        }
        else if (Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            items.Add(Value.ValueKind == JsonValueKind.String ? Value.GetString() ?? string.Empty : Value.GetRawText());
        }

        return items;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText() : string.Empty;
}

/// <summary>A link an audit found (GET …/audits/links; free).</summary>
[TableView("SourceUrl", "Url", "Status", "Type", "Nofollow", "AnchorType")]
public sealed class SiteAuditLink
{
    [JsonIgnore]
    public long AuditId { get; set; }

    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Where the link points.</summary>
    [JsonPropertyName("url")]
    public string? Url { get; set; }

    /// <summary>The HTTP status of the linked URL.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>The kind of link (a, img, hreflang, canonical…).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    /// <summary>The page the link is on.</summary>
    [JsonPropertyName("source_url")]
    public string? SourceUrl { get; set; }

    [JsonPropertyName("source_noindex")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool SourceNoindex { get; set; }

    [JsonPropertyName("nofollow")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Nofollow { get; set; }

    [JsonPropertyName("alt")]
    public string? Alt { get; set; }

    [JsonPropertyName("anchor_type")]
    public string? AnchorType { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>An earlier run of an audit (GET …/audits/history; free): its totals and site facts flat, its settings and other blocks each in one cell.</summary>
[TableView("AuditId", "Date", "AuditTime", "Domain", "TotalPages", "TotalErrors", "TotalWarnings")]
public sealed class SiteAuditSnapshot : IJsonOnDeserialized
{
    [JsonIgnore]
    public long AuditId { get; set; }

    /// <summary>The run asked for.</summary>
    [JsonIgnore]
    public DateTime? Date { get; set; }

    [JsonPropertyName("audit_time")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? AuditTime { get; set; }

    public string? Domain => Text(DomainData, "domain");

    public string? DomainExpires => Text(DomainData, "expdate");

    public string? Backlinks => Text(DomainData, "backlinks");

    public string? IndexedInGoogle => Text(DomainData, "index_google");

    public long? TotalPages => Number(Totals, "total_pages");

    public long? TotalErrors => Number(Totals, "total_errors");

    public long? TotalWarnings => Number(Totals, "total_warnings");

    public long? TotalNotices => Number(Totals, "total_notices");

    public long? TotalPassed => Number(Totals, "total_passed");

    /// <summary>The crawl settings of that run, as name=value pairs in one cell.</summary>
    [JsonPropertyName("settings")]
    public ExtraFields? Settings { get; set; }

    /// <summary>The pages_data block, as name=value pairs.</summary>
    [JsonPropertyName("pages_data")]
    public ExtraFields? PagesData { get; set; }

    [JsonPropertyName("domain_data")]
    [JsonInclude]
    internal ExtraFields? DomainData { get; set; }

    [JsonPropertyName("totals")]
    [JsonInclude]
    internal ExtraFields? Totals { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();

    private static string? Text(ExtraFields? block, string name) =>
        block is not null && block.TryGetValue(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Null ? null : value.GetRawText()
            : null;

    private static long? Number(ExtraFields? block, string name) =>
        long.TryParse(Text(block, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>Numbers sent as numbers or as text; anything else (text that is no number) reads as null rather than failing the answer.</summary>
internal sealed class LenientNumberConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.String => double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
        JsonTokenType.True => 1,
        JsonTokenType.False => 0,
        JsonTokenType.Null => null,
        _ => Skip(ref reader),
    };

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static double? Skip(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}

/// <summary>Issue pages arrive as bare URL strings (or, in other shapes, objects with a url).</summary>
internal sealed class SiteAuditIssuePageConverter : JsonConverter<SiteAuditIssuePage>
{
    public override SiteAuditIssuePage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new SiteAuditIssuePage { Url = reader.GetString() ?? string.Empty };
        }

        using var item = JsonDocument.ParseValue(ref reader);
        var root = item.RootElement;
        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String
            ? new SiteAuditIssuePage { Url = url.GetString() ?? string.Empty }
            : throw new JsonException($"An issue page is a URL; found {root.ValueKind}.");
    }

    public override void Write(Utf8JsonWriter writer, SiteAuditIssuePage value, JsonSerializerOptions options) => writer.WriteStringValue(value.Url);
}
