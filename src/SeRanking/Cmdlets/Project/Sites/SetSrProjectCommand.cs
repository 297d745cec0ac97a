using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Changes a project's settings (free): only what is given changes.</summary>
[Cmdlet(VerbsCommon.Set, "SrProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectSite)]
public sealed class SetSrProjectCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProject output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>A new name, 1–255 characters.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Title { get; set; }

    /// <summary>A new site URL.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Url { get; set; }

    /// <summary>Results checked: 100 or 200.</summary>
    [Parameter]
    [ValidateSet("100", "200")]
    public string? Depth { get; set; }

    /// <summary>Whether subdomains count as the site.</summary>
    [Parameter]
    public bool? SubdomainMatch { get; set; }

    /// <summary>Whether only the exact URL counts.</summary>
    [Parameter]
    public bool? ExactUrl { get; set; }

    /// <summary>Daily, Every3Days, Weekly, Monthly or Manual.</summary>
    [Parameter]
    [ValidateSet("Daily", "Every3Days", "Weekly", "Monthly", "Manual")]
    public string? CheckFrequency { get; set; }

    /// <summary>The day of weekly (1–7) or monthly (1–31) checks.</summary>
    [Parameter]
    [ValidateRange(1, 31)]
    public int? CheckDay { get; set; }

    /// <summary>The project group to move it to.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    /// <summary>Whether automatic reports are sent.</summary>
    [Parameter]
    public bool? AutoReports { get; set; }

    /// <summary>$true pauses the project (no checks), $false resumes it.</summary>
    [Parameter]
    public bool? Paused { get; set; }

    /// <summary>Write the project as it is afterwards (one more request, reading the project list).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectSettingsQuery
        {
            SiteId = SiteId,
            Title = Title,
            Url = Url,
            Depth = Depth is null ? null : int.Parse(Depth, System.Globalization.CultureInfo.InvariantCulture),
            SubdomainMatch = SubdomainMatch,
            ExactUrl = ExactUrl,
            CheckFrequency = CheckFrequency,
            CheckDay = CheckDay,
            GroupId = GroupId,
            AutoReports = AutoReports,
            Paused = Paused,
        };
        if (!this.ConfirmProjectChange(ProjectSiteOperations.Update, query, "Change"))
        {
            return;
        }

        var siteId = SiteId;
        var passThru = PassThru.IsPresent;
        var site = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(ProjectSiteOperations.Update, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.FindAsync(siteId, trace, token).ConfigureAwait(false) : null;
            },
            siteId);
        if (site is not null)
        {
            WriteObject(site);
        }
    }
}
