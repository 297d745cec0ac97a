using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.Backlinks;

/// <summary>The four counts a target can be asked for (10 credits each per target).</summary>
[Flags]
public enum BacklinkCountKinds
{
    None = 0,
    Backlinks = 1,
    ReferringDomains = 2,
    ReferringIps = 4,
    ReferringSubnets = 8,
    All = Backlinks | ReferringDomains | ReferringIps | ReferringSubnets,
}

/// <summary>
/// Reads the four */count operations for many targets and joins their answers into one row per
/// target (Get-SrBacklinkCount), each operation batched 100 targets a call.
/// </summary>
public static class BacklinkCountReader
{
    private static readonly (BacklinkCountKinds Kind, Operation<TargetsQuery, TargetCount> Operation, Action<BacklinkCounts, long?> Set)[] Parts =
    [
        (BacklinkCountKinds.Backlinks, BacklinkOperations.Count, (row, n) => row.Backlinks = n),
        (BacklinkCountKinds.ReferringDomains, BacklinkOperations.ReferringDomainsCount, (row, n) => row.ReferringDomains = n),
        (BacklinkCountKinds.ReferringIps, BacklinkOperations.ReferringIpsCount, (row, n) => row.ReferringIps = n),
        (BacklinkCountKinds.ReferringSubnets, BacklinkOperations.ReferringSubnetsCount, (row, n) => row.ReferringSubnets = n),
    ];

    /// <summary>What counting <paramref name="distinctTargets"/> targets costs.</summary>
    public static CreditForecast Forecast(BacklinkCountKinds kinds, int distinctTargets)
    {
        var calls = Math.Max(1, (distinctTargets + BacklinkOperations.BatchSize - 1) / BacklinkOperations.BatchSize);
        return CreditCatalogue.Combine(Selected(kinds).Select(part => part.Operation.Forecast(distinctTargets, calls)));
    }

    /// <summary>One row per input target in input order, or the first failure its counts met.</summary>
    public static async Task<IReadOnlyList<TargetResult<BacklinkCounts>>> GetAsync(
        this ApiConnection connection, IReadOnlyList<string> targets, string mode, BacklinkCountKinds kinds, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var parts = Selected(kinds);
        var answers = new List<IReadOnlyList<TargetResult<TargetCount>>>(parts.Count);
        foreach (var part in parts)
        {
            answers.Add(await connection.BatchAsync(part.Operation, targets, batch => new TargetsQuery { Targets = batch, Mode = mode }, trace, cancellationToken).ConfigureAwait(false));
        }

        var results = new TargetResult<BacklinkCounts>[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var failure = answers.Select(answer => answer[i].Error).FirstOrDefault(error => error is not null);
            if (failure is not null)
            {
                results[i] = TargetResult.Failure<BacklinkCounts>(targets[i], failure);
                continue;
            }

            var row = new BacklinkCounts { Target = targets[i], Mode = mode };
            for (var p = 0; p < parts.Count; p++)
            {
                parts[p].Set(row, answers[p][i].Value!.Count);
            }

            results[i] = TargetResult.Success(targets[i], row);
        }

        return results;
    }

    private static List<(BacklinkCountKinds Kind, Operation<TargetsQuery, TargetCount> Operation, Action<BacklinkCounts, long?> Set)> Selected(BacklinkCountKinds kinds)
    {
        var selected = Parts.Where(part => (kinds & part.Kind) != 0).ToList();
        return selected.Count > 0 ? selected : throw new ArgumentException("Ask for at least one count.", nameof(kinds));
    }
}
