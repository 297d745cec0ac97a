using System;
using System.Collections.Generic;
using System.Globalization;
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

/// <summary>A domain classification task (DomainClassification.addTask, getTask, getTaskList).</summary>
[TableView("TaskId", "Status", "State", "CreatedAt", "Domains")]
public sealed class SerpstatClassificationTask : IJsonOnDeserialized
{
    [JsonPropertyName("task_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? TaskId { get; set; }

    /// <summary>Serpstat's status code of the task.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; set; }

    /// <summary>What the module reads in it: finished when the task holds its domains' categories or its status is 2, failed at 3 or below 0, else processing.</summary>
    public string State => SerpstatClassificationOperations.StateOf(this);

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    /// <summary>Domains sent (when the task was started in this session), or classified.</summary>
    [JsonIgnore]
    public int? Domains { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    /// <summary>Domains with categories, when the answer held them (getTask).</summary>
    [JsonInclude]
    [JsonPropertyName("data")]
    internal List<SerpstatDomainCategories>? Data { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Domains ??= Data?.Count;
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>The categories of one domain (DomainClassification.getTask): the row Get-SerpstatDomainClassification writes.</summary>
[TableView("Domain", "Category", "Confidence", "Categories", "TaskId")]
public sealed class SerpstatDomainCategories
{
    [JsonPropertyName("domain")]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The likeliest category.</summary>
    public string? Category => Names?.FirstOrDefault();

    /// <summary>Its confidence, 0 to 1.</summary>
    public double? Confidence => Confidences is { Count: > 0 } c ? c[0] : null;

    /// <summary>Every category with its confidence ("Shopping (0.93); Sports (0.41)"), in one cell.</summary>
    public string? Categories => Names is { Count: > 0 } names
        ? string.Join("; ", names.Select((n, i) => Confidences is { } c && i < c.Count ? $"{n} ({c[i].ToString("0.##", CultureInfo.InvariantCulture)})" : n))
        : null;

    [JsonIgnore]
    public string TaskId { get; set; } = string.Empty;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    [JsonInclude]
    [JsonPropertyName("categories_names")]
    internal List<string>? Names { get; set; }

    [JsonInclude]
    [JsonPropertyName("categories_confidence")]
    internal List<double>? Confidences { get; set; }
}

/// <summary>What DomainClassification.addTask takes: up to 1,000 domains.</summary>
public sealed record SerpstatClassificationQuery
{
    public const int MaxDomains = 1000;

    public IReadOnlyList<string> Domains { get; init; } = [];

    internal IReadOnlyList<string> DomainsSent => Domains.Select(d => SerpstatParams.Domain("Domain", d)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    internal void WriteTo(RequestWriter writer)
    {
        var domains = DomainsSent;
        if (domains.Count == 0)
        {
            throw new InvalidInputException("Domain", "-Domain needs at least one domain.");
        }

        Check.MaxCount("Domain", domains, MaxDomains, "domain");
        writer.Target = domains.Count == 1 ? domains[0] : $"{domains.Count:N0} domains";
        writer.AddList("domains", domains);
    }
}

/// <summary>
/// Serpstat's domain classification (§15): up to 1,000 domains a task, billed 0.03 USD a domain
/// from the crawling balance (not lines) and never sent twice; the reads are free. The meaning of
/// the status codes is not documented: a task is read as finished when it holds categories.
/// </summary>
public static class SerpstatClassificationOperations
{
    private const string Procedure = "DomainClassification.";

    /// <summary>addTask: queues up to 1,000 domains.</summary>
    public static Operation<SerpstatClassificationQuery, SerpstatClassificationTask> Start { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "addTask", Json.SerpstatClassificationTask, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Safety = RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => r.Domains = q.DomainsSent.Count,
    };

    /// <summary>getTask: the task with its domains' categories once done.</summary>
    public static Operation<SerpstatTaskQuery, SerpstatClassificationTask> Read { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTask", Json.SerpstatClassificationTask, (q, w) => q.WriteTo(w, "task_id"))
    {
        Rows = RowLocation.ObjectAtPath.Under("result"),
        Stamp = (q, r, _) => r.TaskId ??= q.IdSent,
    };

    /// <summary>getTaskList: the tasks, paged by page and size.</summary>
    public static Operation<NoQuery, SerpstatClassificationTask> List { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getTaskList", Json.SerpstatClassificationTask, NoQuery.Write)
    {
        Paging = Paging.PageAndSize(100, SerpstatRpc.MaxPage) with { TotalAnswer = SerpstatRpc.TotalAnswer },
        Rows = SerpstatRpc.DataRows,
    };

    public static Operation[] AllOperations => [Start, Read, List];

    /// <summary>The categories of a read task, one row per domain, in the order Serpstat gives them.</summary>
    public static IEnumerable<SerpstatDomainCategories> CategoriesOf(SerpstatClassificationTask task)
    {
        foreach (var row in (task ?? throw new ArgumentNullException(nameof(task))).Data ?? [])
        {
            row.TaskId = task.TaskId ?? string.Empty;
            yield return row;
        }
    }

    public static string Describe(string taskId) => "classification task " + taskId;

    /// <summary>finished, failed or processing (the status codes are not documented; categories mean finished).</summary>
    public static string StateOf(SerpstatClassificationTask task) =>
        (task ?? throw new ArgumentNullException(nameof(task))).Data is { Count: > 0 } || task.Status == 2 ? "finished"
        : task.Status is 3 or < 0 ? "failed"
        : "processing";

    /// <summary>Waits for classification tasks, reading each with getTask; each handed out when finished.</summary>
    public static Task<IReadOnlyList<string>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<string> taskIds,
        PollOptions options,
        IJobPollObserver<string, SerpstatClassificationTask> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            taskIds,
            (id, token) => connection.GetAsync(Read, new SerpstatTaskQuery { TaskId = id }, trace, token),
            task => StateOf(task) switch
            {
                "finished" => new JobReading(JobStage.Done, "finished"),
                "failed" => new JobReading(JobStage.Failed, "failed (status " + task.Status?.ToString(CultureInfo.InvariantCulture) + ")"),
                _ => new JobReading(JobStage.Running, "processing", "status " + task.Status?.ToString(CultureInfo.InvariantCulture)),
            },
            Describe,
            options,
            observer,
            cancellationToken);

    private static SerpstatTaskJsonContext Json => SerpstatTaskJsonContext.Default;
}
