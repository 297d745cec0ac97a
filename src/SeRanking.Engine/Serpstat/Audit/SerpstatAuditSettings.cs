using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Audit;

/// <summary>
/// A project's site-audit settings (AuditSite.getSettings), or the defaults (getDefaultSettings):
/// the API's eight nested blocks held as they came, read through flat properties, one CSV cell each.
/// </summary>
[TableView("ProjectId", "Domain", "Name", "PagesLimit", "ScanSpeed", "UserAgent", "ScheduleRepeatOption")]
public sealed class SerpstatAuditSettings
{
    /// <summary>The project; null for the defaults.</summary>
    [JsonIgnore]
    public long? ProjectId { get; set; }

    public string? Domain => Main?.Domain;

    public string? Name => Main?.Name;

    public bool? SubdomainsCheck => Main?.SubdomainsCheck;

    public long? PagesLimit => Main?.PagesLimit;

    /// <summary>Requests per second to the site, 1 to 30.</summary>
    public int? ScanSpeed => Main?.ScanSpeed;

    public bool? AutoSpeed => Main?.AutoSpeed;

    public bool? ScanNoIndex => Main?.ScanNoIndex;

    public bool? ScanWrongCanonical => Main?.ScanWrongCanonical;

    public bool? AutoUserAgent => Main?.AutoUserAgent;

    public long? ScanDuration => Main?.ScanDuration;

    public long? FolderDepth => Main?.FolderDepth;

    public long? UrlDepth => Main?.UrlDepth;

    /// <summary>Serpstat's user-agent code, 0 to 5.</summary>
    public int? UserAgent => Main?.UserAgent;

    public bool? RobotsTxt => Main?.RobotsTxt;

    public bool? WithImages => Main?.WithImages;

    /// <summary>Words whose pages are not scanned, when that block is on.</summary>
    public string? DontScanKeywords => DontScan is { Checked: true } block ? block.Keywords : null;

    /// <summary>Words whose pages alone are scanned, when that block is on.</summary>
    public string? OnlyScanKeywords => OnlyScan is { Checked: true } block ? block.Keywords : null;

    public string? AuthLogin => BaseAuth?.Login;

    /// <summary>The report's e-mail recipients, in one cell.</summary>
    public string? MailEmails => Mail?.Emails is { Count: > 0 } emails ? string.Join("; ", emails) : null;

    public int? MailInterval => Mail?.Interval;

    public bool? MailEnabled => Mail?.Enabled;

    public int? ScheduleRepeatOption => Schedule?.ScheduleRepeatOption;

    /// <summary>1 the site, 2 a URL list, 3 an imported file (Serpstat's scanSetting.type; meaning unconfirmed).</summary>
    public int? ScanType => Scan?.Type;

    /// <summary>The URL list scanned, in one cell.</summary>
    public string? ScanList => Scan?.List is { Count: > 0 } list ? string.Join("; ", list) : null;

    /// <summary>The thresholds of the length and size checks ("tiny_title=20; long_title=65…"), in one cell.</summary>
    public string? Thresholds => Errors is { Count: > 0 } errors ? string.Join("; ", errors.Select(e => e.Key + "=" + e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))) : null;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("mainSettings")]
    internal SerpstatAuditMainSettings? Main { get; set; }

    [JsonInclude]
    [JsonPropertyName("dontScanKeywordsBlock")]
    internal SerpstatAuditKeywordBlock? DontScan { get; set; }

    [JsonInclude]
    [JsonPropertyName("onlyScanKeywordsBlock")]
    internal SerpstatAuditKeywordBlock? OnlyScan { get; set; }

    [JsonInclude]
    [JsonPropertyName("baseAuthBlock")]
    internal SerpstatAuditAuthBlock? BaseAuth { get; set; }

    [JsonInclude]
    [JsonPropertyName("mailTriggerSettings")]
    internal SerpstatAuditMailBlock? Mail { get; set; }

    [JsonInclude]
    [JsonPropertyName("scheduleSettings")]
    internal SerpstatAuditScheduleBlock? Schedule { get; set; }

    [JsonInclude]
    [JsonPropertyName("scanSetting")]
    internal SerpstatAuditScanBlock? Scan { get; set; }

    [JsonInclude]
    [JsonPropertyName("errorsSettings")]
    internal Dictionary<string, long>? Errors { get; set; }
}

internal sealed class SerpstatAuditMainSettings
{
    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("subdomainsCheck")]
    public bool? SubdomainsCheck { get; set; }

    [JsonPropertyName("pagesLimit")]
    public long? PagesLimit { get; set; }

    [JsonPropertyName("scanSpeed")]
    public int? ScanSpeed { get; set; }

    [JsonPropertyName("autoSpeed")]
    public bool? AutoSpeed { get; set; }

    [JsonPropertyName("scanNoIndex")]
    public bool? ScanNoIndex { get; set; }

    [JsonPropertyName("scanWrongCanonical")]
    public bool? ScanWrongCanonical { get; set; }

    [JsonPropertyName("autoUserAgent")]
    public bool? AutoUserAgent { get; set; }

    [JsonPropertyName("scanDuration")]
    public long? ScanDuration { get; set; }

    [JsonPropertyName("folderDepth")]
    public long? FolderDepth { get; set; }

    [JsonPropertyName("urlDepth")]
    public long? UrlDepth { get; set; }

    [JsonPropertyName("userAgent")]
    public int? UserAgent { get; set; }

    [JsonPropertyName("robotsTxt")]
    public bool? RobotsTxt { get; set; }

    [JsonPropertyName("withImages")]
    public bool? WithImages { get; set; }
}

internal sealed class SerpstatAuditKeywordBlock
{
    [JsonPropertyName("checked")]
    public bool Checked { get; set; }

    [JsonPropertyName("keywords")]
    public string? Keywords { get; set; }
}

internal sealed class SerpstatAuditAuthBlock
{
    [JsonPropertyName("login")]
    public string? Login { get; set; }

    [JsonPropertyName("password")]
    public string? Password { get; set; }
}

internal sealed class SerpstatAuditMailBlock
{
    [JsonPropertyName("emails")]
    public List<string>? Emails { get; set; }

    [JsonPropertyName("interval")]
    public int? Interval { get; set; }

    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }

    [JsonPropertyName("enableExportAfterFinish")]
    public bool? EnableExportAfterFinish { get; set; }
}

internal sealed class SerpstatAuditScheduleBlock
{
    [JsonPropertyName("scheduleRepeatOption")]
    public int? ScheduleRepeatOption { get; set; }
}

internal sealed class SerpstatAuditScanBlock
{
    [JsonPropertyName("type")]
    public int? Type { get; set; }

    [JsonPropertyName("list")]
    public List<string>? List { get; set; }

    [JsonPropertyName("importedFilename")]
    public string? ImportedFilename { get; set; }
}
