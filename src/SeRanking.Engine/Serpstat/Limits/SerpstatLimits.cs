using System.Text.Json;
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

/// <summary>Serpstat's credit reads.</summary>
public static class SerpstatLimitOperations
{
    /// <summary>SerpstatLimitsProcedure.getStats: lines left, user, plan and extension limits; free.</summary>
    public static Operations.Operation<Operations.NoQuery, SerpstatLimits> Stats { get; } = new(
        ApiKind.Serpstat, System.Net.Http.HttpMethod.Post, string.Empty, "SerpstatLimitsProcedure.getStats", SerpstatLimitsJsonContext.Default.SerpstatLimits, Operations.NoQuery.Write)
    {
        RpcMethod = "SerpstatLimitsProcedure.getStats",
        Rows = RowLocation.ObjectIn("data").Under("result"),
    };
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SerpstatLimits))]
internal sealed partial class SerpstatLimitsJsonContext : JsonSerializerContext
{
}
