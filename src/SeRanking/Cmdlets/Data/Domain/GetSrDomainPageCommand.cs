using System.Management.Automation;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the ranking pages of domains in one or more regional databases, with their keyword counts and traffic, in pages of up to 1,000 rows (100 credits per request).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainPage", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.DomainPage)]
public sealed class GetSrDomainPageCommand : DomainBreakdownCmdlet
{
    private protected override void Read(DomainBreakdownQuery query, string about) => this.WriteRows(DomainOperations.Pages, query, Window, about);
}
