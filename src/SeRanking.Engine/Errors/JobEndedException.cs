using System;

namespace SeRanking.Engine.Errors;

/// <summary>
/// A long-running job ended without a result: a site audit cancelled or expired, a backlink export
/// rejected (quota), an export file or SERP archive no longer kept. Names the job and the state.
/// </summary>
public sealed class JobEndedException : InvalidOperationException
{
    public JobEndedException(string job, string state, string? advice = null)
        : base(Compose(job, state, advice))
    {
        Job = job;
        State = state;
        Advice = advice ?? DefaultAdvice(state);
    }

    /// <summary>The job as a user knows it: "site audit 700512345".</summary>
    public string Job { get; }

    /// <summary>The state it ended in, as the API says it (cancelled, expired, rejected).</summary>
    public string State { get; }

    /// <summary>What to do about it.</summary>
    public string Advice { get; }

    private static string Compose(string job, string state, string? advice) =>
        $"The {job} ended as '{state}' without a result. {advice ?? DefaultAdvice(state)}";

    private static string DefaultAdvice(string state) => state switch
    {
        "expired" => "Its results are no longer kept; start it again.",
        "cancelled" or "canceled" => "It was stopped before it finished; start it again (for an audit: Restart-SrSiteAudit).",
        "rejected" => "The API refused to start it (for exports: the account's export quota is used up); try again later or raise the quota.",
        _ => "Start it again.",
    };
}
