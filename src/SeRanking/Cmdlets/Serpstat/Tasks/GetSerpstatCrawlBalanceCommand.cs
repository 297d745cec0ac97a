using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the Serpstat crawling balance (money for SERP crawling, volume checks and classification) and its prices per keyword (tasks.getParsingBalance; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatCrawlBalance")]
[OutputType(OutputTypeNames.SerpstatCrawlBalance)]
public sealed class GetSerpstatCrawlBalanceCommand : SrCmdlet
{
    protected override void OnEnd() => this.WriteOne(SerpstatSerpCrawlOperations.Balance, NoQuery.Value);
}
