using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Operations;

namespace SeRanking.Infrastructure;

/// <summary>Short descriptions of what a call is about, for -WhatIf and -Confirm.</summary>
internal static class WhatIfText
{
    /// <summary>"a.com, b.com, c.com" or "a.com, b.com, c.com, d.com, e.com and 95 more".</summary>
    public static string List(IReadOnlyCollection<string> items, int shown = 5)
    {
        var head = string.Join(", ", items.Take(shown));
        return items.Count <= shown ? head : $"{head} and {(items.Count - shown).ToString("N0", CultureInfo.InvariantCulture)} more";
    }

    /// <summary>"GET /v1/backlinks/all for example.com, 500 rows: backlinks/all: 1 call, 500 backlinks × 1 = 500 credits (upper bound)."</summary>
    public static string Describe(Operation operation, string about, RowWindow window, CreditForecast forecast) =>
        $"{operation.Endpoint} for {about}, {Rows(operation, window)}: {Cost(operation, window, forecast)}.";

    public static string Confirm(Operation operation, string about, CreditForecast forecast) =>
        $"Call {operation.Endpoint} for {about}? {forecast}.";

    /// <summary>What -Confirm's prompt is titled: spending, or only reading.</summary>
    public static string Caption(Operation operation) =>
        operation.Cost.IsFree ? $"Read from the {operation.Api.DisplayName()}" : $"Spend {operation.Api.DisplayName()} credits";

    private static string Rows(Operation operation, RowWindow window) =>
        operation.Paging.Style == PagingStyle.None ? "every row" : window.All && window.First is null ? "every row (-All)" : window.ToString().Replace("0 rows", operation.Paging.DefaultSize.ToString("N0", CultureInfo.InvariantCulture) + " rows");

    private static string Cost(Operation operation, RowWindow window, CreditForecast forecast) =>
        operation.Forecast(window) is null && !operation.Cost.IsFree
            ? $"{operation.Cost}; with -All the number of rows, and so the cost, is known only as they come (cap it with -First, or with Connect-SeRanking -CreditBudget)"
            : forecast.ToString();
}
