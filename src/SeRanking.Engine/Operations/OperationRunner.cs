using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Operations;

/// <summary>
/// Runs any <see cref="Operation{TQuery,TRow}"/>: the one request builder, pager, batcher and
/// credit accounting of the engine. Rows are parsed from each answer as it arrives and handed out
/// one at a time; the next request is sent only when its rows are asked for, so a consumer that
/// stops (Select-Object -First, Ctrl+C) stops the fetching.
/// </summary>
public static class OperationRunner
{
    /// <summary>
    /// The rows of <paramref name="window"/>, page after page. A page that fails in the middle is
    /// asked for again (reads only) and its rows already handed out are not handed out twice; a
    /// page that fails for good ends the stream with an <see cref="ApiException"/> that says how
    /// many rows came before it.
    /// </summary>
    /// <exception cref="InvalidInputException">The query or the window is refused locally (thrown when enumeration starts, before anything is sent).</exception>
    public static IAsyncEnumerable<TRow> StreamAsync<TQuery, TRow>(
        this ApiConnection connection,
        Operation<TQuery, TRow> operation,
        TQuery query,
        RowWindow window,
        IPageObserver? observer = null,
        IApiTrace? trace = null)
        where TRow : class
    {
        CheckConnection(connection, operation);
        return new RowStream<TQuery, TRow>(connection, operation, query, window, observer, trace);
    }

    /// <summary>
    /// The rows of <paramref name="window"/> as a cursor: the same stream as
    /// <see cref="StreamAsync"/>, pulled one row at a time with types every host knows (a
    /// PowerShell module built for Windows PowerShell 5.1 cannot name IAsyncEnumerable).
    /// </summary>
    public static RowCursor<TRow> OpenCursor<TQuery, TRow>(
        this ApiConnection connection,
        Operation<TQuery, TRow> operation,
        TQuery query,
        RowWindow window,
        IPageObserver? observer,
        IApiTrace? trace,
        CancellationToken cancellationToken)
        where TRow : class =>
        new(connection.StreamAsync(operation, query, window, observer, trace).GetAsyncEnumerator(cancellationToken));

