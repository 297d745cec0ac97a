using System;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the backlinks of domains, hosts or URLs found or lost in a date range (1 credit per row, up to 10,000).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkHistory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.NewLostBacklink)]
public sealed class GetSrBacklinkHistoryCommand : BacklinkListCmdlet
{
    /// <summary>new or lost; both when absent.</summary>
    [Parameter]
    [Alias("new_lost_type")]
    [ValidateSet("new", "lost")]
    public string? Type { get; set; }

    /// <summary>First day (the API's default: yesterday).</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>Last day (the API's default: today).</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>href or redirect links only.</summary>
    [Parameter]
    [Alias("link_type")]
    [ValidateSet("href", "redirect")]
    public string? LinkType { get; set; }

    /// <summary>text, image or undefined anchors only.</summary>
    [Parameter]
    [Alias("anchor_type")]
    [ValidateSet("text", "image", "undefined")]
    public string? AnchorType { get; set; }

    /// <summary>dofollow, nofollow or undefined links only.</summary>
    [Parameter]
    [ValidateSet("dofollow", "nofollow", "undefined")]
    public string? Follow { get; set; }

    /// <summary>Only links from this page or domain.</summary>
    [Parameter]
    [Alias("url_from")]
    public string? UrlFrom { get; set; }

    /// <summary>new_lost_date (the API's default), domain_inlink_rank or inlink_rank.</summary>
    [Parameter]
    [Alias("order_by")]
    [ValidateSet("new_lost_date", "domain_inlink_rank", "inlink_rank")]
    public string? OrderBy { get; set; }

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            var query = new BacklinkHistoryQuery
            {
                Target = target,
                Mode = Mode,
                Type = Type,
                From = From,
                To = To,
                LinkType = LinkType,
                AnchorType = AnchorType,
                LinkFollow = Follow,
                UrlFrom = UrlFrom,
                OrderBy = OrderBy,
            };
            this.WriteRows(BacklinkOperations.History, query, Window, target);
        }
    }
}
