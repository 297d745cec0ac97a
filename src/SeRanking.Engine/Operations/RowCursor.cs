using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace SeRanking.Engine.Operations;

/// <summary>
/// A stream of rows pulled one at a time: <see cref="MoveNextAsync"/> completes at once while the
/// rows of the current page last, and waits for the network only when a page is exhausted.
/// Nothing is read ahead of the caller. Disposing it closes the answer being read.
/// </summary>
public sealed class RowCursor<TRow> : IDisposable
    where TRow : class
{
    // Completed tasks for the common case, so that pulling a row already parsed allocates nothing.
    private static readonly Task<bool> Yes = Task.FromResult(true);
    private static readonly Task<bool> No = Task.FromResult(false);

    private readonly IAsyncEnumerator<TRow> _rows;
    private bool _disposed;

    internal RowCursor(IAsyncEnumerator<TRow> rows) => _rows = rows;

    /// <summary>The row the last successful <see cref="MoveNextAsync"/> moved to.</summary>
    public TRow Current => _rows.Current;

    /// <summary>
    /// The number of rows the API says the whole list holds, once an answer has said it (as soon
    /// as its first rows are read, where the total comes before them); null until then, or if
    /// the API never says.
    /// </summary>
    public long? AnnouncedTotal => (_rows as IAnnouncesTotal)?.AnnouncedTotal;

    /// <summary>Moves to the next row; false at the end of the stream.</summary>
    public Task<bool> MoveNextAsync()
    {
        var step = _rows.MoveNextAsync();
        return step.IsCompletedSuccessfully ? (step.Result ? Yes : No) : step.AsTask();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // The engine's streams close synchronously (they dispose the open answer); nothing waits here.
        var closing = _rows.DisposeAsync();
        if (!closing.IsCompletedSuccessfully)
        {
            closing.AsTask().GetAwaiter().GetResult();
        }
    }
}

/// <summary>A stream of rows that can tell the total the API announced for the list.</summary>
internal interface IAnnouncesTotal
{
    long? AnnouncedTotal { get; }
}
