using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>
/// Gets keyword ideas for seed keywords in Serpstat databases: phrase-match keywords (getKeywords),
/// search suggestions (getSuggestions) or related keywords (getRelatedKeywords); pages of up to
/// 1,000, 1 line per row; paging stops at row 60,000.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatKeywordIdea", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatKeyword)]
public sealed class GetSerpstatKeywordIdeaCommand : SerpstatListCmdlet
{
    /// <summary>Seed keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
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

    /// <summary>Phrase (getKeywords, the default), Suggestion (getSuggestions) or Related (getRelatedKeywords).</summary>
    [Parameter]
    [ValidateSet("Phrase", "Suggestion", "Related")]
    public string Type { get; set; } = "Phrase";

    /// <summary>Leave out keywords containing these words, at most 50 (minusKeywords; filters.minus_keywords for suggestions).</summary>
    [Parameter]
    [Alias("minusKeywords")]
    [ValidateNotNullOrEmpty]
    public string[]? MinusKeyword { get; set; }

    /// <summary>Add each keyword's search intents (withIntents; Phrase and Related).</summary>
    [Parameter]
    public SwitchParameter WithIntents { get; set; }

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

    /// <summary>Words in the keyword from (filters.keyword_length_from).</summary>
    [Parameter]
    public double? WordCountFrom { get; set; }

    /// <summary>Words in the keyword up to (filters.keyword_length_to).</summary>
    [Parameter]
    public double? WordCountTo { get; set; }

    /// <summary>Keywords with any of these search intents (filters.intents_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? Intent { get; set; }

    /// <summary>Keywords with none of these search intents (filters.intents_not_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? ExcludeIntent { get; set; }

    /// <summary>Words the keyword contains (filters.keyword_contain).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Contains { get; set; }

    /// <summary>Words the keyword does not contain (filters.keyword_not_contain).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? NotContains { get; set; }

    /// <summary>Only correctly spelt keywords (filters.right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("region_queries_count", "region_queries_count_wide", "cost", "concurrency", "found_results", "difficulty", "keyword_length", "keyword", "weight")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (lang, keyword_contain_one_of, weight_from…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        var operation = SerpstatKeywordOperations.IdeasOf(Type);
        foreach (var keyword in Keyword)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatKeywordQuery
                {
                    Keyword = keyword,
                    Database = database,
                    MinusKeywords = MinusKeyword,
                    WithIntents = WithIntents.IsPresent ? true : null,
                    Filter = Filters(Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteRows(operation, query, Window, SerpstatFilters.About(keyword, database));
            }
        }
    }
}
