using System;
using System.Collections.Generic;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>What an injected fault does to the request it hits.</summary>
public enum FaultKind
{
    /// <summary>Answer <see cref="Fault.Status"/> with that API's realistic error body.</summary>
    Status,

    /// <summary>Abort the connection without any answer.</summary>
    Reset,

    /// <summary>Wait <see cref="Fault.Delay"/>, then answer normally (a client that gives up first is seen as an abort).</summary>
    Slow,

    /// <summary>Answer 200 with an HTML error page, as a proxy in front of the API would.</summary>
    Html,

    /// <summary>Answer 200 <c>application/json</c> with the real body cut in half (never compressed, Content-Length of the cut body).</summary>
    Truncated,

    /// <summary>Announce the real body (its whole Content-Length), send half of it, then drop the connection.</summary>
    ResetMidBody,
}

/// <summary>
/// One fault to inject into the next <see cref="Count"/> requests that match it. A faulted
/// request never reaches authentication, the rate limit or billing, so it never costs credits
/// (a <see cref="FaultKind.Slow"/> fault excepted: after its delay the request is handled normally).
/// </summary>
public sealed class Fault
{
    internal const int DefaultStatus = 503;
    internal const int DefaultCount = 1;

    /// <summary>Which API it applies to; null for any.</summary>
    public EmulatedApi? Api { get; init; }

    /// <summary>HTTP method it applies to ("GET", "POST"); null for any.</summary>
    public string? Method { get; init; }

    /// <summary>
    /// Text the API-relative path must contain (e.g. <c>v1/backlinks/summary</c>; for Serpstat,
    /// whose calls share one URL, the JSON-RPC method name); null for any.
    /// </summary>
    public string? PathContains { get; init; }

    /// <summary>What the fault does.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>HTTP status answered by a <see cref="FaultKind.Status"/> fault.</summary>
    public int Status { get; init; } = DefaultStatus;

    /// <summary>How many matching requests it applies to.</summary>
    public int Count { get; init; } = DefaultCount;

    /// <summary>Adds <c>Retry-After</c> in delta seconds (rounded up) to a <see cref="FaultKind.Status"/> answer.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Adds <c>Retry-After</c> as an HTTP date to a <see cref="FaultKind.Status"/> answer.</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }

    /// <summary>How long a <see cref="FaultKind.Slow"/> fault waits before answering.</summary>
    public TimeSpan Delay { get; init; }

    internal bool Matches(EmulatedApi api, string method, string path) =>
        (Api is null || Api == api)
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The faults waiting to be injected, applied first-added first. Taking a fault is atomic, so
/// a fault with <see cref="Fault.Count"/> N hits exactly N requests however many threads race.
/// </summary>
public sealed class FaultPlan
{
    private readonly Lock _gate = new();
    private readonly List<PendingFault> _pending = [];

    /// <summary>How many fault applications are left (the sum of the remaining counts).</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                var total = 0;
                foreach (var pending in _pending)
                {
                    total += pending.Remaining;
                }

                return total;
            }
        }
    }

    /// <summary>Queues a fault.</summary>
    public void Add(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (fault.Count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Count, "Fault.Count must be at least 1.");
        }

        if (fault.Kind == FaultKind.Status && fault.Status is < 100 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Status, "Fault.Status must be an HTTP status from 100 to 599.");
        }

        if (fault.Delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Delay, "Fault.Delay must not be negative.");
        }

        lock (_gate)
        {
            _pending.Add(new PendingFault(fault, fault.Count));
        }
    }

    /// <summary>Drops every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes one application of the first fault matching the request, if any.</summary>
    internal Fault? TryTake(EmulatedApi api, string method, string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _pending.Count; i++)
            {
                var pending = _pending[i];
                if (!pending.Fault.Matches(api, method, path))
                {
                    continue;
                }

                pending.Remaining--;
                if (pending.Remaining == 0)
                {
                    _pending.RemoveAt(i);
                }

                return pending.Fault;
            }

            return null;
        }
    }

    private sealed class PendingFault(Fault fault, int remaining)
    {
        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
