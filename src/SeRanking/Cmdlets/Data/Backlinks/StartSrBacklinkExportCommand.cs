using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Transport;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Starts exports of every backlink of targets to a .csv.gz file (1 credit per backlink exported); returns the export tasks at once.</summary>
[Cmdlet(VerbsLifecycle.Start, "SrBacklinkExport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.BacklinkExportTask)]
public sealed class StartSrBacklinkExportCommand : SrCmdlet
{
    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>host (the API's default), domain (with all subdomains) or url (one page).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            var query = new BacklinkExportQuery { Target = target, Mode = Mode };
            try
            {
                _ = BacklinkExportOperations.Start.Prepare(query);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, target);
                continue;
            }

            // The number of backlinks is known only when the file is ready: the forecast is the rate.
            const string Cost = "1 credit per backlink exported, counted when the file is ready (the seed's worked example says 1,000 per export instead)";
            if (!ShouldProcess($"backlinks/export of every backlink of {target} ({Mode}): {Cost}.", $"Export every backlink of {target} ({Mode})? {Cost}.", "Spend SE Ranking Data API credits"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.SeRankingData);
            try
            {
                var backlinks = BacklinksToHold(connection, target);
                using var credits = ModuleSession.Reserve(ApiKind.SeRankingData, BacklinkExportOperations.Start.Forecast(backlinks ?? 0, 1), "backlinks/export for " + target);
                var task = this.Run((trace, cancellationToken) => connection.StartAsync(query, trace, cancellationToken), credits);

                // The export is billed when its file is ready, not by the answer to the start: the
                // budget counts it as spent now, so that no later call can spend the same credits.
                credits?.Spend(backlinks ?? 0);
                WriteObject(task);
            }
            catch (JobEndedException rejected)
            {
                // Quota used up: every further export would be refused too.
                ThrowFailure(rejected, target);
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, target);
            }
        }
    }

    /// <summary>
    /// With a credit budget in force, the backlinks an export of <paramref name="target"/> will be
    /// billed for: its live backlinks, read with backlinks/count (10 credits, itself held against
    /// the budget), since an export costs 1 credit per backlink and a budget must be able to refuse
    /// one before it starts. Null without a budget: nothing is read, nothing extra is spent.
    /// </summary>
    private long? BacklinksToHold(ApiConnection connection, string target)
    {
        if (ModuleSession.CreditsLeft(ApiKind.SeRankingData) is null)
        {
            return null;
        }

        var count = BacklinkOperations.Count;
        using var hold = ModuleSession.Reserve(ApiKind.SeRankingData, count.Forecast(1, 1), "backlinks/count for " + target + " (the size of its export, for the credit budget)");
        var answer = this.Run((trace, cancellationToken) => connection.BatchAsync(count, [target], targets => new TargetsQuery { Targets = targets, Mode = Mode }, trace, cancellationToken), hold);
        var result = answer[0];
        if (result.Error is { } failure)
        {
            throw failure;
        }

        var backlinks = result.Value?.Count ?? 0;
        WriteVerbose($"{target} has {backlinks:N0} live backlinks: its export is held as {backlinks:N0} credits against the budget.");
        return backlinks;
    }
}
