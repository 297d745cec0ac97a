using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>
/// A rolling window of admission times for one key. Only admitted requests are recorded, so a
/// refused (429) request does not push back the moment the key may call again. A request is
/// counted at the moment it arrived (its headers read), as a real gateway counts it, not when its
/// handler got to run: on a loaded machine the handlers of a burst can run late and bunched, which
/// no real server's count would show.
/// </summary>
internal sealed class RateWindow
{
    private readonly Lock _gate = new();
    private readonly List<long> _admittedAt = [];

    /// <summary>
    /// Admits a request that arrived at <paramref name="arrivedAt"/> if fewer than
    /// <paramref name="limit"/> admitted ones arrived in the <paramref name="windowTicks"/> before it
    /// (or after it: handlers may run out of arrival order).
    /// </summary>
    public bool TryEnter(long arrivedAt, long windowTicks, int limit)
    {
        lock (_gate)
        {
            var latest = _admittedAt.Count > 0 ? Math.Max(_admittedAt[^1], arrivedAt) : arrivedAt;
            _admittedAt.RemoveAll(at => latest - at >= windowTicks);
            var inWindow = _admittedAt.Count(at => at > arrivedAt - windowTicks);
            if (inWindow >= limit)
            {
                return false;
            }

            var index = _admittedAt.BinarySearch(arrivedAt);
            _admittedAt.Insert(index < 0 ? ~index : index, arrivedAt);
            return true;
        }
    }
}

/// <summary>The rate windows of every key of every API.</summary>
internal sealed class RateLimits(EmulatorOptions options)
{
    private readonly ConcurrentDictionary<(EmulatedApi Api, string Key), RateWindow> _windows = new();

    /// <summary>Admits <paramref name="call"/> for <paramref name="key"/>, counted when it arrived.</summary>
    public bool TryAdmit(EmulatedApi api, string key, ApiCall call)
    {
        var window = _windows.GetOrAdd((api, key), static _ => new RateWindow());
        var windowTicks = (long)(options.RateWindow.TotalSeconds * Stopwatch.Frequency);
        return window.TryEnter(call.ArrivedTicks, windowTicks, options.RequestsPerWindow(api));
    }
}
