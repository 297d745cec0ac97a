using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.UrlTags;

/// <summary>
/// Attaches a URL tag to pages and domains and detaches it from others (free). The API toggles
/// each page given, so the cmdlet reads the tag first and sends only what must change.
/// </summary>
[Cmdlet(VerbsCommon.Set, "SrProjectUrlTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectUrlTag)]
public sealed class SetSrProjectUrlTagCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property (Get-SrProjectUrlTag output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The tag; from the pipeline by a TagId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("tag_id")]
    [ValidateRange(1, long.MaxValue)]
    public long TagId { get; set; }

    /// <summary>Pages to attach the tag to (those it has already are left alone).</summary>
    [Parameter]
    public string[]? AddUrl { get; set; }

    /// <summary>Pages to detach it from (those it does not have are left alone).</summary>
    [Parameter]
    public string[]? RemoveUrl { get; set; }

    /// <summary>Domains to attach it to.</summary>
    [Parameter]
    public string[]? AddDomain { get; set; }

    /// <summary>Domains to detach it from.</summary>
    [Parameter]
    public string[]? RemoveDomain { get; set; }

    /// <summary>Write the tag as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        UrlTagEdit edit;
        try
        {
            edit = new UrlTagEdit { AddUrls = AddUrl, RemoveUrls = RemoveUrl, AddDomains = AddDomain, RemoveDomains = RemoveDomain }.Checked();
        }
        catch (System.ArgumentException refused)
        {
            WriteFailure(refused, TagId);
            return;
        }

        // What -WhatIf names is every page given; which of them flip is known only after the read.
        var shown = new ProjectUrlTagChange { SiteId = SiteId, TagIds = [TagId], Urls = [.. edit.AddUrls ?? [], .. edit.RemoveUrls ?? []], Domains = [.. edit.AddDomains ?? [], .. edit.RemoveDomains ?? []] };
        if (!this.ConfirmProjectChange(ProjectUrlTagOperations.Toggle, shown, "Attach and detach pages of"))
        {
            return;
        }

        var (siteId, tagId, passThru) = (SiteId, TagId, PassThru.IsPresent);
        var tag = this.CallProject((connection, trace, token) => connection.ChangeAsync(siteId, tagId, edit, passThru, trace, token), tagId);
        if (tag is not null && passThru)
        {
            WriteObject(tag);
        }
    }
}
