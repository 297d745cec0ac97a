using System.Collections.Generic;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Engine.Operations.Polling;

namespace SeRanking.Session;

/// <summary>
/// The credits held on the session's budget for site-audit crawls still running. A crawl is
/// billed per page once it has run, long after Start-SrSiteAudit (or Restart-SrSiteAudit) ended,
/// so its forecast (max pages × rate) stays held here by audit id until a status read
/// (Get-SrSiteAudit -Id, Wait-SrSiteAudit) sees it finished; the hold then settles on the pages
/// really crawled. An audit that ends cancelled or expired keeps its hold: what it crawled
/// before it stopped is not known.
/// </summary>
internal static class PendingCrawls
{
    private static readonly object Gate = new();
    private static readonly Dictionary<long, (CreditReservation Hold, long Rate)> Held = [];

    /// <summary>Keeps <paramref name="hold"/> until the audit is seen finished; a hold already kept for it is settled at nothing first.</summary>
    public static void Keep(long auditId, CreditReservation? hold, long ratePerPage)
    {
        if (hold is null)
        {
            return;
        }

        lock (Gate)
        {
            if (Held.TryGetValue(auditId, out var earlier))
            {
                earlier.Hold.Dispose();
            }

            Held[auditId] = (hold, ratePerPage);
        }
    }

    /// <summary>Settles the hold of an audit seen finished on the pages it crawled.</summary>
    public static void Settle(SiteAuditStatus status)
    {
        if (SiteAudits.Classify(status.Status) != JobStage.Done)
        {
            return;
        }

        (CreditReservation Hold, long Rate) entry;
        lock (Gate)
        {
            if (!Held.TryGetValue(status.AuditId, out entry))
            {
                return;
            }

            Held.Remove(status.AuditId);
        }

        entry.Hold.Spend((status.TotalPages ?? 0) * entry.Rate);
        entry.Hold.Dispose();
    }
}
