using System;

namespace SeRanking.Engine.Operations;

/// <summary>How an operation's rows are split over requests.</summary>
public enum PagingStyle
{
    /// <summary>One request answers everything (or one row).</summary>
    None,

    /// <summary>One request of up to <c>limit</c> rows; the API offers no next page (backlinks lists).</summary>
    Limit,

    /// <summary>Numbered pages of <c>limit</c> rows from <c>page=1</c> (domain keywords, comparison, ads; Serpstat's <c>page</c> and <c>size</c>).</summary>
    PageAndLimit,

    /// <summary><c>limit</c> rows from row <c>offset</c> (keyword ideas, pages, subdomains, AI prompts).</summary>
    OffsetAndLimit,

    /// <summary><c>limit</c> rows after the cursor the previous answer gave (backlinks/raw's <c>next</c>).</summary>
    Cursor,
}

/// <summary>An operation's paging: its style, page sizes and the names of its paging parameters.</summary>
public sealed record Paging
{
    private readonly int _minSize = 1;

    private Paging(PagingStyle style, int defaultSize, int maxSize)
    {
        if (style != PagingStyle.None && (defaultSize < 1 || maxSize < defaultSize))
        {
            throw new ArgumentException($"Page sizes must satisfy 1 <= default ({defaultSize}) <= max ({maxSize}).", nameof(defaultSize));
        }

        Style = style;
        DefaultSize = defaultSize;
        MaxSize = maxSize;
    }

    /// <summary>A single request that answers all its rows.</summary>
    public static Paging None { get; } = new(PagingStyle.None, 0, 0);

    public static Paging Limit(int defaultSize, int maxSize) => new(PagingStyle.Limit, defaultSize, maxSize);

    public static Paging PageAndLimit(int defaultSize, int maxSize) => new(PagingStyle.PageAndLimit, defaultSize, maxSize);

    /// <summary>Serpstat's numbered pages: <c>page</c> from 1 and <c>size</c> rows, inside the JSON-RPC <c>params</c>.</summary>
    public static Paging PageAndSize(int defaultSize, int maxSize) => PageAndLimit(defaultSize, maxSize) with { LimitName = "size" };

    public static Paging OffsetAndLimit(int defaultSize, int maxSize) => new(PagingStyle.OffsetAndLimit, defaultSize, maxSize);

    public static Paging Cursor(int defaultSize, int maxSize) => new(PagingStyle.Cursor, defaultSize, maxSize);

    public PagingStyle Style { get; }

    /// <summary>The rows the API returns when no limit is sent: what a cmdlet returns without -First or -All.</summary>
    public int DefaultSize { get; }

    /// <summary>The most rows one request may ask for.</summary>
    public int MaxSize { get; }

    /// <summary>The fewest rows one request may ask for (Serpstat's getAdsCompetitors: 50); fewer wanted are asked for, and billed, at this size.</summary>
    public int MinSize
    {
        get => _minSize;
        init => _minSize = value >= 1 && value <= MaxSize ? value
            : throw new ArgumentOutOfRangeException(nameof(MinSize), value, $"The smallest page must be between 1 and the largest ({MaxSize}).");
    }

    /// <summary>
    /// The most rows paging can reach, however many the list holds (Serpstat: 60,000); a stream
    /// stops there and says so, naming <see cref="BeyondCeiling"/>. Null: no such limit.
    /// </summary>
    public long? Ceiling { get; init; }

    /// <summary>
    /// For numbered pages billed per row (Serpstat): rows skipped are rows paid for, so the page
    /// size is chosen to make the skip a whole number of pages where one fits, rather than to ask
    /// for the skipped rows on the first page (fewer calls, which is what per-request billing wants).
    /// </summary>
    public bool AlignSkip { get; init; }

    /// <summary>What reaches the rows beyond <see cref="Ceiling"/> (an export method), for the message that says the stream stopped.</summary>
    public string? BeyondCeiling { get; init; }

    public string LimitName { get; init; } = "limit";

    public string PageName { get; init; } = "page";

    public string OffsetName { get; init; } = "offset";

    /// <summary>The parameter the cursor is sent back in.</summary>
    public string CursorName { get; init; } = "next";

    /// <summary>Where the answer carries the next cursor.</summary>
    public string CursorAnswer { get; init; } = "next";

    /// <summary>Where the answer carries the total number of rows, when it does.</summary>
    public string TotalAnswer { get; init; } = "total";

    /// <summary>Whether rows can be asked for beyond the first request.</summary>
    public bool CanContinue => Style is PagingStyle.PageAndLimit or PagingStyle.OffsetAndLimit or PagingStyle.Cursor;
}
