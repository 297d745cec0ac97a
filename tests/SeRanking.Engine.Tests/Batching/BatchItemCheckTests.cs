using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Tests.Batching;

/// <summary>The batcher over items that are not domains: the item check given decides what is refused, sent and de-duplicated.</summary>
public class BatchItemCheckTests
{
    [Fact]
    public async Task Keywords_are_checked_by_the_check_given_not_as_domains()
    {
        var sent = new List<IReadOnlyList<string>>();

        var results = await TargetBatcher.RunAsync<KeywordMetrics>(
            ["camping  tent", "", "hiking boots", "camping tent"],
            (batch, _) =>
            {
                sent.Add(batch);
                return Task.FromResult<IReadOnlyList<KeywordMetrics>>(batch.Select(k => new KeywordMetrics { Keyword = k.ToUpperInvariant(), IsDataFound = true }).ToList());
            },
            row => row.Keyword,
            keyword => KeywordRules.Validate(keyword),
            batchSize: 5000);

        // Spaces in a keyword are fine (a domain check would refuse them); runs of spaces become one, so the duplicate is sent once.
        Assert.Equal([["camping tent", "hiking boots"]], sent);
        Assert.Equal(["CAMPING TENT", null, "HIKING BOOTS", "CAMPING TENT"], results.Select(r => r.Value?.Keyword));
        Assert.IsType<InvalidInputException>(results[1].Error);
        Assert.Equal("", results[1].Target);
    }

    [Fact]
    public async Task Items_beyond_the_batch_size_go_in_further_calls_in_order()
    {
        var calls = 0;

        var results = await TargetBatcher.RunAsync<KeywordMetrics>(
            Enumerable.Range(0, 12).Select(i => $"keyword {i}").ToArray(),
            (batch, _) =>
            {
                calls++;
                return Task.FromResult<IReadOnlyList<KeywordMetrics>>(batch.Reverse().Select(k => new KeywordMetrics { Keyword = k }).ToList());
            },
            row => row.Keyword,
            keyword => KeywordRules.Validate(keyword),
            batchSize: 5);

        Assert.Equal(3, calls);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"keyword {i}"), results.Select(r => r.Value!.Keyword));
    }
}
