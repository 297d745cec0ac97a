using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data;

/// <summary>
/// <para type="synopsis">Gets the results of finished SERP tasks, one row per result item (standard: free; -Advanced: 100 credits per task on its first read).</para>
/// </summary>
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
            var cost = Advanced ? DataApiClient.ForecastAdvancedSerpResults(1).ToString() + " (free if already read)" : "standard results, free";
            if (!ShouldProcess($"Results of SERP task {taskId}: {cost}.", $"Get the results of SERP task {taskId}? {cost}.", "Read SERP task results"))
            {
                continue;
            }

            var client = new DataApiClient(ModuleSession.Require(ApiKind.SeRankingData));
            using var credits = Advanced ? ModuleSession.Reserve(ApiKind.SeRankingData, DataApiClient.ForecastAdvancedSerpResults(1)) : null;
            try
            {
                var state = this.Run((trace, cancellationToken) => client.GetSerpTaskAsync(taskId, Advanced.IsPresent, trace, cancellationToken), credits);
                WriteObject(state.Result?.Items ?? throw new SerpTaskNotDoneException(taskId), enumerateCollection: true);
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, taskId);
            }
        }
    }
}

/// <summary>The results of a SERP task were asked for while it is still processing.</summary>
public sealed class SerpTaskNotDoneException : InvalidOperationException
{
    internal SerpTaskNotDoneException(long taskId)
        : base($"SERP task {taskId} is still processing. Wait for it first: Wait-SrSerpTask -Id {taskId} | Get-SrSerpTaskResult.")
    {
        TaskId = taskId;
    }

    public long TaskId { get; }
}
