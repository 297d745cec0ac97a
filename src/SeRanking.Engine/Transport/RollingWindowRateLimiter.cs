using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Engine.Transport;

/// <summary>
/// Lets a request start only while fewer than the limit have started in the last window (plus
/// a margin), so no rolling window ever holds more than the limit. Callers wait their turn;
/// nobody is refused.
/// </summary>
/// <remarks>
/// Written by hand because System.Threading.RateLimiting's SlidingWindowRateLimiter counts in
/// fixed segments and so lets up to twice the limit through in some true rolling windows, which
/// the APIs answer with 429. This is a sliding log: it keeps the actual start times of the last
/// <c>limit</c> grants, read under the lock so they are in time order, and a caller that finds
/// the window full sleeps until its oldest grant leaves the window, then checks again. Recording
/// the moment of the grant (not a reserved future slot) means a caller whose wake-up is delayed
/// cannot make later callers bunch up behind it.
/// </remarks>
internal sealed class RollingWindowRateLimiter
{
    private readonly object _gate = new();
    private readonly Queue<long> _grants = new();
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
            _spacingTicks = (long)((window + margin).TotalSeconds * Stopwatch.Frequency);
        }
    }

    /// <summary>Waits until a request may start; returns the Stopwatch timestamp of the grant.</summary>
    internal async Task<long> WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long wait;
            lock (_gate)
            {
                var now = Stopwatch.GetTimestamp();
                while (_grants.Count > 0 && (_grants.Count > _limit || now - _grants.Peek() >= _spacingTicks))
                {
                    _grants.Dequeue();
                }

                if (_grants.Count < _limit)
                {
                    _grants.Enqueue(now);
                    return now;
                }

                wait = _grants.Peek() + _spacingTicks - now;
            }

            // Round up: waking a hair early would only cost another turn of the loop.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait * 1000.0 / Stopwatch.Frequency)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Moves the grant made at <paramref name="granted"/> to <paramref name="sentAt"/>, when the
    /// request actually left (its body written to the connection). The server counts arrivals:
    /// a request that leaves late (the process's first, which sets up the connection and
    /// compiles the HTTP stack; a TLS handshake) would otherwise arrive less than a window
    /// before the next one, which leaves on time, and be answered 429 (at 1 request a second,
    /// Serpstat's rate, every gap counts).
    /// </summary>
    internal void Sent(long granted, long sentAt)
    {
        lock (_gate)
        {
            if (sentAt <= granted || !_grants.Contains(granted))
            {
                return;
            }

            var times = _grants.ToArray();
            Array.Sort(times);
            var at = Array.IndexOf(times, granted);
            times[at] = sentAt;
            Array.Sort(times);
            _grants.Clear();
            foreach (var time in times)
            {
                _grants.Enqueue(time);
            }
        }
    }
}
