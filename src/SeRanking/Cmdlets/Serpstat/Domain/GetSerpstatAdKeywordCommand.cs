using System.Collections;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets paid keywords with their ads: those domains buy (SerpstatDomainProcedure.getAdKeywords) or
/// those shown for keywords by given advertisers (SerpstatKeywordProcedure.getAdKeywords); pages of
/// up to 1,000, 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatAdKeyword", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAdKeyword)]
public sealed class GetSerpstatAdKeywordCommand : SerpstatListCmdlet
{
    private const string DomainSet = "Domain";
    private const string KeywordSet = "Keyword";

    /// <summary>Domains whose paid keywords to read; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Keywords whose ads to read; from the pipeline by a Keyword property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = KeywordSet)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>The advertisers whose ads on the keywords to read (domains).</summary>
    [Parameter(Mandatory = true, ParameterSetName = KeywordSet)]
    [Alias("domains")]
    [ValidateNotNullOrEmpty]
    public string[] Advertiser { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Only the ads leading to this page of the domain (url).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [ValidateNotNullOrEmpty]
    public string? Url { get; set; }

    /// <summary>Only these keywords (keywords).</summary>
    [Parameter(ParameterSetName = DomainSet)]
    [Alias("keywords")]
    [ValidateNotNullOrEmpty]
    public string[]? IncludeKeyword { get; set; }

    /// <summary>Leave out keywords containing these words, at most 50 (minusKeywords).</summary>
    [Parameter]
    [Alias("minusKeywords")]
    [ValidateNotNullOrEmpty]
    public string[]? MinusKeyword { get; set; }

    /// <summary>Monthly searches from (region_queries_count_from).</summary>
    [Parameter]
    public double? VolumeFrom { get; set; }

    /// <summary>Monthly searches up to (region_queries_count_to).</summary>
    [Parameter]
    public double? VolumeTo { get; set; }

    /// <summary>Cost per click from, USD (cost_from).</summary>
    [Parameter]
    public double? CpcFrom { get; set; }

    /// <summary>Cost per click up to, USD (cost_to).</summary>
    [Parameter]
    public double? CpcTo { get; set; }

    /// <summary>Keyword difficulty from (difficulty_from).</summary>
    [Parameter]
    public double? DifficultyFrom { get; set; }

    /// <summary>Keyword difficulty up to (difficulty_to).</summary>
    [Parameter]
    public double? DifficultyTo { get; set; }

    /// <summary>Paid competition from (concurrency_from).</summary>
    [Parameter]
    public double? CompetitionFrom { get; set; }

    /// <summary>Paid competition up to (concurrency_to).</summary>
    [Parameter]
    public double? CompetitionTo { get; set; }

    /// <summary>Ad position from (position_from).</summary>
    [Parameter]
    public double? PositionFrom { get; set; }

    /// <summary>Ad position up to (position_to).</summary>
    [Parameter]
    public double? PositionTo { get; set; }

    /// <summary>Only correctly spelt keywords (right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("position", "region_queries_count", "region_queries_count_wide", "cost", "concurrency", "difficulty", "keyword_length", "found_results", "type", "types", "geo_names")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (queries_from, minus_url, subdomain…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var byKeyword = ParameterSetName == KeywordSet;
        foreach (var subject in byKeyword ? Keyword : Domain.Select(d => d.Value))
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var about = SerpstatFilters.About(subject, database);
                if (byKeyword)
                {
                    var query = new SerpstatKeywordQuery
                    {
                        Keyword = subject,
                        Database = database,
                        Domains = Advertiser,
                        MinusKeywords = MinusKeyword,
                        Filter = Filters(Filter),
                        SortBy = SortBy,
                        SortOrder = SortOrder,
                    };
                    this.WriteRows(SerpstatKeywordOperations.AdKeywords, query, Window, about);
                }
                else
                {
                    var query = new SerpstatDomainQuery
                    {
                        Domain = subject,
                        Url = Url,
                        Database = database,
                        Keywords = IncludeKeyword,
                        MinusKeywords = MinusKeyword,
                        Filter = Filters(Filter),
                        SortBy = SortBy,
                        SortOrder = SortOrder,
                    };
                    this.WriteRows(SerpstatDomainOperations.AdKeywords, query, Window, about);
                }
            }
        }
    }
}
