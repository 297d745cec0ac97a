using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Serpstat.Tasks;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// SERP crawling (§14, tasks.* on the second endpoint) and domain classification (§15) against
/// the emulator: tasks started once, waited for with the shared poller, their results read;
/// no lines spent (the crawling balance pays), refused queries send nothing.
/// </summary>
public class SerpstatCrawlAndClassificationTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task A_serp_crawl_goes_to_the_second_endpoint_is_waited_for_and_reads_results_html_and_balance()
    {
        var (connection, account) = fixture.Connect();

        var task = await connection.GetAsync(SerpstatSerpCrawlOperations.StartList, new SerpstatSerpCrawlQuery { Keywords = ["iphone, x", "nike", "blocked-kw"], CountryId = 2, RegionId = 2840, DeviceTypeId = 2, Type = "local" });
        var fromText = await connection.GetAsync(SerpstatSerpCrawlOperations.StartText, new SerpstatSerpCrawlQuery { KeywordText = "tent, boots ,  stove", CountryId = 2, RegionId = 2840 });
        var observer = new SerpstatVolumeCheckTests.Recorder<SerpstatSerpCrawlInfo>();
        var unfinished = await connection.WaitAsync([task.TaskId!, "999999"], Quick, observer);
        var keywords = await connection.ListAsync(SerpstatSerpCrawlOperations.Results, new SerpstatSerpCrawlReadQuery { TaskId = task.TaskId!, Page = 1 });
        var second = await connection.ListAsync(SerpstatSerpCrawlOperations.Results, new SerpstatSerpCrawlReadQuery { TaskId = task.TaskId!, Page = 2 });
        var results = keywords.SelectMany(SerpstatSerpCrawlOperations.ResultsOf).ToList();
        var html = await connection.GetAsync(SerpstatSerpCrawlOperations.Html, new SerpstatSerpCrawlReadQuery { TaskId = task.TaskId!, KeywordId = long.Parse(results[0].KeywordId!, System.Globalization.CultureInfo.InvariantCulture) });
        var balance = await connection.GetAsync(SerpstatSerpCrawlOperations.Balance, NoQuery.Value);
        var list = await connection.ListAsync(SerpstatSerpCrawlOperations.List, NoQuery.Value);

        Assert.All(SerpstatSerpCrawlOperations.AllOperations, o => Assert.True(o.OnSecondBase, o.Endpoint));
        Assert.Equal(connection.BaseUri, connection.SecondBaseUri);
        Assert.True(long.Parse(task.TaskId!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal((3, "blocked-kw"), (task.Keywords, task.BlockedKeywords));
        Assert.Equal(3, fromText.Keywords);
        Assert.Empty(unfinished);
        var done = Assert.Single(observer.Done);
        Assert.Equal(("finished", 100, 2L), (done.Status, done.Percent!.Value, done.KeywordsCount!.Value));
        var missing = Assert.Single(observer.Failed);
        Assert.Contains("not among the tasks of the last 7 days", missing.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(["iphone, x", "nike"], keywords.Select(k => k.Keyword));
        Assert.Empty(second);
        Assert.Equal(20, results.Count);
        Assert.Equal(Enumerable.Range(1, 10), results.Take(10).Select(r => r.Position!.Value));
        Assert.All(results, r => Assert.True(r.TaskId == task.TaskId && r.Url!.StartsWith("https://site", StringComparison.Ordinal) && r.Types!.ToString() == "organic" && r.SerpTypes!.ToString() == "PeopleAlsoAsk; LocalPack" && r.TotalResults > 0));
        Assert.Contains("iphone, x - Google Search", html.Html, StringComparison.Ordinal);
        Assert.Equal((task.TaskId, results[0].KeywordId), (html.TaskId, html.KeywordId));
        Assert.Equal(100m - (5 * 0.0015m), balance.AvailableUsd);
        Assert.Equal((0.0015m, 0.0009m), (balance.SerpParsingCost!.Value, balance.VolumeParsingCost!.Value));
        Assert.Equal([fromText.TaskId, task.TaskId], list.Select(t => t.TaskId));
        Assert.Equal(0, account.UsedLines);
        Assert.Equal(1, fixture.RequestsOf(account).Count(r => r.Path == "tasks.addKeywordList"));
    }

    [Theory]
    [InlineData(0L, 5L, "CountryId")]
    [InlineData(248L, 5L, "CountryId")]
    [InlineData(2L, 0L, "RegionId")]
    public async Task A_refused_serp_crawl_sends_nothing(long country, long region, string parameter)
    {
        var (connection, account) = fixture.Connect();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatSerpCrawlOperations.StartList, new SerpstatSerpCrawlQuery { Keywords = ["tent"], CountryId = country, RegionId = region }));
        var badId = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpstatSerpCrawlOperations.Results, new SerpstatSerpCrawlReadQuery { TaskId = "vol-12" }));

        Assert.Equal(parameter, refused.ParamName);
        Assert.Equal("TaskId", badId.ParamName);
        Assert.Empty(fixture.RequestsOf(account));
    }

    [Fact]
    public async Task Domains_are_classified_once_waited_for_and_read_one_row_each()
    {
        var (connection, account) = fixture.Connect();

        var task = await connection.GetAsync(SerpstatClassificationOperations.Start, new SerpstatClassificationQuery { Domains = ["nike.com", "adidas.com", "NIKE.com", "puma.com"] });
        var observer = new SerpstatVolumeCheckTests.Recorder<SerpstatClassificationTask>();
        var unfinished = await connection.WaitAsync([task.TaskId!], Quick, observer);
        var rows = SerpstatClassificationOperations.CategoriesOf(await connection.GetAsync(SerpstatClassificationOperations.Read, new SerpstatTaskQuery { TaskId = task.TaskId! })).ToList();
        var tasks = new List<SerpstatClassificationTask>();
        await foreach (var row in connection.StreamAsync(SerpstatClassificationOperations.List, NoQuery.Value, RowWindow.Everything))
        {
            tasks.Add(row);
        }

        var tooMany = await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatClassificationOperations.Start, new SerpstatClassificationQuery { Domains = Enumerable.Range(1, 1001).Select(i => $"shop{i}.example").ToList() }));

        Assert.StartsWith("cls-", task.TaskId, StringComparison.Ordinal);
        Assert.Equal((3, "processing"), (task.Domains!.Value, task.State));
        Assert.Empty(unfinished);
        Assert.Equal("finished", Assert.Single(observer.Done).State);
        Assert.Equal(["nike.com", "adidas.com", "puma.com"], rows.Select(r => r.Domain));
        Assert.All(rows, r => Assert.True(r.Category is { Length: > 0 } && r.Confidence is > 0.5 and < 1 && r.Categories!.Contains(" (0.", StringComparison.Ordinal) && r.TaskId == task.TaskId));
        Assert.Equal(task.TaskId, Assert.Single(tasks).TaskId);
        Assert.Equal("finished", tasks[0].State);
        Assert.Equal("Domain", tooMany.ParamName);
        Assert.Equal(0, account.UsedLines);
        Assert.Equal(1, fixture.RequestsOf(account).Count(r => r.Path == "DomainClassification.addTask"));
    }
}
