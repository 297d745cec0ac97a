using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.Serp;

/// <summary>Which task to read.</summary>
public sealed record SerpTaskQuery
{
    public long TaskId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = Check.Range("TaskId", TaskId, 1, long.MaxValue)!.Value.ToString(CultureInfo.InvariantCulture);
        writer.Target = "task " + id;
        writer.Add("task_id", id);
    }
}

/// <summary>The classic SERP operations of the Data API (§7) that the module serves so far.</summary>
public static class SerpOperations
{
    /// <summary>POST /v1/serp/classic/tasks: one task per query, up to 1000 a call; 10 credits per query; never sent twice.</summary>
    public static Operation<SerpTaskRequest, SerpTask> CreateTasks { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Post, "v1/serp/classic/tasks", "serp/classic/tasks", SerpJsonContext.Default.SerpTask, (q, w) => q.WriteTo(w))
    {
        Safety = RequestSafety.CreatesPaidWork,
        UnitsOf = q => q.Queries.Count,
        Stamp = (q, task, _) =>
        {
            task.Tag ??= q.Tag;
            task.LocationId ??= q.LocationId;
            task.LanguageCode ??= q.LanguageCode.Trim().ToLowerInvariant();
            task.Device ??= q.Device ?? "desktop";
            task.Status ??= "processing";
        },
    };

    /// <summary>GET /v1/serp/classic/tasks: the tasks created with the key in the last 24 hours; free.</summary>
    public static Operation<NoQuery, SerpTask> Tasks { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/serp/classic/tasks", "serp/classic/tasks", SerpJsonContext.Default.SerpTask, NoQuery.Write);

    /// <summary>GET /v1/serp/classic/tasks?task_id=: where a task stands, with its standard results when done; free.</summary>
    internal static Operation<SerpTaskQuery, SerpTaskRead> Read { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/serp/classic/tasks", "serp/classic/tasks", SerpJsonContext.Default.SerpTaskRead, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    /// <summary>GET /v1/serp/classic/tasks/results_advanced?task_id=: every item type; 100 credits on a task's first read only.</summary>
    internal static Operation<SerpTaskQuery, SerpTaskRead> ReadAdvanced { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/serp/classic/tasks/results_advanced", "serp/classic/tasks/results_advanced", SerpJsonContext.Default.SerpTaskRead, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Charge = (connection, q, read, _) => read is { IsDone: true } && AdvancedReadLedger.IsFirstRead(connection.Key, q.TaskId) ? ReadAdvancedCost : 0,
    };

    private static long ReadAdvancedCost => ReadAdvancedCostRow.Value;

    private static readonly Lazy<long> ReadAdvancedCostRow = new(() => ReadAdvanced.CreditsOf(1));

    /// <summary>What reading the advanced results of <paramref name="tasks"/> tasks costs at most (tasks read before cost nothing).</summary>
    public static Catalogues.CreditForecast AdvancedResultsForecast(int tasks) => ReadAdvanced.Forecast(tasks, System.Math.Max(1, tasks));

    /// <summary>Reads a task: still processing, or done with its results (<paramref name="advanced"/>: every item type, paid on the first read).</summary>
    public static async Task<SerpTaskState> ReadTaskAsync(
        this ApiConnection connection, long taskId, bool advanced, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var read = await connection.GetAsync(advanced ? ReadAdvanced : Read, new SerpTaskQuery { TaskId = taskId }, trace, cancellationToken).ConfigureAwait(false);
        return read.ToState(taskId, advanced);
    }

    /// <summary>Every operation of this family, for tests and documentation.</summary>
    public static Operation[] AllOperations => [CreateTasks, Tasks, Read, ReadAdvanced];
}

/// <summary>
/// Advanced SERP results cost credits on the first read of a task only; remembering which tasks
/// this process has read lets verbose output and the budget say what a read really cost. Tasks
/// expire within days, so the memory is bounded in size and age.
/// </summary>
internal static class AdvancedReadLedger
{
    private const int Capacity = 50_000;
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(3);
    private static readonly object Gate = new();
    private static readonly Dictionary<string, DateTime> ReadAt = new(StringComparer.Ordinal);
    private static readonly Queue<(string Key, DateTime At)> InOrder = new();

    internal static bool IsFirstRead(Keys.ApiKey key, long taskId)
    {
        var entry = key.Fingerprint + "#" + taskId.ToString(CultureInfo.InvariantCulture);
        var now = DateTime.UtcNow;
        lock (Gate)
        {
            while (InOrder.Count > 0 && (InOrder.Count >= Capacity || now - InOrder.Peek().At > Remembered))
            {
                var (oldest, at) = InOrder.Dequeue();
                if (ReadAt.TryGetValue(oldest, out var recorded) && recorded == at)
                {
                    ReadAt.Remove(oldest);
                }
            }

            if (ReadAt.ContainsKey(entry))
            {
                return false;
            }

            ReadAt[entry] = now;
            InOrder.Enqueue((entry, now));
            return true;
        }
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SerpTask))]
[JsonSerializable(typeof(SerpTaskRead))]
internal sealed partial class SerpJsonContext : JsonSerializerContext
{
}