    /// <summary>Every row of an operation that answers in one request (no paging), in a list.</summary>
    public static async Task<IReadOnlyList<TRow>> ListAsync<TQuery, TRow>(
        this ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
        where TRow : class =>
        (await connection.ReadAllAsync(operation, query, trace, cancellationToken).ConfigureAwait(false)).Rows;

    /// <summary>Every row of one answer, and the API's no-data answer when that is what the answer was.</summary>
    private static async Task<(IReadOnlyList<TRow> Rows, NoDataException? NoData)> ReadAllAsync<TQuery, TRow>(
        this ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, IApiTrace? trace, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = new List<TRow>();
        var enumerator = connection.StreamAsync(operation, query, RowWindow.Everything, null, trace).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await enumerator.MoveNextAsync().ConfigureAwait(false))
            {
                rows.Add(enumerator.Current);
            }

            return (rows, (enumerator as IReportsNoData)?.NoData);
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The one row an operation answers (a whole-document answer, such as an overview).</summary>
    /// <exception cref="MalformedResponseException">The answer held no row.</exception>
    public static async Task<TRow> GetAsync<TQuery, TRow>(
        this ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
        where TRow : class
    {
        IReadOnlyList<TRow> rows;
        NoDataException? noData;
        if (operation.WhenPathMissing is { } confirmed && connection.IsMissingPath(operation.Path))
        {
            return await connection.GetAsync(confirmed, query, trace, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            (rows, noData) = await connection.ReadAllAsync(operation, query, trace, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException failure) when (failure.StatusCode == 404 && operation.WhenPathMissing is { } instead)
        {
            connection.RememberMissingPath(operation.Path);
            trace?.Write(new ApiTraceEvent(
                ApiTraceKind.Retrying,
                operation.Endpoint,
                $"{operation.Endpoint}: the API has no such path (HTTP 404, not billed); {instead.Endpoint} answers instead, for the rest of the session.",
                1,
                404,
                TimeSpan.Zero,
                null,
                null));
            return await connection.GetAsync(instead, query, trace, cancellationToken).ConfigureAwait(false);
        }

        if (rows.Count == 0 && noData is not null)
        {
            // One object was due and the API has none: its own answer says so better than "no row".
            throw noData;
        }

        if (rows.Count == 0)
        {
            var writer = operation.Prepare(query);
            throw connection.Failures.Malformed(
                new ApiRequest(operation.Method, operation.Path) { Target = writer.Target }, 200, 1, $"the answer held no row at {operation.Rows}");
        }

        return rows[0];
    }

    /// <summary>
    /// Sends an operation whose answer carries nothing to read (an edit, a delete, a recheck):
    /// once, by the operation's safety rule; any body, or none, is accepted.
    /// </summary>
    public static async Task SendDiscardingAnswerAsync<TQuery, TRow>(
        this ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
        where TRow : class
    {
        CheckConnection(connection, operation);
        var writer = operation.Prepare(query);
        var request = new ApiRequest(operation.Method, operation.Path)
        {
            Query = writer.QueryParameters,
            JsonBody = writer.RenderBody(),
            BodyContentType = writer.ContentType == "application/json" ? null : writer.ContentType,
            Target = writer.Target,
            Safety = operation.Safety,
        };
        var call = await connection.SendRawAsync(request, trace, cancellationToken).ConfigureAwait(false);
        connection.ReportCompleted(request, call, trace, operation.CreditsOf(connection, query, null, 0));
    }

    /// <summary>
    /// One call of an operation whose answer may carry nothing (a Project API update or delete:
    /// 204, an empty body, or an acknowledgement object): the row it answered, or null.
    /// </summary>
    public static async Task<TRow?> SendAsync<TQuery, TRow>(
        this ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
        where TRow : class
    {
        var rows = await connection.ListAsync(operation, query, trace, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    /// <summary>
    /// A batched operation over any number of targets: calls of up to <see cref="Operation.BatchSize"/>
    /// distinct targets, one result per input target in input order, a target the API refuses
    /// isolated from the rest (see <see cref="TargetBatcher"/>).
    /// </summary>
    public static async Task<IReadOnlyList<TargetResult<TRow>>> BatchAsync<TQuery, TRow>(
        this ApiConnection connection,
        Operation<TQuery, TRow> operation,
        IReadOnlyList<string> targets,
        Func<IReadOnlyList<string>, TQuery> queryFor,
        IApiTrace? trace = null,
        CancellationToken cancellationToken = default)
        where TRow : class
    {
        if (operation.BatchSize is not { } size || operation.TargetOf is not { } targetOf)
        {
            throw new ArgumentException($"{operation} is not a batched operation (it has no batch size or target selector).", nameof(operation));
        }

        var results = await TargetBatcher.RunAsync(
            targets,
            (batch, ct) => connection.ListAsync(operation, queryFor(batch), trace, ct),
            row => targetOf(row) ?? string.Empty,
            operation.CheckBatchItem ?? (target => TargetRules.Validate(target)),
            size,
            cancellationToken).ConfigureAwait(false);
        if (operation.RowWhenAbsent is not { } absent)
        {
            return results;
        }

        var filled = new TargetResult<TRow>[results.Count];
        for (var i = 0; i < results.Count; i++)
        {
            filled[i] = results[i].Error is MissingRowException { RowsLeftOver: false } missing ? Absent(missing.Target, results[i].Target) : results[i];
        }

        return filled;

        TargetResult<TRow> Absent(string sent, string given)
        {
            // The answer came (and was paid for) without this item, and no row went unclaimed: the API has nothing on it.
            var row = absent(sent);
            operation.Stamp?.Invoke(queryFor([sent]), row, null);
            return TargetResult.Success(given, row);
        }
    }

    /// <summary>A stream that can tell whether the API answered "no data" (an empty result, not a failure).</summary>
    private interface IReportsNoData
    {
        NoDataException? NoData { get; }
    }

    private static void CheckConnection(ApiConnection connection, Operation operation)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        if (operation.Api != connection.Api)
        {
            throw new ArgumentException(
                $"{operation} belongs to the {operation.Api.DisplayName()}, but the connection is to the {connection.Api.DisplayName()}.", nameof(operation));
        }
    }

    private sealed class RowStream<TQuery, TRow>(
        ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, IPageObserver? observer, IApiTrace? trace)
        : IAsyncEnumerable<TRow>
        where TRow : class
    {
        public IAsyncEnumerator<TRow> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Enumerator(connection, operation, query, new PagePlanner(operation.Paging, window), observer, trace, cancellationToken);

        private sealed class Enumerator(
            ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, PagePlanner planner, IPageObserver? observer, IApiTrace? trace, CancellationToken cancellationToken)
            : IAsyncEnumerator<TRow>, IAnnouncesTotal, IReportsNoData
        {
            private readonly Stopwatch _pageClock = new();
            private long? _announcedTotal;
            private ApiRequest? _request;
            private OpenAnswer? _answer;
            private JsonRowReader<TRow>? _reader;
            private IPageHold? _hold;
            private int _readInPage;
            private int _resumeSkip;
            private int _resumes;
            private Queue<TRow>? _expanded;

            public TRow Current { get; private set; } = null!;

            public NoDataException? NoData { get; private set; }

            // An answer that puts its total before its rows tells it while the first rows are read.
            public long? AnnouncedTotal =>
                _announcedTotal ?? (_reader is { } reader ? CapturedValues.Long(reader.Captured, operation.Paging.TotalAnswer) : null);

            public async ValueTask<bool> MoveNextAsync()
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_expanded is { Count: > 0 } parts)
                    {
                        Current = parts.Dequeue();
                        return true;
                    }

                    if (_reader is null)
                    {
                        if (!planner.HasPage)
                        {
                            return false;
                        }

                        BeginPage();
                        await OpenAsync().ConfigureAwait(false);
                        if (_reader is null)
                        {
                            // The API answered that it has no data: the page ended empty.
                            continue;
                        }
                    }

                    bool read;
                    try
                    {
                        read = await _reader!.ReadAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception failure) when (IsInterruption(failure))
                    {
                        if (operation.Safety == RequestSafety.CreatesPaidWork || _resumes >= connection.Options.MaxRetries)
                        {
                            throw Fail(connection.Failures.FromException(_request!, _answer!.Attempts + _resumes, failure));
                        }

                        await ResumeAsync(failure).ConfigureAwait(false);
                        continue;
                    }
                    catch (JsonException malformed)
                    {
                        throw Fail(connection.Failures.Malformed(_request!, _answer!.StatusCode, _answer.Attempts + _resumes, Describe(malformed), malformed));
                    }

                    if (!read)
                    {
                        EndPage();
                        continue;
                    }

                    _readInPage++;
                    if (_resumeSkip > 0)
                    {
                        _resumeSkip--;
                        continue;
                    }

                    if (!planner.Take())
                    {
                        continue;
                    }

                    var row = _reader.Current;
                    operation.Stamp?.Invoke(query, row, _reader.CurrentSection);
                    if (operation.Expand is { } expand)
                    {
                        _expanded ??= new Queue<TRow>();
                        foreach (var part in expand(row))
                        {
                            _expanded.Enqueue(part);
                        }

                        continue;
                    }

                    Current = row;
                    return true;
                }
            }

            public ValueTask DisposeAsync()
            {
                if (_hold is { } hold)
                {
                    // Stopped in the middle of a page: the API billed the page it sent, whole.
                    hold.Spent(operation.CreditsOf(connection, query, null, Math.Max(_readInPage, planner.RequestedRows)));
                    hold.Dispose();
                    _hold = null;
                }

                ClosePage();
                return default;
            }

            private void BeginPage()
            {
                planner.BeginPage(
                    operation.Cost.BilledPerResult && operation.Cost.PerRecord > 0 && observer?.CreditsLeft is { } left ? left / operation.Cost.PerRecord : null);
                var dialect = connection.ProjectDialect;
                var route = operation.RouteFor(dialect);
                var writer = operation.Prepare(query, dialect);
                planner.WriteTo(writer);
                var path = writer.ResolvePath(route.Path);
                _request = new ApiRequest(route.Method, path)
                {
                    Query = writer.QueryParameters,
                    JsonBody = writer.RenderBody(),
                    BodyContentType = writer.ContentType == "application/json" ? null : writer.ContentType,
                    Target = writer.Target,
                    Safety = operation.Safety,
                    EndpointLabel = operation.RpcMethod is null ? null : operation.Endpoint,
                    AbsoluteUrl = operation.OnSecondBase ? connection.SecondBaseUri : null,
                };

                var units = operation.Cost.BilledPerResult
                    ? (planner.RequestedRows > 0 ? planner.RequestedRows : operation.Cost.MaxUnitsPerCall ?? 0)
                    : operation.UnitsOf?.Invoke(query) ?? 1;
                var forecast = operation.Forecast(units, 1);
                _hold = observer?.BeforePage(new PagePlan(operation, writer.Target, planner.PageNumber, planner.RequestedRows, forecast, planner.Taken));
                _resumes = 0;
                _resumeSkip = 0;
            }

            private async Task OpenAsync()
            {
                _pageClock.Restart();
                _readInPage = 0;
                try
                {
                    _answer = await connection.OpenAsync(_request!, trace, cancellationToken).ConfigureAwait(false);
                }
                catch (NoDataException noData)
                {
                    EndEmptyPage(noData, null);
                    return;
                }
                catch (ApiException failure)
                {
                    _hold?.Dispose();
                    _hold = null;
                    throw Fail(failure);
                }

                _reader = new JsonRowReader<TRow>(_answer.Body, operation.Rows, operation.RowTypeInfo);
            }

            private async Task ResumeAsync(Exception interruption)
            {
                _resumes++;
                var already = _readInPage;
                trace?.Write(new ApiTraceEvent(
                    ApiTraceKind.Retrying,
                    operation.Endpoint,
                    $"{operation.Endpoint}: {RetryRules.Describe(interruption)} after {already:N0} rows of page {planner.PageNumber}; asking for the page again ({_resumes} of {connection.Options.MaxRetries}), its first {already:N0} rows are not handed out twice.",
                    _resumes,
                    null,
                    _pageClock.Elapsed,
                    null,
                    null));
                ClosePage();
                await OpenAsync().ConfigureAwait(false);
                _resumeSkip = already;
            }

            private void EndPage()
            {
                var reader = _reader!;
                var rows = reader.RowCount;
                var left = CapturedValues.Long(reader.Captured, connection.Profile.BalanceAnswer);
                if (connection.Profile.JsonRpc && reader.Captured.TryGetValue("error", out var error) && error.ValueKind is JsonValueKind.Object or JsonValueKind.String)
                {
                    var (message, code) = ErrorBody.FromErrorMember(error);
                    var failure = connection.Failures.FromApplicationError(_request!, _answer!.StatusCode, _answer.Attempts, message, code);
                    if (failure is NoDataException noData)
                    {
                        EndEmptyPage(noData, left);
                        return;
                    }

                    connection.ReportStreamed(_request!, _answer!.StatusCode, _answer.Attempts, rows, _pageClock.Elapsed, null, trace, left);
                    _hold?.Dispose();
                    _hold = null;
                    throw Fail(failure);
                }

                var cursor = CapturedValues.Text(reader.Captured, operation.Paging.CursorAnswer);
                var total = CapturedValues.Long(reader.Captured, operation.Paging.TotalAnswer);
                _announcedTotal = total ?? _announcedTotal;
                var credits = operation.CreditsOf(connection, query, rows > 0 ? reader.Current : null, rows);
                connection.ReportStreamed(_request!, _answer!.StatusCode, _answer.Attempts, rows, _pageClock.Elapsed, credits, trace, left);
                FinishPage(rows, cursor, total, credits);
            }

            /// <summary>
            /// A page the API answered with "no data": an empty result, not a failure, billed as the
            /// catalogue says an empty answer is (Serpstat: 1 line), and told in -Verbose.
            /// </summary>
            private void EndEmptyPage(NoDataException noData, long? left)
            {
                NoData = noData;
                var credits = operation.CreditsOf(connection, query, null, 0);
                var said = noData.ApiErrorCode is { } code ? $"{noData.ApiMessage} ({code})" : noData.ApiMessage ?? "no data";
                connection.ReportStreamed(
                    _request!, noData.StatusCode ?? 200, noData.Attempts, 0, _pageClock.Elapsed, credits, trace, left,
                    $"no data, an empty result ({said.TrimEnd('.')}){(credits > 0 ? $"; billed {credits:N0} {(credits == 1 ? "credit" : "credits")} all the same" : string.Empty)}");
                FinishPage(0, null, null, credits);
            }

            private void FinishPage(int rows, string? cursor, long? total, long credits)
            {
                if (_hold is { } hold)
                {
                    hold.Spent(credits);
                    hold.Dispose();
                    _hold = null;
                }

                var page = planner.PageNumber;
                planner.EndPage(rows, cursor, total);
                ClosePage();
                observer?.AfterPage(new PageReport(operation, _request!.Target, page, rows, planner.Taken, total, credits, planner.HasPage));
                if (planner.StoppedAtCeiling)
                {
                    trace?.Write(new ApiTraceEvent(
                        ApiTraceKind.Warning,
                        operation.Endpoint,
                        planner.DescribeCeiling(operation.Endpoint + (_request!.Target is { Length: > 0 } target ? $" for '{connection.Scrub(target)}'" : string.Empty), total ?? _announcedTotal),
                        1,
                        null,
                        TimeSpan.Zero,
                        null,
                        null));
                }
            }

            private void ClosePage()
            {
                _reader?.Dispose();
                _reader = null;
                _answer?.Dispose();
                _answer = null;
            }

            private ApiException Fail(ApiException failure)
            {
                ClosePage();
                return failure.AfterRows(planner.Taken);
            }

            /// <summary>What was wrong with the answer, with an excerpt of it where it is not JSON at all.</summary>
            private string Describe(JsonException malformed)
            {
                var head = ErrorBody.Read(_reader!.Head, _answer!.ContentType);
                return head.LooksLikeHtml
                    ? "an HTML page came back instead of JSON: " + ErrorBody.Excerpt(_reader.Head.Span)
                    : _reader.RowCount == 0 && !head.IsJson && malformed.Path is null && malformed.Message.IndexOf("cut off", StringComparison.Ordinal) < 0
                        ? $"the body is not valid JSON ({malformed.Message}): {ErrorBody.Excerpt(_reader.Head.Span)}"
                        : malformed.Message;
            }

            private bool IsInterruption(Exception failure) =>
                !cancellationToken.IsCancellationRequested
                && failure is IOException or HttpRequestException or TimeoutException or System.Net.Sockets.SocketException;

        }
    }
}
