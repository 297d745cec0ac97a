using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
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
            using var credits = ModuleSession.Reserve(ApiKind.SeRankingData, BacklinkExportOperations.Start.Forecast(0, 1), "backlinks/export for " + target);
            try
            {
                WriteObject(this.Run((trace, cancellationToken) => connection.StartAsync(query, trace, cancellationToken), credits));
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
}
