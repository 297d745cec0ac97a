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
/// A grant is moved to the moment its request is known to have left (<see cref="Restamp"/>), so
/// a first request slowed by connecting cannot let the next one reach the server inside the
/// server's window.
/// </remarks>
internal sealed class RollingWindowRateLimiter
{
    private readonly object _gate = new();
    private readonly List<long> _grants = [];
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
                while (_grants.Count > 0 && (_grants.Count > _limit || now - _grants[0] >= _spacingTicks))
                {
                    _grants.RemoveAt(0);
                }

                if (_grants.Count < _limit)
                {
                    Insert(now);
                    return now;
                }

                wait = _grants[0] + _spacingTicks - now;
            }

            // Round up: waking a hair early would only cost another turn of the loop.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait * 1000.0 / Stopwatch.Frequency)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Moves the grant made at <paramref name="granted"/> to <paramref name="at"/>: the moment the
    /// request is known to have left (its body written to the connection) or, for a request
    /// without a body, the moment its answer began to arrive. The server counts arrivals, which
    /// lie between the two: a request that leaves late (the process's first, which sets up the
    /// connection and compiles the HTTP stack; a TLS handshake) would otherwise arrive less than a
    /// window before the next one, which leaves on time, and be answered 429 — for an idle key at
    /// 5 requests a second, and at 1 request a second (Serpstat) where every gap counts.
    /// </summary>
    internal void Restamp(long granted, long at)
    {
        lock (_gate)
        {
            var index = _grants.IndexOf(granted);
            if (index < 0 || at <= granted)
            {
                return;
            }

            _grants.RemoveAt(index);
            Insert(at);
        }
    }

    /// <summary>Keeps the grants in time order, so the oldest is first.</summary>
    private void Insert(long timestamp)
    {
        var at = _grants.BinarySearch(timestamp);
        _grants.Insert(at < 0 ? ~at : at, timestamp);
    }
}
