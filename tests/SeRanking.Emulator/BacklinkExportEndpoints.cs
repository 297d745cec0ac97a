using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using SeRanking.Emulator.Routes;

namespace SeRanking.Emulator;

/// <summary>
/// The backlink export flow (§3): <c>GET v1/backlinks/export</c> starts an export of every backlink
/// of a target (1 credit per backlink, charged at the start; a target named <c>reject-*</c> is
/// refused as when the account's export quota is used up); <c>export/status</c> answers
/// queued_for_processing, processing, then complete with a download URL; the file is a gzip CSV
/// of the target's backlinks (rows-N.example.com has N), generated while it is written, never
/// held. Files are served without the key from <c>export/c/…</c> (the link itself is the secret),
/// on this emulator or on the one <see cref="EmulatorOptions.ExportDownloadBase"/> names.
/// </summary>
internal sealed class BacklinkExportEndpoints(EmulatorOptions options)
{
    public const string FilePrefix = "export/c/";

    private readonly ConcurrentDictionary<string, ExportTask> _tasks = new(StringComparer.Ordinal);
    private long _lastId = 104232;

    public ApiResponse Start(ApiCall call, DataAccount account)
    {
        var request = new RouteRequest(call);
        var target = request.Target;
        if (string.IsNullOrWhiteSpace(target))
        {
            return ErrorBodies.Data(400, "Parameter target is missing.");
        }

        var mode = request.Value("mode") is { Length: > 0 } given ? given : "host";
        if (mode is not ("host" or "domain" or "url"))
        {
            return ErrorBodies.Data(400, "Unsupported 'mode' format. Supported 'mode' formats are 'host' (default), 'domain', 'url'.");
        }

        if (Hosts.HostOf(target).StartsWith("reject-", StringComparison.OrdinalIgnoreCase))
        {
            return ApiResponse.Written(200, json =>
            {
                json.WriteStartObject();
                json.WriteString("task_status", "rejected");
                json.WriteEndObject();
            });
        }

        var rows = BacklinkRoutes.Size(target);
        if (DataApiEndpoints.Charge(call, account, rows) is { } unpaid)
        {
            return unpaid;
        }

        var id = "7_" + (call.DryRun ? Interlocked.Read(ref _lastId) + 1 : Interlocked.Increment(ref _lastId)).ToString(CultureInfo.InvariantCulture);
        if (!call.DryRun)
        {
            _tasks[id] = new ExportTask(id, account.Key, target, mode, rows, options.ExportReadsUntilDone);
        }

        return Status(id, "queued_for_processing", null);
    }

    public ApiResponse ReadStatus(ApiCall call, DataAccount account)
    {
        var id = call.QueryValue("task_id");
        if (string.IsNullOrEmpty(id))
        {
            return ErrorBodies.Data(400, "Parameter task_id is missing.");
        }

        if (!_tasks.TryGetValue(id, out var task) || task.OwnerKey != account.Key)
        {
            return ErrorBodies.Data(404, ErrorBodies.NotFound);
        }

        var left = call.DryRun ? task.ReadsLeft : task.Read();
        if (left > 0)
        {
            return Status(id, left == options.ExportReadsUntilDone ? "queued_for_processing" : "processing", null);
        }

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{task.Target}|{task.Mode}|{task.Rows.ToString(CultureInfo.InvariantCulture)}"));
        var host = options.ExportDownloadBase?.AbsoluteUri ?? call.PublicBase;
        return Status(id, "complete", host + FilePrefix + token + "-" + id + ".csv.gz");
    }

    /// <summary>The file of a download link: a gzip CSV written row by row as it is sent.</summary>
    public static ApiResponse File(ApiCall call)
    {
        var name = call.Path[FilePrefix.Length..];
        var dash = name.LastIndexOf('-');
        string[] parts;
        try
        {
            parts = dash > 0 && name.EndsWith(".csv.gz", StringComparison.Ordinal)
                ? Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(name[..dash])).Split('|')
                : [];
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
        {
            return ErrorBodies.Data(404, ErrorBodies.NotFound);
        }

        var target = parts[0];
        return ApiResponse.StreamedFile(200, "application/gzip", async (stream, cancellationToken) =>
        {
            await using var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            async Task SendAsync()
            {
                await gzip.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }

            Append(buffer, "url_from,url_to,anchor,nofollow,inlink_rank,domain_inlink_rank,first_seen,last_visited\r\n");
            var day = new DateTime(2024, 1, 1);
            for (var i = 0L; i < rows; i++)
            {
                var rank = BacklinkRoutes.Mix(target, i, -1, 100);
                var anchor = (i % 7) switch
                {
                    0 => "\"best \"\"camping\"\" gear, reviewed\"",
                    1 => string.Empty,
                    _ => "anchor " + (i % 50).ToString(CultureInfo.InvariantCulture),
                };
                Append(buffer, string.Create(CultureInfo.InvariantCulture, $"https://site{BacklinkRoutes.Mix(target, i, 1, 5000)}.example.org/page-{i},https://{target}/p{i % 97},{anchor},{(i % 4 == 0 ? 1 : 0)},{rank},{BacklinkRoutes.Mix(target, i + 1, 0, 100)},{day.AddDays(i % 700):yyyy-MM-dd},{day.AddDays(700 + (i % 300)):yyyy-MM-dd}\r\n"));
                if (buffer.WrittenCount > 48 * 1024)
                {
                    await SendAsync();
                }
            }

            await SendAsync();
        });
    }

    private static void Append(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static ApiResponse Status(string id, string status, string? url) => ApiResponse.Written(200, json =>
    {
        json.WriteStartObject();
        json.WriteString("task_id", id);
        json.WriteString("task_status", status);
        if (url is not null)
        {
            json.WriteString("download_url", url);
        }

        json.WriteEndObject();
    });

    private sealed class ExportTask(string id, string ownerKey, string target, string mode, long rows, int readsUntilDone)
    {
        private int _readsLeft = readsUntilDone;

        public string Id { get; } = id;

        public string OwnerKey { get; } = ownerKey;

        public string Target { get; } = target;

        public string Mode { get; } = mode;

        public long Rows { get; } = rows;

        public int ReadsLeft => Volatile.Read(ref _readsLeft);

        /// <summary>Counts a status read; the reads left before it (0: complete).</summary>
        public int Read()
        {
            while (true)
            {
                var left = Volatile.Read(ref _readsLeft);
                if (left <= 0 || Interlocked.CompareExchange(ref _readsLeft, left - 1, left) == left)
                {
                    return Math.Max(0, left);
                }
            }
        }
    }
}
