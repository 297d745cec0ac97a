using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Creates a project website audit and starts its first crawl (free of credits; pages count against the plan's audit limit); writes the audit, queued.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class NewSrProjectAuditCommand : ProjectAuditSettingsCmdlet
{
    /// <summary>The site to audit: a domain or host; from the pipeline by value or by a Domain or Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Url")]
    [ValidateNotNullOrEmpty]
    public string Domain { get; set; } = string.Empty;

    /// <summary>The audit's title (at most 300 characters); the domain when absent.</summary>
    [Parameter(Position = 1)]
    public string? Title { get; set; }

    protected override void OnProcess()
    {
        var query = new ProjectAuditCreateQuery { Domain = Domain, Title = Title, Settings = SettingsGiven() };
        if (this.ConfirmProjectChange(ProjectAuditOperations.Create, query, "Create an audit of, and start crawling,")
            && this.CallProject((connection, trace, token) => connection.CreateProjectAuditAsync(query, trace, token), Domain) is { } audit)
        {
            WriteObject(audit);
        }
    }
}
