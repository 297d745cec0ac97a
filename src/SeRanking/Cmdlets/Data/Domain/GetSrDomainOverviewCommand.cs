using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the organic and paid overview of domains (or single pages) in one or more regional
/// databases, one row per domain and database (100 credits each).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainOverview", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.DomainOverview)]
public sealed class GetSrDomainOverviewCommand : SrCmdlet
{
    private const string DomainSet = "Domain";
    private const string UrlSet = "Url";

    // Calls in flight at once: enough to keep up with the Data API's 10 requests a second without
    // queueing most of them behind the key's rate limiter.
    private const int Concurrency = 5;

    private readonly List<(DomainOverviewQuery Query, string? About)> _pending = [];
    private readonly List<CreditForecast> _forecasts = [];

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Single pages, each read on its own (the API then ignores the domain).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de (Tab completes code or country name); one row per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>Count the exact host only; by default (as in the API) subdomains are counted too.</summary>
    [Parameter]
    public SwitchParameter ExcludeSubdomains { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var targets = ParameterSetName == UrlSet
            ? Url.Select(url => (Label: url, Query: new DomainOverviewQuery { Url = url }))
            : Domain.Select(domain => (Label: domain.Value, Query: new DomainOverviewQuery { Domain = domain.Value }));
        foreach (var (label, template) in targets)
        {
            foreach (var source in Source)
            {
                var query = template with { Source = source, WithSubdomains = !ExcludeSubdomains.IsPresent };
                if (this.Confirmed(DomainOperations.OverviewDb, query, label, $"{label} in '{source}'") is not { } forecast)
                {
                    continue;
                }

                _pending.Add((query, label));
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
        this.WriteMany(DomainOperations.OverviewDb, calls, forecasts, Concurrency);
    }
}
