using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the raw SERP HTML of crawled keywords, or saves it to files with -OutFolder (tasks.getKeywordSerp; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatSerpCrawlHtml")]
[OutputType(OutputTypeNames.SerpstatSerpHtml)]
public sealed class GetSerpstatSerpCrawlHtmlCommand : SrCmdlet
{
    private readonly HashSet<string> _done = [];

    /// <summary>The task; from the pipeline by a TaskId property (Get-SerpstatSerpCrawlResult output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("task_id")]
    [ValidateNotNullOrEmpty]
    public string TaskId { get; set; } = string.Empty;

    /// <summary>The keyword of the task; from the pipeline by a KeywordId property. A keyword piped in several times (one row per result) is read once.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("keyword_id")]
    [ValidateRange(1, long.MaxValue)]
    public long KeywordId { get; set; }

    /// <summary>A folder to save each page to, as &lt;TaskId&gt;-&lt;KeywordId&gt;.html; the Html property is then left empty.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutFolder { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        var key = TaskId.Trim() + "-" + KeywordId.ToString(CultureInfo.InvariantCulture);
        if (!_done.Add(key))
        {
            return;
        }

        var rows = this.CallSerpstat(SerpstatSerpCrawlOperations.Html, new SerpstatSerpCrawlReadQuery { TaskId = TaskId, KeywordId = KeywordId }, key);
        foreach (var page in rows ?? [])
        {
            if (OutFolder is { } folder)
            {
                var directory = SessionState.Path.GetUnresolvedProviderPathFromPSPath(folder);
                Directory.CreateDirectory(directory);
                page.Path = Path.Combine(directory, key + ".html");
                File.WriteAllText(page.Path, page.Html ?? string.Empty);
                page.Html = null;
            }

            WriteObject(page);
        }
    }
}
