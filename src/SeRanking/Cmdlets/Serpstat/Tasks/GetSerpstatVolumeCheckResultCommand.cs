using System.Management.Automation;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the fresh search volumes a Serpstat volume task collected, one row per keyword (SerpstatTaskProcedure.getTaskResult; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatVolumeCheckResult", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatKeywordVolume)]
public sealed class GetSerpstatVolumeCheckResultCommand : SerpstatListCmdlet
{
    /// <summary>Task ids; from the pipeline by value or by a TaskId property (Start- or Wait-SerpstatVolumeCheck output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = [];

    protected override void OnProcess()
    {
        foreach (var id in TaskId)
        {
            this.WriteRows(SerpstatVolumeOperations.Result, new SerpstatTaskQuery { TaskId = id }, Window, SerpstatVolumeOperations.Describe(id));
        }
    }
}
