using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Audit;

/// <summary>A site-audit report of a project (AuditSite.getList).</summary>
[TableView("ReportId", "Date", "Sdo", "PagesScanned", "CriticalCount", "NonCriticalCount", "Progress")]
public sealed class SerpstatAuditReportInfo
{
    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonPropertyName("reportId")]
    public long ReportId { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    /// <summary>Serpstat's site health score (SDO), 0 to 100.</summary>
    [JsonPropertyName("sdo")]
    public int? Sdo { get; set; }

    [JsonPropertyName("pagesLimit")]
    public long? PagesLimit { get; set; }

    [JsonPropertyName("pagesScanned")]
    public long? PagesScanned { get; set; }

    [JsonPropertyName("criticalCount")]
    public long? CriticalCount { get; set; }

    [JsonPropertyName("nonCriticalCount")]
    public long? NonCriticalCount { get; set; }

    [JsonPropertyName("virusesCount")]
    public long? VirusesCount { get; set; }

    /// <summary>Percent done, 0 to 100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    [JsonPropertyName("stoped")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Stopped { get; set; }

    [JsonPropertyName("hasDetailData")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasDetailData { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>The basic data of a site-audit report (AuditSite.getBasicInfo), what Wait-SerpstatSiteAudit reads.</summary>
[TableView("ReportId", "Status", "Progress", "Sdo", "CheckedPageCount", "HighCount", "Date")]
public sealed class SerpstatAuditBasicInfo
{
    [JsonPropertyName("reportId")]
    public long ReportId { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("sdo")]
    public int? Sdo { get; set; }

    [JsonPropertyName("highCount")]
    public long? HighCount { get; set; }

    [JsonPropertyName("mediumCount")]
    public long? MediumCount { get; set; }

    [JsonPropertyName("lowCount")]
    public long? LowCount { get; set; }

    [JsonPropertyName("informationCount")]
    public long? InformationCount { get; set; }

    [JsonPropertyName("virusesCount")]
    public long? VirusesCount { get; set; }

    /// <summary>Percent done, 0 to 100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    /// <summary>Serpstat's stop flag (stoped): not 0 when the audit was stopped.</summary>
    [JsonPropertyName("stoped")]
    public int? Stopped { get; set; }

    [JsonPropertyName("specialStopReason")]
    public int? SpecialStopReason { get; set; }

    [JsonPropertyName("checkedPageCount")]
    public long? CheckedPageCount { get; set; }

    [JsonPropertyName("totalCheckedPageCount")]
    public long? TotalCheckedPageCount { get; set; }

    [JsonPropertyName("redirectCount")]
    public long? RedirectCount { get; set; }

    [JsonPropertyName("captchaDetected")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool CaptchaDetected { get; set; }

    [JsonPropertyName("hasDetailData")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasDetailData { get; set; }

    /// <summary>finished at 100 %, stopped when Serpstat says so, else processing.</summary>
    public string Status => Progress >= 100 ? "finished" : Stopped is > 0 ? "stopped" : "processing";

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A site audit just started (AuditSite.start).</summary>
[TableView("ProjectId", "ReportId")]
public sealed class SerpstatAuditStart
{
    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonPropertyName("reportId")]
    public long ReportId { get; set; }

    /// <summary>The one-page audit (AuditOnePage.scan), or null for a site audit.</summary>
    [JsonPropertyName("pageId")]
    public long? PageId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// One issue of an audit report, with its counts (AuditSite.getReportWithoutDetails, AuditOnePage.getAudit
/// and getPageAudit): one row per issue of each category, as a CSV wants it.
/// </summary>
[TableView("Category", "Issue", "Priority", "CountAll", "CountNew", "CountFixed")]
public sealed class SerpstatAuditIssue
{
    public long? ReportId { get; set; }

    /// <summary>The one-page audit, for one-page reports.</summary>
    public long? PageId { get; set; }

    public string Category { get; set; } = string.Empty;

    /// <summary>The issue's key (errors_400, no_title…), what -Issue takes.</summary>
    public string Issue { get; set; } = string.Empty;

    /// <summary>high, medium, low or information.</summary>
    public string? Priority { get; set; }

    public long? CountAll { get; set; }

    /// <summary>New since the report compared with.</summary>
    public long? CountNew { get; set; }

    /// <summary>Fixed since the report compared with.</summary>
    public long? CountFixed { get; set; }

    public string? ViewType { get; set; }

    public bool? HasAdditionRows { get; set; }
}

internal sealed class SerpstatAuditCategory
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("errors")]
    public List<SerpstatAuditError>? Errors { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

internal sealed class SerpstatAuditError
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("priority")]
    public string? Priority { get; set; }

    [JsonPropertyName("countAll")]
    public long? CountAll { get; set; }

    [JsonPropertyName("countNew")]
    public long? CountNew { get; set; }

    [JsonPropertyName("countFixed")]
    public long? CountFixed { get; set; }

    [JsonPropertyName("viewType")]
    public string? ViewType { get; set; }

    [JsonPropertyName("hasAdditionRows")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasAdditionRows { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>The categories of a report as the API gives them; <see cref="SerpstatAuditOperations.IssuesOf"/> makes rows of them.</summary>
public sealed class SerpstatAuditReport
{
    [JsonIgnore]
    public long? ReportId { get; set; }

    [JsonIgnore]
    public long? PageId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("categories")]
    internal List<SerpstatAuditCategory>? Categories { get; set; }

    [JsonInclude]
    [JsonPropertyName("report")]
    internal SerpstatOnePageReport? Report { get; set; }

    [JsonInclude]
    [JsonPropertyName("data")]
    internal List<SerpstatPageAuditInfo>? Pages { get; set; }
}

/// <summary>Issue counts of one category of a report (AuditSite.getCategoriesStatistic).</summary>
[TableView("Category", "HighCount", "MediumCount", "LowCount", "InformationCount")]
public sealed class SerpstatAuditCategoryCount
{
    [JsonIgnore]
    public long ReportId { get; set; }

    [JsonPropertyName("category")]
    public string Category { get; set; } = string.Empty;

    [JsonPropertyName("highCount")]
    public long? HighCount { get; set; }

    [JsonPropertyName("mediumCount")]
    public long? MediumCount { get; set; }

    [JsonPropertyName("lowCount")]
    public long? LowCount { get; set; }

    [JsonPropertyName("informationCount")]
    public long? InformationCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A page (element) an issue was found on (AuditSite.getErrorElements).</summary>
[TableView("Issue", "StartUrl", "Code", "FinishUrl", "Count", "Crc")]
public sealed class SerpstatAuditIssueElement
{
    [JsonIgnore]
    public long ReportId { get; set; }

    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonIgnore]
    public string Issue { get; set; } = string.Empty;

    [JsonPropertyName("startUrl")]
    public string? StartUrl { get; set; }

    /// <summary>The HTTP status code found.</summary>
    [JsonPropertyName("code")]
    public int? Code { get; set; }

    [JsonPropertyName("finishUrl")]
    public string? FinishUrl { get; set; }

    /// <summary>Sub-elements (Get-SerpstatSiteAuditIssue -Crc lists them).</summary>
    [JsonPropertyName("count")]
    public long? Count { get; set; }

    /// <summary>The element's checksum, what -Crc takes (startUrlCrc).</summary>
    [JsonPropertyName("startUrlCrc")]
    public long? Crc { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>One address in a list of addresses (sub-elements of an issue, a one-page audit's extra rows).</summary>
[TableView("Issue", "Url")]
[JsonConverter(typeof(SerpstatAuditUrlConverter))]
public sealed class SerpstatAuditUrl
{
    public string Url { get; set; } = string.Empty;

    public string? Issue { get; set; }

    public long? ReportId { get; set; }

    /// <summary>The element's checksum, for sub-elements.</summary>
    public long? Crc { get; set; }

    public override string ToString() => Url;
}

/// <summary>Reads an address given as a string, or as an object with a url member.</summary>
internal sealed class SerpstatAuditUrlConverter : JsonConverter<SerpstatAuditUrl>
{
    public override SerpstatAuditUrl? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var text = root.ValueKind switch
        {
            JsonValueKind.String => root.GetString(),
            JsonValueKind.Object when root.TryGetProperty("url", out var url) => url.ToString(),
            JsonValueKind.Null => null,
            _ => root.GetRawText(),
        };
        return text is null ? null : new SerpstatAuditUrl { Url = text };
    }

    public override void Write(Utf8JsonWriter writer, SerpstatAuditUrl value, JsonSerializerOptions options) => writer.WriteStringValue(value?.Url);
}

/// <summary>One report's count of an issue in a project's history (AuditSite.getHistoryByCountError).</summary>
[TableView("ReportId", "Date", "Issue", "Count")]
public sealed class SerpstatAuditIssueCount
{
    [JsonIgnore]
    public long ProjectId { get; set; }

    [JsonIgnore]
    public string Issue { get; set; } = string.Empty;

    [JsonPropertyName("reportId")]
    public long ReportId { get; set; }

    [JsonPropertyName("date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? Date { get; set; }

    [JsonPropertyName("count")]
    public long? Count { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>The URL list an audit scans (AuditSite.getScanUserUrlList).</summary>
public sealed class SerpstatAuditUrlList
{
    [JsonPropertyName("urls")]
    public List<string>? Urls { get; set; }

    [JsonPropertyName("scanType")]
    public int? ScanType { get; set; }

    [JsonPropertyName("isImported")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsImported { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>One address of the URL list an audit scans: the row Get-SerpstatSiteAuditUrlList writes.</summary>
[TableView("ProjectId", "Url", "ScanType", "IsImported")]
public sealed class SerpstatAuditScanUrl
{
    public long ProjectId { get; set; }

    public string Url { get; set; } = string.Empty;

    public int? ScanType { get; set; }

    public bool IsImported { get; set; }
}

/// <summary>A one-page-audit report's figures (the report of getPageAudit and getAudit, a row of getReportsListByPage).</summary>
[TableView("Id", "AuditDate", "Status", "Progress", "Sdo", "High", "Medium")]
public sealed class SerpstatOnePageReport
{
    [JsonIgnore]
    public long? PageId { get; set; }

    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("auditDate")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? AuditDate { get; set; }

    [JsonPropertyName("status")]
    public int? Status { get; set; }

    [JsonPropertyName("sdo")]
    public int? Sdo { get; set; }

    [JsonPropertyName("high")]
    public long? High { get; set; }

    [JsonPropertyName("medium")]
    public long? Medium { get; set; }

    [JsonPropertyName("low")]
    public long? Low { get; set; }

    [JsonPropertyName("information")]
    public long? Information { get; set; }

    [JsonPropertyName("viruses")]
    public long? Viruses { get; set; }

    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>A one-page audit (AuditOnePage.getPagesList, pageNames).</summary>
[TableView("PageId", "Name", "Url", "FinishedReportCount", "LastReportId", "LastReportProgress")]
public sealed class SerpstatPageAuditInfo
{
    [JsonPropertyName("pageId")]
    public long PageId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("status")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Status { get; set; }

    [JsonPropertyName("finishedReportCount")]
    public long? FinishedReportCount { get; set; }

    public long? LastReportId => LastReport?.Id;

    public DateTime? LastReportDate => LastReport?.AuditDate;

    public int? LastReportProgress => LastReport?.Progress;

    public int? Sdo => LastReport?.Sdo;

    public long? High => LastReport?.High;

    public int? UserAgent => Settings?.UserAgent;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("lastActiveReport")]
    internal SerpstatOnePageReport? LastReport { get; set; }

    [JsonInclude]
    [JsonPropertyName("settings")]
    internal SerpstatOnePageSettings? Settings { get; set; }
}

internal sealed class SerpstatOnePageSettings
{
    [JsonPropertyName("userAgent")]
    public int? UserAgent { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>One entry of a one-page-audit report's log (AuditOnePage.userLog).</summary>
[TableView("CreatedAt", "Type", "Message")]
public sealed class SerpstatPageAuditLogEntry
{
    [JsonIgnore]
    public long ReportId { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    /// <summary>The entry's parameters, in one cell.</summary>
    public string? Parameters => ParameterList is { Count: > 0 } list ? string.Join("; ", list.Select(p => p.ToString())) : null;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("params")]
    internal List<JsonElement>? ParameterList { get; set; }
}
