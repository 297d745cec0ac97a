using System;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Serpstat.Audit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Serpstat.Audit;

/// <summary>
/// Changes site-audit settings of Serpstat projects (AuditSite.setSettings; free): reads the
/// project's settings, changes only what is given, sends them all (Serpstat needs every block).
/// </summary>
[Cmdlet(VerbsCommon.Set, "SerpstatSiteAuditSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatAuditSettings)]
public sealed class SetSerpstatSiteAuditSettingCommand : SrCmdlet
{
    /// <summary>Projects; from the pipeline by value or by a ProjectId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[] ProjectId { get; set; } = [];

    /// <summary>The audit's name.</summary>
    [Parameter]
    [ValidateLength(1, 300)]
    public string? Name { get; set; }

    /// <summary>The most pages to scan (pagesLimit).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long PagesLimit { get; set; }

    /// <summary>Requests per second to the site, 1 to 30 (scanSpeed).</summary>
    [Parameter]
    [ValidateRange(1, 30)]
    public int ScanSpeed { get; set; }

    /// <summary>Serpstat's user-agent code, 0 to 5 (userAgent).</summary>
    [Parameter]
    [ValidateRange(0, 5)]
    public int UserAgent { get; set; }

    /// <summary>Scan subdomains too (subdomainsCheck).</summary>
    [Parameter]
    public bool SubdomainsCheck { get; set; }

    /// <summary>Let Serpstat choose the speed (autoSpeed).</summary>
    [Parameter]
    public bool AutoSpeed { get; set; }

    /// <summary>Let Serpstat choose the user agent (autoUserAgent).</summary>
    [Parameter]
    public bool AutoUserAgent { get; set; }

    /// <summary>Scan pages marked noindex (scanNoIndex).</summary>
    [Parameter]
    public bool ScanNoIndex { get; set; }

    /// <summary>Scan pages whose canonical points elsewhere (scanWrongCanonical).</summary>
    [Parameter]
    public bool ScanWrongCanonical { get; set; }

    /// <summary>Obey robots.txt (robotsTxt).</summary>
    [Parameter]
    public bool RobotsTxt { get; set; }

    /// <summary>Check images too (withImages).</summary>
    [Parameter]
    public bool WithImages { get; set; }

    /// <summary>Serpstat's scanDuration.</summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long ScanDuration { get; set; }

    /// <summary>How deep to follow folders (folderDepth).</summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long FolderDepth { get; set; }

    /// <summary>How deep to follow links (urlDepth).</summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long UrlDepth { get; set; }

    /// <summary>Words whose pages are not scanned; an empty text turns that off.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? DontScanKeywords { get; set; }

    /// <summary>Words whose pages alone are scanned; an empty text turns that off.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? OnlyScanKeywords { get; set; }

    /// <summary>User name and password for sites behind HTTP authentication (baseAuthBlock).</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Who gets the report by e-mail (mailTriggerSettings.emails).</summary>
    [Parameter]
    public string[]? MailEmails { get; set; }

    /// <summary>Serpstat's mail interval code, 0 to 5.</summary>
    [Parameter]
    [ValidateRange(0, 5)]
    public int MailInterval { get; set; }

    /// <summary>Send the report by e-mail.</summary>
    [Parameter]
    public bool MailEnabled { get; set; }

    /// <summary>Serpstat's schedule code, 0 (none) to 5 (scheduleRepeatOption).</summary>
    [Parameter]
    [ValidateRange(0, 5)]
    public int ScheduleRepeatOption { get; set; }

    /// <summary>1 to 3 (scanSetting.type: the site, a URL list, an imported file; meaning unconfirmed).</summary>
    [Parameter]
    [ValidateRange(1, 3)]
    public int ScanType { get; set; }

    /// <summary>The URL list to scan (scanSetting.list).</summary>
    [Parameter]
    public string[]? ScanList { get; set; }

    /// <summary>Write the settings read back after the change.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in ProjectId)
        {
            var query = QueryFor(id);
            var project = "project " + id.ToString(CultureInfo.InvariantCulture);
            try
            {
                _ = SerpstatAuditOperations.SetSettings.Prepare(query);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, id);
                continue;
            }

            if (!ShouldProcess(
                $"{SerpstatAuditOperations.SetSettings.Endpoint}: change the site-audit settings of {project} ({string.Join(", ", Changed())}); free (no credits).",
                $"Change the site-audit settings of {project} ({string.Join(", ", Changed())})? (free)",
                "Change Serpstat data"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.Serpstat);
            try
            {
                var settings = this.Run((trace, cancellationToken) => connection.SetSettingsAsync(query, trace, cancellationToken));
                if (PassThru)
                {
                    WriteObject(settings);
                }
            }
            catch (Exception failure) when (failure is ApiException or ArgumentException)
            {
                WriteFailure(failure, id);
            }
        }
    }

    private System.Collections.Generic.IEnumerable<string> Changed()
    {
        foreach (var name in MyInvocation.BoundParameters.Keys)
        {
            if (name is not (nameof(ProjectId) or nameof(PassThru) or "WhatIf" or "Confirm" or "Verbose" or "Debug" or "ErrorAction" or "WarningAction" or "InformationAction" or "ErrorVariable" or "WarningVariable" or "InformationVariable" or "OutVariable" or "OutBuffer" or "PipelineVariable" or "ProgressAction"))
            {
                yield return "-" + name;
            }
        }
    }

    private SerpstatAuditSettingsQuery QueryFor(long id) => new()
    {
        ProjectId = id,
        Name = Name,
        PagesLimit = Given(nameof(PagesLimit)) ? PagesLimit : null,
        ScanSpeed = Given(nameof(ScanSpeed)) ? ScanSpeed : null,
        UserAgent = Given(nameof(UserAgent)) ? UserAgent : null,
        SubdomainsCheck = Given(nameof(SubdomainsCheck)) ? SubdomainsCheck : null,
        AutoSpeed = Given(nameof(AutoSpeed)) ? AutoSpeed : null,
        AutoUserAgent = Given(nameof(AutoUserAgent)) ? AutoUserAgent : null,
        ScanNoIndex = Given(nameof(ScanNoIndex)) ? ScanNoIndex : null,
        ScanWrongCanonical = Given(nameof(ScanWrongCanonical)) ? ScanWrongCanonical : null,
        RobotsTxt = Given(nameof(RobotsTxt)) ? RobotsTxt : null,
        WithImages = Given(nameof(WithImages)) ? WithImages : null,
        ScanDuration = Given(nameof(ScanDuration)) ? ScanDuration : null,
        FolderDepth = Given(nameof(FolderDepth)) ? FolderDepth : null,
        UrlDepth = Given(nameof(UrlDepth)) ? UrlDepth : null,
        DontScanKeywords = DontScanKeywords,
        OnlyScanKeywords = OnlyScanKeywords,
        AuthLogin = Credential?.UserName,
        AuthPassword = Credential?.GetNetworkCredential().Password,
        MailEmails = MailEmails,
        MailInterval = Given(nameof(MailInterval)) ? MailInterval : null,
        MailEnabled = Given(nameof(MailEnabled)) ? MailEnabled : null,
        ScheduleRepeatOption = Given(nameof(ScheduleRepeatOption)) ? ScheduleRepeatOption : null,
        ScanType = Given(nameof(ScanType)) ? ScanType : null,
        ScanList = ScanList,
    };

    private bool Given(string name) => MyInvocation.BoundParameters.ContainsKey(name);
}
