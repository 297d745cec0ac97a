using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets the link profile summary of domains: referring domains, backlinks by kind and their
/// changes (getSummaryV2) or, with -Legacy, the older field set (getSummary); 5 lines a domain.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkSummary", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatBacklinkSummary)]
public sealed class GetSerpstatBacklinkSummaryCommand : SrCmdlet
{
    /// <summary>Domains (or page URLs) to analyse (query); from the pipeline by value or by a Domain, Target, Host, Site or Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query", "Target", "Host", "Site", "Url")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The older field set of getSummary (trust and citation ranks, social links…), read into the same columns where they match.</summary>
    [Parameter]
    public SwitchParameter Legacy { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        var operation = Legacy.IsPresent ? SerpstatBacklinkOperations.LegacySummary : SerpstatBacklinkOperations.Summary;
        foreach (var domain in Domain)
        {
            this.WriteOne(operation, new SerpstatBacklinkQuery { Query = domain.Value, SearchType = SearchType }, domain.Value);
        }
    }
}
