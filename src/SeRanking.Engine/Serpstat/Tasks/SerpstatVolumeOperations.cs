using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Serpstat.Tasks;

/// <summary>What SerpstatTaskProcedure.addKeywordListFreq takes: keywords whose volume to collect afresh in one region.</summary>
public sealed record SerpstatVolumeCheckQuery
{
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Serpstat's region id (regionId, at least 1).</summary>
    public long RegionId { get; init; }

    /// <summary>1 or 2 (typeId; Serpstat's default 1).</summary>
    public int? TypeId { get; init; }

    /// <summary>The search engine (seId): 1, Google, the only one.</summary>
    public int? SearchEngineId { get; init; }

    /// <summary>The keywords as sent: trimmed, 1–100 characters, each once, in order.</summary>
    internal IReadOnlyList<string> KeywordsSent => Keywords.Select(k => SerpstatParams.Keyword("Keyword", k)).Distinct(StringComparer.Ordinal).ToList();

    internal void WriteTo(RequestWriter writer)
    {
        var keywords = KeywordsSent;
        if (keywords.Count == 0)
        {
            throw new InvalidInputException("Keyword", "-Keyword needs at least one keyword.");
        }

        Check.Range("RegionId", RegionId, 1, long.MaxValue);
        writer.Target = keywords.Count == 1 ? keywords[0] : $"{keywords.Count:N0} keywords";
        writer.AddList("keywords", keywords)
            .Add("regionId", RegionId)
            .Add("typeId", Check.Range("TypeId", TypeId, 1, 2))
            .Add("seId", Check.Range("SearchEngineId", SearchEngineId, 1, 1));
    }
}

/// <summary>What a read of one Serpstat task takes: its id, under the name the method gives it.</summary>
public sealed record SerpstatTaskQuery
{
    public string TaskId { get; init; } = string.Empty;

    internal string IdSent => string.IsNullOrWhiteSpace(TaskId) ? throw new InvalidInputException("TaskId", "-TaskId is empty.") : TaskId.Trim();

    internal void WriteTo(RequestWriter writer, string name)
    {
        writer.Target = "task " + IdSent;
        writer.Add(name, IdSent);
    }

    /// <summary>For methods whose task id is a number (tasks.*).</summary>
    internal void WriteNumberTo(RequestWriter writer, string name)
    {
        writer.Target = "task " + IdSent;
        writer.Add(name, long.TryParse(IdSent, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new InvalidInputException("TaskId", $"-TaskId '{IdSent}' is not a SERP crawling task id (a positive whole number)."));
    }
}

/// <summary>
/// Serpstat's keyword volume checker (§13, <c>SerpstatTaskProcedure</c>): queue keywords, read the
/// task's status, read the volumes. The task is billed per keyword from the crawling balance (money,
/// not lines: tasks.getParsingBalance gives the price); the reads are free.
/// </summary>
public static class SerpstatVolumeOperations
{
    private const string Procedure = "SerpstatTaskProcedure.";

    /// <summary>addKeywordListFreq: queues keywords; billed per keyword from the crawling balance; never sent twice.</summary>
    public static Operation<SerpstatVolumeCheckQuery, SerpstatVolumeTask> Start { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "addKeywordListFreq", Json.SerpstatVolumeTask, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => (r.RegionId, r.Keywords) = (q.RegionId, q.KeywordsSent.Count),
    };

    /// <summary>getTaskStatus: progress and keywords by status; free.</summary>
    public static Operation<SerpstatTaskQuery, SerpstatVolumeTaskStatus> Status { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTaskStatus", Json.SerpstatVolumeTaskStatus, (q, w) => q.WriteTo(w, "taskId"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => r.TaskId = q.IdSent,
    };

    /// <summary>getTaskResult: the volumes, paged by page and pageSize (10 to 1,000); free.</summary>
    public static Operation<SerpstatTaskQuery, SerpstatKeywordVolume> Result { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTaskResult", Json.SerpstatKeywordVolume, (q, w) => q.WriteTo(w, "taskId"))
    {
        Paging = Paging.PageAndLimit(100, SerpstatRpc.MaxPage) with { LimitName = "pageSize", MinSize = 10, TotalAnswer = "result.total" },
        Rows = RowLocation.InProperty("keywords").Under("result"),
        Stamp = (q, r, _) => r.TaskId = q.IdSent,
    };

    public static Operation[] AllOperations => [Start, Status, Result];

    /// <summary>How messages name a task.</summary>
    public static string Describe(string taskId) => "volume task " + taskId;

    /// <summary>Waits for volume tasks: each handed out when its progress reaches 100 %; the ids still running returned at the timeout.</summary>
    public static Task<IReadOnlyList<string>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<string> taskIds,
        PollOptions options,
        IJobPollObserver<string, SerpstatVolumeTaskStatus> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            taskIds,
            (id, token) => connection.GetAsync(Status, new SerpstatTaskQuery { TaskId = id }, trace, token),
            status => new JobReading(status.Progress >= 100 ? JobStage.Done : JobStage.Running, status.Status, status.Progress is { } p ? p + " %" : null),
            Describe,
            options,
            observer,
            cancellationToken);

    private static SerpstatTaskJsonContext Json => SerpstatTaskJsonContext.Default;
}

/// <summary>Source-generated metadata of the rows of Serpstat's task families (volume, SERP crawling, classification).</summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SerpstatVolumeTask))]
[JsonSerializable(typeof(SerpstatVolumeTaskStatus))]
[JsonSerializable(typeof(SerpstatKeywordVolume))]
[JsonSerializable(typeof(SerpstatSerpCrawlTask))]
[JsonSerializable(typeof(SerpstatSerpCrawlInfo))]
[JsonSerializable(typeof(SerpstatCrawledKeyword))]
[JsonSerializable(typeof(SerpstatSerpHtml))]
[JsonSerializable(typeof(SerpstatCrawlBalance))]
[JsonSerializable(typeof(SerpstatClassificationTask))]
[JsonSerializable(typeof(SerpstatDomainCategories))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class SerpstatTaskJsonContext : JsonSerializerContext
{
}
