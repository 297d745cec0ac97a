using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Data.AiSearch;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.AiSearch;

/// <summary>Gets the brand SE Ranking associates with domains, to look up the AI prompts of that brand (100 credits each).</summary>
[Cmdlet(VerbsCommon.Get, "SrAiSearchBrand", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.AiSearchBrand)]
public sealed class GetSrAiSearchBrandCommand : SrCmdlet
{
    // Calls in flight at once, within the key's rate limit.
    private const int Concurrency = 5;

    private readonly List<(AiSearchBrandQuery Query, string? About)> _pending = [];
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

    /// <summary>base_domain, domain or url; the API's default when not given.</summary>
    [Parameter]
    [ValidateSet("base_domain", "domain", "url")]
    public string? Scope { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            foreach (var source in Source)
            {
                var query = new AiSearchBrandQuery { Target = target, Source = source, Scope = Scope };
                if (this.Confirmed(AiSearchOperations.DiscoverBrand, query, $"{target} in '{source}'") is not { } forecast)
                {
                    continue;
                }

                _pending.Add((query, target));
                _forecasts.Add(forecast);
                if (_pending.Count == Concurrency)
                {
                    Flush();
                }
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        var calls = _pending.ToList();
        var forecasts = _forecasts.ToList();
        _pending.Clear();
        _forecasts.Clear();
        this.WriteMany(AiSearchOperations.DiscoverBrand, calls, forecasts, Concurrency);
    }
}
