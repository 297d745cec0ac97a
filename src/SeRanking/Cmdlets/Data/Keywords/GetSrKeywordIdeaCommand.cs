using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Keywords;

/// <summary>
/// Gets keyword ideas for seed keywords: similar, related or question keywords with their
/// figures, or long-tail phrases (10 credits per keyword returned), page after page.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrKeywordIdea", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.KeywordIdea)]
public sealed class GetSrKeywordIdeaCommand : PagedCmdlet
{
    /// <summary>Seed keywords; from the pipeline by value or by a Keyword property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Seed")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; one list per seed and database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>Similar (close variants, the default), Related (with a relevance score), Question or Longtail (phrases only).</summary>
    [Parameter]
    [ValidateSet("Similar", "Related", "Question", "Longtail")]
    public string Type { get; set; } = "Similar";

    /// <summary>keyword, volume, cpc, difficulty or competition.</summary>
    [Parameter]
    [ValidateSet("keyword", "volume", "cpc", "difficulty", "competition")]
    public string? Sort { get; set; }

    /// <summary>desc (the API's default) or asc.</summary>
    [Parameter]
    [Alias("sort_order")]
    [ValidateSet("desc", "asc")]
    public string? SortOrder { get; set; }

    /// <summary>Adds each idea's monthly volumes (HistoryTrend); not for Longtail.</summary>
    [Parameter]
    [Alias("history_trend")]
    public SwitchParameter HistoryTrend { get; set; }

    [Parameter]
    [ValidateRange(0L, long.MaxValue)]
    public long? VolumeFrom { get; set; }

    [Parameter]
    [ValidateRange(0L, long.MaxValue)]
    public long? VolumeTo { get; set; }

    [Parameter]
    [ValidateRange(0L, 100L)]
    public long? DifficultyFrom { get; set; }

    [Parameter]
    [ValidateRange(0L, 100L)]
    public long? DifficultyTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? CpcFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? CpcTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? CompetitionFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? CompetitionTo { get; set; }

    /// <summary>Words in the idea (filter[keyword_count]).</summary>
    [Parameter]
    [Alias("KeywordCountFrom")]
    [ValidateRange(1L, 100L)]
    public long? WordCountFrom { get; set; }

    [Parameter]
    [Alias("KeywordCountTo")]
    [ValidateRange(1L, 100L)]
    public long? WordCountTo { get; set; }

    /// <summary>Characters in the idea (filter[characters_count]).</summary>
    [Parameter]
    [Alias("CharactersCountFrom")]
    [ValidateRange(1L, 255L)]
    public long? CharacterCountFrom { get; set; }

    [Parameter]
    [Alias("CharactersCountTo")]
    [ValidateRange(1L, 255L)]
    public long? CharacterCountTo { get; set; }

    /// <summary>Only ideas whose results page has these SERP features (catalogue codes; Tab completes).</summary>
    [Parameter]
    [Alias("serp_features")]
    [ArgumentCompleter(typeof(SerpFeatureCompleter))]
    [ValidateSerpFeature]
    public string[]? SerpFeature { get; set; }

    /// <summary>Only ideas with these intents: I, N, T, C, L.</summary>
    [Parameter]
    [Alias("intents")]
    [ArgumentCompleter(typeof(SearchIntentCompleter))]
    [ValidateSearchIntent]
    public string[]? Intent { get; set; }

    /// <summary>A multi-keyword filter (JSON array of arrays of {type, value}) the ideas must match.</summary>
    [Parameter]
    [Alias("multi_keyword_included")]
    public string? IncludeFilter { get; set; }

    /// <summary>A multi-keyword filter the ideas must not match.</summary>
    [Parameter]
    [Alias("multi_keyword_excluded")]
    public string? ExcludeFilter { get; set; }

    protected override void OnProcess()
    {
        var operation = KeywordOperations.IdeasOf(Type);
        foreach (var keyword in Keyword)
        {
            foreach (var source in Source)
            {
                this.WriteRows(operation, Query(keyword, source), Window, $"'{keyword}' in '{source}'");
            }
        }
    }

    private KeywordIdeaQuery Query(string keyword, string source) => new()
    {
        Keyword = keyword,
        Source = source,
        Sort = Sort,
        SortOrder = SortOrder,
        HistoryTrend = HistoryTrend.IsPresent,
        VolumeFrom = VolumeFrom,
        VolumeTo = VolumeTo,
        DifficultyFrom = DifficultyFrom,
        DifficultyTo = DifficultyTo,
        CpcFrom = CpcFrom,
        CpcTo = CpcTo,
        CompetitionFrom = CompetitionFrom,
        CompetitionTo = CompetitionTo,
        WordCountFrom = WordCountFrom,
        WordCountTo = WordCountTo,
        CharacterCountFrom = CharacterCountFrom,
        CharacterCountTo = CharacterCountTo,
        SerpFeature = SerpFeature,
        Intent = Intent,
        IncludeFilter = IncludeFilter,
        ExcludeFilter = ExcludeFilter,
    };
}
