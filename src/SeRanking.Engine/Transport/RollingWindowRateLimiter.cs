using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Engine.Transport;

/// <summary>
/// Spaces requests so that no rolling window ever holds more than the limit: request n+limit
/// starts no earlier than one window (plus a margin) after request n. Callers wait their turn;
/// nobody is refused.
/// </summary>
/// <remarks>
/// Written by hand because System.Threading.RateLimiting's SlidingWindowRateLimiter counts in
/// fixed segments and so lets up to twice the limit through in some true rolling windows, which
/// the APIs answer with 429. This keeps the start times of the last <c>limit</c> grants; each new
/// grant reserves the earliest slot that keeps every window within the limit. Slots are handed
/// out in order, so concurrent callers queue fairly.
/// </remarks>
internal sealed class RollingWindowRateLimiter
{
    private readonly object _gate = new();
    private readonly Queue<long> _grantTimestamps = new();
    private int _limit;
    private long _spacingTicks;

    internal RollingWindowRateLimiter(int limit, TimeSpan window, TimeSpan margin)
    {
        Configure(limit, window, margin);
    }

    internal int Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    /// <summary>Applies new settings; the last connection configured for a key decides its rate.</summary>
    internal void Configure(int limit, TimeSpan window, TimeSpan margin)
    {
        if (limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The rate limit must allow at least one request per window.");
        }

        lock (_gate)
        {
            _limit = limit;
            _spacingTicks = ToStopwatchTicks(window + margin);
        }
    }

    /// <summary>Waits until a request may start; returns how long it waited.</summary>
    internal async Task<TimeSpan> WaitTurnAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long now = Stopwatch.GetTimestamp();
        long slot;
        lock (_gate)
        {
            while (_grantTimestamps.Count > _limit)
            {
                _grantTimestamps.Dequeue();
            }

            slot = now;
            if (_grantTimestamps.Count == _limit)
            {
                slot = Math.Max(now, _grantTimestamps.Dequeue() + _spacingTicks);
            }

            // A cancelled waiter keeps its slot: capacity is lost, never exceeded.
            _grantTimestamps.Enqueue(slot);
        }

        var wait = FromStopwatchTicks(slot - now);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);

            // Timers may fire a hair early on some platforms; never start before the slot.
            while (Stopwatch.GetTimestamp() < slot)
            {
                await Task.Yield();
            }
        }

        return wait;
    }

    private static long ToStopwatchTicks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static TimeSpan FromStopwatchTicks(long ticks) => TimeSpan.FromSeconds((double)ticks / Stopwatch.Frequency);
}
