using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Keywords;

/// <summary>Changes a keyword of a project (free): its text, group, target page, strictness, comment or engines.</summary>
[Cmdlet(VerbsCommon.Set, "SrProjectKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectKeyword)]
public sealed class SetSrProjectKeywordCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectKeyword output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The keyword; from the pipeline by a KeywordId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long KeywordId { get; set; }

    /// <summary>The keyword's text: required with -TargetUrl, -Comment or -SiteEngineId (the API refuses those without it); piped keywords bring it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? Keyword { get; set; }

    /// <summary>The keyword group to move it to.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    /// <summary>A new target page.</summary>
    [Parameter]
    public string? TargetUrl { get; set; }

    /// <summary>Whether only the target page counts as ranking.</summary>
    [Parameter]
    public bool? IsStrict { get; set; }

    /// <summary>A new note.</summary>
    [Parameter]
    public string? Comment { get; set; }

    /// <summary>The project's search engines to track it on: replaces the whole set.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long[]? SiteEngineId { get; set; }

    /// <summary>Write the keyword as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        // A keyword piped from Get-SrProjectKeyword brings its own text, which the API wants with most changes.
        var query = new ProjectKeywordUpdateQuery
        {
            SiteId = SiteId,
            KeywordId = KeywordId,
            Keyword = Keyword,
            GroupId = GroupId,
            TargetUrl = TargetUrl,
            IsStrict = IsStrict,
            Comment = Comment,
            SiteEngineIds = SiteEngineId,
        };
        if (!this.ConfirmProjectChange(ProjectKeywordOperations.Update, query, "Change"))
        {
            return;
        }

        var (siteId, keywordId, passThru) = (SiteId, KeywordId, PassThru.IsPresent);
        var keyword = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectKeywordOperations.Update, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindKeywordAsync(siteId, keywordId, trace, token).ConfigureAwait(false) : null;
            },
            keywordId);
        if (keyword is not null)
        {
            WriteObject(keyword);
        }
    }
}
