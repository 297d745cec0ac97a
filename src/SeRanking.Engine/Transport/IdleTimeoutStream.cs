using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Engine.Transport;

/// <summary>
/// The body of a streamed answer, read with a timeout on each read rather than on the whole
/// body: a consumer that takes its time (Export-Csv to a slow disk) must not time out the
/// answer, but a server that stops sending must. Hand-written because HttpClient offers only a
/// whole-request timeout. On runtimes whose reads ignore cancellation (.NET Framework), the
/// response is disposed instead, which ends the read.
/// </summary>
internal sealed class IdleTimeoutStream(Stream inner, HttpResponseMessage response, TimeSpan idleTimeout) : Stream
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

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        using var abort = idle.Token.Register(static r => ((HttpResponseMessage)r!).Dispose(), response);
        try
        {
            return await inner.ReadAsync(buffer, offset, count, idle.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or ObjectDisposedException or IOException or HttpRequestException)
        {
            throw new TimeoutException(
                $"the answer stopped arriving: no data for {idleTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s",
                ex);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
