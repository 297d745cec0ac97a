using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the month-by-month history of keyword counts, traffic and position buckets of domains
/// (or single pages) in one or more regional databases (100 credits per domain and database).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainOverviewHistory", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.DomainHistoryPoint)]
public sealed class GetSrDomainOverviewHistoryCommand : SrCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Single pages instead of whole domains.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; one call per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>organic (the API's default) or adv (paid).</summary>
    [Parameter]
    [ValidateSet("organic", "adv")]
    public string? Type { get; set; }

    /// <summary>Counts the exact host only; by default (as in the API) subdomains are counted too.</summary>
    [Parameter]
    public SwitchParameter ExcludeSubdomains { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var byUrl = ParameterSetName == UrlSet;
        foreach (var target in byUrl ? Url : Domain.Select(d => d.Value))
        {
            foreach (var source in Source)
            {
                var query = new DomainHistoryQuery
                {
                    Domain = byUrl ? null : target,
                    Url = byUrl ? target : null,
                    Source = source,
                    Type = Type,
                    WithSubdomains = !ExcludeSubdomains.IsPresent,
                };
                this.WriteRows(DomainOperations.History, query, RowWindow.Everything, $"{target} in '{source}'");
            }
        }
    }
}
