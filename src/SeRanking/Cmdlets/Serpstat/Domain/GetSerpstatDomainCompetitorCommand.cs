using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets the organic competitors of domains in Serpstat databases: up to 1,000 in one call with
/// filters (getCompetitors), or page after page with -Paged (getOrganicCompetitorsPage); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatCompetitor)]
public sealed class GetSerpstatDomainCompetitorCommand : SerpstatListCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; the competitors in each database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Read getOrganicCompetitorsPage: pages of 10 to 500 (every competitor with -All), with relevance and the keywords missing.</summary>
    [Parameter]
    public SwitchParameter Paged { get; set; }

    /// <summary>Competitors to leave out (filters.minus_domains; not with -Paged).</summary>
    [Parameter]
    [Alias("minus_domains")]
    [ValidateNotNullOrEmpty]
    public string[]? MinusDomain { get; set; }

    /// <summary>Competitors with at least this much traffic (filters.traff_from; not with -Paged).</summary>
    [Parameter]
    [Alias("traff_from")]
    public double? TrafficFrom { get; set; }

    /// <summary>Competitors with at most this much traffic (filters.traff_to; not with -Paged).</summary>
    [Parameter]
    [Alias("traff_to")]
    public double? TrafficTo { get; set; }

    /// <summary>The field to sort by, as Serpstat names it (relevance, visible, keywords, traff… ; with -Paged: missing, relevance, visibility, all, common).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("relevance", "visible", "keywords", "traff", "visible_dynamic", "keywords_dynamic", "traff_dynamic", "new_keywords", "ads_dynamic", "out_keywords",
        "rised_keywords", "down_keywords", "ad_keywords", "ads", "intersected", "new_relevance", "our_relevance", "missing", "visibility", "all", "common")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters of getCompetitors by Serpstat's names (visible_from, keywords_from, relevance_to…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var operation = Paged.IsPresent ? SerpstatDomainOperations.CompetitorPages : SerpstatDomainOperations.Competitors;
        foreach (var domain in Domain)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainQuery
                {
                    Domain = domain.Value,
                    Database = database,
                    MinusDomain = MinusDomain,
                    Filter = Filters(Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteRows(operation, query, Window, SerpstatFilters.About(domain.Value, database));
            }
        }
    }
}
