using System.Management.Automation;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the crawled SERPs of a Serpstat SERP crawling task, one row per keyword and organic result (tasks.getTaskResult; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSerpCrawlResult")]
[OutputType(OutputTypeNames.SerpstatCrawledResult)]
public sealed class GetSerpstatSerpCrawlResultCommand : SrCmdlet
{
    /// <summary>Task ids; from the pipeline by value or by a TaskId property (Start- or Wait-SerpstatSerpCrawl output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = [];

    /// <summary>Only this page of the task's keywords (from 1); every page when absent.</summary>
    [Parameter]
    [ValidateRange(1, 100_000)]
    public int Page { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in TaskId)
        {
            // Serpstat pages a task's results by keyword without saying how many pages there are: read until a page is empty.
            var single = MyInvocation.BoundParameters.ContainsKey(nameof(Page));
            for (var page = single ? Page : 1; page <= SerpstatSerpCrawlOperations.MaxPages; page++)
            {
                var keywords = this.CallSerpstat(SerpstatSerpCrawlOperations.Results, new SerpstatSerpCrawlReadQuery { TaskId = id, Page = page }, SerpstatSerpCrawlOperations.Describe(id));
                foreach (var keyword in keywords ?? [])
                {
                    foreach (var result in SerpstatSerpCrawlOperations.ResultsOf(keyword))
                    {
                        WriteObject(result);
                    }
                }

                if (single || keywords is not { Count: > 0 })
                {
                    break;
                }
            }
        }
    }
}
