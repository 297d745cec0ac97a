using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets a domain's pages with the keywords each ranks for (getDomainUrls) or, with -Top, its
/// pages with the most keywords and traffic (getTopUrls); pages of up to 1,000, 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainUrl", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatPage)]
public sealed class GetSerpstatDomainUrlCommand : SerpstatListCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>The pages with the most keywords and traffic, with their Facebook shares (getTopUrls).</summary>
    [Parameter]
    public SwitchParameter Top { get; set; }

    /// <summary>Pages whose address starts with this (filters.url_prefix).</summary>
    [Parameter]
    [Alias("url_prefix")]
    [ValidateNotNullOrEmpty]
    public string? UrlPrefix { get; set; }

    /// <summary>Pages whose address contains this (filters.url_contain).</summary>
    [Parameter]
    [Alias("url_contain")]
    [ValidateNotNullOrEmpty]
    public string? UrlContains { get; set; }

    /// <summary>Pages whose address does not contain this (filters.url_not_contain).</summary>
    [Parameter]
    [Alias("url_not_contain")]
    [ValidateNotNullOrEmpty]
    public string? UrlNotContains { get; set; }

    /// <summary>The field to sort by: keywords; with -Top: organic_keywords, facebook_shares, potential_traff.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("keywords", "organic_keywords", "facebook_shares", "potential_traff")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (with -Top: url, minus_url, pm_url).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var operation = Top.IsPresent ? SerpstatDomainOperations.TopUrls : SerpstatDomainOperations.Urls;
        foreach (var domain in Domain)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainQuery
                {
                    Domain = domain.Value,
                    Database = database,
                    UrlPrefix = UrlPrefix,
                    UrlContains = UrlContains,
                    UrlNotContains = UrlNotContains,
                    Filter = Filters(Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteRows(operation, query, Window, SerpstatFilters.About(domain.Value, database));
            }
        }
    }
}
