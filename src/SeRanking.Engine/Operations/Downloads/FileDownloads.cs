using System;
using System.IO;
using System.IO.Compression;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Operations.Downloads;

/// <summary>A file written by <see cref="FileDownloads.SaveAsync"/>.</summary>
/// <param name="Path">Where it was written (full path).</param>
/// <param name="BytesReceived">Bytes that came over the network (compressed where the file was).</param>
/// <param name="BytesWritten">Bytes written to the file.</param>
/// <param name="Decompressed">True when the file came gzipped and was written decompressed.</param>
[Models.TableView("Name", "BytesWritten", "BytesReceived", "Decompressed", "Path")]
public sealed record DownloadedFile(string Path, long BytesReceived, long BytesWritten, bool Decompressed)
{
    /// <summary>The file's name, without its folder.</summary>
    public string Name => global::System.IO.Path.GetFileName(Path);
}

/// <summary>
/// Operations whose answer is a file (a backlink export's <c>.csv.gz</c>, a SERP task's HTML
/// archive): the body is read as it arrives, never held whole, decompressed on the fly when it is
/// gzip (told by its first bytes, whatever its name or media type says), and either written to a
/// file or handed to a reader (the export's rows). Goes through the key's rate limiter, retries
/// and error mapping like every other call.
/// </summary>
public static class FileDownloads
{
    private const int CopyBuffer = 81920;

    /// <summary>
    /// Writes the file at <paramref name="url"/> (absolute, as the API handed it out, or relative
    /// to the API's base) to <paramref name="path"/>. A failure part-way removes the partial file.
    /// </summary>
    /// <param name="connection">The connection; its key goes only to the API's own host (see <see cref="RequestMessages"/>).</param>
    /// <param name="url">The file's URL.</param>
    /// <param name="path">The file to write (created or overwritten).</param>
    /// <param name="decompress">Write a gzip body decompressed (a <c>.csv.gz</c> as CSV); false writes the bytes as they came.</param>
    /// <param name="about">What the download is about, for messages ("backlink export 7_104233").</param>
    /// <param name="trace">Where the call is reported.</param>
    /// <param name="cancellationToken">Ends the download (Ctrl+C); the partial file is removed.</param>
    public static async Task<DownloadedFile> SaveAsync(
        this ApiConnection connection, Uri url, string path, bool decompress, string about, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidInputException("OutFile", "-OutFile is required: give the path of the file to write.");
        }

