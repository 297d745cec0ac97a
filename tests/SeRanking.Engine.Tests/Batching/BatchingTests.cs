using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Batching;

public class BatchingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Two_hundred_fifty_targets_go_in_three_calls_and_come_back_in_input_order()
    {
        var account = Emulator.Accounts.AddData(credits: 10_000_000);
        var targets = Enumerable.Range(0, 250).Select(i => $"site-{249 - i}.example.com").ToArray();

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(targets);

        var calls = Emulator.Requests.Snapshot().Where(r => r.Path.EndsWith("backlinks/summary", StringComparison.Ordinal) && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToArray();
        Assert.Equal(3, calls.Length);
        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.All(results, r => Assert.Equal(r.Target, r.Value!.Target));
        Assert.Equal(10_000_000 - (250 * 100), account.Credits);
    }

    [Fact]
    public async Task Duplicates_are_asked_for_once_and_answered_for_every_occurrence()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(["a-shop.com", "b-shop.com", "a-shop.com"]);

        Assert.Equal(["a-shop.com", "b-shop.com", "a-shop.com"], results.Select(r => r.Value!.Target));
        Assert.Equal(account.CreditsLimit - 200, account.Credits);
    }

    [Fact]
    public async Task An_invalid_target_is_refused_locally_and_the_others_still_go()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(["a-shop.com", "not a domain", "", "b-shop.com"]);

        Assert.True(results[0].IsSuccess);
        Assert.Contains("contains 'U+0020'", Assert.IsType<InvalidTargetException>(results[1].Error).Message);
        Assert.Contains("empty", Assert.IsType<InvalidTargetException>(results[2].Error).Message);
        Assert.True(results[3].IsSuccess);
        var sent = Emulator.Requests.Snapshot().Single(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        Assert.DoesNotContain("not a domain", sent.Body);
    }

    [Fact]
    public async Task A_huge_site_in_a_batch_is_isolated_and_the_rest_get_their_rows()
    {
        var account = Emulator.Accounts.AddData();
        var targets = new[] { "a-shop.com", "b-shop.com", "google.com", "c-shop.com", "d-shop.com" };

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(targets);

        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.IsType<TargetTooLargeException>(results[2].Error);
        Assert.All(results.Where((_, i) => i != 2), r => Assert.True(r.IsSuccess));
        Assert.Equal(account.CreditsLimit - 400, account.Credits);
    }

    [Fact]
    public async Task Rows_echoed_in_another_spelling_are_still_matched_to_their_targets()
    {
        var rows = new Dictionary<string, string> { ["https://www.a-shop.com/"] = "A", ["B-SHOP.COM"] = "B" };

        var results = await TargetBatcher.RunAsync<BacklinkSummary>(
            ["b-shop.com", "a-shop.com"],
            (batch, _) => Task.FromResult<IReadOnlyList<BacklinkSummary>>(rows.Keys.Select(t => new BacklinkSummary { Target = t, Mode = rows[t] }).ToList()),
            row => row.Target);

        Assert.Equal(["B", "A"], results.Select(r => r.Value!.Mode));
    }

    [Fact]
    public async Task A_target_without_a_row_gets_an_error_instead_of_vanishing()
    {
        var results = await TargetBatcher.RunAsync<BacklinkSummary>(
            ["a-shop.com", "b-shop.com", "c-shop.com"],
            (batch, _) => Task.FromResult<IReadOnlyList<BacklinkSummary>>([new BacklinkSummary { Target = "b-shop.com" }]),
            row => row.Target);

        Assert.True(results[1].IsSuccess);
        Assert.IsType<MissingRowException>(results[0].Error);
        Assert.IsType<MissingRowException>(results[2].Error);
    }

    [Fact]
    public async Task An_account_level_failure_stops_the_whole_run()
    {
        var calls = 0;
        var run = TargetBatcher.RunAsync<BacklinkSummary>(
            Enumerable.Range(0, 300).Select(i => $"s{i}.example.com").ToArray(),
            (batch, _) =>
            {
                Interlocked.Increment(ref calls);
                throw new InsufficientFundsException(new ApiFailure { Api = ApiKind.SeRankingData, Endpoint = "POST /v1/backlinks/summary" }, "Top up.");
            },
            row => row.Target);

        await Assert.ThrowsAsync<InsufficientFundsException>(() => run);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Chunk_splits_in_order_into_calls_of_at_most_the_size()
    {
        var chunks = TargetBatcher.Chunk(Enumerable.Range(1, 250), 100).ToArray();

        Assert.Equal([100, 100, 50], chunks.Select(c => c.Count));
        Assert.Equal(Enumerable.Range(1, 250), chunks.SelectMany(c => c));
    }
}
