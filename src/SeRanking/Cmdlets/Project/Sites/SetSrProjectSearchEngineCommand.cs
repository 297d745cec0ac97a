using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Changes a project's search engine (free): region, language, maps, local business, paid results, snippets.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectSearchEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectSearchEngine)]
public sealed class SetSrProjectSearchEngineCommand : ProjectSearchEngineSettingsCmdlet
{
    /// <summary>The project's search engine; from the pipeline by a SiteEngineId property (Get-SrProjectSearchEngine output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteEngineId { get; set; }

    /// <summary>Write the engine as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = new ProjectSearchEngineSettingsQuery
        {
            SiteId = SiteId,
            SiteEngineId = SiteEngineId,
            RegionName = RegionName,
            Language = Language,
            MergeMap = MergeMap,
            BusinessName = BusinessName,
            Phone = Phone,
            PaidResults = PaidResults,
            FeaturedSnippet = FeaturedSnippet,
        };
        if (!this.ConfirmProjectChange(ProjectSiteOperations.UpdateSearchEngine, query, "Change"))
        {
            return;
        }

        var (siteId, siteEngineId, passThru) = (SiteId, SiteEngineId, PassThru.IsPresent);
        var engine = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectSiteOperations.UpdateSearchEngine, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindSearchEngineAsync(siteId, siteEngineId, trace, token).ConfigureAwait(false) : null;
            },
            siteEngineId);
        if (engine is not null)
        {
            WriteObject(engine);
        }
    }
}
