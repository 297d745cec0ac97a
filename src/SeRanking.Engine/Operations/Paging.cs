using System;

namespace SeRanking.Engine.Operations;

/// <summary>How an operation's rows are split over requests.</summary>
public enum PagingStyle
{
    /// <summary>One request answers everything (or one row).</summary>
    None,

    /// <summary>One request of up to <c>limit</c> rows; the API offers no next page (backlinks lists).</summary>
    Limit,

    /// <summary>Numbered pages of <c>limit</c> rows from <c>page=1</c> (domain keywords, comparison, ads).</summary>
    PageAndLimit,

    /// <summary><c>limit</c> rows from row <c>offset</c> (keyword ideas, pages, subdomains, AI prompts).</summary>
    OffsetAndLimit,

    /// <summary><c>limit</c> rows after the cursor the previous answer gave (backlinks/raw's <c>next</c>).</summary>
    Cursor,
}

/// <summary>An operation's paging: its style, page sizes and the names of its paging parameters.</summary>
public sealed record Paging
{
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

    public static Paging OffsetAndLimit(int defaultSize, int maxSize) => new(PagingStyle.OffsetAndLimit, defaultSize, maxSize);

    public static Paging Cursor(int defaultSize, int maxSize) => new(PagingStyle.Cursor, defaultSize, maxSize);

    public PagingStyle Style { get; }

    /// <summary>The rows the API returns when no limit is sent: what a cmdlet returns without -First or -All.</summary>
    public int DefaultSize { get; }

    /// <summary>The most rows one request may ask for.</summary>
    public int MaxSize { get; }

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
