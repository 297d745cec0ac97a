using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets how the Domain InLink Rank of the domains linking to domains, hosts or URLs is spread, one row per rank (1 credit per row).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkAuthorityDistribution", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.AuthorityDistributionBar)]
public sealed class GetSrBacklinkAuthorityDistributionCommand : SrCmdlet
{
    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    /// <summary>Host (the API's default: unique referring hosts) or Domain (unique referring domains).</summary>
    [Parameter]
    [Alias("histogramMode")]
    [ValidateSet("Host", "Domain")]
    public string? CountBy { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            this.WriteRows(
                BacklinkOperations.DomainAuthorityDistribution, new AuthorityDistributionQuery { Target = target, Mode = Mode, CountBy = CountBy?.ToLowerInvariant() }, RowWindow.Everything, target);
        }
    }
}
