using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>
/// A rolling window of admission times for one key. Only admitted requests are recorded, so a
/// refused (429) request does not push back the moment the key may call again.
/// </summary>
internal sealed class RateWindow
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _admittedAt = new();

    /// <summary>Admits a request if fewer than <paramref name="limit"/> were admitted in the last <paramref name="windowTicks"/>.</summary>
    public bool TryEnter(long windowTicks, int limit)
    {
        lock (_gate)
        {
            // Reading the clock under the lock keeps the queue in time order across threads.
            var now = Stopwatch.GetTimestamp();
            while (_admittedAt.Count > 0 && now - _admittedAt.Peek() >= windowTicks)
            {
                _admittedAt.Dequeue();
            }

            if (_admittedAt.Count >= limit)
            {
                return false;
            }

            _admittedAt.Enqueue(now);
            return true;
        }
    }
}

/// <summary>The rate windows of every key of every API.</summary>
internal sealed class RateLimits(EmulatorOptions options)
{
    private readonly ConcurrentDictionary<(EmulatedApi Api, string Key), RateWindow> _windows = new();

    public bool TryAdmit(EmulatedApi api, string key)
    {
        var window = _windows.GetOrAdd((api, key), static _ => new RateWindow());
        var windowTicks = (long)(options.RateWindow.TotalSeconds * Stopwatch.Frequency);
        return window.TryEnter(windowTicks, options.RequestsPerWindow(api));
    }
}
