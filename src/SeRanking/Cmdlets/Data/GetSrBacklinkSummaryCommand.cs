using System;
using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data;

/// <summary>
/// <para type="synopsis">Gets the backlink profile summary of domains, hosts or URLs (100 credits per target).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkSummary", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.BacklinkSummary)]
public sealed class GetSrBacklinkSummaryCommand : SrCmdlet
{
    private readonly List<string> _pending = [];
    // Counted as the engine de-duplicates (the validated spelling, ordinal), so the forecast is what is charged.
    private readonly HashSet<string> _pendingDistinct = new(StringComparer.Ordinal);

    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>host (the API's default: the exact host), domain (with all subdomains) or url (one page).</summary>
    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            string cleaned;
            try
            {
                cleaned = TargetRules.Validate(target, nameof(Target));
            }
            catch (InvalidTargetException refused)
            {
                WriteFailure(refused, target);
                continue;
            }

            _pending.Add(target);
            _pendingDistinct.Add(cleaned);
            if (_pendingDistinct.Count == TargetBatcher.DataApiBatchSize)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    /// <summary>Sends what has been gathered as one call (up to 100 distinct targets), in input order.</summary>
    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToArray();
        var distinct = _pendingDistinct.Count;
        _pending.Clear();
        _pendingDistinct.Clear();

        var forecast = DataApiClient.ForecastBacklinkSummaries(distinct);
        if (!ShouldProcess(
            $"Backlink summaries ({Mode}) of {WhatIfText.List(batch)}: {forecast}.",
            $"Get backlink summaries ({Mode}) of {WhatIfText.List(batch)}? {forecast}.",
            "Spend SE Ranking Data API credits"))
        {
            return;
        }

        var client = new DataApiClient(ModuleSession.Require(ApiKind.SeRankingData));
        var mode = (BacklinkMode)Enum.Parse(typeof(BacklinkMode), Mode, ignoreCase: true);
        using var credits = ModuleSession.Reserve(ApiKind.SeRankingData, forecast);
        this.WriteResults(this.Run((trace, cancellationToken) => client.GetBacklinkSummariesAsync(batch, mode, trace, cancellationToken), credits));
    }
}
