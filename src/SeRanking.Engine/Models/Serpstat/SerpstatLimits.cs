using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Models.Serpstat;

/// <summary>Serpstat API credits ("lines") and browser-extension limits (SerpstatLimitsProcedure.getStats, free).</summary>
public sealed class SerpstatLimits
{
    public long MaxLines { get; set; }

    public long UsedLines { get; set; }

    public long LeftLines { get; set; }

    public string? UserId { get; set; }

    public string? PlanId { get; set; }

    /// <summary>Whether the plan includes the extension (plugin) API.</summary>
    public bool HasApiPlugin { get; set; }

    /// <summary>Extension API requests per second.</summary>
    public int? PluginDelayBetweenRequests { get; set; }

    /// <summary>Extension API credits per day.</summary>
    public long? PluginTotal { get; set; }

    public long? PluginUsed { get; set; }

    public long? PluginLeft { get; set; }

    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Serpstat's JSON-RPC envelope: {"id", "result"} or {"id", "error"}.</summary>
internal sealed class SerpstatEnvelope<TResult>
{
    [JsonPropertyName("id")]
    public JsonElement Id { get; set; }

    [JsonPropertyName("result")]
    public TResult? Result { get; set; }

    [JsonPropertyName("error")]
    public JsonElement? Error { get; set; }
}

/// <summary>Serpstat's request body: {"id", "method", "params"}.</summary>
internal sealed class SerpstatRequestBody
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "1";

    [JsonPropertyName("method")]
    public string Method { get; set; } = string.Empty;

    [JsonPropertyName("params")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Params { get; set; }
}

internal sealed class SerpstatStatsResult
{
    [JsonPropertyName("data")]
    public SerpstatStatsData? Data { get; set; }

    [JsonPropertyName("summary_info")]
    public JsonElement? SummaryInfo { get; set; }
}

internal sealed class SerpstatStatsData
{
    [JsonPropertyName("max_lines")]
    public long MaxLines { get; set; }

    [JsonPropertyName("used_lines")]
    public long UsedLines { get; set; }

    [JsonPropertyName("left_lines")]
    public long LeftLines { get; set; }

    [JsonPropertyName("user_info")]
    public SerpstatUserInfo? UserInfo { get; set; }

    [JsonPropertyName("plugin_limits")]
    public SerpstatPluginLimits? PluginLimits { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    internal SerpstatLimits ToRecord() => new()
    {
        MaxLines = MaxLines,
        UsedLines = UsedLines,
        LeftLines = LeftLines,
        UserId = UserInfo?.UserId,
        PlanId = UserInfo?.PlanId,
        HasApiPlugin = PluginLimits?.HasApiPlugin ?? false,
        PluginDelayBetweenRequests = PluginLimits?.DelayBetweenRequests,
        PluginTotal = PluginLimits?.Total,
        PluginUsed = PluginLimits?.Used,
        PluginLeft = PluginLimits?.Left,
        AdditionalFields = ExtraFields.Merge(
            (string.Empty, AdditionalFields), ("user_info.", UserInfo?.AdditionalFields), ("plugin_limits.", PluginLimits?.AdditionalFields)),
    };
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
