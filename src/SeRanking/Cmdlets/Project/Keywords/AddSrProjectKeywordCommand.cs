using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Keywords;

/// <summary>
/// Adds keywords to projects (free; counts against the plan's keywords), gathering pipeline input
/// into requests of up to 500 keywords per project, and writes one result per keyword.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SrProjectKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectKeywordResult)]
public sealed class AddSrProjectKeywordCommand : SrCmdlet
{
    private readonly List<NewProjectKeyword> _pending = [];
    private long _pendingSite;

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The keywords; from the pipeline by value or by a Keyword (or Name) property, as Import-Csv gives a keyword column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>The keyword group to put them in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    public long? GroupId { get; set; }

    /// <summary>The page the keywords should rank with.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("target_url")]
    public string? TargetUrl { get; set; }

    /// <summary>Only the target page itself counts as ranking.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("is_strict")]
    public SwitchParameter IsStrict { get; set; }

    /// <summary>A note kept with each keyword.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Comment { get; set; }

    /// <summary>The project's search engines to track them on; every engine when absent.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long[]? SiteEngineId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (_pending.Count > 0 && _pendingSite != SiteId)
        {
            Flush();
        }

        _pendingSite = SiteId;
        foreach (var text in Keyword)
        {
            var keyword = new NewProjectKeyword
            {
                Keyword = text,
                GroupId = GroupId,
                TargetUrl = TargetUrl,
                IsStrict = IsStrict.IsPresent ? true : null,
                Comment = Comment,
                SiteEngineIds = SiteEngineId,
            };
            try
            {
                keyword.Validate();
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, text);
                continue;
            }

            _pending.Add(keyword);
            if (_pending.Count == ProjectKeywordAddQuery.BatchSize)
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

        var batch = _pending.ToList();
        var siteId = _pendingSite;
        _pending.Clear();
        var query = new ProjectKeywordAddQuery { SiteId = siteId, Keywords = batch };
        var count = batch.Count.ToString("N0", CultureInfo.InvariantCulture);
        if (!this.ConfirmProjectChange(ProjectKeywordOperations.Add, query, batch.Count == 1 ? $"Add '{batch[0].Keyword}' to" : $"Add {count} keywords to"))
        {
            return;
        }

        var results = this.CallProject((connection, trace, token) => connection.AddAllAsync(siteId, batch, trace, token), siteId) ?? [];
        foreach (var result in results)
        {
            if (result.Status == "Failed")
            {
                WriteFailure(new InvalidInputException("Keyword", $"'{result.Keyword}' was not added to project {siteId.ToString(CultureInfo.InvariantCulture)}: {result.Message}"), result.Keyword);
            }
            else
            {
                WriteObject(result);
            }
        }
    }
}
