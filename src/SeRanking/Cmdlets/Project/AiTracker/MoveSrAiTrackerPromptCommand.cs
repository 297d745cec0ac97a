using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>
/// Moves AI-tracker prompts into a prompt group: those piped in (by PromptLlmId, one request per
/// project and group), or -FromGroupId every prompt of another group (free).
/// </summary>
[Cmdlet(VerbsCommon.Move, "SrAiTrackerPrompt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "Prompt")]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class MoveSrAiTrackerPromptCommand : SrCmdlet
{
    private readonly Dictionary<(long Site, long Group), List<long>> _batches = [];

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The group the prompts go to (Get-SrAiTrackerPromptGroup). Not bound from the pipeline: piped prompts carry their current group.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("to_group_id", "ToGroupId")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>The prompts on their engines; from the pipeline by a PromptLlmId property (Get-SrAiTrackerPrompt output).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true, ParameterSetName = "Prompt")]
    [Alias("prompt_llm_id", "k2site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] PromptLlmId { get; set; } = [];

    /// <summary>Move every prompt of this group instead (moveGroupKeywords).</summary>
    [Parameter(Mandatory = true, ParameterSetName = "Group")]
    [Alias("from_group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long FromGroupId { get; set; }

    /// <summary>Write the group the prompts went to as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (ParameterSetName == "Group")
        {
            var transfer = new AiTrackerPromptTransferQuery { SiteId = SiteId, FromGroupId = FromGroupId, ToGroupId = GroupId };
            if (this.ConfirmProjectChange(AiTrackerOperations.TransferPrompts, transfer, "Move"))
            {
                var (site, to, passThru) = (SiteId, GroupId, PassThru.IsPresent);
                if (this.CallProject((connection, trace, token) => connection.ChangePromptGroupAsync(AiTrackerOperations.TransferPrompts, transfer, site, to, passThru, trace, token), FromGroupId) is { } changed)
                {
                    WriteObject(changed);
                }
            }

            return;
        }

        if (!_batches.TryGetValue((SiteId, GroupId), out var ids))
        {
            _batches[(SiteId, GroupId)] = ids = [];
        }

        ids.AddRange(PromptLlmId);
    }

    protected override void OnEnd()
    {
        foreach (var batch in _batches)
        {
            var ((site, group), ids) = (batch.Key, batch.Value);
            var query = new AiTrackerPromptMoveQuery { SiteId = site, GroupId = group, PromptLlmIds = ids.Distinct().ToList() };
            if (this.ConfirmProjectChange(AiTrackerOperations.MovePrompts, query, "Move"))
            {
                var passThru = PassThru.IsPresent;
                if (this.CallProject((connection, trace, token) => connection.ChangePromptGroupAsync(AiTrackerOperations.MovePrompts, query, site, group, passThru, trace, token), group) is { } changed)
                {
                    WriteObject(changed);
                }
            }
        }
    }
}
