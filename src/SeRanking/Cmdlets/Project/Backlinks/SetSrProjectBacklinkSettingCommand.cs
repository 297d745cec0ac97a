using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Turns the automatic import of Google Search Console backlinks on or off for projects (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectBacklinkSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkStat)]
public sealed class SetSrProjectBacklinkSettingCommand : SrCmdlet
{
    /// <summary>The projects; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    /// <summary>$true imports Search Console backlinks by itself; $false stops it.</summary>
    [Parameter(Mandatory = true)]
    [Alias("gsc_autoimport")]
    public bool GscAutoImport { get; set; }

    /// <summary>Write the project's backlink-checker totals after the change (the API reads no setting back).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var id in SiteId)
        {
            var query = new ProjectBacklinkSettingsQuery { SiteId = id, GscAutoImport = GscAutoImport };
            if (this.ConfirmProjectChange(ProjectBacklinkOperations.Settings, query, GscAutoImport ? "Turn on the Search Console auto-import of" : "Turn off the Search Console auto-import of"))
            {
                var passThru = PassThru.IsPresent;
                var stat = this.CallProject(
                    async (connection, trace, token) =>
                    {
                        _ = await connection.SendAsync(ProjectBacklinkOperations.Settings, query, trace, token).ConfigureAwait(false);
                        return passThru ? await connection.GetAsync(ProjectBacklinkOperations.Stat, new Engine.Project.Sites.ProjectSiteQuery { SiteId = id }, trace, token).ConfigureAwait(false) : null;
                    },
                    id);
                if (stat is not null)
                {
                    WriteObject(stat);
                }
            }
        }
    }
}
