using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>
/// Counts the live backlinks, referring domains, referring IPs and referring subnets of domains,
/// hosts or URLs, one row per target (10 credits per count per target).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkCount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.BacklinkCounts)]
public sealed class GetSrBacklinkCountCommand : TargetBatchCmdlet
{
    /// <summary>Which counts: Backlinks, ReferringDomains, ReferringIps, ReferringSubnets (default: all four).</summary>
    [Parameter]
    [ValidateSet("Backlinks", "ReferringDomains", "ReferringIps", "ReferringSubnets")]
    public string[] Count { get; set; } = ["Backlinks", "ReferringDomains", "ReferringIps", "ReferringSubnets"];

    private BacklinkCountKinds Kinds => Count.Aggregate(BacklinkCountKinds.None, (all, name) => all | (BacklinkCountKinds)Enum.Parse(typeof(BacklinkCountKinds), name, ignoreCase: true));

    private protected override void Send(IReadOnlyList<string> batch, int distinctTargets)
    {
        var forecast = BacklinkCountReader.Forecast(Kinds, distinctTargets);
        var about = WhatIfText.List(batch);
        if (!ShouldProcess(
            $"Backlink counts ({string.Join(", ", Count)}; {Mode}) of {about}: {forecast}.",
            $"Count {string.Join(", ", Count)} ({Mode}) of {about}? {forecast}.",
            "Spend SE Ranking Data API credits"))
        {
            return;
        }

        var connection = ModuleSession.Require(Engine.ApiKind.SeRankingData);
        using var credits = ModuleSession.Reserve(Engine.ApiKind.SeRankingData, forecast);
        var kinds = Kinds;
        this.WriteResults(this.Run((trace, cancellationToken) => connection.GetAsync(batch, Mode, kinds, trace, cancellationToken), credits));
    }
}
