using System;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// Gets domains' referring domains grouped by Serpstat Domain Rank range (getDistributionSDR) or,
/// with -By Tld, by top-level domain (getDistributionTLD); 1 line a request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatBacklinkDistribution", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatBacklinkDistribution)]
public sealed class GetSerpstatBacklinkDistributionCommand : SrCmdlet
{
    /// <summary>Domains (or page URLs) to analyse (query); from the pipeline by value or by a Domain, Target, Host, Site or Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query", "Target", "Host", "Site", "Url")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Rank (the default: Domain Rank ranges) or Tld (top-level domains).</summary>
    [Parameter(Position = 1)]
    [ValidateSet("Rank", "Tld")]
    public string By { get; set; } = "Rank";

    /// <summary>domain_with_subdomains (the default) or domain (searchType).</summary>
    [Parameter]
    [ValidateSet("domain", "domain_with_subdomains")]
    public string? SearchType { get; set; }

    /// <summary>The language of the country names with -By Tld: en (the default), ru, uk, de, se (lang).</summary>
    [Parameter]
    [Alias("lang")]
    [ValidateSet("en", "ru", "uk", "de", "se")]
    public string? Language { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            var operation = string.Equals(By, "Tld", StringComparison.OrdinalIgnoreCase) ? SerpstatBacklinkOperations.TldDistribution : SerpstatBacklinkOperations.RankDistribution;
            this.WriteRows(operation, new SerpstatBacklinkQuery { Query = domain.Value, SearchType = SearchType, Language = Language }, RowWindow.Everything, domain.Value);
        }
    }
}
