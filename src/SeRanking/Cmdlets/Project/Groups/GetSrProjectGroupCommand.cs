using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Lists the account's project groups, all or those named (wildcards, matched here) or given by id (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectGroup")]
[OutputType(OutputTypeNames.ProjectGroup)]
public sealed class GetSrProjectGroupCommand : SrCmdlet
{
    private readonly List<WildcardPattern> _names = [];
    private readonly HashSet<long> _ids = [];

    /// <summary>Groups whose name matches one of these patterns; every group when absent.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Groups by id; from the pipeline by a GroupId property (Get-SrProject output: the project's group).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(0, long.MaxValue)]
    public long[]? GroupId { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        _names.AddRange((Name ?? []).Select(name => new WildcardPattern(name, WildcardOptions.IgnoreCase)));
        _ids.UnionWith(GroupId ?? []);
    }

    // One read of the list, however many names or ids came down the pipeline.
    protected override void OnEnd() => this.StreamRows(ProjectGroupOperations.List, NoQuery.Value, RowWindow.Everything, "the project groups", Wanted);

    private bool Wanted(ProjectGroup group) =>
        (_ids.Count == 0 || _ids.Contains(group.GroupId))
        && (_names.Count == 0 || _names.Any(name => name.IsMatch(group.Name ?? string.Empty)));
}
