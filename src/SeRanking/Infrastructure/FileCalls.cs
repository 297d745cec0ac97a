using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Downloads;
using SeRanking.Engine.Transport;

namespace SeRanking.Infrastructure;

/// <summary>
/// How cmdlets receive files (an export's CSV, a SERP task's HTML archive): written to -OutFile
/// as they arrive, or read row by row onto the pipeline, with the session's trace and Ctrl+C.
/// </summary>
internal static class FileCalls
{
    /// <summary>
    /// The file -OutFile names, as a file-system path: relative to the current location, and a
    /// folder (existing, or written with a trailing separator) takes <paramref name="defaultName"/>.
    /// </summary>
    public static string OutFilePath(this PSCmdlet cmdlet, string outFile, string defaultName)
    {
        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(outFile);
        return Directory.Exists(path) || outFile.EndsWith("/", StringComparison.Ordinal) || outFile.EndsWith("\\", StringComparison.Ordinal)
            ? Path.Combine(path, defaultName)
            : path;
    }

    /// <summary>Runs a download to a file and writes what was written (path, bytes), or the failure naming <paramref name="about"/>.</summary>
    public static void WriteSavedFile(this SrCmdlet cmdlet, Func<IApiTrace, CancellationToken, Task<DownloadedFile>> save, object about)
    {
        try
        {
            var file = cmdlet.Run(save);
            cmdlet.WriteVerbose($"Wrote {file.BytesWritten:N0} bytes to {file.Path} ({file.BytesReceived:N0} bytes received{(file.Decompressed ? ", decompressed" : string.Empty)}).");
            cmdlet.WriteObject(file);
        }
        catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
        {
            cmdlet.WriteFailure(failure, about);
        }
    }

    /// <summary>
    /// Writes the rows of a cursor to the pipeline one at a time, as they are read from the file:
    /// nothing is read ahead of the pipeline, so Select-Object -First and Ctrl+C stop the download.
    /// </summary>
    public static void WriteCursorRows<TRow>(this SrCmdlet cmdlet, Func<IApiTrace, CancellationToken, RowCursor<TRow>> open, object about)
        where TRow : class
    {
        using var pump = new PipelineThreadPump();
        var trace = new EngineCalls.VerboseTrace(pump, cmdlet, credits: null);
        try
        {
            using var rows = open(trace, cmdlet.StopToken);
            while (pump.Await(rows.MoveNextAsync()))
            {
                cmdlet.WriteObject(rows.Current);
            }
        }
        catch (Exception failure) when (failure is ApiException or ArgumentException or JobEndedException or JobNotDoneException)
        {
            cmdlet.WriteFailure(failure, about);
        }
    }
}
