using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the keywords two domains (or two pages) both rank for, or with -Gap those the first ranks
/// for and the second does not, in one or more regional databases, in pages of up to 1,000
/// (100 credits per page).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainKeywordComparison", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.ComparedKeyword)]
public sealed class GetSrDomainKeywordComparisonCommand : PagedCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    /// <summary>The first domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>The first pages, full URLs; -Compare then takes pages too.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>The domains (or pages) to compare each first one with.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string[] Compare { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>The keywords the first ranks for and the compared one does not (diff=1), instead of the common ones.</summary>
    [Parameter]
    public SwitchParameter Gap { get; set; }

    /// <summary>organic (the API's default) or adv (paid).</summary>
    [Parameter]
    [ValidateSet("organic", "adv")]
    public string? Type { get; set; }

    /// <summary>keyword (the API's default), volume, cpc, competition, difficulty, position, price, traffic.</summary>
    [Parameter]
    [Alias("order_field")]
    [ValidateSet("keyword", "volume", "cpc", "competition", "difficulty", "position", "price", "traffic")]
    public string? OrderBy { get; set; }

    /// <summary>asc (the API's default) or desc.</summary>
    [Parameter]
    [Alias("order_type")]
    [ValidateSet("asc", "desc")]
    public string? OrderType { get; set; }

    /// <summary>Only these columns of the answer (cols).</summary>
    [Parameter]
    [Alias("cols")]
    [ValidateSet(
        "keyword", "volume", "cpc", "competition", "kei", "difficulty", "total_sites", "position", "url", "price", "traffic",
        "compare_position", "compare_url", "compare_price", "compare_traffic")]
    public string[]? Column { get; set; }

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

    /// <summary>Text the keyword contains, case-sensitive (filter[keyword]).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? KeywordContains { get; set; }

    /// <summary>Keywords containing any of these words, or matching the filter's JSON.</summary>
    [Parameter]
    [Alias("multi_keyword_included")]
    [ValidateNotNullOrEmpty]
    public string[]? IncludeKeyword { get; set; }

    /// <summary>Keywords containing none of these words, or not matching the filter's JSON.</summary>
    [Parameter]
    [Alias("multi_keyword_excluded")]
    [ValidateNotNullOrEmpty]
    public string[]? ExcludeKeyword { get; set; }

    protected override void OnProcess()
    {
        var byUrl = ParameterSetName == UrlSet;
        foreach (var target in byUrl ? Url : Domain.Select(d => d.Value))
        {
            foreach (var compare in Compare)
            {
                foreach (var source in Source)
                {
                    this.WriteRows(DomainOperations.KeywordComparison, Query(byUrl ? null : target, byUrl ? target : null, compare, source), Window, $"{target} vs {compare} in '{source}'");
                }
            }
        }
    }

    private KeywordComparisonQuery Query(string? domain, string? url, string compare, string source) => new()
    {
        Domain = domain,
        Url = url,
        Compare = compare,
        Source = source,
        Gap = Gap.IsPresent,
        Type = Type,
        OrderBy = OrderBy,
        OrderType = OrderType,
        Column = Column,
        VolumeFrom = VolumeFrom,
        VolumeTo = VolumeTo,
        DifficultyFrom = DifficultyFrom,
        DifficultyTo = DifficultyTo,
        CpcFrom = CpcFrom,
        CpcTo = CpcTo,
        CompetitionFrom = CompetitionFrom,
        CompetitionTo = CompetitionTo,
        Intent = Intent,
        SerpFeature = SerpFeature,
        KeywordContains = KeywordContains,
        IncludeKeyword = IncludeKeyword,
        ExcludeKeyword = ExcludeKeyword,
    };
}
