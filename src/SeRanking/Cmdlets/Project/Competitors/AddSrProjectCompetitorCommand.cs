using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Competitors;

/// <summary>Adds competitors to a project (free) and writes each with its new CompetitorId.</summary>
[Cmdlet(VerbsCommon.Add, "SrProjectCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectCompetitor)]
public sealed class AddSrProjectCompetitorCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The competitors' sites: domains or URLs; from the pipeline by value or by a Url or Domain property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain")]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>A display name (one competitor at a time); the site when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    /// <summary>Subdomains count as the competitor's site.</summary>
    [Parameter]
    [Alias("subdomain_match")]
    public SwitchParameter SubdomainMatch { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var url in Url)
        {
            var query = new ProjectCompetitorAddQuery { SiteId = SiteId, Url = url, Name = Url.Length == 1 ? Name : null, SubdomainMatch = SubdomainMatch.IsPresent ? true : null };
            if (this.ConfirmProjectChange(ProjectCompetitorOperations.Add, query, "Add the competitor"))
            {
                if (this.CallProject((connection, trace, token) => connection.AddCompetitorAsync(query, trace, token), url) is { } competitor)
                {
                    WriteObject(competitor);
                }
            }
        }
    }
}
