using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets a domain's keyword count (getRegionsCount) or, with -Traffic, its traffic
/// (getAllRegionsTraffic) in every Serpstat database where it has any; 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainRegion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatDomainRegion)]
public sealed class GetSerpstatDomainRegionCommand : SrCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>The traffic in each database (getAllRegionsTraffic) instead of the keyword count (getRegionsCount).</summary>
    [Parameter]
    public SwitchParameter Traffic { get; set; }

    /// <summary>The field to sort by: keywords_count, db_name, country_name_en, google_domain; with -Traffic: traff, region, country_name_en, google_domain.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("keywords_count", "db_name", "traff", "region", "country_name_en", "google_domain")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc (order).</summary>
    [Parameter]
    [Alias("order")]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        var operation = Traffic.IsPresent ? SerpstatDomainOperations.RegionTraffic : SerpstatDomainOperations.RegionKeywords;
        foreach (var domain in Domain)
        {
            this.WriteRows(operation, new SerpstatDomainQuery { Domain = domain.Value, SortBy = SortBy, SortOrder = SortOrder }, RowWindow.Everything, domain.Value);
        }
    }
}
