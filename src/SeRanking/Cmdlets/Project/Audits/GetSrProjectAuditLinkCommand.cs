using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets the links a project audit found, internal, external or all, filtered by status, type, nofollow and more (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditLink", SupportsPaging = true)]
[OutputType(OutputTypeNames.SiteAuditLink)]
public sealed class GetSrProjectAuditLinkCommand : PagedCmdlet
{
    /// <summary>The audit; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>internal, external or all (the API's default).</summary>
    [Parameter]
    [ValidateSet("internal", "external", "all")]
    [Alias("page_type")]
    public string? PageType { get; set; }

    /// <summary>Conditions as field=value: status, type, source_noindex, nofollow, anchor_type (status=404, nofollow=1).</summary>
    [Parameter]
    public string[]? Filter { get; set; }

    /// <summary>A link matches when any condition holds (or), rather than all of them (and).</summary>
    [Parameter]
    public SwitchParameter MatchAny { get; set; }

    private protected override Engine.ApiKind ApiKind => Engine.ApiKind.SeRankingProject;

    protected override void OnProcess() =>
        this.WriteRows(
            ProjectAuditOperations.FoundLinks,
            new ProjectAuditLinksQuery { AuditId = AuditId, PageType = PageType, Filter = Filter, MatchAny = MatchAny.IsPresent },
            Window,
            ProjectAudits.Describe(AuditId));
}
