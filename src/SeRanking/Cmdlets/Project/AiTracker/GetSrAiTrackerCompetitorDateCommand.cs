using System;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets the days with competitor results for prompts, one row per prompt and date (free; unified host only).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerCompetitorDate")]
[OutputType(OutputTypeNames.AiTrackerCompetitorDate)]
public sealed class GetSrAiTrackerCompetitorDateCommand : AiTrackerEngineCmdlet
{
    /// <summary>The prompts on the engine; from the pipeline by a PromptLlmId property.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("prompt_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    /// <summary>First day; the last 30 days when absent; at most 366 days before -To.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>Last day; today when absent.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    protected override void OnProcess()
    {
        foreach (var id in PromptLlmId)
        {
            var query = new AiTrackerCompetitorDateQuery { SiteId = SiteId, LlmId = LlmId, PromptLlmId = id, From = From, To = To };
            this.StreamRows(AiTrackerSourceOperations.CompetitorDates, query, RowWindow.Everything, "prompt " + id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
