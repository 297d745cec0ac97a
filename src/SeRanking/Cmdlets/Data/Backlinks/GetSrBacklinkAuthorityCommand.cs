using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>
/// Gets the authority (InLink Rank) of domains, hosts or URLs: page and domain (100 credits), the
/// root domain's only (-Of Domain, 10 credits) or one page's only (-Of Page, 10 credits).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkAuthority", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.BacklinkAuthority)]
public sealed class GetSrBacklinkAuthorityCommand : SrCmdlet
{
    /// <summary>Domains, hosts or URLs (page URLs with -Of Page); from the pipeline by value or by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>Both (page and domain, the default), Domain (the root domain's) or Page (one page's).</summary>
    [Parameter]
    [ValidateSet("Both", "Domain", "Page")]
    public string Of { get; set; } = "Both";

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var operation = Of.ToUpperInvariant() switch
        {
            "DOMAIN" => BacklinkOperations.DomainAuthority,
            "PAGE" => BacklinkOperations.PageAuthority,
            _ => BacklinkOperations.Authority,
        };
        foreach (var target in Target)
        {
            this.WriteOne(operation, new AuthorityQuery { Target = target }, target);
        }
    }
}
