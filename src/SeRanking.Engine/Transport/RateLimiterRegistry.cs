using System.Collections.Concurrent;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Transport;

/// <summary>
/// One limiter per key for the whole process, so runspaces, thread jobs and
/// ForEach-Object -Parallel branches that share a key share its limit.
/// </summary>
internal static class RateLimiterRegistry
{
    private static readonly ConcurrentDictionary<string, RollingWindowRateLimiter> Limiters = new();

    internal static RollingWindowRateLimiter For(ApiKey key, ConnectionOptions options)
    {
        var limit = options.ResolveRequestsPerWindow(key.Api);
        var created = false;
        var limiter = Limiters.GetOrAdd(key.Fingerprint, _ =>
        {
            created = true;
            return new RollingWindowRateLimiter(limit, options.RateWindow, options.RateSafetyMargin);
        });
        if (!created)
        {
            limiter.Configure(limit, options.RateWindow, options.RateSafetyMargin);
        }

        return limiter;
    }
}
