using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>Downloads a finished backlink export, decompressed on the fly: to a CSV file (-OutFile), or as backlink rows (free: the export was paid when started).</summary>
[Cmdlet(VerbsCommunications.Receive, "SrBacklinkExport")]
[OutputType(OutputTypeNames.Backlink, OutputTypeNames.DownloadedFile)]
public sealed class ReceiveSrBacklinkExportCommand : SrCmdlet
{
    /// <summary>The export's id; from the pipeline by value or by a TaskId property (Wait-SrBacklinkExport output).</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("task_id", "Id")]
    public string? TaskId { get; set; }

    /// <summary>The file's URL, as the export's status gave it; read from the status when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("download_url")]
    public string? DownloadUrl { get; set; }

    /// <summary>The exported target, written on each row.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Target { get; set; }

    /// <summary>The export's mode, written on each row.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Mode { get; set; }

    /// <summary>Write the file here instead of writing rows (a folder gets backlinks-TASKID.csv).</summary>
    [Parameter]
    [Alias("Path")]
    [ValidateNotNullOrEmpty]
    public string? OutFile { get; set; }

    /// <summary>With -OutFile: keep the file gzipped as it came (.csv.gz) rather than writing it as CSV.</summary>
    [Parameter]
    public SwitchParameter Compressed { get; set; }

    protected override void OnBegin()
    {
        if (Compressed && OutFile is null)
        {
            ThrowFailure(new InvalidInputException("Compressed", "-Compressed keeps the file as it came, so it needs -OutFile (rows are always read decompressed)."), null);
        }

        ModuleSession.Require(ApiKind.SeRankingData);
    }

    protected override void OnProcess()
    {
        var about = TaskId ?? DownloadUrl ?? string.Empty;
        if (string.IsNullOrWhiteSpace(TaskId) && string.IsNullOrWhiteSpace(DownloadUrl))
        {
            WriteFailure(new InvalidInputException("TaskId", "Give the export's -TaskId (or its -DownloadUrl): pipe Wait-SrBacklinkExport into this command."), null);
            return;
        }

        var connection = ModuleSession.Require(ApiKind.SeRankingData);
        var job = BacklinkExports.Describe(TaskId ?? "file");
        Uri url;
        try
        {
            url = this.Run((trace, cancellationToken) => connection.DownloadUrlAsync(TaskId, DownloadUrl, trace, cancellationToken));
        }
        catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
        {
            WriteFailure(failure, about);
            return;
        }

        if (OutFile is not null)
        {
            var path = this.OutFilePath(OutFile, "backlinks-" + (TaskId ?? "export") + (Compressed ? ".csv.gz" : ".csv"));
            this.WriteSavedFile((trace, cancellationToken) => connection.SaveExportAsync(url, path, Compressed.IsPresent, job, trace, cancellationToken), about);
            return;
        }

        this.WriteCursorRows((trace, cancellationToken) => connection.OpenRows(url, Target, Mode, job, trace, cancellationToken), about);
    }
}
