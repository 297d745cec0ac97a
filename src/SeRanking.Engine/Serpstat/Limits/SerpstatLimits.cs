using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Limits;

/// <summary>Serpstat API credits ("lines") and browser-extension limits (SerpstatLimitsProcedure.getStats, free).</summary>
[TableView("LeftLines", "UsedLines", "MaxLines", "PlanId", "UserId", "HasApiPlugin")]
public sealed class SerpstatLimits
{
    [JsonPropertyName("max_lines")]
    public long MaxLines { get; set; }

    [JsonPropertyName("used_lines")]
    public long UsedLines { get; set; }

    [JsonPropertyName("left_lines")]
    public long LeftLines { get; set; }

    public string? UserId => UserInfo?.UserId;

    public string? PlanId => UserInfo?.PlanId;

    /// <summary>Whether the plan includes the extension (plugin) API.</summary>
    public bool HasApiPlugin => PluginLimits?.HasApiPlugin ?? false;

    /// <summary>Extension API requests per second.</summary>
    public int? PluginDelayBetweenRequests => PluginLimits?.DelayBetweenRequests;

    /// <summary>Extension API credits per day.</summary>
    public long? PluginTotal => PluginLimits?.Total;

    public long? PluginUsed => PluginLimits?.Used;

    public long? PluginLeft => PluginLimits?.Left;

    /// <summary>Unknown fields, those of user_info and plugin_limits prefixed with their name.</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge(
        (string.Empty, Extra), ("user_info.", UserInfo?.AdditionalFields), ("plugin_limits.", PluginLimits?.AdditionalFields));

    [JsonInclude]
    [JsonPropertyName("user_info")]
    internal SerpstatUserInfo? UserInfo { get; set; }

    [JsonInclude]
    [JsonPropertyName("plugin_limits")]
    internal SerpstatPluginLimits? PluginLimits { get; set; }

    [JsonInclude]
    [JsonExtensionData]
    internal ExtraFields? Extra { get; set; }
}

internal sealed class SerpstatUserInfo
{
    [JsonPropertyName("user_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? UserId { get; set; }

    [JsonPropertyName("plan_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? PlanId { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

internal sealed class SerpstatPluginLimits
{
    [JsonPropertyName("hasApiPlugin")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasApiPlugin { get; set; }

    [JsonPropertyName("delayBetweenRequests")]
    public int? DelayBetweenRequests { get; set; }

    [JsonPropertyName("total")]
    public long? Total { get; set; }

    [JsonPropertyName("used")]
    public long? Used { get; set; }

    [JsonPropertyName("left")]
    public long? Left { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// Serpstat's audit credits and audit features (SerpstatLimitsProcedure.getAuditStats; free).
/// </summary>
[TableView("Left", "Used", "Total", "HasAuditOnePage", "MaxAuditLimitPage")]
public sealed class SerpstatAuditLimits : IJsonOnDeserialized
{
    /// <summary>Audit credits of the period (1 per page audited, 10 with JavaScript rendering).</summary>
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    [JsonPropertyName("used")]
    public long? Used { get; set; }

    [JsonPropertyName("left")]
    public long? Left { get; set; }

    /// <summary>Whether the plan includes one-page audits.</summary>
    [JsonPropertyName("hasAuditOnePage")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasAuditOnePage { get; set; }

    /// <summary>Whether it includes audits that render JavaScript.</summary>
    [JsonPropertyName("hasAuditJsScanPage")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasAuditJsScanPage { get; set; }

    /// <summary>Whether a site audit's pages are capped.</summary>
    [JsonPropertyName("hasAuditLimitPage")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool HasAuditLimitPage { get; set; }

    /// <summary>The most pages one site audit scans.</summary>
    [JsonPropertyName("maxAuditLimitPage")]
    public long? MaxAuditLimitPage { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>Serpstat's credit reads (§10), all free.</summary>
public static class SerpstatLimitOperations
{
    /// <summary>SerpstatLimitsProcedure.getStats: lines left, user, plan and extension limits; free.</summary>
    public static Operations.Operation<Operations.NoQuery, SerpstatLimits> Stats { get; } = new(
        ApiKind.Serpstat, System.Net.Http.HttpMethod.Post, SerpstatRpc.Url, "SerpstatLimitsProcedure.getStats", SerpstatJsonContext.Default.SerpstatLimits, Operations.NoQuery.Write)
    {
        Rows = RowLocation.ObjectIn("data").Under("result"),
    };

    /// <summary>SerpstatLimitsProcedure.getAuditStats: audit credits and features; free.</summary>
    public static Operations.Operation<Operations.NoQuery, SerpstatAuditLimits> AuditStats { get; } = new(
        ApiKind.Serpstat, System.Net.Http.HttpMethod.Post, SerpstatRpc.Url, "SerpstatLimitsProcedure.getAuditStats", SerpstatJsonContext.Default.SerpstatAuditLimits, Operations.NoQuery.Write)
    {
        Rows = RowLocation.ObjectIn("data").Under("result"),
    };

    /// <summary>SerpstatPluginProcedure.stats: the browser extension's limits alone (its lines fields stay 0); free.</summary>
    public static Operations.Operation<Operations.NoQuery, SerpstatLimits> ExtensionStats { get; } = new(
        ApiKind.Serpstat, System.Net.Http.HttpMethod.Post, SerpstatRpc.Url, "SerpstatPluginProcedure.stats", SerpstatJsonContext.Default.SerpstatLimits, Operations.NoQuery.Write)
    {
        // {"result": {"plugin_limits": {...}, "user_info": {...}}}: the result is the row; a data wrapper is read too.
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
    };

    /// <summary>Every operation of this family.</summary>
    public static Operations.Operation[] AllOperations => [Stats, AuditStats, ExtensionStats];
}
