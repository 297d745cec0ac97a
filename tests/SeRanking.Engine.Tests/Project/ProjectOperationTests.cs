using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Positions;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// Every phase-A Project operation against the emulator in both dialects: what is sent where
/// (path segments or query ids, PUT or PATCH, brackets or indices), what comes back, and that
/// the two hosts share one account (a project made on one is seen on the other).
/// </summary>
public class ProjectOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    private static DateTime Today => DateTime.Today;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task A_project_is_created_listed_changed_summarised_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);

        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "https://shop.example-store.com", Title = "Shop", CheckFrequency = "Weekly", CheckDay = 2, Depth = 200 });
        var listed = Assert.Single(await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value));
        Assert.Equal((site.SiteId, "Shop", "https://shop.example-store.com", "check_weekly", 2L, 200L), (listed.SiteId, listed.Title, listed.Url, listed.CheckFrequency, listed.CheckDay, listed.Depth));
        Assert.True(listed.IsActive);

        _ = await connection.SendAsync(ProjectSiteOperations.Update, new ProjectSettingsQuery { SiteId = site.SiteId, Title = "Shop US", Paused = true });
        var changed = await connection.FindAsync(site.SiteId);
        Assert.Equal(("Shop US", false), (changed!.Title, changed.IsActive));

        var summary = await connection.GetAsync(ProjectSiteOperations.Summary, new ProjectSiteQuery { SiteId = site.SiteId });
        Assert.Equal((site.SiteId, 0L), (summary.SiteId, summary.KeywordCount));

        _ = await connection.SendAsync(ProjectSiteOperations.Delete, new ProjectSiteQuery { SiteId = site.SiteId });
        Assert.Empty(await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value));

        var id = site.SiteId;
        string[] expected = dialect == ProjectDialect.Legacy
            ? ["POST sites", "GET sites", "PUT sites/" + id, "GET sites", "GET sites/" + id + "/stat", "DELETE sites/" + id, "GET sites"]
            : ["POST v1/project-management/sites", "GET v1/project-management/sites", "PATCH v1/project-management/sites?site_id=" + id, "GET v1/project-management/sites",
               "GET v1/project-management/sites/summary?site_id=" + id, "DELETE v1/project-management/sites?site_id=" + id, "GET v1/project-management/sites"];
        var requests = ProjectConnections.Requests(Emulator, account);
        Assert.Equal(expected, requests.Select(ProjectConnections.Line));
        Assert.StartsWith("[{\"url\":\"https://shop.example-store.com\",\"title\":\"Shop\"", requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("\"is_active\":\"0\"", requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_hosts_serve_one_account()
    {
        var account = Emulator.Accounts.AddProject();
        var legacy = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var unified = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        var site = await legacy.CreateAsync(new ProjectSettingsQuery { Url = "one-account.com", Title = "One" });
        var engine = await unified.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery { SiteId = site.SiteId, SearchEngineId = 200 });

        Assert.Equal(engine.SiteEngineId, Assert.Single(await legacy.ListAsync(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = site.SiteId })).SiteEngineId);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Search_engines_are_added_listed_changed_and_removed(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "engines-shop.com", Title = "Engines" });

        var added = await connection.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery
        {
            SiteId = site.SiteId, SearchEngineId = 200, RegionName = "Denver, Colorado, United States", Language = "en", MergeMap = "Separate", PaidResults = true,
        });
        Assert.Equal((site.SiteId, 200L, 2L), (added.SiteId, added.SearchEngineId, added.MergeMap));
        var listed = Assert.Single(await connection.ListAsync(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = site.SiteId }));
        Assert.Equal((added.SiteEngineId, "Denver, Colorado, United States", "en", 2L, true, site.SiteId), (listed.SiteEngineId, listed.RegionName, listed.Language, listed.MergeMap, listed.PaidResults, listed.SiteId));

        _ = await connection.SendAsync(ProjectSiteOperations.UpdateSearchEngine, new ProjectSearchEngineSettingsQuery { SiteId = site.SiteId, SiteEngineId = added.SiteEngineId, MergeMap = "Ignore", Language = "de" });
        var changed = await connection.FindSearchEngineAsync(site.SiteId, added.SiteEngineId);
        Assert.Equal((0L, "de"), (changed!.MergeMap, changed.Language));

        _ = await connection.SendAsync(ProjectSiteOperations.RemoveSearchEngine, new ProjectSearchEngineQuery { SiteId = site.SiteId, SiteEngineId = added.SiteEngineId });
        Assert.Empty(await connection.ListAsync(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = site.SiteId }));

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();
        var (s, e) = (site.SiteId, added.SiteEngineId);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"POST sites/{s}/search-engines" : $"POST v1/project-management/sites/search-engines?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"PUT sites/{s}/search-engines/{e}" : $"PATCH v1/project-management/sites/search-engines?site_id={s}&site_engine_id={e}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE sites/{s}/search-engines/{e}" : $"DELETE v1/project-management/sites/search-engines?site_id={s}&site_engine_id={e}", lines);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Keywords_are_added_in_bulk_each_one_reported_then_changed_and_removed_in_bulk(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "keywords-shop.com", Title = "Keywords" });
        _ = await connection.AddAllAsync(site.SiteId, [new NewProjectKeyword { Keyword = "tent" }]);

        var results = await connection.AddAllAsync(site.SiteId, [
            new NewProjectKeyword { Keyword = "camping tent", TargetUrl = "https://keywords-shop.com/tents", IsStrict = true },
            new NewProjectKeyword { Keyword = "Tent" },
            new NewProjectKeyword { Keyword = "hiking boots", Comment = "new line" },
        ]);

        Assert.Equal(["Added", "AlreadyTracked", "Added"], results.Select(r => r.Status));
        Assert.All(results, r => Assert.NotNull(r.KeywordId));
        var listed = await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = site.SiteId });
        Assert.Equal(["tent", "camping tent", "hiking boots"], listed.Select(k => k.Keyword));
        Assert.Equal(("https://keywords-shop.com/tents", true), (listed[1].TargetUrl, listed[1].IsStrict));
        Assert.Equal(results[1].KeywordId, listed[0].KeywordId);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectKeywordOperations.Update, new ProjectKeywordUpdateQuery { SiteId = site.SiteId, KeywordId = listed[1].KeywordId, Comment = "no text" }));
        _ = await connection.SendAsync(ProjectKeywordOperations.Update, new ProjectKeywordUpdateQuery { SiteId = site.SiteId, KeywordId = listed[1].KeywordId, Keyword = "camping tents", Comment = "plural" });
        Assert.Equal("camping tents", (await connection.FindKeywordAsync(site.SiteId, listed[1].KeywordId))!.Keyword);

        _ = await connection.SendAsync(ProjectKeywordOperations.Remove, new ProjectKeywordRemoveQuery { SiteId = site.SiteId, KeywordIds = [listed[0].KeywordId, listed[2].KeywordId] });
        Assert.Equal(["camping tents"], (await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = site.SiteId })).Select(k => k.Keyword));

        var requests = ProjectConnections.Requests(Emulator, account);
        var remove = requests.Single(r => r.Method == "DELETE");
        var (a, b) = (listed[0].KeywordId, listed[2].KeywordId);
        Assert.Equal(
            dialect == ProjectDialect.Legacy
                ? $"DELETE sites/{site.SiteId}/keywords?keywords_ids[]={a}&keywords_ids[]={b}"
                : $"DELETE v1/project-management/keywords?site_id={site.SiteId}&keywords_ids[0]={a}&keywords_ids[1]={b}",
            ProjectConnections.Line(remove));
        Assert.StartsWith("[{\"keyword\":\"camping tent\",\"target_url\":\"https://keywords-shop.com/tents\",\"is_strict\":true}", requests.First(r => r.Method == "POST" && r.Path.EndsWith("keywords", StringComparison.Ordinal) && r.Body!.Contains("camping", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Contains(requests, r => r.Method == (dialect == ProjectDialect.Legacy ? "PATCH" : "PATCH") && r.Path.EndsWith(dialect == ProjectDialect.Legacy ? $"keywords/{listed[1].KeywordId}" : "keywords", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_thousand_and_one_keywords_take_three_requests_and_a_refused_batch_is_reported_per_keyword()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "bulk-shop.com", Title = "Bulk" });
        var keywords = Enumerable.Range(0, 1001).Select(i => new NewProjectKeyword { Keyword = $"keyword {i}" }).ToList();

        var results = await connection.AddAllAsync(site.SiteId, keywords);

        Assert.Equal(1001, results.Count(r => r.Status == "Added"));
        Assert.Equal(3, ProjectConnections.Requests(Emulator, account).Count(r => r.Method == "POST" && r.Path.EndsWith("keywords", StringComparison.Ordinal)));
        Assert.Equal(keywords.Select(k => k.Keyword), results.Select(r => r.Keyword));

        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, Method = "POST", PathContains = "project-management/keywords", Kind = FaultKind.Status, Status = 400, Count = 1 });
        var refused = await connection.AddAllAsync(site.SiteId, [new NewProjectKeyword { Keyword = "refused one" }]);
        Assert.Equal("Failed", Assert.Single(refused).Status);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Positions_come_one_row_per_keyword_engine_and_date_with_what_was_asked_for(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var (site, engines, _) = await SeedAsync(connection, 2, "tent", "boots", "stove");

        var rows = await connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery
        {
            SiteId = site, From = Today.AddDays(-3), To = Today.AddDays(-1), LandingPages = true, SerpFeatures = true, ContentScore = true,
        });

        // 3 keywords × 2 engines × 3 days; today is no check date until a recheck.
        Assert.Equal(18, rows.Count);
        Assert.Equal(engines.SelectMany(e => Enumerable.Repeat(e, 9)), rows.Select(r => r.SiteEngineId!.Value));
        Assert.Equal([Today.AddDays(-3), Today.AddDays(-2), Today.AddDays(-1)], rows.Take(3).Select(r => r.Date!.Value));
        Assert.All(rows, r => Assert.True(r.Position is >= 0 and <= 100));
        Assert.All(rows, r => Assert.StartsWith("https://", r.LandingPage, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.SerpFeatures)));
        Assert.All(rows, r => Assert.InRange(r.ContentScore!.Value, 0, 100));
        Assert.Equal(rows[0].Position - rows[1].Position is var change && rows[0].Position > 0 && rows[1].Position > 0 ? change : 0, rows[1].Change);

        var request = ProjectConnections.Line(ProjectConnections.Requests(Emulator, account).Last());
        Assert.Contains("with_landing_pages=1&with_serp_features=1&with_content_score=1", request, StringComparison.Ordinal);
        Assert.StartsWith(dialect == ProjectDialect.Legacy ? $"GET sites/{site}/positions?date_from=" : $"GET v1/project-management/sites/positions?site_id={site}&date_from=", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Positions_of_one_engine_in_the_top_ten_only()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var (site, engines, _) = await SeedAsync(connection, 2, Enumerable.Range(0, 30).Select(i => "keyword " + i).ToArray());

        var rows = await connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery { SiteId = site, SiteEngineId = engines[1], InTop = 10, From = Today.AddDays(-1), To = Today.AddDays(-1) });

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(engines[1], r.SiteEngineId));
        Assert.All(rows, r => Assert.InRange(r.Position!.Value, 1, 10));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Dates_chart_and_ads_are_read_as_rows(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var (site, engines, keywords) = await SeedAsync(connection, 1, "tent", "boots");

        var historical = await connection.ListAsync(ProjectPositionOperations.HistoricalDates, new ProjectDatesQuery { SiteId = site });
        Assert.Equal(["current", "yesterday", "7days", "30days", "90days"], historical.Select(h => h.Period));
        Assert.Equal(Today.AddDays(-1), historical[0].Date);

        var checks = await connection.ListAsync(ProjectPositionOperations.CheckDates, new ProjectDatesQuery { SiteId = site, From = Today.AddDays(-5), To = Today });
        Assert.Equal(Enumerable.Range(1, 5).Select(d => Today.AddDays(-6 + d)), checks.Select(c => c.Date));
        Assert.All(checks, c => Assert.Equal(engines[0], c.SiteEngineId));

        var chart = await connection.ListAsync(ProjectPositionOperations.RankingTrend, new ProjectRankingTrendQuery { SiteId = site, From = Today.AddDays(-2), To = Today.AddDays(-1), Metric = "top10", KeywordIds = keywords });
        Assert.Equal([engines[0].ToString(System.Globalization.CultureInfo.InvariantCulture), engines[0].ToString(System.Globalization.CultureInfo.InvariantCulture), "average", "average"], chart.Select(c => c.Series));
        Assert.All(chart, c => Assert.Equal("top10", c.Metric));
        Assert.Null(chart[2].SiteEngineId);

        var ads = await connection.ListAsync(ProjectPositionOperations.AdStats, new ProjectAdStatQuery { SiteId = site, From = Today.AddDays(-2), To = Today.AddDays(-1), SiteEngineIds = engines, KeywordIds = keywords });
        Assert.Equal(2, ads.Count);
        Assert.All(ads, a => Assert.True(a.Top >= 0 && a.Bottom >= 0 && a.SiteEngineId == engines[0]));

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();
        Assert.Contains(lines, l => l.StartsWith(dialect == ProjectDialect.Legacy ? $"GET sites/{site}/historicalDates" : $"GET v1/project-management/sites/positions/checkpoints?site_id={site}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(dialect == ProjectDialect.Legacy ? $"GET sites/{site}/chart?" : $"GET v1/project-management/sites/positions/history?site_id={site}", StringComparison.Ordinal)
            && l.Contains(dialect == ProjectDialect.Legacy ? "keywords_ids[]=" : "keywords_ids[0]=", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(dialect == ProjectDialect.Legacy ? $"GET sites/{site}/ads?" : $"GET v1/project-management/sites/ads-stats?site_id={site}", StringComparison.Ordinal)
            && l.Contains(dialect == ProjectDialect.Legacy ? "keyword_ids[]=" : "keywords_ids[0]=", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task A_recheck_is_waited_for_until_todays_check_date_appears(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        account.Workspace.RecheckReadsUntilDone = 2;
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var (site, engines, keywords) = await SeedAsync(connection, 1, "tent");

        var started = await connection.StartAsync(new ProjectRecheckQuery { SiteId = site, SiteEngineId = engines[0], KeywordIds = keywords });
        var observer = new RecheckObserver();
        var left = await connection.WaitAsync([started], new PollOptions { PollInterval = TimeSpan.FromMilliseconds(50) }, observer);
        var done = observer.Done;

        Assert.Empty(left);
        Assert.Equal(("Done", Today), (Assert.Single(done).Status, done[0].CheckedOn));
        Assert.Equal(2, ProjectConnections.Requests(Emulator, account).Count(r => r.Path.EndsWith("check-dates", StringComparison.Ordinal)));
        var today = await connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery { SiteId = site, From = Today, To = Today });
        Assert.Equal(Today, Assert.Single(today).Date);
        var recheck = ProjectConnections.Requests(Emulator, account).Single(r => r.Method == "POST" && r.Path.EndsWith("recheck", StringComparison.Ordinal));
        Assert.Equal($"{{\"keywords\":[{{\"site_engine_id\":{engines[0]},\"keyword_id\":{keywords[0]}}}]}}", recheck.Body);
    }

    [Fact]
    public async Task A_recheck_that_does_not_finish_in_time_is_returned_timed_out()
    {
        var account = Emulator.Accounts.AddProject();
        account.Workspace.RecheckReadsUntilDone = 1000;
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var (site, _, _) = await SeedAsync(connection, 1, "tent");

        var started = await connection.StartAsync(new ProjectRecheckQuery { SiteId = site });
        var left = await connection.WaitAsync([started], new PollOptions { PollInterval = TimeSpan.FromMilliseconds(100), Timeout = TimeSpan.FromMilliseconds(250) }, new RecheckObserver());

        Assert.Equal("TimedOut", Assert.Single(left).Status);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task A_position_set_by_hand_is_the_one_read_back(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var (site, engines, keywords) = await SeedAsync(connection, 1, "tent");
        var day = Today.AddDays(-2);

        _ = await connection.SendAsync(ProjectPositionOperations.SetPosition, new ProjectPositionSetQuery { SiteId = site, KeywordId = keywords[0], SiteEngineId = engines[0], Date = day, Position = 200 });

        var row = Assert.Single(await connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery { SiteId = site, From = day, To = day }));
        Assert.Equal(200, row.Position);
        var line = ProjectConnections.Line(ProjectConnections.Requests(Emulator, account).Single(r => r.Method is "PUT" or "PATCH"));
        Assert.Equal(dialect == ProjectDialect.Legacy ? $"PUT sites/{site}/position" : $"PATCH v1/project-management/sites/positions?site_id={site}", line);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task The_system_lists_are_read(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);

        var engines = await connection.ListAsync(SystemListOperations.SearchEngines, NoQuery.Value);
        Assert.Contains(engines, e => e.Id == 200 && e.Name == "Google USA" && e.Type == "google");
        var regions = await connection.ListAsync(SystemListOperations.GoogleRegions, new GoogleRegionQuery { Search = "colorado", Limit = 5 });
        Assert.Equal("Denver, Colorado, United States", Assert.Single(regions).Name);
        var languages = await connection.ListAsync(SystemListOperations.GoogleLanguages, NoQuery.Value);
        Assert.Contains(languages, l => l.Code == "pt-BR" && l.Name == "Portuguese (Brazil)");

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();
        Assert.Equal(
            dialect == ProjectDialect.Legacy
                ? ["GET system/search-engines", "GET system/google-regions?search=colorado&limit=5", "GET system/google-langs"]
                : ["GET v1/project-management/system/search-engines", "GET v1/project-management/system/google/regions?search=colorado&limit=5", "GET v1/project-management/system/google/languages"],
            lines);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectPositionOperations.SetPosition, new ProjectPositionSetQuery { SiteId = 1, KeywordId = 2, SiteEngineId = 3, Date = Today, Position = 201 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery { SiteId = 1, From = Today, To = Today.AddDays(-1) }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectPositionOperations.Positions, new ProjectPositionQuery { SiteId = 1, To = Today.AddDays(1) }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.CreateAsync(new ProjectSettingsQuery { Url = "shop.example-store.com", Title = "Shop", CheckDay = 9 }));
        await Assert.ThrowsAsync<SeRanking.Engine.Batching.InvalidTargetException>(() => connection.CreateAsync(new ProjectSettingsQuery { Url = "not a site", Title = "Shop" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectSiteOperations.Update, new ProjectSettingsQuery { SiteId = 4 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery { SiteId = 4, SearchEngineId = 200, MergeMap = "3" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectPositionOperations.RankingTrend, new ProjectRankingTrendQuery { SiteId = 4, Metric = "clicks" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectPositionOperations.Recheck, new ProjectRecheckQuery { SiteId = 4, KeywordIds = [5] }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectKeywordOperations.Remove, new ProjectKeywordRemoveQuery { SiteId = 4, KeywordIds = Enumerable.Range(1, 201).Select(i => (long)i).ToList() }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task A_project_of_another_account_is_the_APIs_refusal_for_that_input_only()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        var refused = await Assert.ThrowsAsync<InvalidRequestException>(() => connection.ListAsync(ProjectSiteOperations.SearchEngines, new ProjectSiteQuery { SiteId = 999 }));

        Assert.Equal(403, refused.StatusCode);
        Assert.False(refused.StopsTheCommand);
        Assert.Equal("project 999", refused.Target);
    }

    [Fact]
    public async Task The_reference_samples_parse_through_the_operations()
    {
        var sites = Samples.Rows(ProjectSiteOperations.List, Samples.Read("seranking-project-sites"));
        Assert.Equal([8812345L, 8812399L], sites.Select(s => s.SiteId));
        Assert.Equal(("Example Shop DE", "check_weekly", 1L, true), (sites[1].Title, sites[1].CheckFrequency, sites[1].CheckDay, sites[1].SubdomainMatch));

        var engines = Samples.Rows(ProjectSiteOperations.SearchEngines, Samples.Read("seranking-project-search-engines"));
        Assert.Equal(("Denver, Colorado, United States", "Example Shop Denver", true), (engines[1].RegionName, engines[1].BusinessName, engines[1].PaidResults));

        using var reader = new SeRanking.Engine.Parsing.JsonRowReader<ProjectPosition>(new System.IO.MemoryStream(Samples.Read("seranking-project-positions")), ProjectPositionOperations.Positions.Rows, ProjectPositionOperations.Positions.RowTypeInfo);
        var rows = new List<ProjectPosition>();
        while (await reader.ReadAsync(default))
        {
            var keyword = reader.Current;
            ProjectPositionOperations.Positions.Stamp!(new ProjectPositionQuery { SiteId = 8812345 }, keyword, reader.CurrentSection);
            rows.AddRange(ProjectPositionOperations.Positions.Expand!(keyword));
        }

        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal((8812345L, 31022L), (r.SiteId, r.SiteEngineId!.Value)));
        Assert.Equal(("hiking boots men", new DateTime(2026, 1, 19), 18L, 0L), (rows[4].Keyword, rows[4].Date!.Value, rows[4].Position!.Value, rows[4].Change!.Value));
        Assert.Equal(0, rows[3].Position);
    }

    /// <summary>A project with <paramref name="engines"/> Google USA engines and the keywords given.</summary>
    private static async Task<(long Site, long[] Engines, long[] Keywords)> SeedAsync(ApiConnection connection, int engines, params string[] keywords)
    {
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "seeded-" + Guid.NewGuid().ToString("N")[..8] + ".com", Title = "Seeded" });
        var attached = new List<long>();
        for (var i = 0; i < engines; i++)
        {
            attached.Add((await connection.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery { SiteId = site.SiteId, SearchEngineId = 200 })).SiteEngineId);
        }

        var added = await connection.AddAllAsync(site.SiteId, keywords.Select(k => new NewProjectKeyword { Keyword = k }).ToList());
        return (site.SiteId, attached.ToArray(), added.Select(r => r.KeywordId!.Value).ToArray());
    }

    private sealed class RecheckObserver : IJobPollObserver<ProjectRecheck, ProjectRecheck>
    {
        public List<ProjectRecheck> Done { get; } = [];

        void IJobPollObserver<ProjectRecheck, ProjectRecheck>.Done(ProjectRecheck job, ProjectRecheck result) => Done.Add(result);

        void IJobPollObserver<ProjectRecheck, ProjectRecheck>.Failed(ProjectRecheck job, Exception failure) => throw new InvalidOperationException("A recheck failed: " + failure.Message, failure);

        void IJobPollObserver<ProjectRecheck, ProjectRecheck>.Progress(PollProgress progress)
        {
        }
    }
}
