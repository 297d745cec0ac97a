using System;
using System.Management.Automation;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Gets an AI engine's answer to tracked prompts on a date: its text, cited URLs and brands named (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerAnswer")]
[OutputType(OutputTypeNames.AiTrackerAnswer)]
public sealed class GetSrAiTrackerAnswerCommand : AiTrackerEngineCmdlet
{
    /// <summary>The prompts on the engine; from the pipeline by a PromptLlmId property (Get-SrAiTrackerPrompt or Get-SrAiTrackerRanking output).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("prompt_llm_id", "k2site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    /// <summary>The day; today when absent; at most a year back (the full text is kept 30 days). Binds from a Date property (Get-SrAiTrackerRanking rows).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime? Date { get; set; }

    protected override void OnProcess()
    {
        foreach (var id in PromptLlmId)
        {
            var query = new AiTrackerAnswerQuery { SiteId = SiteId, LlmId = LlmId, PromptLlmId = id, Date = Date };
            this.WriteOne(AiTrackerOperations.Answer, query, AiTrackerCalls.Describe(new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId }) + ", prompt " + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
