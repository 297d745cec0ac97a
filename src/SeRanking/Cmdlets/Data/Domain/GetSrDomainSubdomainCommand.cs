using System.Management.Automation;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>
/// Gets the subdomains of domains in one or more regional databases, with their keyword counts and traffic, in pages of up to 1,000 rows (100 credits per request).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDomainSubdomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.DomainSubdomain)]
public sealed class GetSrDomainSubdomainCommand : DomainBreakdownCmdlet
{
    private protected override void Read(DomainBreakdownQuery query, string about) => this.WriteRows(DomainOperations.Subdomains, query, Window, about);
}
