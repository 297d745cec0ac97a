using System;
using System.Globalization;

namespace SeRanking.Engine.Operations;

/// <summary>
/// Which rows a caller wants: <see cref="Skip"/> rows left out, then <see cref="First"/> rows
/// (the API's default page when not given), or every row with <see cref="All"/>.
/// </summary>
public readonly record struct RowWindow(long Skip, long? First, bool All)
{
    /// <summary>The API's default: its first page.</summary>
    public static RowWindow Default => new(0, null, false);

    public static RowWindow Everything => new(0, null, true);

    public static RowWindow Take(long first, long skip = 0) => new(skip, first, false);

    /// <summary>The rows wanted after the skipped ones: null for every row (an answer that does not page has them all).</summary>
    public long? Wanted(Paging paging) =>
        (All || paging.Style == PagingStyle.None) && First is null ? null : First ?? Math.Max(1, paging.DefaultSize);

    /// <summary>Throws when a count is negative.</summary>
    public void Validate()
    {
        if (Skip < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Skip), Skip, "Skip cannot be negative.");
        }

        if (First is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(First), First, "First cannot be negative.");
        }
    }

    public override string ToString() =>
        All && First is null ? (Skip > 0 ? $"every row after the first {Skip.ToString("N0", CultureInfo.InvariantCulture)}" : "every row")
        : $"{(First ?? 0).ToString("N0", CultureInfo.InvariantCulture)} rows" + (Skip > 0 ? $" after {Skip.ToString("N0", CultureInfo.InvariantCulture)}" : string.Empty);
}
