using System.Collections;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets the keywords domains (getDomainKeywords) or single pages (getUrlKeywords) rank for in
/// Serpstat databases, with position, volume, CPC and difficulty, in pages of up to 1,000 (1 line
/// per row); paging stops at row 60,000.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainKeyword", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatRankedKeyword)]
public sealed class GetSerpstatDomainKeywordCommand : SerpstatListCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Single pages: the keywords each page ranks for (getUrlKeywords).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; the keywords of each database in turn.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Count the domain's subdomains too (withSubdomains).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    public SwitchParameter WithSubdomains { get; set; }

    /// <summary>Add each keyword's search intents (withIntents).</summary>
    [Parameter]
    public SwitchParameter WithIntents { get; set; }

    /// <summary>Only these keywords (keywords).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [Alias("keywords")]
    [ValidateNotNullOrEmpty]
    public string[]? IncludeKeyword { get; set; }

    /// <summary>Leave out keywords containing these words, at most 50 (minusKeywords).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [Alias("minusKeywords")]
    [ValidateNotNullOrEmpty]
    public string[]? MinusKeyword { get; set; }

    /// <summary>Monthly searches from (filters.region_queries_count_from).</summary>
    [Parameter]
    public double? VolumeFrom { get; set; }

    /// <summary>Monthly searches up to (filters.region_queries_count_to).</summary>
    [Parameter]
    public double? VolumeTo { get; set; }

    /// <summary>Cost per click from, USD (filters.cost_from).</summary>
    [Parameter]
    public double? CpcFrom { get; set; }

    /// <summary>Cost per click up to, USD (filters.cost_to).</summary>
    [Parameter]
    public double? CpcTo { get; set; }

    /// <summary>Keyword difficulty from, 0–100 (filters.difficulty_from).</summary>
    [Parameter]
    public double? DifficultyFrom { get; set; }

    /// <summary>Keyword difficulty up to, 0–100 (filters.difficulty_to).</summary>
    [Parameter]
    public double? DifficultyTo { get; set; }

    /// <summary>Paid competition from, 1–100 (filters.concurrency_from).</summary>
    [Parameter]
    public double? CompetitionFrom { get; set; }

    /// <summary>Paid competition up to, 1–100 (filters.concurrency_to).</summary>
    [Parameter]
    public double? CompetitionTo { get; set; }

    /// <summary>Position from, 1–100 (filters.position_from).</summary>
    [Parameter]
    public double? PositionFrom { get; set; }

    /// <summary>Position up to, 1–100 (filters.position_to).</summary>
    [Parameter]
    public double? PositionTo { get; set; }

    /// <summary>Keywords with any of these search intents (filters.intents_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? Intent { get; set; }

    /// <summary>Keywords with none of these search intents (filters.intents_not_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? ExcludeIntent { get; set; }

    /// <summary>Text the keyword contains (filters.keyword_contain).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Contains { get; set; }

    /// <summary>Text the keyword does not contain (filters.keyword_not_contain).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? NotContains { get; set; }

    /// <summary>Text the ranking page's address contains (filters.url_contains).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UrlContains { get; set; }

    /// <summary>Only correctly spelt keywords (filters.right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("position", "region_queries_count", "region_queries_count_wide", "cost", "concurrency", "difficulty", "traff", "dynamic", "keyword_length", "found_results", "types", "geo_names")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (traff, keyword_length, keyword_contain_one_of…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var byUrl = ParameterSetName == UrlSet;
        foreach (var target in byUrl ? Url : Domain.Select(d => d.Value))
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var about = SerpstatFilters.About(target, database);
                if (byUrl)
                {
                    this.WriteRows(SerpstatUrlOperations.Keywords, Query(null, target, database), Window, about);
                }
                else
                {
                    this.WriteRows(SerpstatDomainOperations.Keywords, Query(target, null, database), Window, about);
                }
            }
        }
    }

    private SerpstatDomainQuery Query(string? domain, string? url, string database) => new()
    {
        Domain = domain,
        Url = url,
        Database = database,
        WithSubdomains = WithSubdomains.IsPresent ? true : null,
        WithIntents = WithIntents.IsPresent ? true : null,
        Keywords = IncludeKeyword,
        MinusKeywords = MinusKeyword,
        UrlContains = UrlContains,
        Filter = Filters(Filter),
        SortBy = SortBy,
        SortOrder = SortOrder,
    };
}
