using System;
using System.Management.Automation;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Gets the authority of a domain (or, with -Of Page, of one page) over time, one row per date (1 credit per row).</summary>
[Cmdlet(VerbsCommon.Get, "SrBacklinkAuthorityHistory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.AuthorityHistoryPoint)]
public sealed class GetSrBacklinkAuthorityHistoryCommand : SrCmdlet
{
    /// <summary>Domains (reduced to their registrable domain) or, with -Of Page, page URLs.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>Domain (Domain InLink Rank, the default) or Page (InLink Rank of one page).</summary>
    [Parameter]
    [ValidateSet("Domain", "Page")]
    public string Of { get; set; } = "Domain";

    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>Day (the API's default), Week or Month.</summary>
    [Parameter]
    [ValidateSet("Day", "Week", "Month")]
    public string? Granularity { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var operation = string.Equals(Of, "Page", StringComparison.OrdinalIgnoreCase) ? BacklinkOperations.PageAuthorityHistory : BacklinkOperations.DomainAuthorityHistory;
        foreach (var target in Target)
        {
            var query = new AuthorityHistoryQuery
            {
                Target = target,
                From = From,
                To = To,
                Granularity = Granularity is null ? null : "by_" + Granularity.ToLowerInvariant(),
            };
            this.WriteRows(operation, query, RowWindow.Everything, target);
        }
    }
}
