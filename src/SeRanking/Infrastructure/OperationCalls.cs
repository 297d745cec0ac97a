using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>
/// How every cmdlet runs an engine operation: the local checks first (nothing is sent when they
/// fail), then -WhatIf/-Confirm with the credit forecast, then the call with the session's key,
/// budget, verbose trace and progress, writing rows to the pipeline as they arrive. One place, so
/// that a cmdlet's body is its parameters and one call.
/// </summary>
internal static class OperationCalls
{
    /// <summary>
    /// Streams the rows of <paramref name="window"/> to the pipeline, one at a time as the API
    /// sends them: the engine reads no further than the pipeline has taken, so Select-Object
    /// -First or Ctrl+C stops the fetching. A refused input or a failed call is this input's
    /// error (terminating when it concerns the key or the account).
    /// </summary>
    /// <param name="cmdlet">The cmdlet whose pipeline the rows go to.</param>
    /// <param name="operation">What to call.</param>
    /// <param name="query">With what.</param>
    /// <param name="window">Which rows (-First, -Skip, -All).</param>
    /// <param name="about">What the call is about, for -WhatIf and errors (the target).</param>
    public static void WriteRows<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, string about)
        where TRow : class => cmdlet.WriteRows(operation, query, window, about, shape: null);

    /// <inheritdoc cref="WriteRows{TQuery, TRow}(SrCmdlet, Operation{TQuery, TRow}, TQuery, RowWindow, string)"/>
    /// <param name="cmdlet">The cmdlet whose pipeline the rows go to.</param>
    /// <param name="operation">What to call.</param>
    /// <param name="query">With what.</param>
    /// <param name="window">Which rows (-First, -Skip, -All).</param>
    /// <param name="about">What the call is about, for -WhatIf and errors (the target).</param>
    /// <param name="shape">What each row becomes on the pipeline (the Invoke-* cmdlets turn JSON into objects); the row itself when null.</param>
    public static void WriteRows<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, string about, Func<TRow, IEnumerable<object?>>? shape)
        where TRow : class
    {
        if (Prepare(cmdlet, operation, query, window, about) is not { } forecast)
        {
            return;
        }

        if (!cmdlet.ShouldProcess(WhatIfText.Describe(operation, about, window, forecast), WhatIfText.Confirm(operation, about, forecast), WhatIfText.Caption(operation)))
        {
            return;
        }

        cmdlet.StreamRows(operation, query, window, about, shape: shape);
    }

    /// <summary>
    /// As <see cref="WriteRows{TQuery, TRow}"/>, for a call the cmdlet has checked and confirmed
    /// itself; <paramref name="where"/> leaves out rows the API cannot filter (nothing is saved:
    /// they were sent and paid for).
    /// </summary>
    public static void StreamRows<TQuery, TRow>(
        this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, string about, Func<TRow, bool>? where = null, Func<TRow, IEnumerable<object?>>? shape = null)
        where TRow : class
    {
        var connection = ModuleSession.Require(operation.Api);
        using var pump = new PipelineThreadPump();
        var progress = new PageProgress(cmdlet, pump, operation, about);
        var trace = new EngineCalls.VerboseTrace(pump, cmdlet, credits: null);
        using var rows = connection.OpenCursor(operation, query, window, progress, trace, cmdlet.StopToken);
        var totalToWrite = cmdlet.PagingParameters is { IncludeTotalCount.IsPresent: true } ? cmdlet.PagingParameters : null;
        try
        {
            while (pump.Await(rows.MoveNextAsync()))
            {
                // PowerShell's convention for -IncludeTotalCount: the total, followed by the objects.
                if (totalToWrite is not null && rows.AnnouncedTotal is { } announced)
                {
                    cmdlet.WriteObject(totalToWrite.NewTotalCount((ulong)announced, 1.0));
                    totalToWrite = null;
                }

                if (where is not null && !where(rows.Current))
                {
                    continue;
                }

                if (shape is null)
                {
                    cmdlet.WriteObject(rows.Current);
                }
                else
                {
                    foreach (var item in shape(rows.Current))
                    {
                        cmdlet.WriteObject(item);
                    }
                }
            }

            progress.Complete();

            // Where the total follows the rows (or no row came), it can only come last.
            if (totalToWrite is not null && (rows.AnnouncedTotal ?? progress.Total) is { } total)
            {
                cmdlet.WriteObject(totalToWrite.NewTotalCount((ulong)total, 1.0));
            }
        }
        catch (Exception failure) when (failure is ApiException or ArgumentException)
        {
            progress.Complete();
            cmdlet.WriteFailure(failure, about);
        }
    }

    /// <summary>
    /// A batched operation over a batch of targets (the cmdlet gathers pipeline input into it):
    /// one forecast and confirmation for the batch, then one result per target in input order.
    /// </summary>
    /// <param name="cmdlet">The cmdlet whose pipeline the rows go to.</param>
    /// <param name="operation">What to call.</param>
    /// <param name="targets">The batch, as given.</param>
    /// <param name="distinctTargets">How many distinct items it sends (what the forecast counts).</param>
    /// <param name="queryFor">The query of one call.</param>
    /// <param name="mode">What the call is about besides its items, for -WhatIf and -Confirm.</param>
    /// <param name="expand">What each row is written as, when not itself (one row per month of it).</param>
    public static void WriteBatch<TQuery, TRow>(
        this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, IReadOnlyList<string> targets, int distinctTargets, Func<IReadOnlyList<string>, TQuery> queryFor, string mode, Func<TRow, IEnumerable<object>>? expand = null)
        where TRow : class
    {
        var forecast = operation.Forecast(distinctTargets, CallsFor(distinctTargets, operation.BatchSize ?? 1));
        var about = WhatIfText.List(targets);
        if (!cmdlet.ShouldProcess(
            $"{operation.Endpoint} ({mode}) for {about}: {forecast}.",
            $"Call {operation.Endpoint} ({mode}) for {about}? {forecast}.",
            WhatIfText.Caption(operation)))
        {
            return;
        }

        var connection = ModuleSession.Require(operation.Api);
        using var credits = ModuleSession.Reserve(operation.Api, forecast);
        cmdlet.WriteResults(cmdlet.Run((trace, cancellationToken) => connection.BatchAsync(operation, targets, queryFor, trace, cancellationToken), credits), expand);
    }

    /// <summary>The one row of an operation that answers a single object (an overview, a balance), or what <paramref name="expand"/> makes of it.</summary>
    public static void WriteOne<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, string? about = null, Func<TRow, IEnumerable<object>>? expand = null)
        where TRow : class
    {
        if (cmdlet.Confirmed(operation, query, about) is { } forecast)
        {
            cmdlet.WriteMany(operation, [(query, about)], [forecast], concurrency: 1, expand);
        }
    }

    /// <summary>
    /// The local checks and -WhatIf/-Confirm of one call of a single-answer operation; its
    /// forecast when it may go ahead, null when it was refused (reported) or declined.
    /// </summary>
    /// <param name="cmdlet">The cmdlet that asks.</param>
    /// <param name="operation">What would be called.</param>
    /// <param name="query">With what.</param>
    /// <param name="about">The input the call is about: what an error names as its target.</param>
    /// <param name="shown">How -WhatIf and -Confirm name the call, when more than <paramref name="about"/> (a region).</param>
    public static CreditForecast? Confirmed<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, string? about, string? shown = null)
        where TRow : class
    {
        CreditForecast forecast;
        try
        {
            shown ??= about ?? operation.Prepare(query).Target ?? operation.Endpoint;
            _ = operation.Prepare(query);
            forecast = operation.Forecast(operation.UnitsOf?.Invoke(query) ?? 1, 1);
        }
        catch (ArgumentException refused)
        {
            cmdlet.WriteFailure(refused, about);
            return null;
        }

        return operation.Cost.IsFree || cmdlet.ShouldProcess(
            $"{operation.Endpoint} for {shown}: {forecast}.", $"Call {operation.Endpoint} for {shown}? {forecast}.", WhatIfText.Caption(operation))
            ? forecast
            : null;
    }

    /// <summary>
    /// Several calls of a single-answer operation, already confirmed, run <paramref name="concurrency"/>
    /// at a time within the key's rate limit; each row (or failure) is written in the order given,
    /// as itself or as what <paramref name="expand"/> makes of it (the rows of a whole-document answer).
    /// </summary>
    public static void WriteMany<TQuery, TRow>(
        this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, IReadOnlyList<(TQuery Query, string? About)> calls, IReadOnlyList<CreditForecast> forecasts, int concurrency, Func<TRow, IEnumerable<object>>? expand = null)
        where TRow : class
    {
        if (calls.Count == 0)
        {
            return;
        }

        var connection = ModuleSession.Require(operation.Api);
        using var credits = ModuleSession.Reserve(operation.Api, forecasts.Count == 1 ? forecasts[0] : CreditCatalogue.Combine(forecasts));
        var results = cmdlet.Run((trace, cancellationToken) => RunAllAsync(connection, operation, calls, concurrency, trace, cancellationToken), credits);
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i].Error is NoDataException)
            {
                // An empty result, not a failure: -Verbose has said so (and what it cost).
                continue;
            }

            if (results[i].Error is { } failure)
            {
                cmdlet.WriteFailure(failure, calls[i].About);
            }
            else if (expand is null)
            {
                cmdlet.WriteObject(results[i].Row);
            }
            else
            {
                foreach (var row in expand(results[i].Row!))
                {
                    cmdlet.WriteObject(row);
                }
            }
        }
    }

    private static async Task<(TRow? Row, Exception? Error)[]> RunAllAsync<TQuery, TRow>(
        Engine.Transport.ApiConnection connection, Operation<TQuery, TRow> operation, IReadOnlyList<(TQuery Query, string? About)> calls, int concurrency, Engine.Transport.IApiTrace trace, CancellationToken cancellationToken)
        where TRow : class
    {
        var results = new (TRow? Row, Exception? Error)[calls.Count];
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        await Task.WhenAll(calls.Select(async (call, index) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                results[index] = (await connection.GetAsync(operation, call.Query, trace, cancellationToken).ConfigureAwait(false), null);
            }
            catch (Exception failure) when (failure is ApiException or ArgumentException)
            {
                results[index] = (null, failure);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return results;
    }

    /// <summary>Which rows -First, -Skip and -All ask for (SupportsPaging cmdlets; -First alone when the cmdlet does not page).</summary>
    public static RowWindow WindowOf(PSCmdlet cmdlet, bool all)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        var paging = cmdlet.PagingParameters;
        long? first = paging is not null && bound.ContainsKey("First") ? (long)Math.Min(paging.First, long.MaxValue) : null;
        var skip = paging is not null && bound.ContainsKey("Skip") ? (long)Math.Min(paging.Skip, long.MaxValue) : 0;
        return new RowWindow(skip, first, all);
    }

    private static CreditForecast? Prepare<TQuery, TRow>(SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, string about)
        where TRow : class
    {
        try
        {
            _ = operation.Prepare(query);
            return operation.Forecast(window, operation.UnitsOf?.Invoke(query) ?? 1) ?? operation.Forecast(0, 1);
        }
        catch (ArgumentException refused)
        {
            cmdlet.WriteFailure(refused, about);
            return null;
        }
    }

    private static int CallsFor(int units, int perCall) => Math.Max(1, (units + perCall - 1) / perCall);

    /// <summary>
    /// Holds each page's forecast against the session's credit budget before it is sent, and shows
    /// a progress bar once a stream takes more than one page. Called on the engine's thread: it
    /// posts to the pipeline thread, and the budget is thread-safe.
    /// </summary>
    private sealed class PageProgress(SrCmdlet cmdlet, PipelineThreadPump pump, Operation operation, string about) : IPageObserver
    {
        private readonly int _activityId = unchecked((int)(((uint)about.GetHashCode() ^ (uint)operation.Path.GetHashCode()) & 0x7FFFFFFF));
        private bool _shown;

        public long? Total { get; private set; }

        public long? CreditsLeft => ModuleSession.CreditsLeft(operation.Api);

        public IPageHold? BeforePage(PagePlan plan)
        {
            var what = plan.Page == 1
                ? $"{operation.CostRow} for {about}: {plan.Forecast}"
                : string.Format(CultureInfo.InvariantCulture, "{0} page {1} for {2} after {3:N0} rows: {4}", operation.CostRow, plan.Page, about, plan.RowsBefore, plan.Forecast);
            return ModuleSession.Reserve(operation.Api, plan.Forecast, what) is { } reservation ? new Hold(reservation) : null;
        }

        public void AfterPage(PageReport report)
        {
            Total = report.Total ?? Total;
            if (!report.HasMore && !_shown)
            {
                return;
            }

            _shown = true;
            var status = report.Total is { } total
                ? string.Format(CultureInfo.InvariantCulture, "{0:N0} of {1:N0} rows, page {2}", report.RowsSoFar, total, report.Page)
                : string.Format(CultureInfo.InvariantCulture, "{0:N0} rows, page {1}", report.RowsSoFar, report.Page);
            var record = new ProgressRecord(_activityId, $"{operation.Endpoint} {about}", status);
            if (report.Total is { } all && all > 0)
            {
                record.PercentComplete = (int)Math.Min(100, report.RowsSoFar * 100 / all);
            }

            pump.Post(() => cmdlet.WriteProgress(record));
        }

        public void Complete()
        {
            if (_shown)
            {
                _shown = false;
                cmdlet.WriteProgress(new ProgressRecord(_activityId, $"{operation.Endpoint} {about}", "Done") { RecordType = ProgressRecordType.Completed });
            }
        }

        private sealed class Hold(CreditReservation reservation) : IPageHold
        {
            public void Spent(long credits) => reservation.Spend(credits);

            public void Dispose() => reservation.Dispose();
        }
    }
}
