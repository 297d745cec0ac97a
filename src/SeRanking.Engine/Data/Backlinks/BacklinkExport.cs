using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Backlinks;

/// <summary>
/// A backlink export (§3 export, export/status): started with GET /v1/backlinks/export, read with
/// GET /v1/backlinks/export/status until complete, then downloaded from the URL the status gives.
/// The names of the status and URL fields are unconfirmed: <c>task_status</c> or <c>status</c>,
/// and any of <c>download_url</c>, <c>url</c>, <c>file_url</c>, <c>link</c>, <c>file</c> are read.
/// </summary>
[TableView("TaskId", "Target", "Mode", "Status", "DownloadUrl")]
public sealed class BacklinkExportTask : IJsonOnDeserialized
{
    /// <summary>The exported target, as given (the status answer does not carry it).</summary>
    [JsonIgnore]
    public string? Target { get; set; }

    [JsonIgnore]
    public string? Mode { get; set; }

    /// <summary>The export's id, e.g. 7_104233 (a string: the API's ids are not always numbers).</summary>
    [JsonPropertyName("task_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TaskId { get; set; }

    /// <summary>queued_for_processing, processing, complete, or rejected (quota used up).</summary>
    [JsonPropertyName("task_status")]
    public string? Status { get; set; }

    /// <summary>Where the finished file is (absolute URL), once complete.</summary>
    [JsonPropertyName("download_url")]
    public string? DownloadUrl { get; set; }

    /// <summary>True once the file is ready.</summary>
    [JsonIgnore]
    public bool IsComplete => BacklinkExports.IsComplete(Status);

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Status ??= AdditionalFields?.TakeString("status", "state");
        DownloadUrl ??= AdditionalFields?.TakeString("url", "file_url", "download_link", "link", "file");
        TaskId ??= AdditionalFields?.TakeString("id") ?? AdditionalFields?.TakeLong("id")?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>What to export: every backlink of a target.</summary>
public sealed record BacklinkExportQuery : BacklinkQuery
{
    internal void WriteTo(RequestWriter writer) => WriteTarget(writer);
}

/// <summary>Which export to read.</summary>
public sealed record BacklinkExportStatusQuery
{
    public string TaskId { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer)
    {
        var id = Check.Required("TaskId", TaskId);
        writer.Target = "backlink export " + id;
        writer.Add("task_id", id);
    }
}

/// <summary>The two export paths as operations; the download is <see cref="BacklinkExports"/>.</summary>
public static class BacklinkExportOperations
{
    /// <summary>
    /// GET /v1/backlinks/export: starts an export; never sent twice (it creates paid work). Its
    /// answer costs nothing itself: the backlinks exported are billed (1 each by the seed's
    /// matrix, 1,000 per export by its worked example).
    /// </summary>
    public static Operation<BacklinkExportQuery, BacklinkExportTask> Start { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/export", "backlinks/export", BacklinkExportJsonContext.Default.BacklinkExportTask, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Safety = Transport.RequestSafety.CreatesPaidWork,
        Charge = (_, _, _, _) => 0,
        Stamp = (q, r, _) => (r.Target, r.Mode) = (q.Target, q.Mode),
    };

    /// <summary>GET /v1/backlinks/export/status: where an export stands, and its file once complete; free.</summary>
    public static Operation<BacklinkExportStatusQuery, BacklinkExportTask> Status { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/export/status", "backlinks/export/status", BacklinkExportJsonContext.Default.BacklinkExportTask, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) => r.TaskId ??= q.TaskId,
    };

    public static Operation[] AllOperations => [Start, Status];
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(BacklinkExportTask))]
[JsonSerializable(typeof(string))]
internal sealed partial class BacklinkExportJsonContext : JsonSerializerContext
{
}
