using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>What Add-SrProjectSearchEngine and Set-SrProjectSearchEngine share: how a project's search engine is set up.</summary>
public abstract class ProjectSearchEngineSettingsCmdlet : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>A city or area to check from, as Get-SrGoogleRegion names it (Tab completes it from what was typed).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("region_name")]
    [ArgumentCompleter(typeof(GoogleRegionCompleter))]
    [ValidateNotNullOrEmpty]
    public string? RegionName { get; set; }

    /// <summary>The results' language: a code such as en, de or pt-BR (Tab completes it; Get-SrGoogleLanguage lists them).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("lang_code", "LanguageCode")]
    [ArgumentCompleter(typeof(GoogleLanguageCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Language { get; set; }

    /// <summary>Google Maps results: Ignore (the API's default), Include, or Separate (included and shown apart).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("merge_map")]
    [ValidateSet("Ignore", "Include", "Separate", "0", "1", "2")]
    public string? MergeMap { get; set; }

    /// <summary>The business name to look for in local results.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("business_name")]
    public string? BusinessName { get; set; }

    /// <summary>The business phone number to look for in local results.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Phone { get; set; }

    /// <summary>Whether paid results count in positions.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("paid_results")]
    public bool? PaidResults { get; set; }

    /// <summary>Whether a featured snippet counts as a position.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("featured_snippet")]
    public bool? FeaturedSnippet { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);
}
