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

    /// <summary>
    /// The key's limiter, set to these options' rate: the connection created last for a key
    /// decides the rate of every connection with that key, including those made earlier.
    /// </summary>
    internal static RollingWindowRateLimiter For(ApiKey key, ConnectionOptions options)
    {
        var limit = options.ResolveRequestsPerWindow(key.Api);
        var margin = options.ResolveRateSafetyMargin(key.Api);
        var limiter = Limiters.GetOrAdd(key.Fingerprint, _ => new RollingWindowRateLimiter(limit, options.RateWindow, margin));

        // Configured even when just created: with two first connections racing, the factory of
        // one may lose to the other's, and its rate must still be applied.
        limiter.Configure(limit, options.RateWindow, margin);
        return limiter;
    }
}
