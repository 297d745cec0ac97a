using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Url;

/// <summary>
/// Gets the traffic and keywords of a domain's pages whose address contains a text, in Serpstat
/// databases (getSummaryTraffic); 1,000 lines per figure asked for (2,000 for both).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatUrlTraffic", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatUrlTraffic)]
public sealed class GetSerpstatUrlTrafficCommand : SrCmdlet
{
    private readonly List<(SerpstatDomainQuery Query, string? About)> _pending = [];
    private readonly List<CreditForecast> _forecasts = [];

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>The text the pages' addresses contain, e.g. /blog/ (urlContains).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string UrlContains { get; set; } = string.Empty;

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; one row per database.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Traffic or Keywords: one figure for 1,000 lines (output_data); both (2,000 lines) when absent.</summary>
    [Parameter]
    [Alias("output_data")]
    [ValidateSet("Traffic", "Keywords")]
    public string? Output { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainQuery { Domain = domain.Value, UrlContains = UrlContains, Database = database, Output = Output?.ToLowerInvariant() };
                var about = SerpstatFilters.About(domain.Value, database);
                if (this.Confirmed(SerpstatUrlOperations.Traffic, query, domain.Value, about) is { } forecast)
                {
                    _pending.Add((query, domain.Value));
                    _forecasts.Add(forecast);
                }
            }
        }

        Flush();
    }

    private void Flush()
    {
        var calls = _pending.ToArray();
        var forecasts = _forecasts.ToArray();
        _pending.Clear();
        _forecasts.Clear();

        // Serpstat takes one request a second: one call at a time.
        this.WriteMany(SerpstatUrlOperations.Traffic, calls, forecasts, concurrency: 1);
    }
}
