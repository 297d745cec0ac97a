using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>
/// Gets the Google top 100 of keywords in Serpstat databases (getKeywordTop), or with -Full each
/// result's domain figures (getKeywordFullTop); up to 100 rows a keyword, 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatKeywordTop", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatSerpResult)]
public sealed class GetSerpstatKeywordTopCommand : SerpstatListCmdlet
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

    /// <summary>Each result with its page's keywords and its domain's visibility, keywords and links (getKeywordFullTop).</summary>
    [Parameter]
    public SwitchParameter Full { get; set; }

    /// <summary>Results from this position (filters.position_from; not with -Full).</summary>
    [Parameter]
    public double? PositionFrom { get; set; }

    /// <summary>Results up to this position (filters.position_to; not with -Full).</summary>
    [Parameter]
    public double? PositionTo { get; set; }

    /// <summary>Only results of this domain (filters.domain; not with -Full).</summary>
    [Parameter]
    [Alias("OnlyDomain")]
    [ValidateNotNullOrEmpty]
    public string? ResultDomain { get; set; }

    /// <summary>Leave out results of this domain (filters.minus_domain; not with -Full).</summary>
    [Parameter]
    [Alias("minus_domain")]
    [ValidateNotNullOrEmpty]
    public string? MinusDomain { get; set; }

    /// <summary>The field to sort by, with -Full (position, url_keywords_count, domain_visibility…).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("position", "url_keywords_count", "domain_visibility", "domain_keywords_organic", "domain_keywords_ppc", "domain_top_10_keywords_count", "domain_sdr",
        "domain_in_urls_count", "domain_in_domains_count", "domain_out_urls_count", "domain_out_domains_count")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (url, exact_url, subdomain, top_size; not with -Full).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var operation = Full.IsPresent ? SerpstatKeywordOperations.FullTop : SerpstatKeywordOperations.Top;
        foreach (var keyword in Keyword)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatKeywordQuery
                {
                    Keyword = keyword,
                    Database = database,
                    Domain = ResultDomain is null ? null : [ResultDomain],
                    MinusDomain = MinusDomain is null ? null : [MinusDomain],
                    Filter = Filters(Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteRows(operation, query, Window, SerpstatFilters.About(keyword, database));
            }
        }
    }
}
