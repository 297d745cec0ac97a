using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.AiSearch;

/// <summary>
/// Gets how present domains (or pages) are in AI answers: brand presence, link presence, AI
/// opportunity traffic and average position, now, before and the change, for each engine asked
/// for or all engines together, or (-TimeSeries) their monthly history (2,000 credits each).
/// </summary>
/// <remarks>
/// ConfirmImpact Medium: one call costs 2,000 credits, twenty times a domain overview, so a
/// session that sets $ConfirmPreference to Medium is asked before each, while the cheap reads
/// (Low) are not.
/// </remarks>
[Cmdlet(VerbsCommon.Get, "SrAiSearchOverview", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiSearchOverview, OutputTypeNames.AiSearchTrendPoint)]
public sealed class GetSrAiSearchOverviewCommand : SrCmdlet
{
    // Calls in flight at once, within the key's rate limit.
    private const int Concurrency = 5;

    private readonly List<(AiSearchOverviewQuery Query, string? About)> _pending = [];
    private readonly List<CreditForecast> _forecasts = [];

    /// <summary>Domains or hosts (page URLs with -Scope url); from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; one row per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>AI engines, one row each; all engines together (aggregated) when not given.</summary>
    [Parameter]
    [ValidateSet("ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini")]
    public string[]? Engine { get; set; }

    /// <summary>base_domain (the API's default: the domain with its subdomains), domain (the exact host) or url (one page).</summary>
    [Parameter]
    [ValidateSet("base_domain", "domain", "url")]
    public string? Scope { get; set; }

    /// <summary>The brand to look for; the API resolves it from the target when not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Brand { get; set; }

    /// <summary>One row per stream and month of the monthly history instead of one summary row.</summary>
    [Parameter]
    public SwitchParameter TimeSeries { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var engines = Engine is { Length: > 0 } ? Engine.Select(e => (string?)e.ToLowerInvariant()) : [null];
        foreach (var target in Target)
        {
            foreach (var source in Source)
            {
                foreach (var engine in engines)
                {
                    var query = new AiSearchOverviewQuery { Target = target, Source = source, Engine = engine, Scope = Scope, Brand = Brand };
                    var about = $"{target} on {engine ?? "every engine (aggregated)"} in '{source}'";
                    if (this.Confirmed(Overview, query, about) is not { } forecast)
                    {
                        continue;
                    }

                    _pending.Add((query, about));
                    _forecasts.Add(forecast);
                    if (_pending.Count == Concurrency)
                    {
                        Flush();
                    }
                }
            }
        }
    }

    protected override void OnEnd() => Flush();

    /// <summary>
    /// by-engine when engines are named, else aggregated; the latest summary (current) unless the
    /// monthly history is asked for: the same for every call of the command.
    /// </summary>
    private Operation<AiSearchOverviewQuery, AiSearchOverview> Overview => (Engine is { Length: > 0 }, TimeSeries.IsPresent) switch
    {
        (true, true) => AiSearchOperations.OverviewByEngine,
        (true, false) => AiSearchOperations.CurrentByEngine,
        (false, true) => AiSearchOperations.OverviewAggregated,
        (false, false) => AiSearchOperations.CurrentAggregated,
    };

    private void Flush()
    {
        var calls = _pending.ToList();
        var forecasts = _forecasts.ToList();
        _pending.Clear();
        _forecasts.Clear();
        this.WriteMany(Overview, calls, forecasts, Concurrency, TimeSeries.IsPresent ? row => row.TimeSeries() : null);
    }
}
