using System.Management.Automation;
using SeRanking.Engine.Serpstat.Projects;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Projects;

/// <summary>Creates a Serpstat project for a domain (ProjectProcedure.createProject; free, uses a project slot of the plan).</summary>
[Cmdlet(VerbsCommon.New, "SerpstatProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatWriteResult)]
public sealed class NewSerpstatProjectCommand : SrCmdlet
{
    /// <summary>The project's domain; from the pipeline by a Domain property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The project's name, up to 100 characters; from the pipeline by a Name property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("ProjectName")]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>Groups to put the project in (groups).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("groups")]
    public string[]? Group { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess() =>
        this.WriteChange(SerpstatProjectOperations.Create, new SerpstatProjectQuery { Domain = Domain, Name = Name, Group = Group }, "Create the Serpstat project");
}
