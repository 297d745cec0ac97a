using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>
/// Gets the brands AI engines named for prompts, one row per prompt, date and brand (free;
/// unified host only); the prompts piped in go up to 50 a request, within 3,660 prompt-days.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrAiTrackerCompetitor")]
[OutputType(OutputTypeNames.AiTrackerCompetitor)]
public sealed class GetSrAiTrackerCompetitorCommand : AiTrackerEngineCmdlet
{
    private readonly Dictionary<(long Site, long Llm), List<long>> _prompts = [];

    /// <summary>The prompts on the engine; from the pipeline by a PromptLlmId property (Get-SrAiTrackerPrompt output).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("prompt_llm_ids", "prompt_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    /// <summary>First day; the last 7 days when absent; at most 366 days before -To.</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>Last day; today when absent.</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Leave out the cached copy link (include_cached_copy_url=0), which still points at api4.</summary>
    [Parameter]
    public SwitchParameter NoCachedCopyUrl { get; set; }

    /// <summary>Merge consecutive identical days into one row from Date to DateTo (compact=1).</summary>
    [Parameter]
    public SwitchParameter Compact { get; set; }

    protected override void OnProcess()
    {
        if (!_prompts.TryGetValue((SiteId, LlmId), out var ids))
        {
            _prompts[(SiteId, LlmId)] = ids = [];
        }

        ids.AddRange(PromptLlmId);
    }

    protected override void OnEnd()
    {
        int perCall;
        try
        {
            perCall = Math.Max(1, Math.Min(AiTrackerCompetitorQuery.MaxPrompts, AiTrackerCompetitorQuery.MaxPromptDays / AiTrackerCompetitorQuery.DaysOf(From, To, 7)));
        }
        catch (ArgumentException refused)
        {
            WriteFailure(refused, null);
            return;
        }

        foreach (var batch in _prompts)
        {
            var ((site, llm), ids) = (batch.Key, batch.Value);
            foreach (var chunk in ids.Distinct().Select((id, i) => (id, i)).GroupBy(x => x.i / perCall, x => x.id))
            {
                var query = new AiTrackerCompetitorQuery { SiteId = site, LlmId = llm, PromptLlmIds = chunk.ToList(), From = From, To = To, CachedCopyUrl = !NoCachedCopyUrl.IsPresent, Compact = Compact.IsPresent };
                this.StreamRows(AiTrackerSourceOperations.Competitors, query, RowWindow.Everything, AiTrackerCalls.Describe(new AiTrackerEngineQuery { SiteId = site, LlmId = llm }));
            }
        }
    }
}
