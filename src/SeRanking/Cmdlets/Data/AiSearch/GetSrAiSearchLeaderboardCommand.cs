using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.AiSearch;

/// <summary>
/// Compares a domain with up to 10 competitors across AI engines (share of voice, brand and link
/// presence), one row per domain and engine (7,500 credits per leaderboard).
/// </summary>
/// <remarks>
/// ConfirmImpact Medium: 7,500 credits a call, the most of any read of this module; -WhatIf shows
/// the forecast and $ConfirmPreference = 'Medium' asks before each call.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "SrAiSearchLeaderboard", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiSearchLeaderboardEntry)]
public sealed class GetSrAiSearchLeaderboardCommand : SrCmdlet
{
    /// <summary>The primary domain (a page URL with -Scope exact_url); from the pipeline by value or by a Target, Domain or Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url")]
    [ValidateNotNullOrEmpty]
    public string Target { get; set; } = string.Empty;

    /// <summary>The primary domain's brand; the API resolves it when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Brand { get; set; }

    /// <summary>1 to 10 competitors (domains, or page URLs with -Scope exact_url).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateCount(1, 10)]
    public string[] Competitor { get; set; } = [];

    /// <summary>The competitors' brands, in the same order as -Competitor ('' for one the API is to resolve).</summary>
    [Parameter]
    [AllowEmptyString]
    public string[]? CompetitorBrand { get; set; }

    /// <summary>The AI engines to compare on (default: ai-overview, chatgpt, perplexity).</summary>
    [Parameter]
    [ValidateSet("ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini")]
    public string[] Engine { get; set; } = ["ai-overview", "chatgpt", "perplexity"];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; one leaderboard per database.</summary>
    [Parameter(Mandatory = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>base_domain (the API's default: domains with their subdomains) or exact_url (single pages).</summary>
    [Parameter]
    [ValidateSet("base_domain", "exact_url")]
    public string? Scope { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var source in Source)
        {
            var query = new AiSearchLeaderboardQuery
            {
                Target = Target,
                Brand = Brand,
                Competitor = Competitor,
                CompetitorBrand = CompetitorBrand,
                Engine = Engine.Select(e => e.ToLowerInvariant()).ToList(),
                Source = source,
                Scope = Scope,
            };
            this.WriteOne(AiSearchOperations.Leaderboard, query, $"{Target} against {WhatIfText.List(Competitor, 3)} on {string.Join(", ", Engine)} in '{source}'", Rows);
        }
    }

    private IEnumerable<object> Rows(AiSearchLeaderboard leaderboard)
    {
        var entries = leaderboard.Entries();
        if (!leaderboard.RowsFound)
        {
            WriteWarning($"The leaderboard of {leaderboard.Target} came in a shape this version cannot split into rows; the whole answer is in the AdditionalFields of the one row written.");
        }

        return entries;
    }
}
