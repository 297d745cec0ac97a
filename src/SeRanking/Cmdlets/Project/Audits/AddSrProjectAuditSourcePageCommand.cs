using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>
/// Uploads page URLs as a source of a project audit: every URL piped in goes into one text file,
/// one request (free); writes the uploaded list as Get-SrProjectAuditSourcePage lists it.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SrProjectAuditSourcePage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectAuditSourceList)]
public sealed class AddSrProjectAuditSourcePageCommand : SrCmdlet
{
    private readonly List<string> _urls = [];

    /// <summary>The audit.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("audit_id")]
    [ValidateRange(1, long.MaxValue)]
    public long AuditId { get; set; }

    /// <summary>Page URLs; from the pipeline by value or by a Url property (Import-Csv rows, Get-SrProjectAuditPage output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>The name the upload is listed under (default urls.txt).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? FileName { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess() => _urls.AddRange(Url);

    protected override void OnEnd()
    {
        if (_urls.Count == 0)
        {
            return;
        }

        var query = new ProjectAuditSourcePagesQuery { AuditId = AuditId, Url = _urls, FileName = FileName };
        if (!this.ConfirmProjectChange(ProjectAuditOperations.AddSourcePages, query, "Upload, as pages to crawl, to"))
        {
            return;
        }

        var (id, name) = (AuditId, (FileName ?? ProjectAuditSourcePagesQuery.DefaultFileName).Trim());
        var list = this.CallProject(
            async (connection, trace, token) =>
            {
                var answer = await connection.SendAsync(ProjectAuditOperations.AddSourcePages, query, trace, token).ConfigureAwait(false);
                var lists = await connection.ListAsync(ProjectAuditOperations.SourceLists, new ProjectAuditQuery { AuditId = id }, trace, token).ConfigureAwait(false);

                // The answer names no list: the newest of that name is the upload.
                return lists.Where(l => l.Name == name).OrderByDescending(l => l.ListId).FirstOrDefault()
                    ?? new ProjectAuditSourceList { AuditId = id, Name = name, Urls = answer?.Added };
            },
            id);
        if (list is not null)
        {
            WriteObject(list);
        }
    }
}
