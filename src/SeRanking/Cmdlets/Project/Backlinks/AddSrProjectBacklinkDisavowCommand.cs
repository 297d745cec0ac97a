using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>Adds URLs or domains to a project's disavow list: every one piped in, one request (free); -PassThru writes the entries added.</summary>
[Cmdlet(VerbsCommon.Add, "SrProjectBacklinkDisavow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkDisavow)]
public sealed class AddSrProjectBacklinkDisavowCommand : SrCmdlet
{
    private readonly Dictionary<long, List<string>> _urls = [];

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>URLs or domains; from the pipeline by value or by a Url property (Get-SrProjectBacklink rows, Import-Csv rows).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("list")]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Write the entries added, read back from the list.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (!_urls.TryGetValue(SiteId, out var urls))
        {
            _urls[SiteId] = urls = [];
        }

        foreach (var url in Url)
        {
            try
            {
                urls.Add(TargetRules.Validate(url, TargetKind.Any, "Url"));
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, url);
            }
        }
    }

    protected override void OnEnd()
    {
        var passThru = PassThru.IsPresent;
        foreach (var (site, urls) in _urls.Select(p => (p.Key, p.Value)).Where(p => p.Value.Count > 0))
        {
            var query = new ProjectBacklinkDisavowAddQuery { SiteId = site, Urls = urls };
            if (!this.ConfirmProjectChange(ProjectBacklinkOperations.Disavow, query, "Add"))
            {
                continue;
            }

            var added = this.CallProject(
                async (connection, trace, token) =>
                {
                    _ = await connection.SendAsync(ProjectBacklinkOperations.Disavow, query, trace, token).ConfigureAwait(false);
                    if (!passThru)
                    {
                        return null;
                    }

                    var list = await connection.ListAsync(ProjectBacklinkOperations.Disavowed, new ProjectSiteQuery { SiteId = site }, trace, token).ConfigureAwait(false);
                    return list.Where(entry => urls.Contains(entry.Url ?? string.Empty, StringComparer.Ordinal)).ToList();
                },
                site);
            if (added is not null)
            {
                WriteObject(added, enumerateCollection: true);
            }
        }
    }
}
