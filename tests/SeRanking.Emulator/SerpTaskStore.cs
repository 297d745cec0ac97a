using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>A classic SERP task: what was asked, and how far it has got.</summary>
internal sealed class SerpTask
{
    private readonly Lock _billingGate = new();
    private int _pollsBeforeDone;
    private bool _advancedCharged;

    public SerpTask(long id, string ownerKey, SerpTaskRequest request, string query, DateTimeOffset createdAt, int pollsBeforeDone)
    {
        Id = id;
        OwnerKey = ownerKey;
        Request = request;
        Query = query;
        CreatedAt = createdAt;
        _pollsBeforeDone = pollsBeforeDone;
    }

    public long Id { get; }

    /// <summary>The key that created it: other keys cannot see it.</summary>
    public string OwnerKey { get; }

    public SerpTaskRequest Request { get; }

    public string Query { get; }

    public DateTimeOffset CreatedAt { get; }

    public bool IsDone => Volatile.Read(ref _pollsBeforeDone) <= 0;

    /// <summary>Counts one read of the task; true when that read must still answer "processing".</summary>
    public bool PollStillProcessing()
    {
        while (true)
        {
            var left = Volatile.Read(ref _pollsBeforeDone);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _pollsBeforeDone, left - 1, left) == left)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="charge"/> on the first read of the advanced results only (they are
    /// billed once per task); a refused charge leaves the next read to try again.
    /// </summary>
    public ApiResponse? ChargeFirstAdvancedRead(Func<ApiResponse?> charge)
    {
        lock (_billingGate)
        {
            if (_advancedCharged)
            {
                return null;
            }

            var refusal = charge();
            _advancedCharged = refusal is null;
            return refusal;
        }
    }
}

/// <summary>The body fields of <c>POST v1/serp/classic/tasks</c> shared by every query of the request.</summary>
internal sealed record SerpTaskRequest(string SearchEngine, string Device, string LanguageCode, long LocationId, string? Tag);

/// <summary>Every SERP task of the emulator; ids are unique across keys, as on the real service.</summary>
internal sealed class SerpTaskStore
{
    // The first id of the API reference's sample, so bodies look like the documented ones.
    private const long FirstTaskId = 51830042;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<long, SerpTask> _tasks = new();
    private long _lastId = FirstTaskId - 1;

    /// <summary>Reserves <paramref name="count"/> consecutive ids and returns the first.</summary>
    public long ReserveIds(int count) => Interlocked.Add(ref _lastId, count) - count + 1;

    /// <summary>The first id the next reservation would get (for dry runs, which reserve nothing).</summary>
    public long PeekNextId() => Interlocked.Read(ref _lastId) + 1;

    public void Add(SerpTask task) => _tasks[task.Id] = task;

    /// <summary>The task if it exists, belongs to <paramref name="ownerKey"/> and has not expired.</summary>
    public SerpTask? Find(long id, string ownerKey, DateTimeOffset now) =>
        _tasks.TryGetValue(id, out var task) && task.OwnerKey == ownerKey && now - task.CreatedAt < Lifetime ? task : null;

    public List<SerpTask> Recent(string ownerKey, DateTimeOffset now) =>
        _tasks.Values
            .Where(task => task.OwnerKey == ownerKey && now - task.CreatedAt < Lifetime)
            .OrderBy(task => task.Id)
            .ToList();
}
