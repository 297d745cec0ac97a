using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the keywords domains (or single pages) rank for in one or more regional databases, with
/// their metrics, filtered and sorted by the API, in pages of up to 1,000 (100 credits per page).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainKeyword", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.DomainKeyword)]
public sealed class GetSrDomainKeywordCommand : PagedCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Single pages: the keywords each page ranks for.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; the keywords of each database in turn.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>organic (the API's default) or adv (paid).</summary>
    [Parameter]
    [ValidateSet("organic", "adv")]
    public string? Type { get; set; }

    /// <summary>Counts the exact host only; by default (as in the API) subdomains are counted too.</summary>
    [Parameter]
    public SwitchParameter ExcludeSubdomains { get; set; }

    /// <summary>traffic (the API's default), volume, position, cpc, competition, kei, difficulty, traffic_percent, price.</summary>
    [Parameter]
    [Alias("order_field")]
    [ValidateSet("traffic", "volume", "position", "cpc", "competition", "kei", "difficulty", "traffic_percent", "price")]
    public string? OrderBy { get; set; }

    /// <summary>desc (the API's default) or asc.</summary>
    [Parameter]
    [Alias("order_type")]
    [ValidateSet("asc", "desc")]
    public string? OrderType { get; set; }

    /// <summary>Only these columns of the answer (cols); the others stay empty.</summary>
    [Parameter]
    [Alias("cols")]
    [ValidateSet(
        "keyword", "position", "prev_pos", "previous_position", "volume", "cpc", "competition", "url", "difficulty", "kei", "total_sites",
        "traffic", "traffic_percent", "price", "block", "block_type", "block_position", "intents", "snippet_num", "snippets_count",
        "snippet_title", "snippet_description", "snippet_display_url")]
    public string[]? Column { get; set; }

    /// <summary>Only keywords whose position went up, down, is new, was lost, changed (diff) or stayed the same.</summary>
    [Parameter]
    [Alias("pos_change")]
    [ValidateSet("up", "down", "new", "lost", "diff", "same")]
    public string? PositionChange { get; set; }

    /// <summary>With -Month: a past monthly snapshot instead of the current data.</summary>
    [Parameter]
    [ValidateRange(2000, 9999)]
    public int? Year { get; set; }

    /// <summary>With -Year: the snapshot's month, 1–12.</summary>
    [Parameter]
    [ValidateRange(1, 12)]
    public int? Month { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? VolumeFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? VolumeTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? DifficultyFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? DifficultyTo { get; set; }

    /// <summary>Words in the keyword, at least (filter[keyword_count]).</summary>
    [Parameter]
    [ValidateRange(1.0, double.MaxValue)]
    public double? WordCountFrom { get; set; }

    [Parameter]
    [ValidateRange(1.0, double.MaxValue)]
    public double? WordCountTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? CompetitionFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? CompetitionTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? CpcFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? CpcTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficTo { get; set; }

    [Parameter]
    [ValidateRange(1.0, 100.0)]
    public double? PositionFrom { get; set; }

    [Parameter]
    [ValidateRange(1.0, 100.0)]
    public double? PositionTo { get; set; }

    /// <summary>Characters in the keyword, at least (filter[characters_count]).</summary>
    [Parameter]
    [ValidateRange(1.0, double.MaxValue)]
    public double? CharacterCountFrom { get; set; }

    [Parameter]
    [ValidateRange(1.0, double.MaxValue)]
    public double? CharacterCountTo { get; set; }

    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? TrafficPercentFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? TrafficPercentTo { get; set; }

    /// <summary>The keyword's traffic cost, at least (filter[price]).</summary>
    [Parameter]
    [Alias("PriceFrom")]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficCostFrom { get; set; }

    [Parameter]
    [Alias("PriceTo")]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficCostTo { get; set; }

    /// <summary>Search intents, any of: I, N, T, C, L, or their names.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SearchIntentCompleter))]
    [ValidateSearchIntent]
    public string[]? Intent { get; set; }

    /// <summary>Keywords whose results page shows any of these SERP features.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SerpFeatureCompleter))]
    [ValidateSerpFeature]
    public string[]? SerpFeature { get; set; }

    /// <summary>Keywords where the domain is linked inside this SERP feature (sge: the AI Overview).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SerpFeatureCompleter))]
    [ValidateSerpFeature]
    public string? LinkedInSerpFeature { get; set; }

    /// <summary>Keywords where this SERP feature shows but does not link the domain.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SerpFeatureCompleter))]
    [ValidateSerpFeature]
    public string? NotLinkedInSerpFeature { get; set; }

    /// <summary>Text the keyword contains, case-sensitive (filter[keyword]).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? KeywordContains { get; set; }

    /// <summary>Text the ranking URL contains (each word an alternative), or the filter's JSON (filter[url]).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? UrlFilter { get; set; }

    /// <summary>Keywords containing any of these words, or matching the filter's JSON (filter[multi_keyword_included]).</summary>
    [Parameter]
    [Alias("multi_keyword_included")]
    [ValidateNotNullOrEmpty]
    public string[]? IncludeKeyword { get; set; }

    /// <summary>Keywords containing none of these words, or not matching the filter's JSON (filter[multi_keyword_excluded]).</summary>
    [Parameter]
    [Alias("multi_keyword_excluded")]
    [ValidateNotNullOrEmpty]
    public string[]? ExcludeKeyword { get; set; }

    protected override void OnProcess()
    {
        var byUrl = ParameterSetName == UrlSet;
        foreach (var target in byUrl ? Url : Domain.Select(d => d.Value))
        {
            foreach (var source in Source)
            {
                this.WriteRows(DomainOperations.Keywords, Query(byUrl ? null : target, byUrl ? target : null, source), Window, $"{target} in '{source}'");
            }
        }
    }

    private DomainKeywordQuery Query(string? domain, string? url, string source) => new()
    {
        Domain = domain,
        Url = url,
        Source = source,
        Type = Type,
        WithSubdomains = !ExcludeSubdomains.IsPresent,
        OrderBy = OrderBy,
        OrderType = OrderType,
        Column = Column,
        PositionChange = PositionChange,
        Year = Year,
        Month = Month,
        VolumeFrom = VolumeFrom,
        VolumeTo = VolumeTo,
        DifficultyFrom = DifficultyFrom,
        DifficultyTo = DifficultyTo,
        WordCountFrom = WordCountFrom,
        WordCountTo = WordCountTo,
        CompetitionFrom = CompetitionFrom,
        CompetitionTo = CompetitionTo,
        CpcFrom = CpcFrom,
        CpcTo = CpcTo,
        TrafficFrom = TrafficFrom,
        TrafficTo = TrafficTo,
        PositionFrom = PositionFrom,
        PositionTo = PositionTo,
        CharacterCountFrom = CharacterCountFrom,
        CharacterCountTo = CharacterCountTo,
        TrafficPercentFrom = TrafficPercentFrom,
        TrafficPercentTo = TrafficPercentTo,
        TrafficCostFrom = TrafficCostFrom,
        TrafficCostTo = TrafficCostTo,
        Intent = Intent,
        SerpFeature = SerpFeature,
        LinkedInSerpFeature = LinkedInSerpFeature,
        NotLinkedInSerpFeature = NotLinkedInSerpFeature,
        KeywordContains = KeywordContains,
        UrlFilter = UrlFilter,
        IncludeKeyword = IncludeKeyword,
        ExcludeKeyword = ExcludeKeyword,
    };
}
