using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the organic or paid competitors of domains in one or more regional databases (100
/// credits per domain and database), in the API's order; Sort-Object ranks them.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.DomainCompetitor)]
public sealed class GetSrDomainCompetitorCommand : SrCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

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

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var domain in Domain.Select(d => d.Value))
        {
            foreach (var source in Source)
            {
                this.WriteRows(DomainOperations.Competitors, new CompetitorQuery { Domain = domain, Source = source, Type = Type }, RowWindow.Everything, $"{domain} in '{source}'");
            }
        }
    }
}
