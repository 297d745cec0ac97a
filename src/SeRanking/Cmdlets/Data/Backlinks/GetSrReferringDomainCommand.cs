using System;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>
/// Gets the domains linking to domains, hosts or URLs, or with -History those found or lost in a
/// date range (1 credit per row, up to 10,000).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrReferringDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.ReferringDomain)]
public sealed class GetSrReferringDomainCommand : BacklinkListCmdlet
{
    /// <summary>
    /// The list: date_found (default), domain_inlink_rank or inlink_rank. With -History:
    /// new_lost_date (default), domain_inlink_rank or inlink_rank.
    /// </summary>
    [Parameter]
    [Alias("order_by")]
    [ValidateSet("date_found", "new_lost_date", "domain_inlink_rank", "inlink_rank")]
    public string? OrderBy { get; set; }

    /// <summary>The referring domains found or lost in a date range (refdomains/history).</summary>
    [Parameter]
    public SwitchParameter History { get; set; }

    /// <summary>With -History: new or lost only; both when absent.</summary>
    [Parameter]
    [Alias("new_lost_type")]
    [ValidateSet("new", "lost")]
    public string? Type { get; set; }

    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    protected override void OnBegin()
    {
        if (!History.IsPresent && (Type is not null || From is not null || To is not null))
        {
            var given = Type is not null ? nameof(Type) : From is not null ? nameof(From) : nameof(To);
            ThrowFailure(new Engine.Errors.InvalidInputException(given, $"-{given} selects referring domains found or lost in a date range: add -History, or drop -{given}."), null);
        }

        // The two lists sort by different fields: a wrong one stops the command before any input is read.
        if (OrderBy is "new_lost_date" && !History.IsPresent || OrderBy is "date_found" && History.IsPresent)
        {
            ThrowFailure(new Engine.Errors.InvalidInputException(
                nameof(OrderBy),
                History.IsPresent
                    ? "-OrderBy date_found sorts the list of referring domains; with -History use new_lost_date, domain_inlink_rank or inlink_rank."
                    : "-OrderBy new_lost_date sorts the history (-History); the list takes date_found, domain_inlink_rank or inlink_rank."), null);
        }

        base.OnBegin();
    }

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            if (History.IsPresent)
            {
                this.WriteRows(
                    BacklinkOperations.ReferringDomainsHistory,
                    new BacklinkPeriodQuery { Target = target, Mode = Mode, Type = Type, From = From, To = To, OrderBy = OrderBy },
                    Window,
                    target);
            }
            else
            {
                this.WriteRows(BacklinkOperations.ReferringDomains, new BacklinkSortedQuery { Target = target, Mode = Mode, OrderBy = OrderBy }, Window, target);
            }
        }
    }
}
