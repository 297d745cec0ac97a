using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Gets the results of finished SERP tasks, one row per result item (standard: free; -Advanced: 100 credits per task on its first read).</summary>
[Cmdlet(VerbsCommon.Get, "SrSerpTaskResult", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpResultItem)]
public sealed class GetSrSerpTaskResultCommand : SrCmdlet
{
    /// <summary>Task ids; from the pipeline by value or by a TaskId or Id property (New-, Get-, Wait-SrSerpTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] TaskId { get; set; } = [];

    /// <summary>Every item type of the page (ads, featured snippets, local packs…) rather than organic results only; 100 credits per task on its first read.</summary>
    [Parameter]
    public SwitchParameter Advanced { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var taskId in TaskId)
        {
            var cost = Advanced ? SerpOperations.AdvancedResultsForecast(1).ToString() + " (free if already read)" : "standard results, free";
            if (!ShouldProcess($"Results of SERP task {taskId}: {cost}.", $"Get the results of SERP task {taskId}? {cost}.", "Read SERP task results"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.SeRankingData);
            using var credits = Advanced ? ModuleSession.Reserve(ApiKind.SeRankingData, SerpOperations.AdvancedResultsForecast(1)) : null;
            try
            {
                var state = this.Run((trace, cancellationToken) => connection.ReadTaskAsync(taskId, Advanced.IsPresent, trace, cancellationToken), credits);
                WriteObject(state.Result?.Items ?? throw new SerpTaskNotDoneException(taskId), enumerateCollection: true);
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, taskId);
            }
        }
    }
}