        return await connection.SaveAsync(connection.FileRequest(url, about), path, decompress, trace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="SaveAsync(ApiConnection, Uri, string, bool, string, IApiTrace?, CancellationToken)"/>, for a file at a path of the API (a SERP task's HTML archive).</summary>
    internal static async Task<DownloadedFile> SaveAsync(
        this ApiConnection connection, ApiRequest request, string path, bool decompress, IApiTrace? trace, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidInputException("OutFile", "-OutFile is required: give the path of the file to write.");
        }

        var full = System.IO.Path.GetFullPath(path);

        // The file is created first: a path that cannot be written fails before anything is sent.
        var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, CopyBuffer, useAsync: true);
        var written = 0L;
        var gzip = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        OpenFile? answer = null;
        try
        {
            answer = await connection.OpenFileAsync(request, trace, cancellationToken).ConfigureAwait(false);
            var counted = new CountingStream(answer.Body);
            using (var body = decompress ? await OpenDecompressedAsync(counted, cancellationToken).ConfigureAwait(false) : counted)
            {
                gzip = body is GZipStream;
                var buffer = new byte[CopyBuffer];
                while (true)
                {
                    int read;
                    try
                    {
                        read = await body.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                    }
                    catch (InvalidDataException broken)
                    {
                        throw connection.Failures.Malformed(answer.Request, answer.StatusCode, answer.Attempts, "the file is not valid gzip: " + broken.Message, broken);
                    }
                    catch (Exception cut) when (!cancellationToken.IsCancellationRequested && cut is IOException or HttpRequestException or TimeoutException)
                    {
                        // A file is not asked for again half-way: the next attempt is the user's.
                        throw connection.Failures.FromException(answer.Request, answer.Attempts, cut);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    written += read;
                }
            }

            file.Dispose();
            connection.ReportDownloaded(answer.Request, answer.Open, clock.Elapsed, trace);
            return new DownloadedFile(full, counted.BytesRead, written, gzip);
        }
        catch
        {
            file.Dispose();
            TryDelete(full);
            throw;
        }
        finally
        {
            answer?.Dispose();
        }
    }

    /// <summary>Opens the file at <paramref name="url"/>: its body as it arrives (the caller disposes the answer).</summary>
    internal static Task<OpenFile> OpenFileAsync(this ApiConnection connection, Uri url, string about, IApiTrace? trace, CancellationToken cancellationToken) =>
        connection.OpenFileAsync(connection.FileRequest(url, about), trace, cancellationToken);

    /// <summary>Opens the file a request asks for.</summary>
    internal static async Task<OpenFile> OpenFileAsync(this ApiConnection connection, ApiRequest request, IApiTrace? trace, CancellationToken cancellationToken)
    {
        var open = await connection.OpenAsync(request, trace, cancellationToken).ConfigureAwait(false);
        return new OpenFile(request, open);
    }

    /// <summary>The request for a URL the API handed out (absolute) or a path under its base (relative).</summary>
    internal static ApiRequest FileRequest(this ApiConnection connection, Uri url, string about)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        if (url is null)
        {
            throw new ArgumentNullException(nameof(url));
        }

        var absolute = url.IsAbsoluteUri ? url : new Uri(connection.BaseUri, url);
        if (absolute.Scheme != Uri.UriSchemeHttps && absolute.Scheme != Uri.UriSchemeHttp)
        {
            throw new InvalidInputException("DownloadUrl", $"The download URL '{absolute}' is not an http(s) URL.");
        }

        return new ApiRequest(HttpMethod.Get, absolute.AbsolutePath.TrimStart('/'))
        {
            AbsoluteUrl = absolute,
            Target = about,
        };
    }

    /// <summary>
    /// The body decompressed when its first two bytes are gzip's magic number (1F 8B), else as it
    /// came: a server may send a <c>.csv.gz</c> as is, or with Content-Encoding (which HttpClient
    /// already undid), or plain.
    /// </summary>
    internal static async Task<Stream> OpenDecompressedAsync(Stream body, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var got = 0;
        while (got < head.Length)
        {
            var read = await body.ReadAsync(head, got, head.Length - got, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            got += read;
        }

        var whole = new PrefixedStream(head, got, body);
        return got == 2 && head[0] == 0x1F && head[1] == 0x8B ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind only if another process holds it; the error that caused this is what matters.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>An open file answer and the request that fetched it, for messages.</summary>
    internal sealed class OpenFile(ApiRequest request, OpenAnswer open) : IDisposable
    {
        public ApiRequest Request { get; } = request;

        public OpenAnswer Open { get; } = open;

        public Stream Body => Open.Body;

        public int StatusCode => Open.StatusCode;

        public int Attempts => Open.Attempts;

        public void Dispose() => Open.Dispose();
    }

    /// <summary>The bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixedStream(byte[] prefix, int count, Stream inner) : ReadOnlyStream
    {
        private int _offset;

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int length, CancellationToken cancellationToken)
        {
            if (_offset < count)
            {
                var take = Math.Min(length, count - _offset);
                Array.Copy(prefix, _offset, buffer, offset, take);
                _offset += take;
                return take;
            }

            return await inner.ReadAsync(buffer, offset, length, cancellationToken).ConfigureAwait(false);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Counts the bytes read through it (what came over the network).</summary>
    private sealed class CountingStream(Stream inner) : ReadOnlyStream
    {
        public long BytesRead { get; private set; }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int length, CancellationToken cancellationToken)
        {
            var read = await inner.ReadAsync(buffer, offset, length, cancellationToken).ConfigureAwait(false);
            BytesRead += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>A forward-only stream read asynchronously; the synchronous read blocks on it (GZipStream may call it).</summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
