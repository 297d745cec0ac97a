using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>
/// Moves projects into a project group (free), gathering pipeline input into requests of up to
/// 200 project ids: one request for a whole Get-SrProject selection.
/// </summary>
[Cmdlet(VerbsCommon.Move, "SrProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectSite)]
public sealed class MoveSrProjectCommand : SrCmdlet
{
    private readonly List<long> _pending = [];

    /// <summary>The projects; from the pipeline by value or by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>The project group to move them into (Get-SrProjectGroup, New-SrProjectGroup).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>Write the projects as they are afterwards (one more request per batch, reading the project list).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId.Where(id => !_pending.Contains(id)))
        {
            _pending.Add(id);
            if (_pending.Count == ProjectGroupMoveQuery.BatchSize)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var query = new ProjectGroupMoveQuery { GroupId = GroupId, Ids = _pending.ToList() };
        _pending.Clear();
        if (!this.ConfirmProjectChange(ProjectGroupOperations.MoveProjects, query, "Move"))
        {
            return;
        }

        var (ids, passThru) = (new HashSet<long>(query.Ids), PassThru.IsPresent);
        var sites = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectGroupOperations.MoveProjects, query, trace, token).ConfigureAwait(false);
                return passThru
                    ? (await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value, trace, token).ConfigureAwait(false)).Where(site => ids.Contains(site.SiteId)).ToList()
                    : null;
            },
            "group " + GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var site in sites ?? [])
        {
            WriteObject(site);
        }
    }
}
