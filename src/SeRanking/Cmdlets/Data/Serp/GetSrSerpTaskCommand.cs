using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Lists the SERP tasks of the last 24 hours, or reads where given tasks stand (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrSerpTask", DefaultParameterSetName = ListSet)]
[OutputType(OutputTypeNames.SerpTask, ParameterSetName = [ListSet])]
[OutputType(OutputTypeNames.SerpTaskState, ParameterSetName = [IdSet])]
public sealed class GetSrSerpTaskCommand : SrCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Task ids; from the pipeline by value or by an Id or TaskId property (New-SrSerpTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = IdSet)]
    [Alias("TaskId", "task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] Id { get; set; } = [];

    /// <summary>Lists only the tasks created with this tag.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [SupportsWildcards]
    public string? Tag { get; set; }

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        if (ParameterSetName == ListSet)
        {
            var tag = Tag is null ? null : new WildcardPattern(Tag, WildcardOptions.IgnoreCase);
            this.StreamRows(SerpOperations.Tasks, NoQuery.Value, RowWindow.Everything, "the last 24 hours", task => tag is null || tag.IsMatch(task.Tag ?? string.Empty));
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);

        foreach (var taskId in Id)
        {
            try
            {
                WriteObject(this.Run((trace, cancellationToken) => connection.ReadTaskAsync(taskId, advanced: false, trace, cancellationToken)));
            }
            catch (System.Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, taskId);
            }
        }
    }
}
