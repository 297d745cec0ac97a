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
        operation.Cost.IsFree ? $"Read from the {operation.Api.DisplayName()}"
        : operation.Cost.IsUnknown ? $"Call the {operation.Api.DisplayName()}"
        : $"Spend {operation.Api.DisplayName()} credits";

    private static string Rows(Operation operation, RowWindow window)
    {
        if (operation.Paging.Style == PagingStyle.None || (window.All && window.First is null))
        {
            // An answer the API does not page is one read, whatever it holds.
            return operation.Paging.Style == PagingStyle.None ? "the whole answer" : "every row (-All)";
        }

        var first = window.First ?? operation.Paging.DefaultSize;
        var rows = first.ToString("N0", CultureInfo.InvariantCulture) + (first == 1 ? " row" : " rows");
        return window.Skip > 0 ? $"{rows} after the first {window.Skip.ToString("N0", CultureInfo.InvariantCulture)}" : rows;
    }

    /// <summary>The forecast, or, where the rows a call answers cannot be known before (billed per row), the rate and how to cap it.</summary>
    private static string Cost(Operation operation, RowWindow window, CreditForecast forecast)
    {
        if (operation.Cost.IsUnknown)
        {
            return "cost unknown: the path is not in the module's credit catalogue (it may spend credits; a session budget cannot hold it back)";
        }

        if (operation.Cost.IsFree || operation.Forecast(window) is not null)
        {
            return forecast.ToString();
        }

        var connect = operation.Api == ApiKind.Serpstat ? "Connect-Serpstat" : "Connect-SeRanking";
        var cap = operation.Paging.CanContinue ? $"cap it with -First, or with {connect} -CreditBudget" : $"cap it with {connect} -CreditBudget";
        if (operation.Cost.PerRecord == 0)
        {
            // Billed per request: every page of an unbounded list costs the same, however full.
            var page = operation.Cost.PerRequest.ToString("N0", CultureInfo.InvariantCulture) + " credits per page of up to "
                + operation.Paging.MaxSize.ToString("N0", CultureInfo.InvariantCulture) + " rows";
            return $"{operation.CostRow}: {page}; how many pages there are, and so the cost, is known only as they arrive ({cap})";
        }

        var rate = operation.Cost.PerRecord.ToString("N0", CultureInfo.InvariantCulture) + (operation.Cost.PerRecord == 1 ? " credit" : " credits") + " per " + operation.Cost.Unit;
        return $"{operation.CostRow}: {rate}; how many rows come, and so the cost, is known only as they arrive ({cap})";
    }
}
