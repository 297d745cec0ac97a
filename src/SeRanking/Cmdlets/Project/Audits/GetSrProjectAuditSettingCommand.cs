using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>Gets the whole configuration of project audits, one row per setting (free); -Name filters with wildcards, here.</summary>
[Cmdlet(VerbsCommon.Get, "SrProjectAuditSetting")]
[OutputType(OutputTypeNames.ProjectAuditSetting)]
public sealed class GetSrProjectAuditSettingCommand : SrCmdlet
{
    /// <summary>The audits; from the pipeline by value or by an AuditId or Id property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] AuditId { get; set; } = [];

    /// <summary>Only settings whose API name matches one of these patterns (max_*, schedule_*).</summary>
    [Parameter(Position = 1)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var patterns = (Name ?? []).Select(pattern => new WildcardPattern(pattern, WildcardOptions.IgnoreCase)).ToList();
        foreach (var id in AuditId)
        {
            if (this.CallProject((connection, trace, token) => connection.ReadSettingsAsync(id, trace, token), id) is { } settings)
            {
                WriteObject(settings.Where(s => patterns.Count == 0 || patterns.Any(p => p.IsMatch(s.Name))), enumerateCollection: true);
            }
        }
    }
}
