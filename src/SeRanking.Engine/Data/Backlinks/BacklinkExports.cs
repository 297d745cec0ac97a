using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Downloads;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.Backlinks;

/// <summary>
/// The backlink export flow: start, wait, and receive the finished <c>.csv.gz</c>, streamed and
/// decompressed on the fly, either to a file (never held whole) or as <see cref="Backlink"/> rows
/// read one CSV record at a time.
/// </summary>
public static class BacklinkExports
{
    /// <summary>How messages name an export.</summary>
    public static string Describe(string taskId) => "backlink export " + taskId;

    /// <summary>Whether a status word means the file is ready (complete; done or finished in other sources).</summary>
    public static bool IsComplete(string? status) => status is not null && (
        status.Equals("complete", StringComparison.OrdinalIgnoreCase) || status.Equals("completed", StringComparison.OrdinalIgnoreCase)
        || status.Equals("done", StringComparison.OrdinalIgnoreCase) || status.Equals("finished", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a status word is an end without a file.</summary>
    public static bool IsFailed(string? status) => status is not null && (
        status.Equals("rejected", StringComparison.OrdinalIgnoreCase) || status.Equals("failed", StringComparison.OrdinalIgnoreCase)
        || status.Equals("error", StringComparison.OrdinalIgnoreCase) || status.Equals("expired", StringComparison.OrdinalIgnoreCase)
        || status.Equals("cancelled", StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts an export; a <c>rejected</c> answer (the account's export quota is used up) is a <see cref="JobEndedException"/>.</summary>
    /// <exception cref="JobEndedException">The API refused to start it.</exception>
    public static async Task<BacklinkExportTask> StartAsync(
        this ApiConnection connection, BacklinkExportQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var task = await connection.GetAsync(BacklinkExportOperations.Start, query, trace, cancellationToken).ConfigureAwait(false);
        if (IsFailed(task.Status) || string.IsNullOrEmpty(task.TaskId))
        {
            throw new JobEndedException("backlink export of " + query.Target, task.Status ?? "rejected");
        }

        return task;
    }

    /// <summary>Reads where an export stands (free).</summary>
    public static Task<BacklinkExportTask> ReadStatusAsync(this ApiConnection connection, string taskId, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(BacklinkExportOperations.Status, new BacklinkExportStatusQuery { TaskId = taskId }, trace, cancellationToken);

    /// <summary>Waits for exports: each handed out as soon as its file is ready; rejected or failed ones as <see cref="JobEndedException"/>; the ids still running returned at the timeout.</summary>
    public static Task<IReadOnlyList<string>> WaitAsync(
        this ApiConnection connection,
        IReadOnlyList<string> taskIds,
        PollOptions options,
        IJobPollObserver<string, BacklinkExportTask> observer,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default) =>
        JobPoller.WaitAsync(
            taskIds,
            (taskId, token) => connection.ReadStatusAsync(taskId, trace, token),
            task => new JobReading(
                IsComplete(task.Status) ? JobStage.Done : IsFailed(task.Status) ? JobStage.Failed : JobStage.Running,
                task.Status ?? "processing"),
            Describe,
            options,
            observer,
            cancellationToken);

    /// <summary>
    /// The download URL of an export: the one given, else read from its status (which must be
    /// complete). Relative URLs are taken from the API's base.
    /// </summary>
    /// <exception cref="JobNotDoneException">The export is still running.</exception>
    /// <exception cref="JobEndedException">The export ended without a file.</exception>
    public static async Task<Uri> DownloadUrlAsync(
        this ApiConnection connection, string? taskId, string? downloadUrl, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(downloadUrl))
        {
            var id = Check.Required("TaskId", taskId);
            var status = await connection.ReadStatusAsync(id, trace, cancellationToken).ConfigureAwait(false);
            if (IsFailed(status.Status))
            {
                throw new JobEndedException(Describe(id), status.Status!);
            }

            if (!IsComplete(status.Status))
            {
                throw new JobNotDoneException(Describe(id), status.Status ?? "processing", "Wait-SrBacklinkExport -TaskId " + id + " | Receive-SrBacklinkExport");
            }

            downloadUrl = status.DownloadUrl;
            if (string.IsNullOrWhiteSpace(downloadUrl))
            {
                throw connection.Failures.Malformed(
                    new ApiRequest(BacklinkExportOperations.Status.Method, BacklinkExportOperations.Status.Path) { Target = Describe(id) },
                    200,
                    1,
                    "the export is complete but its status names no download URL (looked for download_url, url, file_url, download_link, link, file)");
            }
        }

        return Uri.TryCreate(downloadUrl!.Trim(), UriKind.RelativeOrAbsolute, out var url)
            ? url
            : throw new InvalidInputException("DownloadUrl", $"'{downloadUrl}' is not a URL.");
    }

    /// <summary>Writes the export's file to <paramref name="path"/>, decompressed to CSV (or kept gzipped).</summary>
    public static Task<DownloadedFile> SaveExportAsync(
        this ApiConnection connection, Uri url, string path, bool keepCompressed, string about, IApiTrace? trace = null, CancellationToken cancellationToken = default) =>
        connection.SaveAsync(url, path, decompress: !keepCompressed, about, trace, cancellationToken);

    /// <summary>
    /// The export's backlinks, one row per CSV record, read as the file arrives: one record is
    /// held at a time, however large the export. Columns are matched by name (url_from, url_to,
    /// anchor, nofollow, inlink_rank, domain_inlink_rank, first_seen, last_visited, in any case,
    /// with spaces or underscores); other columns are kept in AdditionalFields.
    /// </summary>
    public static RowCursor<Backlink> OpenRows(
        this ApiConnection connection, Uri url, string? target, string? mode, string about, IApiTrace? trace, CancellationToken cancellationToken) =>
        new(ReadRowsAsync(connection, url, target, mode, about, trace, cancellationToken).GetAsyncEnumerator(cancellationToken));

    internal static async IAsyncEnumerable<Backlink> ReadRowsAsync(
        ApiConnection connection, Uri url, string? target, string? mode, string about, IApiTrace? trace, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var answer = await connection.OpenFileAsync(url, about, trace, cancellationToken).ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var body = await FileDownloads.OpenDecompressedAsync(answer.Body, cancellationToken).ConfigureAwait(false);
        using var text = new StreamReader(body, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var csv = new CsvRecordReader(text);
        if (!await ReadAsync(connection, answer, csv, cancellationToken).ConfigureAwait(false))
        {
            yield break;
        }

        var columns = ExportColumns.Of(csv.Current);
        while (await ReadAsync(connection, answer, csv, cancellationToken).ConfigureAwait(false))
        {
            var row = columns.Read(csv.Current);
            row.Target = target ?? string.Empty;
            row.Mode = mode;
            yield return row;
        }

        connection.ReportDownloaded(answer.Request, answer.Open, clock.Elapsed, trace);
    }

    private static async Task<bool> ReadAsync(ApiConnection connection, FileDownloads.OpenFile answer, CsvRecordReader csv, CancellationToken cancellationToken)
    {
        try
        {
            return await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException broken)
        {
            throw connection.Failures.Malformed(answer.Request, answer.StatusCode, answer.Attempts, "the file is not a valid gzip CSV: " + broken.Message, broken)
                .AfterRows(Math.Max(0, csv.RecordCount - 1));
        }
        catch (Exception cut) when (!cancellationToken.IsCancellationRequested && cut is IOException or System.Net.Http.HttpRequestException or TimeoutException)
        {
            throw connection.Failures.FromException(answer.Request, answer.Attempts, cut).AfterRows(Math.Max(0, csv.RecordCount - 1));
        }
    }

    /// <summary>Which CSV column feeds which property, from the header.</summary>
    private sealed class ExportColumns
    {
        private readonly int[] _known;
        private readonly List<(int Index, string Name)> _extra = [];

        private ExportColumns(int[] known) => _known = known;

        private enum Field
        {
            UrlFrom,
            UrlTo,
            Anchor,
            Nofollow,
            InlinkRank,
            DomainInlinkRank,
            FirstSeen,
            LastVisited,
        }

        public static ExportColumns Of(IReadOnlyList<string> header)
        {
            var known = new int[8];
            for (var i = 0; i < known.Length; i++)
            {
                known[i] = -1;
            }

            var columns = new ExportColumns(known);
            for (var i = 0; i < header.Count; i++)
            {
                var name = Normalise(header[i]);
                Field? field = name switch
                {
                    "url_from" or "source_url" or "from_url" or "referring_page" or "referring_url" => Field.UrlFrom,
                    "url_to" or "target_url" or "to_url" => Field.UrlTo,
                    "anchor" or "anchor_text" => Field.Anchor,
                    "nofollow" or "no_follow" => Field.Nofollow,
                    "inlink_rank" or "page_inlink_rank" => Field.InlinkRank,
                    "domain_inlink_rank" => Field.DomainInlinkRank,
                    "first_seen" or "date_found" or "found_date" => Field.FirstSeen,
                    "last_visited" or "last_seen" or "last_checked" => Field.LastVisited,
                    _ => null,
                };
                if (field is { } f && known[(int)f] < 0)
                {
                    known[(int)f] = i;
                }
                else
                {
                    columns._extra.Add((i, name));
                }
            }

            return columns;
        }

        public Backlink Read(IReadOnlyList<string> record)
        {
            var row = new Backlink
            {
                UrlFrom = Text(record, Field.UrlFrom) ?? string.Empty,
                UrlTo = Text(record, Field.UrlTo) ?? string.Empty,
                Anchor = Text(record, Field.Anchor),
                Nofollow = Flag(Text(record, Field.Nofollow)),
                InlinkRank = Rank(Text(record, Field.InlinkRank)),
                DomainInlinkRank = Rank(Text(record, Field.DomainInlinkRank)),
                FirstSeen = LenientDateTimeConverter.Parse(Text(record, Field.FirstSeen)),
                LastVisited = LenientDateTimeConverter.Parse(Text(record, Field.LastVisited)),
            };

            foreach (var (index, name) in _extra)
            {
                if (index < record.Count && record[index].Length > 0)
                {
                    row.AdditionalFields ??= [];
                    row.AdditionalFields[name] = JsonSerializer.SerializeToElement(record[index], BacklinkExportJsonContext.Default.String);
                }
            }

            return row;
        }

        private string? Text(IReadOnlyList<string> record, Field field)
        {
            var index = _known[(int)field];
            return index >= 0 && index < record.Count && record[index].Length > 0 ? record[index] : null;
        }

        private static string Normalise(string name) =>
            name.Trim().Trim('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

        private static bool Flag(string? text) => text is not null && (
            text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("nofollow", StringComparison.OrdinalIgnoreCase));

        private static int? Rank(string? text) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank) && rank >= 0 ? rank : null;
    }
}
