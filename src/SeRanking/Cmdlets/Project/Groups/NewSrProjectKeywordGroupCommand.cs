using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Groups;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>Creates keyword groups in a project (free) and writes each with its new GroupId.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectKeywordGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectKeywordGroup)]
public sealed class NewSrProjectKeywordGroupCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The group names, one group each.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Name { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var siteId = SiteId;
        foreach (var name in Name)
        {
            var query = new ProjectGroupNameQuery { SiteId = siteId, Name = name };
            if (this.ConfirmProjectChange(ProjectGroupOperations.CreateKeywordGroup, query, "Create the keyword group"))
            {
                if (this.CallProject((connection, trace, token) => connection.CreateKeywordGroupAsync(siteId, name, trace, token), name) is { } group)
                {
                    WriteObject(group);
                }
            }
        }
    }
}
