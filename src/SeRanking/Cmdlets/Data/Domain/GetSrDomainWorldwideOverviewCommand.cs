using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the worldwide organic and paid totals of domains (or single pages), and with -ByCountry
/// one row per country database, in one call per domain (100 credits each).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainWorldwideOverview", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.DomainWorldwideOverview)]
public sealed class GetSrDomainWorldwideOverviewCommand : SrCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Single pages, as full URLs with their scheme (overview/worldwide/url).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Which figures: price, traffic, keywords (the API's default), positions_diff, positions_tops (domains only).</summary>
    [Parameter]
    [Alias("fields")]
    [ValidateSet("price", "traffic", "keywords", "positions_diff", "positions_tops")]
    public string[]? Field { get; set; }

    /// <summary>ISO 4217 code of TrafficCost (the API's default: USD).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [ValidatePattern("^[A-Za-z]{3}$")]
    public string? Currency { get; set; }

    /// <summary>Adds one row per country database after the worldwide totals (show_zones_list).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [Alias("show_zones_list")]
    public SwitchParameter ByCountry { get; set; }

    /// <summary>Counts the exact host only; by default (as in the API) subdomains are counted too.</summary>
    [Parameter(ParameterSetName = DomainSet)]
    public SwitchParameter ExcludeSubdomains { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        if (ParameterSetName == UrlSet)
        {
            foreach (var url in Url)
            {
                this.WriteRows(DomainOperations.WorldwideUrl, new UrlWorldwideOverviewQuery { Url = url, Field = Field }, RowWindow.Everything, url);
            }

            return;
        }

        foreach (var domain in Domain.Select(d => d.Value))
        {
            var query = new WorldwideOverviewQuery
            {
                Domain = domain,
                Field = Field,
                Currency = Currency,
                ByCountry = ByCountry.IsPresent,
                WithSubdomains = !ExcludeSubdomains.IsPresent,
            };
            this.WriteRows(DomainOperations.Worldwide, query, RowWindow.Everything, domain);
        }
    }
}
