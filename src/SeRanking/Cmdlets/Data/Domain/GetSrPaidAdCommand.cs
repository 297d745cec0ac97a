using System;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets paid search ads month by month: the keywords a domain advertises on (-Domain), or the
/// domains advertising on a keyword (-Keyword), in one or more regional databases, in pages of up
/// to 100 (100 credits per page). One row per keyword (or advertiser) and month.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrPaidAd", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.PaidAdKeyword, ParameterSetName = [DomainSet])]
[OutputType(OutputTypeNames.PaidAdAdvertiser, ParameterSetName = [KeywordSet])]
public sealed class GetSrPaidAdCommand : PagedCmdlet
{
    private const string DomainSet = "Domain";
    private const string KeywordSet = "Keyword";

    /// <summary>Advertisers whose ads to read; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Keywords whose advertisers to read; from the pipeline by a Keyword property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = KeywordSet)]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>The first month (the day is ignored).</summary>
    [Parameter]
    public DateTime? From { get; set; }

    /// <summary>The last month (the day is ignored).</summary>
    [Parameter]
    public DateTime? To { get; set; }

    protected override void OnProcess()
    {
        var byKeyword = ParameterSetName == KeywordSet;
        foreach (var subject in byKeyword ? Keyword : Domain.Select(d => d.Value))
        {
            foreach (var source in Source)
            {
                var about = $"{subject} in '{source}'";
                if (byKeyword)
                {
                    this.WriteRows(DomainOperations.AdsByKeyword, new PaidAdQuery { Keyword = subject, Source = source, From = From, To = To }, Window, about);
                }
                else
                {
                    this.WriteRows(DomainOperations.AdsByDomain, new PaidAdQuery { Domain = subject, Source = source, From = From, To = To }, Window, about);
                }
            }
        }
    }
}
