using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>Gets the domains that rank in the top 20 for keywords in Serpstat databases (getCompetitors); 1 line per row.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatKeywordCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatCompetitor)]
public sealed class GetSerpstatKeywordCompetitorCommand : SerpstatListCmdlet
{
    /// <summary>Keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Only these domains (filters.domain).</summary>
    [Parameter]
    [Alias("OnlyDomain")]
    [ValidateNotNullOrEmpty]
    public string[]? ResultDomain { get; set; }

    /// <summary>Leave these domains out (filters.minus_domain).</summary>
    [Parameter]
    [Alias("minus_domain")]
    [ValidateNotNullOrEmpty]
    public string[]? MinusDomain { get; set; }

    /// <summary>Domains with at least this much traffic (filters.traff_from).</summary>
    [Parameter]
    [Alias("traff_from")]
    public double? TrafficFrom { get; set; }

    /// <summary>Domains with at most this much traffic (filters.traff_to).</summary>
    [Parameter]
    [Alias("traff_to")]
    public double? TrafficTo { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("relevance", "visible", "keywords", "traff", "visible_dynamic", "keywords_dynamic", "traff_dynamic", "new_keywords", "out_keywords", "rised_keywords", "down_keywords", "ad_keywords", "ads", "intersected", "our_relevance")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (visible_from, relevance_from, our_relevance_to…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        foreach (var keyword in Keyword)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatKeywordQuery
                {
                    Keyword = keyword,
                    Database = database,
                    Domain = ResultDomain,
                    MinusDomain = MinusDomain,
                    Filter = Filters(Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteRows(SerpstatKeywordOperations.Competitors, query, Window, SerpstatFilters.About(keyword, database));
            }
        }
    }
}
