using System;
using System.Globalization;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Operations;

/// <summary>
/// Turns the rows a caller wants into requests of one paging style: what each request asks for
/// (limit, page, offset, cursor), which rows of the answers to leave out, and when to stop. One
/// planner serves every operation; nothing about paging is written twice.
/// </summary>
internal sealed class PagePlanner
{
    private readonly Paging _paging;
    private readonly long? _wanted;
    private readonly int _size;
    private long _skipLeft;
    private long _taken;
    private long _page;
    private long _offset;
    private string? _cursor;
    private bool _done;
    private int _requested;

    /// <exception cref="InvalidInputException">The window asks for more rows than the operation can ever answer.</exception>
    public PagePlanner(Paging paging, RowWindow window)
    {
        window.Validate();
        _paging = paging;
        _wanted = window.Wanted(paging);
        CheckCeiling(paging, window);

        var (size, page, offset, skip) = Layout(paging, window, _wanted);
        _size = size;
        _page = page;
        _offset = offset;
        _skipLeft = skip;
    }

    /// <summary>Whether another request is to be sent.</summary>
    public bool HasPage => !_done;

    /// <summary>The page about to be asked for, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    /// <summary>The rows the request being sent asks for (0 where the operation takes no limit); set by <see cref="BeginPage"/>.</summary>
    public int RequestedRows => _requested;

    /// <summary>Whether every row wanted has been taken.</summary>
    public bool Satisfied => _wanted is { } wanted && _taken >= wanted;

    /// <summary>Rows handed out so far.</summary>
    public long Taken => _taken;

    /// <summary>Whether paging stopped at <see cref="Paging.Ceiling"/> with rows still wanted beyond it.</summary>
    public bool StoppedAtCeiling { get; private set; }

    /// <summary>The cursor the next request sends (none before the first answer).</summary>
    public string? Cursor => _cursor;

    /// <summary>
    /// The rows and requests <paramref name="window"/> takes at most; nulls where it cannot be
    /// bounded (every row of a list whose length is unknown).
    /// </summary>
    public static (long? Rows, long? Calls) Estimate(Paging paging, RowWindow window)
    {
        var wanted = window.Wanted(paging);
        if (paging.Style == PagingStyle.None)
        {
            return (null, 1);
        }

        CheckCeiling(paging, window);

        var (size, page, _, skip) = Layout(paging, window, wanted);
        if (paging.Ceiling is { } ceiling && paging.CanContinue)
        {
            // Paging ends at the ceiling, so every row of a list is a bounded number of rows.
            wanted = Math.Max(0, Math.Min(wanted ?? long.MaxValue, ceiling - window.Skip));
        }

        if (wanted is not { } rows)
        {
            return paging.Style == PagingStyle.Limit ? (size, 1) : (null, null);
        }

        return paging.Style switch
        {
            PagingStyle.Limit => (size, 1),
            PagingStyle.PageAndLimit => Pages(skip + rows, size) is var calls ? (calls * size, calls) : default,
            PagingStyle.OffsetAndLimit => (rows, Pages(rows, size)),
            _ => (skip + rows, Pages(skip + rows, size)),
        };

        static long Pages(long rows, int size) => Math.Max(1, (rows + size - 1) / size);
    }

    /// <summary>
    /// Decides what the next request asks for; call once before sending it. <paramref name="cap"/>
    /// limits the rows of this one request (a budget's worth), where the style lets page sizes
    /// change from one request to the next (offset and cursor).
    /// </summary>
    public void BeginPage(long? cap = null)
    {
        _requested = _paging.Style switch
        {
            PagingStyle.None => 0,
            PagingStyle.OffsetAndLimit when _wanted is { } wanted => (int)Math.Max(_paging.MinSize, Math.Min(_size, wanted - _taken)),
            _ => _size,
        };
        if (cap is { } most && _paging.Style is PagingStyle.OffsetAndLimit or PagingStyle.Cursor && _requested > most)
        {
            _requested = (int)Math.Max(1, most);
        }
    }

    /// <summary>Writes this request's paging parameters.</summary>
    public void WriteTo(RequestWriter writer)
    {
        switch (_paging.Style)
        {
            case PagingStyle.Limit:
                writer.Add(_paging.LimitName, (long)_size);
                break;
            case PagingStyle.PageAndLimit:
                writer.Add(_paging.PageName, _page).Add(_paging.LimitName, (long)_size);
                break;
            case PagingStyle.OffsetAndLimit:
                writer.Add(_paging.OffsetName, _offset).Add(_paging.LimitName, (long)RequestedRows);
                break;
            case PagingStyle.Cursor:
                writer.Add(_paging.LimitName, (long)RequestedRows).Add(_paging.CursorName, _cursor);
                break;
        }
    }

    /// <summary>Whether a row just read is handed out (false: left out by Skip, or past First).</summary>
    public bool Take()
    {
        if (_skipLeft > 0)
        {
            _skipLeft--;
            return false;
        }

        if (Satisfied)
        {
            return false;
        }

        _taken++;
        return true;
    }

