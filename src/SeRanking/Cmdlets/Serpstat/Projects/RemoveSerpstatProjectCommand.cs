using System.Management.Automation;
using SeRanking.Engine.Serpstat.Projects;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Projects;

/// <summary>Deletes Serpstat projects (ProjectProcedure.deleteProject; free); asks first unless -Confirm:$false.</summary>
[Cmdlet(VerbsCommon.Remove, "SerpstatProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(OutputTypeNames.SerpstatWriteResult)]
public sealed class RemoveSerpstatProjectCommand : SrCmdlet
{
    /// <summary>The projects' ids; from the pipeline by value or by a ProjectId property (Get-SerpstatProject's).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("project_id", "Id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            this.WriteChange(SerpstatProjectOperations.Delete, new SerpstatProjectQuery { ProjectId = id }, "Delete Serpstat");
        }
    }
}
