using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Tasks;

/// <summary>A keyword volume task just queued (SerpstatTaskProcedure.addKeywordListFreq).</summary>
[TableView("TaskId", "Accepted", "DuplicatesCleaned", "Blocked", "RegionId")]
public sealed class SerpstatVolumeTask : IJsonOnDeserialized
{
    /// <summary>The task's id, for Wait-SerpstatVolumeCheck and Get-SerpstatVolumeCheckResult.</summary>
    [JsonPropertyName("taskId")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TaskId { get; set; }

    /// <summary>Keywords accepted (each billed from the crawling balance).</summary>
    [JsonPropertyName("accepted")]
    public long? Accepted { get; set; }

    /// <summary>Duplicates Serpstat left out.</summary>
    [JsonPropertyName("duplicates_cleaned")]
    public long? DuplicatesCleaned { get; set; }

    /// <summary>The keywords Serpstat refused, in one cell.</summary>
    public string? Blocked => SerpstatTaskText.Join(BlockedItems);

    /// <summary>The region asked for.</summary>
    [JsonIgnore]
    public long RegionId { get; set; }

    /// <summary>Keywords sent.</summary>
    [JsonIgnore]
    public int Keywords { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("blocked")]
    internal List<JsonElement>? BlockedItems { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        TaskId ??= AdditionalFields?.TakeString("task_id");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>Where a keyword volume task stands (SerpstatTaskProcedure.getTaskStatus).</summary>
[TableView("TaskId", "Status", "Progress", "TotalKeywords", "StatusCounts")]
public sealed class SerpstatVolumeTaskStatus
{
    [JsonIgnore]
    public string TaskId { get; set; } = string.Empty;

    /// <summary>Percent done, 0 to 100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; set; }

    [JsonPropertyName("totalKeywords")]
    public long? TotalKeywords { get; set; }

    /// <summary>finished at 100 %, else processing.</summary>
    public string Status => Progress >= 100 ? "finished" : "processing";

    /// <summary>Keywords by status code ("1: 40; 2: 2"), in one cell.</summary>
    public string? StatusCounts => Counts is { Count: > 0 } counts
        ? string.Join("; ", counts.Select(c => c.Status.ToString(CultureInfo.InvariantCulture) + ": " + c.Count.ToString(CultureInfo.InvariantCulture)))
        : null;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("keywordsStatusCount")]
    internal List<SerpstatStatusCount>? Counts { get; set; }
}

internal sealed class SerpstatStatusCount
{
    [JsonPropertyName("status")]
    public int Status { get; set; }

    [JsonPropertyName("count")]
    public long Count { get; set; }
}

/// <summary>One keyword's fresh search volume from a volume task (SerpstatTaskProcedure.getTaskResult).</summary>
[TableView("Keyword", "SearchVolume", "Competition", "Cost", "Status", "TaskId")]
public sealed class SerpstatKeywordVolume
{
    /// <summary>The keyword (its raw text).</summary>
    public string Keyword => KeywordValue.ValueKind switch
    {
        JsonValueKind.String => KeywordValue.GetString() ?? string.Empty,
        JsonValueKind.Object when KeywordValue.TryGetProperty("raw", out var raw) => raw.ToString(),
        _ => string.Empty,
    };

    [JsonPropertyName("searchVolume")]
    public long? SearchVolume { get; set; }

    [JsonPropertyName("competition")]
    public double? Competition { get; set; }

    /// <summary>Cost per click.</summary>
    [JsonPropertyName("cost")]
    public double? Cost { get; set; }

    /// <summary>Serpstat's status code of the keyword in the task.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>Monthly volumes, oldest first ("2025-01-01: 1200; …"), in one cell.</summary>
    [JsonPropertyName("searchVolumeHistory")]
    public TopList<SerpstatVolumePoint>? History { get; set; }

    [JsonIgnore]
    public string TaskId { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("keyword")]
    internal JsonElement KeywordValue { get; set; }
}

/// <summary>One month of a keyword's volume history.</summary>
public sealed class SerpstatVolumePoint
{
    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("value")]
    public long? Value { get; set; }

    public override string ToString() => $"{Date}: {Value?.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Text of nested values of unconfirmed shape, for one CSV cell.</summary>
internal static class SerpstatTaskText
{
    private static readonly string[] NameFields = ["keyword", "domain", "name"];

    /// <summary>"a; b": strings as themselves, objects by their keyword, domain or first text member.</summary>
    public static string? Join(IEnumerable<JsonElement>? items)
    {
        var texts = items?.Select(Text).Where(t => t.Length > 0).ToList();
        return texts is { Count: > 0 } ? string.Join("; ", texts) : null;
    }

    private static string Text(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.String => item.GetString() ?? string.Empty,
        JsonValueKind.Object => NameFields.Select(n => item.TryGetProperty(n, out var v) ? v.ToString() : null).FirstOrDefault(v => v is not null)
            ?? item.EnumerateObject().Select(p => p.Value.ToString()).FirstOrDefault() ?? string.Empty,
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        _ => item.GetRawText(),
    };
}
