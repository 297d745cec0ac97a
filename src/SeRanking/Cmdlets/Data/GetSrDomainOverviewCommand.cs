using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Clients;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models.Data;
using SeRanking.Engine.Transport;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data;

/// <summary>
/// <para type="synopsis">Gets the organic and paid overview of domains (or URLs) in one regional database (100 credits each).</para>
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

    private readonly List<(string Label, string? Url)> _pending = [];

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public string[] Domain { get; set; } = [];

    /// <summary>Single pages, each read on its own (the API then ignores the domain).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = UrlSet)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>The regional database: a two-letter code such as us, uk, de (Tab completes code or country name).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string Source { get; set; } = string.Empty;

    /// <summary>Counts subdomains too. On by default, as in the API; -WithSubdomains:$false reads the exact host only.</summary>
    [Parameter]
    public SwitchParameter WithSubdomains { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var inputs = ParameterSetName == UrlSet ? Url.Select(url => (Label: url, Url: (string?)url)) : Domain.Select(domain => (Label: domain, Url: (string?)null));
        foreach (var (label, url) in inputs)
        {
            try
            {
                TargetRules.Validate(label, ParameterSetName);
            }
            catch (InvalidTargetException refused)
            {
                WriteFailure(refused, label);
                continue;
            }

            var forecast = DataApiClient.ForecastDomainOverview(1);
            if (!ShouldProcess($"Domain overview of {label} in the '{Source}' database: {forecast}.", $"Get the domain overview of {label} in '{Source}'? {forecast}.", "Spend SE Ranking Data API credits"))
            {
                continue;
            }

            _pending.Add((label, url));
            if (_pending.Count == Concurrency)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var withSubdomains = !MyInvocation.BoundParameters.ContainsKey(nameof(WithSubdomains)) || WithSubdomains.IsPresent;
        var queries = _pending
            .Select(p => new DomainOverviewQuery { Domain = p.Url is null ? p.Label : null, Url = p.Url, Source = Source, WithSubdomains = withSubdomains })
            .ToList();
        _pending.Clear();

        var client = new DataApiClient(ModuleSession.Require(ApiKind.SeRankingData));
        using var credits = ModuleSession.Reserve(ApiKind.SeRankingData, DataApiClient.ForecastDomainOverview(queries.Count));
        this.WriteResults(this.Run((trace, cancellationToken) => Task.WhenAll(queries.Select(query => OverviewOf(client, query, trace, cancellationToken))), credits));
    }

    private static async Task<TargetResult<DomainOverview>> OverviewOf(DataApiClient client, DomainOverviewQuery query, IApiTrace trace, CancellationToken cancellationToken)
    {
        var label = query.Url ?? query.Domain ?? string.Empty;
        try
        {
            return TargetResult.Success(label, await client.GetDomainOverviewAsync(query, trace, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception failure) when (failure is ApiException or ArgumentException)
        {
            return TargetResult.Failure<DomainOverview>(label, failure);
        }
    }
}
