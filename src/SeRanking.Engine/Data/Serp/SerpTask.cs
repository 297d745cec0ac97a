using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Parsing;

using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.Serp;

/// <summary>A classic SERP task: created by POST /v1/serp/classic/tasks (10 credits per query), listed by GET.</summary>
[TableView("Id", "Query", "Status", "Tag", "LocationId", "LanguageCode", "Device", "CreatedAt")]
public sealed class SerpTask
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("query")]
    public string Query { get; set; } = string.Empty;

    [JsonPropertyName("tag")]
    public string? Tag { get; set; }

    /// <summary>"processing" or "done" where the API says; null right after creation.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    /// <summary>The location the task was created for (known when this session created it).</summary>
    [JsonPropertyName("location_id")]
    public long? LocationId { get; set; }

    [JsonPropertyName("language_code")]
    public string? LanguageCode { get; set; }

    [JsonPropertyName("device")]
    public string? Device { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Where a task stands: still processing, or done with its results.</summary>
[TableView("TaskId", "Status", "Keyword", "ItemCount")]
public sealed class SerpTaskState
{
    public long TaskId { get; set; }

    public bool IsDone { get; set; }

    /// <summary>"processing" or "done".</summary>
    public string Status => IsDone ? "done" : "processing";

    /// <summary>The results when done; null while processing.</summary>
    public SerpResult? Result { get; set; }

    /// <summary>The searched keyword, once done.</summary>
    public string? Keyword => Result?.Keyword;

    /// <summary>How many result items the task found, once done.</summary>
    public int? ItemCount => Result?.Items.Count;
}

/// <summary>The results of one SERP task: what was searched, and one row per result item.</summary>
public sealed class SerpResult
{
    public long TaskId { get; set; }

    public string? Keyword { get; set; }

    public string? SearchEngine { get; set; }

    public string? Device { get; set; }

    public long? LocationId { get; set; }

    public string? LanguageCode { get; set; }

    public long? TotalResults { get; set; }

    /// <summary>True for results_advanced (every item type), false for the standard results.</summary>
    public bool Advanced { get; set; }

    public IReadOnlyList<SerpResultItem> Items { get; set; } = Array.Empty<SerpResultItem>();

    /// <summary>Unknown fields of the answer, its request_metadata and its summary.</summary>
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>E.g. "camping tent: 10 items (google, desktop)", readable in one CSV cell.</summary>
    public override string ToString() =>
        $"{Keyword}: {Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} items ({SearchEngine ?? "google"}, {Device ?? "desktop"})";
}

/// <summary>One item of a result page: an organic result, an ad, a featured snippet, …</summary>
[TableView("Keyword", "Type", "Position", "RankAbsolute", "Domain", "Title")]
public sealed class SerpResultItem
{
    /// <summary>The task this item came from (filled in by the client).</summary>
    [JsonIgnore]
    public long TaskId { get; set; }

    /// <summary>The searched keyword (filled in by the client).</summary>
    [JsonIgnore]
    public string? Keyword { get; set; }

    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Position among items of the same type.</summary>
    [JsonPropertyName("position")]
    public int? Position { get; set; }

    /// <summary>Position counting every SERP feature above it.</summary>
    [JsonPropertyName("rank_absolute")]
    public int? RankAbsolute { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("visible_url")]
    public string? VisibleUrl { get; set; }

    [JsonPropertyName("breadcrumb")]
    public string? Breadcrumb { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>
/// A task read as the API answers it: {"status": "processing"} while running, else
/// request_metadata, summary and the items (under "items", or "results" in one source). It is
/// turned into a <see cref="SerpTaskState"/> and one <see cref="SerpResultItem"/> row per item.
/// </summary>
internal sealed class SerpTaskRead
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("request_metadata")]
    public SerpRequestMetadata? RequestMetadata { get; set; }

    [JsonPropertyName("summary")]
    public SerpSummary? Summary { get; set; }

    [JsonPropertyName("items")]
    public List<SerpResultItem>? Items { get; set; }

    [JsonPropertyName("results")]
    public List<SerpResultItem>? Results { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    public bool IsDone =>
        !(string.Equals(Status, "processing", StringComparison.OrdinalIgnoreCase) && Items is null && Results is null);

    public SerpTaskState ToState(long taskId, bool advanced)
    {
        if (!IsDone)
        {
            return new SerpTaskState { TaskId = taskId, IsDone = false };
        }

        var metadata = RequestMetadata;
        var items = Items ?? Results ?? [];
        foreach (var item in items)
        {
            item.TaskId = taskId;
            item.Keyword = metadata?.Keyword;
        }

        return new SerpTaskState
        {
            TaskId = taskId,
            IsDone = true,
            Result = new SerpResult
            {
                TaskId = metadata?.TaskId ?? taskId,
                Keyword = metadata?.Keyword,
                SearchEngine = metadata?.SearchEngine,
                Device = metadata?.Device,
                LocationId = metadata?.LocationId,
                LanguageCode = metadata?.LanguageCode,
                TotalResults = Summary?.TotalResults,
                Advanced = advanced,
                Items = items,
                AdditionalFields = ExtraFields.Merge(
                    ("request_metadata.", metadata?.AdditionalFields), ("summary.", Summary?.AdditionalFields), (string.Empty, AdditionalFields)),
            },
        };
    }
}

internal sealed class SerpRequestMetadata
{
    [JsonPropertyName("task_id")]
    public long? TaskId { get; set; }

    [JsonPropertyName("keyword")]
    public string? Keyword { get; set; }

    [JsonPropertyName("search_engine")]
    public string? SearchEngine { get; set; }

    [JsonPropertyName("device")]
    public string? Device { get; set; }

    [JsonPropertyName("location_id")]
    public long? LocationId { get; set; }

    [JsonPropertyName("language_code")]
    public string? LanguageCode { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

internal sealed class SerpSummary
{
    [JsonPropertyName("total_results")]
    public long? TotalResults { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
