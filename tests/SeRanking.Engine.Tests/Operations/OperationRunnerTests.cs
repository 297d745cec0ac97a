using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>
/// The runner against the emulator: cursor pages streamed in order with nothing lost or doubled,
/// a page cut off in the middle asked for again without handing its rows out twice, a failure for
/// good that says how many rows came before it, and a consumer that stops stopping the requests.
/// The operation is backlinks/raw described with small pages, so paging is exercised in a few
/// hundred rows.
/// </summary>
public class OperationRunnerTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    /// <summary>backlinks/raw with pages of at most 100 rows.</summary>
    private static readonly Operation<BacklinkListQuery, Backlink> SmallRawPages = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/raw", "backlinks/raw", BacklinkOperations.Raw.RowTypeInfo, BacklinkOperations.Raw.Write)
    {
        Paging = Paging.Cursor(50, 100),
        Rows = RowLocation.InProperty("backlinks"),
        Stamp = BacklinkOperations.Raw.Stamp,
    };

    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Every_row_of_a_cursor_list_comes_once_in_order_and_each_page_is_billed_by_its_rows()
    {
        var account = Emulator.Accounts.AddData();
        var query = new BacklinkListQuery { Target = "rows-450.example.com" };

        var rows = await ReadAllAsync(Connection(account), SmallRawPages, query, RowWindow.Everything);

        Assert.Equal(450, rows.Count);
        Assert.Equal(450, rows.Select(r => r.UrlFrom).Distinct().Count());
        Assert.EndsWith("/post-0", rows[0].UrlFrom, StringComparison.Ordinal);
        Assert.EndsWith("/post-449", rows[^1].UrlFrom, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("rows-450.example.com", r.Target));
        Assert.Equal(5, RequestsOf(account).Count);
        Assert.Equal(450, account.CreditsSpent);
    }

    [Fact]
    public async Task First_and_skip_take_exactly_the_rows_asked_for_and_no_more_pages()
    {
        var account = Emulator.Accounts.AddData();

        var rows = await ReadAllAsync(Connection(account), SmallRawPages, new BacklinkListQuery { Target = "rows-900.example.com" }, RowWindow.Take(120, skip: 30));

        Assert.Equal(120, rows.Count);
        Assert.EndsWith("/post-30", rows[0].UrlFrom, StringComparison.Ordinal);
        Assert.EndsWith("/post-149", rows[^1].UrlFrom, StringComparison.Ordinal);
        Assert.Equal(2, RequestsOf(account).Count);
    }

    [Fact]
    public async Task A_page_cut_off_in_the_middle_is_asked_for_again_and_no_row_is_doubled_or_lost()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "backlinks/raw", Kind = FaultKind.ResetMidBody, Count = 1 });
        var trace = new RecordingTrace();

        var rows = await ReadAllAsync(Connection(account), SmallRawPages, new BacklinkListQuery { Target = "rows-250.example.com" }, RowWindow.Everything, trace);

        Assert.Equal(250, rows.Count);
        Assert.Equal(rows.Select(r => r.UrlFrom).Distinct().Count(), rows.Count);
        Assert.Contains(trace.OfKind(ApiTraceKind.Retrying), e => e.Message.Contains("asking for the page again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_fails_for_good_ends_the_stream_saying_how_many_rows_came_before_it()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account, o => o with { MaxRetries = 1 });
        var enumerator = connection.StreamAsync(SmallRawPages, new BacklinkListQuery { Target = "rows-300.example.com" }, RowWindow.Everything).GetAsyncEnumerator();
        var read = 0;
        for (; read < 100; read++)
        {
            Assert.True(await enumerator.MoveNextAsync());
        }

        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "backlinks/raw", Kind = FaultKind.Status, Status = 503, Count = 5 });
        var error = await Assert.ThrowsAsync<ServerErrorException>(async () => await enumerator.MoveNextAsync());
        await enumerator.DisposeAsync();

        Assert.Equal(100, error.RowsBefore);
        Assert.Contains("after 100 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_stops_the_requests()
    {
        var account = Emulator.Accounts.AddData();
        var connection = Connection(account);
        var enumerator = connection.StreamAsync(SmallRawPages, new BacklinkListQuery { Target = "rows-5000.example.com" }, RowWindow.Everything).GetAsyncEnumerator();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(await enumerator.MoveNextAsync());
        }

        await enumerator.DisposeAsync();
        await Task.Delay(100);

        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public async Task Cancelling_ends_the_stream_and_sends_nothing_more()
    {
        var account = Emulator.Accounts.AddData();
        using var cancel = new CancellationTokenSource();
        var enumerator = Connection(account).StreamAsync(SmallRawPages, new BacklinkListQuery { Target = "rows-5000.example.com" }, RowWindow.Everything)
            .GetAsyncEnumerator(cancel.Token);
        Assert.True(await enumerator.MoveNextAsync());

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await enumerator.MoveNextAsync())
            {
            }
        });
        await enumerator.DisposeAsync();
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public async Task The_observer_holds_each_page_before_it_is_sent_and_can_refuse_it()
    {
        var account = Emulator.Accounts.AddData();
        var observer = new Budget(allowedPages: 2);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ReadAllAsync(Connection(account), SmallRawPages, new BacklinkListQuery { Target = "rows-1000.example.com" }, RowWindow.Everything, observer: observer));

        Assert.Equal("page 3 refused", error.Message);
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal([100L, 100L], observer.Spent);
        Assert.Equal([1, 2, 3], observer.Plans.Select(p => p.Page));
        Assert.All(observer.Plans, plan => Assert.Equal(100, plan.Forecast.Credits));
        Assert.Equal([0L, 100L, 200L], observer.Plans.Select(p => p.RowsBefore));
    }

    [Fact]
    public async Task Expanded_rows_come_out_in_place_while_paging_and_billing_count_the_answers_rows()
    {
        var account = Emulator.Accounts.AddData();
        var doubled = new Operation<BacklinkListQuery, Backlink>(
            ApiKind.SeRankingData, HttpMethod.Get, "v1/backlinks/raw", "backlinks/raw", BacklinkOperations.Raw.RowTypeInfo, BacklinkOperations.Raw.Write)
        {
            Paging = Paging.Cursor(50, 100),
            Rows = RowLocation.InProperty("backlinks"),
            Stamp = BacklinkOperations.Raw.Stamp,
            Expand = r => [r, new Backlink { Target = r.Target, UrlFrom = r.UrlFrom + "#copy" }],
        };

        var rows = await ReadAllAsync(Connection(account), doubled, new BacklinkListQuery { Target = "rows-450.example.com" }, RowWindow.Take(120));

        Assert.Equal(240, rows.Count);
        Assert.EndsWith("/post-0", rows[0].UrlFrom, StringComparison.Ordinal);
        Assert.EndsWith("/post-0#copy", rows[1].UrlFrom, StringComparison.Ordinal);
        Assert.EndsWith("/post-119#copy", rows[^1].UrlFrom, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("rows-450.example.com", r.Target));
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(200, account.CreditsSpent);
    }

    [Fact]
    public async Task A_query_refused_locally_sends_nothing()
    {
        var account = Emulator.Accounts.AddData();

        await Assert.ThrowsAsync<InvalidTargetException>(
            () => ReadAllAsync(Connection(account), BacklinkOperations.All, new BacklinkListQuery { Target = "https://" }, RowWindow.Default));
        await Assert.ThrowsAsync<InvalidInputException>(
            () => ReadAllAsync(Connection(account), BacklinkOperations.Raw, new BacklinkListQuery { Target = "example.com", AnchorFilter = "shoes" }, RowWindow.Everything));
        await Assert.ThrowsAsync<InvalidInputException>(
            () => ReadAllAsync(Connection(account), BacklinkOperations.All, new BacklinkListQuery { Target = "example.com" }, RowWindow.Take(20_000)));

        Assert.Empty(RequestsOf(account));
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public void Every_descriptor_names_a_credit_row_that_bills_its_method()
    {
        foreach (var operation in OperationCatalog.All)
        {
            Assert.Same(operation.Cost, CreditCatalogue_Exact(operation));
            Assert.True(operation.Cost.Method == "*" || operation.Cost.Method == operation.Method.Method || operation.Cost.AlsoMethods.Contains(operation.Method.Method), operation.ToString());
        }
    }

    [Fact]
    public void Operation_paths_are_unique_per_method_and_rpc_method()
    {
        var duplicates = OperationCatalog.All.GroupBy(o => o.Api + " " + o.Endpoint).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // One path may serve two operations only when a parameter tells them apart (a task list and
        // a task read; the ads of a domain and the advertisers of a keyword).
        Assert.All(duplicates, key => Assert.True(key.Contains("serp/classic/tasks", StringComparison.Ordinal) || key.EndsWith("/v1/domain/ads", StringComparison.Ordinal), key));
    }

    private static SeRanking.Engine.Catalogues.CreditCost CreditCatalogue_Exact(Operation operation) =>
        SeRanking.Engine.Catalogues.CreditCatalogue.Exact(operation.Api, operation.Method.Method, operation.CostRow);

    private static async Task<List<TRow>> ReadAllAsync<TQuery, TRow>(
        ApiConnection connection, Operation<TQuery, TRow> operation, TQuery query, RowWindow window, IApiTrace? trace = null, IPageObserver? observer = null)
        where TRow : class
    {
        var rows = new List<TRow>();
        await foreach (var row in connection.StreamAsync(operation, query, window, observer, trace))
        {
            rows.Add(row);
        }

        return rows;
    }

    private ApiConnection Connection(DataAccount account, Func<ConnectionOptions, ConnectionOptions>? tweak = null) =>
        ApiConnection.Create(DataApiKey.Parse(account.Key), (tweak ?? (o => o))(Connect.Fast(Emulator.DataApiUrl)));

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) && r.Fault is null).ToList();

    /// <summary>A budget that lets <paramref name="allowedPages"/> pages through and records what each cost.</summary>
    private sealed class Budget(int allowedPages) : IPageObserver
    {
        public List<PagePlan> Plans { get; } = [];

        public List<long> Spent { get; } = [];

        public IPageHold? BeforePage(PagePlan plan)
        {
            Plans.Add(plan);
            return plan.Page > allowedPages ? throw new InvalidOperationException($"page {plan.Page} refused") : new Hold(Spent);
        }

        public void AfterPage(PageReport report)
        {
        }

        public long? CreditsLeft => null;

        private sealed class Hold(List<long> spent) : IPageHold
        {
            public void Spent(long credits) => spent.Add(credits);

            public void Dispose()
            {
            }
        }
    }
}
