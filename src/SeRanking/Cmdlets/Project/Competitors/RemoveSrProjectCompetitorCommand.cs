using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>Removes competitors from their projects, with their positions (free; asks first: ConfirmImpact High).</summary>
[Cmdlet(VerbsCommon.Remove, "SrProjectCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveSrProjectCompetitorCommand : SrCmdlet
{
    /// <summary>The competitors; from the pipeline by value or by a CompetitorId property (Get-SrProjectCompetitor output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("competitor_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] CompetitorId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in CompetitorId)
        {
            var query = new ProjectCompetitorQuery { CompetitorId = id };
            if (this.ConfirmProjectChange(ProjectCompetitorOperations.Remove, query, "Remove, with its positions,"))
            {
                _ = this.CallProject((connection, trace, token) => connection.SendAsync(ProjectCompetitorOperations.Remove, query, trace, token), id);
            }
        }
    }
}
