using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>Gets the backlinks domains gained and lost, by date (getBacklinksChangesHistory); 1 line a request.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkHistory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatBacklinkChange)]
public sealed class GetSerpstatBacklinkHistoryCommand : SrCmdlet
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

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            this.WriteRows(SerpstatBacklinkOperations.History, new SerpstatBacklinkQuery { Query = domain.Value, SearchType = SearchType }, RowWindow.Everything, domain.Value);
        }
    }
}
