using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Groups;

/// <summary>
/// Moves keywords into a keyword group of their project (free), gathering pipeline input into
/// requests of up to 200 keyword ids.
/// </summary>
[Cmdlet(VerbsCommon.Move, "SrProjectKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectKeyword)]
public sealed class MoveSrProjectKeywordCommand : SrCmdlet
{
    private readonly List<long> _pending = [];
    private long? _pendingSite;

    /// <summary>The keywords; from the pipeline by value or by a KeywordId property (Get-SrProjectKeyword output).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] KeywordId { get; set; } = [];

    /// <summary>The keyword group to move them into (Get-SrProjectKeywordGroup, New-SrProjectKeywordGroup).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long GroupId { get; set; }

    /// <summary>The keywords' project: only -PassThru needs it, to read them back; piped keywords bring it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? SiteId { get; set; }

    /// <summary>Write the keywords as they are afterwards (one more request per batch, reading the project's keywords; needs -SiteId).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (PassThru.IsPresent && SiteId is null)
        {
            WriteFailure(new InvalidInputException("SiteId", "-PassThru reads the keywords back from their project: give -SiteId too (piped keywords bring it)."), GroupId);
            return;
        }

        if (_pending.Count > 0 && _pendingSite != SiteId)
        {
            Flush();
        }

        _pendingSite = SiteId;
        foreach (var id in KeywordId.Where(id => !_pending.Contains(id)))
        {
            _pending.Add(id);
            if (_pending.Count == ProjectGroupMoveQuery.BatchSize)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var query = new ProjectGroupMoveQuery { GroupId = GroupId, Ids = _pending.ToList() };
        _pending.Clear();
        if (!this.ConfirmProjectChange(ProjectGroupOperations.MoveKeywords, query, "Move"))
        {
            return;
        }

        var (ids, site) = (new HashSet<long>(query.Ids), PassThru.IsPresent ? _pendingSite : null);
        var keywords = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectGroupOperations.MoveKeywords, query, trace, token).ConfigureAwait(false);
                return site is { } siteId
                    ? (await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = siteId }, trace, token).ConfigureAwait(false)).Where(keyword => ids.Contains(keyword.KeywordId)).ToList()
                    : null;
            },
            "group " + query.GroupId.ToString(CultureInfo.InvariantCulture));
        foreach (var keyword in keywords ?? [])
        {
            WriteObject(keyword);
        }
    }
}
