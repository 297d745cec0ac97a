using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// The AI Result Tracker reads published for the unified host only (cited sources, competitors):
/// served there against the emulator's account, refused before sending on a legacy connection
/// with the key they need named.
/// </summary>
public class AiTrackerSourceOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    private async Task<(ProjectAccount Account, ApiConnection Connection, long SiteId, long LlmId, IReadOnlyList<AiTrackerPromptResult> Prompts)> TrackedAsync()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "sources-shop.com", Title = "Sources" });
        _ = await connection.SendAsync(AiTrackerOperations.SetBrand, new AiTrackerBrandQuery { SiteId = site.SiteId, Brand = "Sources Shop" });
        var engine = await connection.AddEngineAsync(new AiTrackerEngineSettingsQuery { SiteId = site.SiteId, Engine = "chatgpt", CountryCode = "us" });
        var prompts = await connection.AddPromptsAsync(site.SiteId, engine.LlmId, [.. Enumerable.Range(1, 30).Select(i => $"question {i}")], null);
        return (account, connection, site.SiteId, engine.LlmId, prompts);
    }

    private static async Task<List<T>> Rows<T>(IAsyncEnumerable<T> rows)
    {
        var list = new List<T>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    private List<string> Lines(ProjectAccount account) => ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();

    [Fact]
    public async Task On_a_legacy_connection_every_unified_only_read_stops_before_sending_naming_the_SE_Ranking_API_key()
    {
        var account = Emulator.Accounts.AddProject();
        var legacy = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        foreach (var call in new Func<Task>[]
        {
            () => legacy.GetAsync(AiTrackerSourceOperations.Summary, new AiTrackerSourceQuery { SiteId = 1 }),
            () => legacy.ListAsync(AiTrackerSourceOperations.Recommendations, new AiTrackerSourceQuery { SiteId = 1 }),
            () => legacy.ListAsync(AiTrackerSourceOperations.Domains, new AiTrackerSourceQuery { SiteId = 1 }),
            () => legacy.ListAsync(AiTrackerSourceOperations.Pages, new AiTrackerSourceQuery { SiteId = 1 }),
            () => legacy.ListAsync(AiTrackerSourceOperations.Competitors, new AiTrackerCompetitorQuery { SiteId = 1, LlmId = 2, PromptLlmIds = [3] }),
            () => legacy.ListAsync(AiTrackerSourceOperations.CompetitorDates, new AiTrackerCompetitorDateQuery { SiteId = 1, LlmId = 2, PromptLlmId = 3 }),
            () => legacy.ListAsync(AiTrackerSourceOperations.CompetitorSources, new AiTrackerCompetitorSourceQuery { SiteId = 1, LlmId = 2, PromptLlmId = 3, Date = DateTime.Today }),
        })
        {
            var refused = await Assert.ThrowsAsync<OperationNotInDialectException>(call);
            Assert.Contains("Connect-SeRanking -ApiKey", refused.Message, StringComparison.Ordinal);
        }

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task Sources_are_summarised_recommended_and_listed_paged_sorted_and_filtered()
    {
        var (account, connection, site, llm, prompts) = await TrackedAsync();
        var query = new AiTrackerSourceQuery { SiteId = site, LlmIds = [llm], From = DateTime.Today.AddDays(-6), To = DateTime.Today };

        var summary = await connection.GetAsync(AiTrackerSourceOperations.Summary, query);
        Assert.Equal((site, 12L, DateTime.Today.AddDays(-6)), (summary.SiteId, summary.DomainsTotal, summary.From));
        Assert.True(summary.BrandMentionsTotal > 0);
        Assert.NotEmpty(await connection.ListAsync(AiTrackerSourceOperations.Recommendations, query));

        var before = Lines(account).Count;
        var domains = await Rows(connection.StreamAsync(AiTrackerSourceOperations.Domains, query with { SortBy = "domain", Ascending = true }, RowWindow.Everything));
        Assert.Equal(12, domains.Count);
        Assert.Equal(domains.Select(d => d.Domain).Order(StringComparer.Ordinal), domains.Select(d => d.Domain));
        Assert.All(domains, d => Assert.Equal(site, d.SiteId));

        var pages = await Rows(connection.StreamAsync(AiTrackerSourceOperations.Pages, query, RowWindow.Everything));
        Assert.Equal(summary.PagesTotal, pages.Count);
        Assert.Equal(pages.Select(p => p.CountUsage).OrderDescending(), pages.Select(p => p.CountUsage));
        var ofOne = await Rows(connection.StreamAsync(AiTrackerSourceOperations.Pages, query with { DomainId = domains[0].DomainId }, RowWindow.Everything));
        Assert.All(ofOne, p => Assert.Equal(domains[0].Domain, p.Domain));
        Assert.Equal(pages.Count(p => p.Link), (await Rows(connection.StreamAsync(AiTrackerSourceOperations.Pages, query with { HasLink = true }, RowWindow.Everything))).Count);

        var lines = Lines(account).Skip(before).ToList();
        Assert.StartsWith($"GET v1/project-management/airt/sources/domains?site_id={site}&date_from=", lines[0], StringComparison.Ordinal);
        Assert.Contains($"&site_llm_ids[]={llm}&sort=domain&sort_order=asc", lines[0], StringComparison.Ordinal);
        Assert.Contains("has_link=1", lines[^1], StringComparison.Ordinal);
        _ = prompts;
    }

    [Fact]
    public async Task A_window_of_the_page_list_is_read_in_one_request()
    {
        var (account, connection, site, _, _) = await TrackedAsync();
        var before = Lines(account).Count;

        var some = await Rows(connection.StreamAsync(AiTrackerSourceOperations.Pages, new AiTrackerSourceQuery { SiteId = site }, RowWindow.Take(20, skip: 10)));

        Assert.Equal(20, some.Count);
        Assert.Contains("limit=", Assert.Single(Lines(account).Skip(before)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Competitors_come_one_row_per_prompt_date_and_brand_or_compact_with_their_dates_and_cited_sources()
    {
        var (account, connection, site, llm, prompts) = await TrackedAsync();
        var ids = prompts.Take(2).Select(p => p.PromptLlmId!.Value).ToList();

        var rows = await connection.ListAsync(AiTrackerSourceOperations.Competitors, new AiTrackerCompetitorQuery { SiteId = site, LlmId = llm, PromptLlmIds = ids, From = DateTime.Today.AddDays(-2), CachedCopyUrl = false });
        Assert.Equal(2 * 3 * 2, rows.Count(r => r.Name != "Sources Shop"));
        Assert.All(rows, r => Assert.Equal((site, llm, (string?)null), (r.SiteId, r.LlmId, r.CachedCopyUrl)));
        Assert.Contains(rows, r => r.IsOwn && r.Name == "Sources Shop");
        var compact = await connection.ListAsync(AiTrackerSourceOperations.Competitors, new AiTrackerCompetitorQuery { SiteId = site, LlmId = llm, PromptLlmIds = ids, From = DateTime.Today.AddDays(-2), Compact = true });
        Assert.Equal(2, compact.Count(r => r.Name == "Rival Two"));
        Assert.All(compact.Where(r => r.Name == "Rival Two"), r => Assert.Equal((DateTime.Today.AddDays(-2), DateTime.Today), (r.Date!.Value, r.DateTo!.Value)));
        Assert.All(compact, r => Assert.StartsWith("https://api4.seranking.com/", r.CachedCopyUrl, StringComparison.Ordinal));

        var dates = await connection.ListAsync(AiTrackerSourceOperations.CompetitorDates, new AiTrackerCompetitorDateQuery { SiteId = site, LlmId = llm, PromptLlmId = ids[0], From = DateTime.Today.AddDays(-4) });
        Assert.Equal(Enumerable.Range(0, 5).Select(i => DateTime.Today.AddDays(i - 4)), dates.Select(d => d.Date!.Value));
        Assert.All(dates, d => Assert.Equal((site, llm, ids[0]), (d.SiteId, d.LlmId, d.PromptLlmId)));

        var byDomain = await connection.ListAsync(AiTrackerSourceOperations.CompetitorSources, new AiTrackerCompetitorSourceQuery { SiteId = site, LlmId = llm, PromptLlmId = ids[0], Date = DateTime.Today.AddDays(-1) });
        var byUrl = await connection.ListAsync(AiTrackerSourceOperations.CompetitorSources, new AiTrackerCompetitorSourceQuery { SiteId = site, LlmId = llm, PromptLlmId = ids[0], Date = DateTime.Today.AddDays(-1), ByUrl = true });
        Assert.Equal(2 * byDomain.Count, byUrl.Count);
        Assert.All(byUrl, r => Assert.Equal((ids[0], DateTime.Today.AddDays(-1)), (r.PromptLlmId, r.Date!.Value)));

        var lines = Lines(account);
        Assert.Contains(lines, line => line.StartsWith($"GET v1/project-management/airt/competitors?site_id={site}&llm_id={llm}&prompt_llm_ids[]={ids[0]}&prompt_llm_ids[]={ids[1]}&date_from=", StringComparison.Ordinal) && line.EndsWith("include_cached_copy_url=0", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("airt/competitors/source-metrics?", StringComparison.Ordinal) && line.EndsWith("mode=url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ranges_and_prompt_counts_beyond_the_APIs_limits_are_refused_locally()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        var tooMany = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(AiTrackerSourceOperations.Competitors, new AiTrackerCompetitorQuery { SiteId = 1, LlmId = 2, PromptLlmIds = [.. Enumerable.Range(1, 51).Select(i => (long)i)] }));
        Assert.Equal("PromptLlmId", tooMany.ParamName);
        var promptDays = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(AiTrackerSourceOperations.Competitors, new AiTrackerCompetitorQuery { SiteId = 1, LlmId = 2, PromptLlmIds = [.. Enumerable.Range(1, 50).Select(i => (long)i)], From = DateTime.Today.AddDays(-100) }));
        Assert.Contains("3,660", promptDays.Message, StringComparison.Ordinal);
        var year = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(AiTrackerSourceOperations.CompetitorDates, new AiTrackerCompetitorDateQuery { SiteId = 1, LlmId = 2, PromptLlmId = 3, From = DateTime.Today.AddDays(-400) }));
        Assert.Equal("From", year.ParamName);
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(AiTrackerSourceOperations.CompetitorSources, new AiTrackerCompetitorSourceQuery { SiteId = 1, LlmId = 2, PromptLlmId = 3 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(AiTrackerSourceOperations.Domains, new AiTrackerSourceQuery { SiteId = 1, SortBy = "count_usage" }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }
}
