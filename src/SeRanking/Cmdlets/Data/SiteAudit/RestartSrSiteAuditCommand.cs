using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Crawls website audits again with their saved settings (2 credits per page crawled, 20 with -Advanced); returns each audit, queued.</summary>
[Cmdlet(VerbsLifecycle.Restart, "SrSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class RestartSrSiteAuditCommand : SrCmdlet
{
    /// <summary>Audit ids; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>Recheck with JavaScript rendering (20 credits per page) rather than HTML (2).</summary>
    [Parameter]
    public SwitchParameter Advanced { get; set; }

    /// <summary>The max pages the audit was created with, for the forecast and the budget (default 1,000, the API's default); the saved settings apply.</summary>
    [Parameter]
    [ValidateRange(1, 300_000)]
    public int MaxPages { get; set; } = SiteAuditCreateQuery.DefaultMaxPages;

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var id in AuditId)
        {
            var query = new SiteAuditQuery { AuditId = id, Advanced = Advanced.IsPresent, MaxPages = MaxPages };
            var forecast = SiteAuditOperations.RecheckForecast(Advanced, MaxPages);
            var what = $"Recheck site audit {id} ({(Advanced ? "advanced" : "standard")}, up to {MaxPages:N0} pages)";
            if (!ShouldProcess($"{what}: {forecast}.", $"{what}? {forecast}.", "Spend SE Ranking Data API credits"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.SeRankingData);
            var hold = ModuleSession.Reserve(ApiKind.SeRankingData, forecast, what);
            try
            {
                var audit = this.Run((trace, cancellationToken) => connection.RecheckAsync(query, trace, cancellationToken));
                PendingCrawls.Keep(id, hold, SiteAuditOperations.RatePerPage(Advanced));
                hold = null;
                WriteObject(audit);
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, id);
            }
            finally
            {
                hold?.Dispose();
            }
        }
    }
}
