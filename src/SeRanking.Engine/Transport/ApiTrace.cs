using System;

namespace SeRanking.Engine.Transport;

/// <summary>What happened during a call, for verbose and debug output. Never carries a key.</summary>
public enum ApiTraceKind
{
    /// <summary>The call waited for its turn under the key's rate limit.</summary>
    Throttled,

    /// <summary>An attempt failed in a way that is safe to retry; another follows after a delay.</summary>
    Retrying,

    /// <summary>The call finished with an answer (successful or not).</summary>
    Completed,

    /// <summary>Something the user must hear about though nothing failed (a list cut off where paging ends).</summary>
    Warning,
}

/// <summary>One event of a call.</summary>
public sealed record ApiTraceEvent(
    ApiTraceKind Kind,
    string Endpoint,
    string Message,
    int Attempt,
    int? StatusCode,
    TimeSpan Elapsed,
    TimeSpan? Delay,
    long? Credits)
{
    /// <summary>The credits the API says are left on the account after this answer (Serpstat's <c>left_lines</c>), when it says.</summary>
    public long? CreditsLeft { get; init; }
}

/// <summary>
/// Receives a call's events. Called from whatever thread the call runs on, so a PowerShell
/// host must queue them and write them from its pipeline thread.
/// </summary>
public interface IApiTrace
{
    void Write(ApiTraceEvent traceEvent);
}
