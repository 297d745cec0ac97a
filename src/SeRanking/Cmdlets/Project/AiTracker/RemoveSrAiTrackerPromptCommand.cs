using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Removes prompts from a project's AI engines, those of one engine in one request (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrAiTrackerPrompt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrAiTrackerPromptCommand : AiTrackerEngineCmdlet
{
    private readonly Dictionary<(long Site, long Llm), List<long>> _batches = [];

    /// <summary>The prompts on the engine (<c>prompt_llm_id</c>); from the pipeline by a PromptLlmId property (Get-SrAiTrackerPrompt output).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("prompt_llm_id", "k2site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    protected override void OnProcess()
    {
        if (!_batches.TryGetValue((SiteId, LlmId), out var ids))
        {
            _batches[(SiteId, LlmId)] = ids = [];
        }

        ids.AddRange(PromptLlmId);
    }

    protected override void OnEnd()
    {
        foreach (var batch in _batches)
        {
            var ((site, llm), ids) = (batch.Key, batch.Value);
            foreach (var chunk in ids.Distinct().Select((id, i) => (id, i)).GroupBy(x => x.i / 1000, x => x.id))
            {
                var query = new AiTrackerPromptRemoveQuery { SiteId = site, LlmId = llm, PromptLlmIds = chunk.ToList() };
                if (this.ConfirmProjectChange(AiTrackerOperations.RemovePrompts, query, "Remove, with their results,"))
                {
                    _ = this.CallProject((connection, trace, token) => connection.SendAsync(AiTrackerOperations.RemovePrompts, query, trace, token), llm.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
