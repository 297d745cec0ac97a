using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Saves the raw HTML of finished SERP tasks' result pages, a ZIP archive per task, written as it arrives (free).</summary>
[Cmdlet(VerbsData.Save, "SrSerpTaskHtml")]
[OutputType(OutputTypeNames.DownloadedFile)]
public sealed class SaveSrSerpTaskHtmlCommand : SrCmdlet
{
    /// <summary>Task ids; from the pipeline by value or by a TaskId or Id property (Wait-SrSerpTask output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateRange(1, long.MaxValue)]
    public long[] TaskId { get; set; } = [];

    /// <summary>The file to write, or a folder (each task gets serp-task-ID.zip there).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("Path")]
    [ValidateNotNullOrEmpty]
    public string OutFile { get; set; } = string.Empty;

    protected override void OnBegin() => ModuleSession.Require(ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        foreach (var id in TaskId)
        {
            var path = this.OutFilePath(OutFile, "serp-task-" + id.ToString(CultureInfo.InvariantCulture) + ".zip");
            this.WriteSavedFile((trace, cancellationToken) => connection.SaveHtmlAsync(id, path, trace, cancellationToken), id);
        }
    }
}
