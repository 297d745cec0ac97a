using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Sets (overwrites) the brand the AI Result Tracker looks for in a project's AI answers (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrAiTrackerBrand", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerBrand)]
public sealed class SetSrAiTrackerBrandCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The brand: 1–255 characters; every engine of the project shares it.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string Brand { get; set; } = string.Empty;

    /// <summary>Write the brand as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new AiTrackerBrandQuery { SiteId = SiteId, Brand = Brand };
        if (!this.ConfirmProjectChange(AiTrackerOperations.SetBrand, query, "Set the AI-tracker brand of"))
        {
            return;
        }

        var passThru = PassThru.IsPresent;
        var site = new AiTrackerSiteQuery { SiteId = SiteId };
        var brand = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(AiTrackerOperations.SetBrand, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.GetAsync(AiTrackerOperations.Brand, site, trace, token).ConfigureAwait(false) : null;
            },
            SiteId);
        if (brand is not null)
        {
            WriteObject(brand);
        }
    }
}
