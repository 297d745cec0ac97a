using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Project.Audits;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Audits;

/// <summary>What New-SrProjectAudit and Set-SrProjectAuditSetting share: the crawl, schedule and report settings of a project audit.</summary>
public abstract class ProjectAuditSettingsCmdlet : SrCmdlet
{
    /// <summary>The most pages a crawl visits (1–300,000; the API's default is 1,000).</summary>
    [Parameter]
    [Alias("max_pages")]
    [ValidateRange(1, 300_000)]
    public int? MaxPages { get; set; }

    /// <summary>How many clicks deep from the start page the crawl goes (1–100).</summary>
    [Parameter]
    [Alias("max_depth")]
    [ValidateRange(1, 100)]
    public int? MaxDepth { get; set; }

    /// <summary>The crawler's user agent: 0 (SE Ranking bot) to 13; 1 is Googlebot.</summary>
    [Parameter]
    [Alias("user_agent")]
    [ValidateRange(0, 13)]
    public int? UserAgent { get; set; }

    /// <summary>Whether the crawl obeys robots.txt.</summary>
    [Parameter]
    [Alias("check_robots")]
    public bool? CheckRobots { get; set; }

    /// <summary>Only pages under these path prefixes (each starts with '/').</summary>
    [Parameter]
    public string[]? Allow { get; set; }

    /// <summary>No pages under these path prefixes (each starts with '/').</summary>
    [Parameter]
    public string[]? Disallow { get; set; }

    /// <summary>When the audit runs by itself: manual (never), week or month.</summary>
    [Parameter]
    [Alias("schedule_type")]
    [ValidateSet("manual", "week", "month")]
    public string? ScheduleType { get; set; }

    /// <summary>The day of the month (1–31) a monthly audit runs.</summary>
    [Parameter]
    [Alias("schedule_day")]
    [ValidateRange(1, 31)]
    public int? ScheduleDay { get; set; }

    /// <summary>The hour (0–23) a scheduled audit starts.</summary>
    [Parameter]
    [Alias("schedule_hour")]
    [ValidateRange(0, 23)]
    public int? ScheduleHour { get; set; }

    /// <summary>The weekdays (1 Monday … 7 Sunday) a weekly audit runs; replaces the saved days.</summary>
    [Parameter]
    [Alias("schedule_wdays")]
    [ValidateRange(1, 7)]
    public int[]? ScheduleWeekday { get; set; }

    /// <summary>Whether a report is e-mailed after each run.</summary>
    [Parameter]
    [Alias("send_report")]
    public bool? SendReport { get; set; }

    /// <summary>Who gets the report, one address per value; replaces the saved addresses.</summary>
    [Parameter]
    [Alias("report_emails")]
    public string[]? ReportEmail { get; set; }

    /// <summary>Issue codes the audit no longer reports (title_duplicate…); replaces the saved list. Tab completes codes.</summary>
    [Parameter]
    [Alias("disabled_issues")]
    [ArgumentCompleter(typeof(SiteAuditIssueCodeCompleter))]
    public string[]? DisabledIssue { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    internal ProjectAuditSettings SettingsGiven() => new()
    {
        MaxPages = MaxPages,
        MaxDepth = MaxDepth,
        UserAgent = UserAgent,
        CheckRobots = CheckRobots,
        Allow = Allow,
        Disallow = Disallow,
        ScheduleType = ScheduleType,
        ScheduleDay = ScheduleDay,
        ScheduleHour = ScheduleHour,
        ScheduleWeekday = ScheduleWeekday,
        SendReport = SendReport,
        ReportEmail = ReportEmail,
        DisabledIssue = DisabledIssue,
    };
}
