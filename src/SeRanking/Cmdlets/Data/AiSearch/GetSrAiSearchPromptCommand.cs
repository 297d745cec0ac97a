using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.AiSearch;

/// <summary>
/// Gets the AI prompts whose answers link to or mention a domain (-Target), or mention a brand
/// (-Brand), on one or more AI engines (200 credits per prompt returned), page after page.
/// </summary>
/// <remarks>
/// ConfirmImpact Medium: 200 credits per prompt, 4,000 for the default 20. The Brand set is the
/// default so that the rows of Get-SrAiSearchBrand (Target and Brand) bind to -Brand.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "SrAiSearchPrompt", DefaultParameterSetName = BrandSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, SupportsPaging = true)]
[OutputType(OutputTypeNames.AiSearchPrompt)]
public sealed class GetSrAiSearchPromptCommand : PagedCmdlet
{
    private const string TargetSet = "Target";
    private const string BrandSet = "Brand";

    /// <summary>Domains or hosts (page URLs with -Scope url); from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = TargetSet)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>Brand names; from the pipeline by a Brand property (the rows of Get-SrAiSearchBrand).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = BrandSet)]
    [ValidateNotNullOrEmpty]
    public string[] Brand { get; set; } = [];

    /// <summary>AI engines: ai-overview, ai-mode, chatgpt, perplexity, gemini; one list per engine.</summary>
    [Parameter(Mandatory = true)]
    [ValidateSet("ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini")]
    public string[] Engine { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; one list per database.</summary>
    [Parameter(Mandatory = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>base_domain (the API's default), domain or url; with -Target only.</summary>
    [Parameter(ParameterSetName = TargetSet)]
    [ValidateSet("base_domain", "domain", "url")]
    public string? Scope { get; set; }

    /// <summary>volume (the API's default), type or snippet_length.</summary>
    [Parameter]
    [ValidateSet("volume", "type", "snippet_length")]
    public string? Sort { get; set; }

    /// <summary>desc (the API's default) or asc.</summary>
    [Parameter]
    [Alias("sort_order")]
    [ValidateSet("desc", "asc")]
    public string? SortOrder { get; set; }

    [Parameter]
    [ValidateRange(0L, long.MaxValue)]
    public long? VolumeFrom { get; set; }

    [Parameter]
    [ValidateRange(0L, long.MaxValue)]
    public long? VolumeTo { get; set; }

    /// <summary>Words in the prompt (filter[keyword_count]).</summary>
    [Parameter]
    [Alias("KeywordCountFrom")]
    [ValidateRange(1L, 1000L)]
    public long? WordCountFrom { get; set; }

    [Parameter]
    [Alias("KeywordCountTo")]
    [ValidateRange(1L, 1000L)]
    public long? WordCountTo { get; set; }

    /// <summary>Characters in the prompt (filter[characters_count]).</summary>
    [Parameter]
    [Alias("CharactersCountFrom")]
    [ValidateRange(1L, 100000L)]
    public long? CharacterCountFrom { get; set; }

    [Parameter]
    [Alias("CharactersCountTo")]
    [ValidateRange(1L, 100000L)]
    public long? CharacterCountTo { get; set; }

    /// <summary>A multi-keyword filter (JSON array of arrays of {type, value}) the prompts must match.</summary>
    [Parameter]
    [Alias("multi_keyword_included")]
    public string? IncludeFilter { get; set; }

    /// <summary>A multi-keyword filter the prompts must not match.</summary>
    [Parameter]
    [Alias("multi_keyword_excluded")]
    public string? ExcludeFilter { get; set; }

    protected override void OnProcess()
    {
        var byBrand = ParameterSetName == BrandSet;
        var operation = byBrand ? AiSearchOperations.PromptsByBrand : AiSearchOperations.PromptsByTarget;
        foreach (var subject in byBrand ? Brand : Target)
        {
            foreach (var engine in Engine)
            {
                foreach (var source in Source)
                {
                    var query = Query(engine, source) with { Target = byBrand ? null : subject, Brand = byBrand ? subject : null };
                    this.WriteRows(operation, query, Window, $"{(byBrand ? "brand " : string.Empty)}'{subject}' on {engine} in '{source}'");
                }
            }
        }
    }

    private AiSearchPromptQuery Query(string engine, string source) => new()
    {
        Engine = engine.ToLowerInvariant(),
        Source = source,
        Scope = Scope,
        Sort = Sort,
        SortOrder = SortOrder,
        VolumeFrom = VolumeFrom,
        VolumeTo = VolumeTo,
        WordCountFrom = WordCountFrom,
        WordCountTo = WordCountTo,
        CharacterCountFrom = CharacterCountFrom,
        CharacterCountTo = CharacterCountTo,
        IncludeFilter = IncludeFilter,
        ExcludeFilter = ExcludeFilter,
    };
}
