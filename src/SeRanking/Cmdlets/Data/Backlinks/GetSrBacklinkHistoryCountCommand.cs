using System;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>
/// Gets, day by day, how many backlinks (or referring domains) domains, hosts or URLs gained and
/// lost, or with -Cumulative how many backlinks were live (100 credits per target).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkHistoryCount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = NewLostSet)]
[OutputType(OutputTypeNames.BacklinkDailyCount)]
public sealed class GetSrBacklinkHistoryCountCommand : SrCmdlet
{
    private const string NewLostSet = "NewLost";
    private const string CumulativeSet = "Cumulative";

    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    /// <summary>Backlinks (the default) or ReferringDomains.</summary>
    [Parameter(ParameterSetName = NewLostSet)]
    [ValidateSet("Backlinks", "ReferringDomains")]
    public string Of { get; set; } = "Backlinks";

    /// <summary>new or lost only; both when absent.</summary>
    [Parameter(ParameterSetName = NewLostSet)]
    [Alias("new_lost_type")]
    [ValidateSet("new", "lost")]
    public string? Type { get; set; }

    /// <summary>The live backlinks of each day instead of those found and lost.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CumulativeSet)]
    public SwitchParameter Cumulative { get; set; }

    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var operation = Cumulative.IsPresent ? BacklinkOperations.HistoryCumulative
            : string.Equals(Of, "ReferringDomains", StringComparison.OrdinalIgnoreCase) ? BacklinkOperations.ReferringDomainsHistoryCount
            : BacklinkOperations.HistoryCount;
        foreach (var target in Target)
        {
            this.WriteRows(operation, new BacklinkPeriodQuery { Target = target, Mode = Mode, Type = Type, From = From, To = To }, RowWindow.Everything, target);
        }
    }
}
