using System;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Engine.Operations;

/// <summary>
/// Watches the requests of a stream of rows, one page at a time: a credit budget holds each page's
/// forecast before it is sent (and may refuse it), a progress bar follows the rows. Called from
/// the thread the stream runs on.
/// </summary>
public interface IPageObserver
{
    /// <summary>
    /// Before a request is sent; throw to refuse it (nothing is sent, and the stream ends with
    /// that exception). The returned hold, if any, is told what the page really cost.
    /// </summary>
    IPageHold? BeforePage(PagePlan plan);

    /// <summary>After a request's last row was read.</summary>
    void AfterPage(PageReport report);

    /// <summary>
    /// The credits a budget has left, or null without one: a list billed per row that can page on
    /// asks for no more rows a page than the budget can pay, so -All runs until the budget is
    /// spent instead of being refused a first page of the largest size.
    /// </summary>
    long? CreditsLeft { get; }
}

/// <summary>What a page held before it was sent learns once it is answered; disposed either way.</summary>
public interface IPageHold : IDisposable
{
    void Spent(long credits);
}

/// <summary>A request about to be sent.</summary>
/// <param name="Operation">What is called.</param>
/// <param name="Target">What it is about.</param>
/// <param name="Page">Its number in this stream, from 1.</param>
/// <param name="RequestedRows">The rows it asks for (0 where the operation takes no limit).</param>
/// <param name="Forecast">The most it can cost.</param>
/// <param name="RowsBefore">Rows handed out before it.</param>
public sealed record PagePlan(Operation Operation, string? Target, int Page, int RequestedRows, CreditForecast Forecast, long RowsBefore);

/// <summary>A request answered and read to its end.</summary>
/// <param name="Operation">What was called.</param>
/// <param name="Target">What it was about.</param>
/// <param name="Page">Its number in this stream, from 1.</param>
/// <param name="Rows">Rows the answer held.</param>
/// <param name="RowsSoFar">Rows handed out by the stream so far.</param>
/// <param name="Total">The total the API announced, when it did.</param>
/// <param name="Credits">What it cost, by the catalogue's rule.</param>
/// <param name="HasMore">Whether another request follows.</param>
public sealed record PageReport(Operation Operation, string? Target, int Page, int Rows, long RowsSoFar, long? Total, long Credits, bool HasMore);
