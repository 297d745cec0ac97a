using System;
using System.Management.Automation;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets an AI engine's statistics over a date range: brand presence, AI Overview presence, organic overlap (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerStatistic")]
[OutputType(OutputTypeNames.AiTrackerStatistic)]
public sealed class GetSrAiTrackerStatisticCommand : AiTrackerEngineCmdlet
{
    /// <summary>First day (the API's default range when absent).</summary>
    [Parameter]
    public DateTime? From { get; set; }

    /// <summary>Last day; not after today.</summary>
    [Parameter]
    public DateTime? To { get; set; }

    /// <summary>Count only the top results: 1–100; 0 (the default) counts all.</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? Top { get; set; }

    protected override void OnProcess()
    {
        var query = new AiTrackerStatisticsQuery { SiteId = SiteId, LlmId = LlmId, From = From, To = To, Top = Top };
        this.WriteOne(AiTrackerOperations.Statistics, query, AiTrackerCalls.Describe(new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId }));
    }
}
