using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Creates project groups (free) and writes each with its new GroupId.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectGroup)]
public sealed class NewSrProjectGroupCommand : SrCmdlet
{
    /// <summary>The group's name; from the pipeline by value or by a Name property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var name in Name)
        {
            var query = new ProjectGroupNameQuery { Name = name };
            if (this.ConfirmProjectChange(ProjectGroupOperations.Create, query, "Create the project group"))
            {
                if (this.CallProject((connection, trace, token) => connection.CreateGroupAsync(name, trace, token), name) is { } group)
                {
                    WriteObject(group);
                }
            }
        }
    }
}
