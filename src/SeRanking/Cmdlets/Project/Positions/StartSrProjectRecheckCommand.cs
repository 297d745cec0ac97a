using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Positions;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Positions;

/// <summary>
/// Starts position checks now (free; the plan pays for checks) for whole projects, one of their
/// search engines, or chosen keywords, and writes what was started for Wait-SrProjectRecheck.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SrProjectRecheck", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectRecheck)]
public sealed class StartSrProjectRecheckCommand : SrCmdlet
{
    // Keywords piped one by one are checked in one request per project and engine.
    private readonly Dictionary<(long Site, long Engine), List<long>> _keywords = [];

    /// <summary>The project; from the pipeline by value or by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>One search engine of the project; from the pipeline by a SiteEngineId property. Every engine when absent.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("site_engine_id")]
    public long? SiteEngineId { get; set; }

    /// <summary>Only these keywords (with -SiteEngineId); from the pipeline by a KeywordId property.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? KeywordId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (KeywordId is { Length: > 0 } keywords && SiteEngineId is { } engine)
        {
            if (!_keywords.TryGetValue((SiteId, engine), out var list))
            {
                _keywords[(SiteId, engine)] = list = [];
            }

            list.AddRange(keywords);
            return;
        }

        Start(new ProjectRecheckQuery { SiteId = SiteId, SiteEngineId = SiteEngineId, KeywordIds = KeywordId });
    }

    protected override void OnEnd()
    {
        foreach (var pair in _keywords)
        {
            Start(new ProjectRecheckQuery { SiteId = pair.Key.Site, SiteEngineId = pair.Key.Engine, KeywordIds = pair.Value.Distinct().ToList() });
        }
    }

    private void Start(ProjectRecheckQuery query)
    {
        if (this.ConfirmProjectChange(ProjectPositionOperations.Recheck, query, "Check the positions of")
            && this.CallProject((connection, trace, token) => connection.StartAsync(query, trace, token), query.SiteId) is { } recheck)
        {
            WriteObject(recheck);
        }
    }
}
