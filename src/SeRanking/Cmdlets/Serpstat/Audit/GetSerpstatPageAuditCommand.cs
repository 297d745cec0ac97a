using System.Management.Automation;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>Gets the one-page audits with their latest report (AuditOnePage.getPagesList), or with -NamesOnly their names (pageNames); free.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatPageAudit", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatPageAuditInfo)]
public sealed class GetSerpstatPageAuditCommand : SerpstatListCmdlet
{
    /// <summary>The pages of this team member (teamMemberId).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long TeamMemberId { get; set; }

    /// <summary>Names, URLs and finished report counts only, every page in one call.</summary>
    [Parameter]
    public SwitchParameter NamesOnly { get; set; }

    protected override void OnEnd()
    {
        var query = new SerpstatPageAuditQuery { TeamMemberId = MyInvocation.BoundParameters.ContainsKey(nameof(TeamMemberId)) ? TeamMemberId : null };
        this.WriteRows(NamesOnly ? SerpstatPageAuditOperations.Names : SerpstatPageAuditOperations.Pages, query, Window, "one-page audits");
    }
}
