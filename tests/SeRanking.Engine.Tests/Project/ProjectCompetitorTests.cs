using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Competitors;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>Competitors and the competition in a project's results, against the emulator in both dialects.</summary>
public class ProjectCompetitorTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    private static DateTime Today => DateTime.Today;

    private async Task<(ApiConnection Connection, ProjectSite Site, ProjectSearchEngine Engine, long[] Keywords)> ProjectAsync(ProjectAccount account, ProjectDialect dialect)
    {
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "compete-shop.com", Title = "Compete" });
        var engine = await connection.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery { SiteId = site.SiteId, SearchEngineId = 200 });
        var added = await connection.AddAllAsync(site.SiteId, [new NewProjectKeyword { Keyword = "tent" }, new NewProjectKeyword { Keyword = "boots" }]);
        return (connection, site, engine, added.Select(k => k.KeywordId!.Value).ToArray());
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Competitors_are_added_listed_and_removed(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var (connection, site, _, _) = await ProjectAsync(account, dialect);

        var added = await connection.AddCompetitorAsync(new ProjectCompetitorAddQuery { SiteId = site.SiteId, Url = "https://rival-outdoor.com", Name = "Rival", SubdomainMatch = true });
        var listed = Assert.Single(await connection.ListAsync(ProjectCompetitorOperations.List, new ProjectSiteQuery { SiteId = site.SiteId }));
        Assert.Equal((site.SiteId, added.CompetitorId, "Rival", "https://rival-outdoor.com", true), (listed.SiteId, listed.CompetitorId, listed.Name, listed.Url, listed.SubdomainMatch));
        Assert.NotNull(listed.DomainTrust);
        Assert.True(listed.AdditionalFields!.ContainsKey("keywords_in_top10"), "statistics the row does not name are kept");

        _ = await connection.SendAsync(ProjectCompetitorOperations.Remove, new ProjectCompetitorQuery { CompetitorId = added.CompetitorId });
        Assert.Empty(await connection.ListAsync(ProjectCompetitorOperations.List, new ProjectSiteQuery { SiteId = site.SiteId }));

        var requests = ProjectConnections.Requests(Emulator, account);
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var (s, c) = (site.SiteId, added.CompetitorId);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"GET competitors/site/{s}" : $"GET v1/project-management/competitors?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE competitors/{c}" : $"DELETE v1/project-management/competitors?competitor_id={c}", lines);

        // site_id travels in the body of the add on both hosts, subdomain_match as "1".
        var add = requests.Single(r => r.Method == "POST" && r.Path.EndsWith("competitors", StringComparison.Ordinal));
        Assert.Equal(string.Empty, add.QueryRedacted);
        Assert.Equal($"{{\"site_id\":{s},\"url\":\"https://rival-outdoor.com\",\"name\":\"Rival\",\"subdomain_match\":\"1\"}}", add.Body);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Competitor_positions_are_one_row_per_keyword_engine_and_date(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var (connection, site, engine, keywords) = await ProjectAsync(account, dialect);
        var rival = await connection.AddCompetitorAsync(new ProjectCompetitorAddQuery { SiteId = site.SiteId, Url = "rival-outdoor.com" });

        var rows = await connection.ListAsync(ProjectCompetitorOperations.Positions, new ProjectCompetitorPositionQuery { CompetitorId = rival.CompetitorId, From = Today.AddDays(-3), To = Today.AddDays(-1), SerpFeatures = true });

        Assert.Equal(2 * 3, rows.Count);
        Assert.All(rows, row => Assert.Equal((rival.CompetitorId, engine.SiteEngineId), (row.CompetitorId, row.SiteEngineId)));
        Assert.Equal([keywords[0], keywords[0], keywords[0], keywords[1], keywords[1], keywords[1]], rows.Select(r => r.KeywordId));
        Assert.Equal([Today.AddDays(-3), Today.AddDays(-2), Today.AddDays(-1)], rows.Take(3).Select(r => r.Date!.Value));
        Assert.All(rows, row => Assert.InRange(row.Position!.Value, 0, 100));
        Assert.All(rows, row => Assert.NotNull(row.SerpFeatures));
        Assert.Equal("https://rival-outdoor.com/tent", rows[0].LandingPage);

        var line = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).Last();
        var range = $"date_from={Today.AddDays(-3):yyyy-MM-dd}&date_to={Today.AddDays(-1):yyyy-MM-dd}&with_serp_features=1";
        Assert.Equal(dialect == ProjectDialect.Legacy ? $"GET competitors/{rival.CompetitorId}/positions?{range}" : $"GET v1/project-management/competitors/positions?competitor_id={rival.CompetitorId}&{range}", line);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task The_top_10_and_top_100_of_a_keyword_and_the_domains_of_the_top_10_are_read(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var (connection, site, engine, keywords) = await ProjectAsync(account, dialect);
        var day = Today.AddDays(-1);

        var top10 = await connection.ListAsync(ProjectCompetitorOperations.Top10, new ProjectSerpCompetitorQuery { SiteId = site.SiteId, SiteEngineId = engine.SiteEngineId, KeywordId = keywords[0], Date = day });
        var top30 = await connection.ListAsync(ProjectCompetitorOperations.Top100, new ProjectSerpCompetitorQuery { SiteId = site.SiteId, SiteEngineId = engine.SiteEngineId, KeywordId = keywords[0], Date = day, Top = 30 });
        var metrics = await connection.ListAsync(ProjectCompetitorOperations.Metrics, new ProjectCompetitorMetricQuery { SiteId = site.SiteId, SiteEngineId = engine.SiteEngineId, Date = day, TagIds = [7, 8] });

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long?)i), top10.Select(r => r.Position));
        Assert.All(top10, r => Assert.Equal((site.SiteId, engine.SiteEngineId, keywords[0], day), (r.SiteId, r.SiteEngineId, r.KeywordId, r.Date)));
        Assert.All(top10, r => Assert.StartsWith("https://" + r.Domain + "/", r.Url, StringComparison.Ordinal));
        Assert.Equal(30, top30.Count);
        Assert.Equal("compete-shop.com", metrics[0].Domain);
        Assert.All(metrics, m => Assert.True(m.Backlinks > 0 && m.ReferringDomains > 0 && m.DomainId > 0));

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).TakeLast(3).ToList();
        var (s, e, k, d) = (site.SiteId, engine.SiteEngineId, keywords[0], day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            dialect == ProjectDialect.Legacy
                ? [$"GET competitors/top10/{s}?date={d}&site_engine_id={e}&keyword_id={k}", $"GET competitors/top100/{s}?date={d}&site_engine_id={e}&keyword_id={k}&top=30", $"GET competitors/all/{s}?date={d}&site_engine_id={e}&tags[]=7&tags[]=8"]
                : [$"GET v1/project-management/competitors/serp10?site_id={s}&date={d}&site_engine_id={e}&keyword_id={k}", $"GET v1/project-management/competitors/serp100?site_id={s}&date={d}&site_engine_id={e}&keyword_id={k}&top=30", $"GET v1/project-management/competitors/metrics?site_id={s}&date={d}&site_engine_id={e}&tags[0]=7&tags[1]=8"],
            lines);

        // The legacy paths keep the trailing slash the official code sends (the emulator's log trims it).
        Assert.Equal("competitors/top10/{site_id}/", ProjectCompetitorOperations.Top10.RouteFor(ProjectDialect.Legacy).Path);
        Assert.Equal("competitors/all/{site_id}/", ProjectCompetitorOperations.Metrics.RouteFor(ProjectDialect.Legacy).Path);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.AddCompetitorAsync(new ProjectCompetitorAddQuery { SiteId = 3, Url = "not a site" }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.AddCompetitorAsync(new ProjectCompetitorAddQuery { SiteId = 3 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Top10, new ProjectSerpCompetitorQuery { SiteId = 3, SiteEngineId = 4, KeywordId = 5 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Top10, new ProjectSerpCompetitorQuery { SiteId = 3, SiteEngineId = 4, KeywordId = 5, Date = Today, Top = 20 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Top100, new ProjectSerpCompetitorQuery { SiteId = 3, SiteEngineId = 4, KeywordId = 5, Date = Today, Top = 101 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Top100, new ProjectSerpCompetitorQuery { SiteId = 3, SiteEngineId = 4, KeywordId = 5, Date = Today.AddDays(1) }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Metrics, new ProjectCompetitorMetricQuery { SiteId = 3, SiteEngineId = 0, Date = Today }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(ProjectCompetitorOperations.Positions, new ProjectCompetitorPositionQuery { CompetitorId = 3, From = Today, To = Today.AddDays(-2) }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task Metrics_older_than_two_weeks_are_the_APIs_refusal()
    {
        var account = Emulator.Accounts.AddProject();
        var (connection, site, engine, _) = await ProjectAsync(account, ProjectDialect.Legacy);

        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => connection.ListAsync(ProjectCompetitorOperations.Metrics, new ProjectCompetitorMetricQuery { SiteId = site.SiteId, SiteEngineId = engine.SiteEngineId, Date = Today.AddDays(-30) }));

        Assert.Equal(400, refused.StatusCode);
    }
}
