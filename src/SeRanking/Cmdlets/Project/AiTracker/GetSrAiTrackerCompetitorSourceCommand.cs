using System;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets what the answers to prompts cited on a day, one row per domain or (-ByUrl) per URL (free; unified host only).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerCompetitorSource")]
[OutputType(OutputTypeNames.AiTrackerCompetitorSource)]
public sealed class GetSrAiTrackerCompetitorSourceCommand : AiTrackerEngineCmdlet
{
    /// <summary>The prompts on the engine; from the pipeline by a PromptLlmId property.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("prompt_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    /// <summary>The day; binds from a Date property (Get-SrAiTrackerCompetitorDate rows).</summary>
    [Parameter(Mandatory = true, Position = 3, ValueFromPipelineByPropertyName = true)]
    public DateTime Date { get; set; }

    /// <summary>One row per cited URL (mode=url) instead of per domain.</summary>
    [Parameter]
    public SwitchParameter ByUrl { get; set; }

    protected override void OnProcess()
    {
        foreach (var id in PromptLlmId)
        {
            var query = new AiTrackerCompetitorSourceQuery { SiteId = SiteId, LlmId = LlmId, PromptLlmId = id, Date = Date, ByUrl = ByUrl.IsPresent };
            this.StreamRows(AiTrackerSourceOperations.CompetitorSources, query, RowWindow.Everything, "prompt " + id.ToString(CultureInfo.InvariantCulture));
        }
    }
}
