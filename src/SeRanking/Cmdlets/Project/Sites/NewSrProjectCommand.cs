using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.Sites;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Sites;

/// <summary>Creates a project (free; counts against the plan's projects) and writes it, with its new SiteId.</summary>
[Cmdlet(VerbsCommon.New, "SrProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectSite)]
public sealed class NewSrProjectCommand : SrCmdlet
{
    /// <summary>The site: a domain or URL (protocol optional).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Url { get; set; } = string.Empty;

    /// <summary>The project's name, 1–255 characters.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Title { get; set; } = string.Empty;

    /// <summary>Results checked: 100 (the API's default) or 200.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("100", "200")]
    public string? Depth { get; set; }

    /// <summary>Subdomains count as the site.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("subdomain_match")]
    public SwitchParameter SubdomainMatch { get; set; }

    /// <summary>Only the exact URL counts, not the rest of the domain.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("exact_url")]
    public SwitchParameter ExactUrl { get; set; }

    /// <summary>Daily (the API's default), Every3Days, Weekly, Monthly or Manual.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("check_freq")]
    [ValidateSet("Daily", "Every3Days", "Weekly", "Monthly", "Manual")]
    public string? CheckFrequency { get; set; }

    /// <summary>The day of weekly (1–7) or monthly (1–31) checks.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("check_day")]
    [ValidateRange(1, 31)]
    public int? CheckDay { get; set; }

    /// <summary>The project group to put it in.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("site_group_id")]
    public long? GroupId { get; set; }

    /// <summary>Send no automatic reports (they are on by default).</summary>
    [Parameter]
    public SwitchParameter NoAutoReports { get; set; }

    /// <summary>Do not run the site audit that comes with a new project.</summary>
    [Parameter]
    public SwitchParameter DisableAudit { get; set; }

    /// <summary>Create it paused (no checks until resumed with Set-SrProject -Paused:$false).</summary>
    [Parameter]
    public SwitchParameter Paused { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new ProjectSettingsQuery
        {
            Url = Url,
            Title = Title,
            Depth = Depth is null ? null : int.Parse(Depth, System.Globalization.CultureInfo.InvariantCulture),
            SubdomainMatch = SubdomainMatch.IsPresent ? true : null,
            ExactUrl = ExactUrl.IsPresent ? true : null,
            CheckFrequency = CheckFrequency,
            CheckDay = CheckDay,
            GroupId = GroupId,
            AutoReports = NoAutoReports.IsPresent ? false : null,
            DisableAudit = DisableAudit.IsPresent ? true : null,
            Paused = Paused.IsPresent ? true : null,
        };
        if (this.ConfirmProjectChange(ProjectSiteOperations.Create, query, "Create a project for"))
        {
            if (this.CallProject((connection, trace, token) => connection.CreateAsync(query, trace, token), Url) is { } site)
            {
                WriteObject(site);
            }
        }
    }
}
