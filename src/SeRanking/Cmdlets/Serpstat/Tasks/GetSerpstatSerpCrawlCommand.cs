using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the Serpstat SERP crawling tasks of the last 7 days with their progress (tasks.getList; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSerpCrawl", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatSerpCrawlInfo)]
public sealed class GetSerpstatSerpCrawlCommand : SerpstatListCmdlet
{
    protected override void OnEnd() => this.WriteRows(SerpstatSerpCrawlOperations.List, NoQuery.Value, Window, "SERP crawling tasks");
}
