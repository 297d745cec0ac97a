using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.UrlTags;

/// <summary>Creates a URL tag in a project, attached to pages and domains (free), and writes it as the project lists it.</summary>
[Cmdlet(VerbsCommon.New, "SrProjectUrlTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectUrlTag)]
public sealed class NewSrProjectUrlTagCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The tag's name.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Name { get; set; } = string.Empty;

    /// <summary>Pages to tag.</summary>
    [Parameter]
    [Alias("urls")]
    public string[]? Url { get; set; }

    /// <summary>Domains to tag (every page of each).</summary>
    [Parameter]
    [Alias("domains")]
    public string[]? Domain { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectUrlTagCreateQuery { SiteId = SiteId, Name = Name, Urls = Url, Domains = Domain };
        if (this.ConfirmProjectChange(ProjectUrlTagOperations.Create, query, "Create the URL tag"))
        {
            if (this.CallProject((connection, trace, token) => connection.CreateTagAsync(query, trace, token), Name) is { } tag)
            {
                WriteObject(tag);
            }
        }
    }
}
