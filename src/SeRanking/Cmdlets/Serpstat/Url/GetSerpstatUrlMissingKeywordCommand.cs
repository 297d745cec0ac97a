using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Url;

/// <summary>Gets the keywords the competitors of pages rank for and the pages do not (getUrlMissingKeywords); pages of up to 1,000, 1 line per row.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatUrlMissingKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatKeyword)]
public sealed class GetSerpstatUrlMissingKeywordCommand : SerpstatListCmdlet
{
    /// <summary>Pages (full URLs); from the pipeline by value or by a Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Leave out these keywords, at most 50 (filters.minus_keywords).</summary>
    [Parameter]
    [Alias("minus_keywords")]
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

    /// <summary>Paid competition from (filters.concurrency_from).</summary>
    [Parameter]
    public double? CompetitionFrom { get; set; }

    /// <summary>Paid competition up to (filters.concurrency_to).</summary>
    [Parameter]
    public double? CompetitionTo { get; set; }

    /// <summary>Only correctly spelt keywords (filters.right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>weight: how much a keyword weighs among the competitors (sort).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("weight")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (weight_from, keyword, region_queries_count_wide_from…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        foreach (var url in Url)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainQuery { Url = url, Database = database, MinusKeywords = MinusKeyword, Filter = Filters(Filter), SortBy = SortBy, SortOrder = SortOrder };
                this.WriteRows(SerpstatUrlOperations.MissingKeywords, query, Window, SerpstatFilters.About(url, database));
            }
        }
    }
}
