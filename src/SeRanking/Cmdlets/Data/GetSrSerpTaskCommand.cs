using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data;

/// <summary>
/// <para type="synopsis">Lists the SERP tasks of the last 24 hours, or reads where given tasks stand (free).</para>
/// </summary>
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
        var client = new DataApiClient(ModuleSession.Require(ApiKind.SeRankingData));
        if (ParameterSetName == ListSet)
        {
            var tasks = this.Run((trace, cancellationToken) => client.GetSerpTasksAsync(trace, cancellationToken));
            var tag = Tag is null ? null : new WildcardPattern(Tag, WildcardOptions.IgnoreCase);
            WriteObject(tasks.Where(task => tag is null || tag.IsMatch(task.Tag ?? string.Empty)), enumerateCollection: true);
            return;
        }

        foreach (var taskId in Id)
        {
            try
            {
                WriteObject(this.Run((trace, cancellationToken) => client.GetSerpTaskAsync(taskId, advanced: false, trace, cancellationToken)));
            }
            catch (System.Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, taskId);
            }
        }
    }
}
