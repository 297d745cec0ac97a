using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Lists the account's projects, all or those named (wildcards, matched here) or given by id (free).</summary>
[Cmdlet(VerbsCommon.Get, "SrProject", DefaultParameterSetName = NameSet)]
[OutputType(OutputTypeNames.ProjectSite)]
public sealed class GetSrProjectCommand : SrCmdlet
{
    private const string NameSet = "Name";
    private const string IdSet = "Id";

    private readonly List<WildcardPattern> _names = [];
    private readonly HashSet<long> _ids = [];

    /// <summary>Projects whose title or URL matches one of these patterns; every project when absent.</summary>
    [Parameter(Position = 0, ParameterSetName = NameSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Projects by id; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] SiteId { get; set; } = [];

    protected override void OnBegin() => SeRanking.Session.ModuleSession.Require(ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        _names.AddRange((Name ?? []).Select(name => new WildcardPattern(name, WildcardOptions.IgnoreCase)));
        _ids.UnionWith(SiteId);
    }

    // One read of the list, however many names or ids came down the pipeline.
    protected override void OnEnd() => this.StreamRows(ProjectSiteOperations.List, NoQuery.Value, RowWindow.Everything, "the projects", Wanted);

    private bool Wanted(ProjectSite site) =>
        ParameterSetName == IdSet
            ? _ids.Contains(site.SiteId)
            : _names.Count == 0 || _names.Any(name => name.IsMatch(site.Title ?? string.Empty) || name.IsMatch(site.Url ?? string.Empty) || name.IsMatch(HostOf(site.Url)));

    /// <summary>"shop*" matches https://shop.example as well as a title: the URL's host without its scheme.</summary>
    private static string HostOf(string? url) =>
        (url ?? string.Empty).Replace("https://", string.Empty).Replace("http://", string.Empty).TrimEnd('/');
}