    /// <summary>Records an answered request and decides whether another follows.</summary>
    /// <param name="rows">Rows the answer held.</param>
    /// <param name="cursor">The next cursor it gave, if any.</param>
    /// <param name="total">The total it announced, if any.</param>
    public void EndPage(int rows, string? cursor, long? total)
    {
        PageNumber++;
        var shortPage = _paging.Style != PagingStyle.None && rows < _requested;
        switch (_paging.Style)
        {
            case PagingStyle.PageAndLimit:
                _page++;
                break;
            case PagingStyle.OffsetAndLimit:
                _offset += rows;
                shortPage |= total is { } all && _offset >= all;
                break;
            case PagingStyle.Cursor:
                _cursor = string.IsNullOrEmpty(cursor) ? null : cursor;
                shortPage |= _cursor is null;
                break;
        }

        _done = !_paging.CanContinue || shortPage || rows == 0 || Satisfied;
        if (!_done && _paging.Ceiling is { } ceiling && Reached() >= ceiling)
        {
            // The API pages no further: say so unless the list is known to end here.
            _done = true;
            StoppedAtCeiling = total is not { } all || all > ceiling;
        }
    }

    /// <summary>Why a stream stopped at the ceiling and what reaches further, for a warning.</summary>
    public string DescribeCeiling(string endpoint, long? total) => string.Format(
        CultureInfo.InvariantCulture,
        "{0} stopped after row {1:N0}: paging reaches no further{2}.{3}",
        endpoint,
        _paging.Ceiling ?? 0,
        total is { } all ? string.Format(CultureInfo.InvariantCulture, " (the list holds {0:N0} rows)", all) : string.Empty,
        Beyond(_paging));

    /// <summary>
    /// For rows billed one by one: the page size whose pages bill the fewest rows to cover the
    /// skip and the rows wanted, in at most one call more than the fewest possible (each call
    /// costs time under a tight rate limit); for every row, the largest size the skip is a whole
    /// number of. Null when nothing beats asking for the skipped rows on the first page.
    /// </summary>
    private static int? Aligned(Paging paging, long skip, long? wanted)
    {
        if (wanted is not { } rows)
        {
            for (var size = paging.MaxSize; size >= paging.MinSize; size--)
            {
                if (skip % size == 0)
                {
                    return size;
                }
            }

            return null;
        }

        var fewestCalls = Math.Max(1, (rows + paging.MaxSize - 1) / paging.MaxSize);
        (int Size, long Billed, long Calls)? best = null;
        for (var size = paging.MaxSize; size >= paging.MinSize; size--)
        {
            var calls = ((skip % size) + rows + size - 1) / size;
            var billed = calls * size;
            if (calls <= fewestCalls + 1 && (best is not { } current || billed < current.Billed || (billed == current.Billed && calls < current.Calls)))
            {
                best = (size, billed, calls);
            }
        }

        return best?.Size;
    }

    private static void CheckCeiling(Paging paging, RowWindow window)
    {
        if (paging.Ceiling is { } ceiling && paging.CanContinue && window.Skip >= ceiling)
        {
            throw new InvalidInputException(
                "Skip",
                string.Format(CultureInfo.InvariantCulture, "Paging reaches no further than row {0:N0} of this list; -Skip {1:N0} starts beyond it.{2}", ceiling, window.Skip, Beyond(paging)));
        }
    }

    private static string Beyond(Paging paging) => paging.BeyondCeiling is { } export
        ? $" Use {export} for the rest."
        : " Narrow the query with filters to reach the rest.";

    /// <summary>Rows before the next request's first row.</summary>
    private long Reached() => _paging.Style switch
    {
        PagingStyle.PageAndLimit => (_page - 1) * _size,
        PagingStyle.OffsetAndLimit => _offset,
        _ => 0,
    };

    private static (int Size, long Page, long Offset, long Skip) Layout(Paging paging, RowWindow window, long? wanted)
    {
        var skip = window.Skip;
        switch (paging.Style)
        {
            case PagingStyle.None:
                return (0, 1, 0, skip);
            case PagingStyle.Limit:
                {
                    var needed = Math.Max(paging.MinSize, skip + (wanted ?? paging.MaxSize));
                    if (needed > paging.MaxSize)
                    {
                        throw new InvalidInputException(
                            wanted is null ? "All" : "First",
                            string.Format(
                                CultureInfo.InvariantCulture,
                                "This list returns at most {0:N0} rows in one call and cannot be paged further; {1:N0} were asked for{2}.",
                                paging.MaxSize,
                                needed,
                                skip > 0 ? " (-Skip included)" : string.Empty));
                    }

                    return ((int)needed, 1, 0, skip);
                }

            case PagingStyle.PageAndLimit:
                {
                    if (paging.AlignSkip && skip > 0 && Aligned(paging, skip, wanted) is { } aligned)
                    {
                        return (aligned, 1 + (skip / aligned), 0, skip % aligned);
                    }

                    var size = (int)Math.Max(paging.MinSize, wanted is { } rows ? Math.Min(paging.MaxSize, skip + rows) : paging.MaxSize);
                    return (size, 1 + (skip / size), 0, skip % size);
                }

            case PagingStyle.OffsetAndLimit:
                return ((int)Math.Max(paging.MinSize, wanted is { } count ? Math.Min(paging.MaxSize, count) : paging.MaxSize), 1, skip, 0);
            default:
                return ((int)Math.Max(1, wanted is { } first ? Math.Min(paging.MaxSize, skip + first) : paging.MaxSize), 1, 0, skip);
        }
    }
}
