using System.Collections;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets the keywords two or three domains all rank for, with each one's position
/// (getDomainsIntersection); pages of up to 1,000, 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainIntersection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatKeywordIntersection)]
public sealed class GetSerpstatDomainIntersectionCommand : SerpstatListCmdlet
{
    /// <summary>The domain to compare; from the pipeline by value or by a Domain, Target, Host or Site property (one call each).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>The 1 or 2 other domains whose shared keywords with -Domain to read (2 to 3 domains in all).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string[] Compare { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Only these keywords (filters.keywords).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? IncludeKeyword { get; set; }

    /// <summary>Leave out these keywords, at most 50 (filters.minus_keywords).</summary>
    [Parameter]
    [Alias("minus_keywords")]
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

    /// <summary>Words in the keyword from (keyword_length_from).</summary>
    [Parameter]
    public double? WordCountFrom { get; set; }

    /// <summary>Words in the keyword up to (keyword_length_to).</summary>
    [Parameter]
    public double? WordCountTo { get; set; }

    /// <summary>Only correctly spelt keywords (right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>Other filters by Serpstat's names (position_to, traff_from, concurrency_from, misspelled…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            var domains = Compare.Prepend(domain.Value).ToList();
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainsQuery
                {
                    Domains = domains,
                    Database = database,
                    Keywords = IncludeKeyword,
                    MinusKeywords = MinusKeyword,
                    Filter = Filters(Filter),
                };
                this.WriteRows(SerpstatDomainOperations.Intersection, query, Window, SerpstatFilters.About(string.Join(", ", domains), database));
            }
        }
    }
}
