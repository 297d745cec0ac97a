using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;
using ProjectDialect = SeRanking.Engine.ProjectDialect;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// The 17 backlink-checker operations against the emulator in both dialects: monitored backlinks
/// added one by one and as a list (its key per dialect), listed, rechecked, moved, removed; the
/// totals, the Search Console settings and import; the disavow list and the groups; what each
/// sends where, and refused input sending nothing.
/// </summary>
public class ProjectBacklinkOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Backlinks_are_added_listed_grouped_rechecked_counted_and_removed(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "links-shop.com", Title = "Links" });
        var s = site.SiteId;

        var one = Assert.Single(await connection.AddAllAsync(s, ["https://blog.example-news.com/post"], charge: new ProjectBacklinkCharge { Price = 40, Currency = "usd", ChargePeriod = "monthly" }));
        Assert.Equal(("Added", true), (one.Status, one.BacklinkId > 0));
        var group = await connection.SendAsync(ProjectBacklinkOperations.CreateGroup, new ProjectBacklinkGroupQuery { SiteId = s, Name = "Guest posts" });
        var many = await connection.AddAllAsync(s, [.. Enumerable.Range(1, 3).Select(i => $"https://forum{i}.example-news.com/t/{i}")], group!.Id);
        Assert.Equal(["Imported", "Imported", "Imported"], many.Select(r => r.Status));

        var rows = await connection.ListAsync(ProjectBacklinkOperations.List, new ProjectSiteQuery { SiteId = s });
        Assert.Equal(4, rows.Count);
        var first = rows.Single(r => r.BacklinkId == one.BacklinkId);
        Assert.Equal(("https://blog.example-news.com/post", "blog.example-news.com", 40.0, "monthly", s), (first.Url, first.Domain, first.Price, first.ChargePeriod, first.SiteId));

        await connection.SendInBatchesAsync(ProjectBacklinkOperations.Recheck, s, [one.BacklinkId!.Value], "index");
        Assert.True(account.Workspace.BacklinkChecker().Of(s).Backlinks.Single(b => b.Id == one.BacklinkId).Rechecked);
        _ = await connection.SendAsync(ProjectBacklinkOperations.Move, new ProjectBacklinkMoveQuery { SiteId = s, GroupId = group.Id!.Value, BacklinkIds = [one.BacklinkId.Value] });
        var groups = await connection.ListAsync(ProjectBacklinkOperations.Groups, new ProjectSiteQuery { SiteId = s });
        Assert.Equal(("Guest posts", 4L), (Assert.Single(groups).Name, groups[0].Backlinks));
        _ = await connection.SendAsync(ProjectBacklinkOperations.RenameGroup, new ProjectBacklinkGroupQuery { SiteId = s, GroupId = group.Id, Name = "Outreach" });
        Assert.Equal("Outreach", Assert.Single(await connection.ListAsync(ProjectBacklinkOperations.Groups, new ProjectSiteQuery { SiteId = s })).Name);

        var stat = await connection.GetAsync(ProjectBacklinkOperations.Stat, new ProjectSiteQuery { SiteId = s });
        Assert.Equal((4L, 4L, 5000L, s), (stat.Total, stat.Domains, stat.Limit, stat.SiteId));

        await connection.SendInBatchesAsync(ProjectBacklinkOperations.Remove, s, rows.Select(r => r.BacklinkId).ToList());
        Assert.Empty(await connection.ListAsync(ProjectBacklinkOperations.List, new ProjectSiteQuery { SiteId = s }));
        _ = await connection.SendAsync(ProjectBacklinkOperations.RemoveGroup, new ProjectBacklinkItemQuery { SiteId = s, Id = group.Id.Value });
        Assert.Empty(await connection.ListAsync(ProjectBacklinkOperations.Groups, new ProjectSiteQuery { SiteId = s }));

        // A request the rate limit turned away (429, never acted on) may be sent again: only answered ones count.
        var requests = ProjectConnections.Requests(Emulator, account).Where(r => r.StatusCode is >= 200 and < 300).ToList();
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var g = group.Id;
        var expected = dialect == ProjectDialect.Legacy
            ? new[] { $"POST backlinks/{s}", $"POST backlinks/{s}/list", $"GET backlinks/{s}?offset=0&limit=1000", $"POST backlinks/{s}/recheck", $"POST backlink-groups/{s}/move", $"PUT backlink-groups/{s}", $"GET backlinks/{s}/stat", $"POST backlinks/{s}/delete", $"DELETE backlink-groups/{s}?id={g}" }
            : [$"POST v1/project-management/backlinks?site_id={s}", $"POST v1/project-management/backlinks/import?site_id={s}", $"GET v1/project-management/backlinks?site_id={s}&offset=0&limit=1000",
               $"POST v1/project-management/backlinks/recheck?site_id={s}", $"POST v1/project-management/backlinks/groups/move?site_id={s}", $"PATCH v1/project-management/backlinks/groups?site_id={s}",
               $"GET v1/project-management/backlinks/stats?site_id={s}", $"POST v1/project-management/backlinks/delete?site_id={s}", $"DELETE v1/project-management/backlinks/groups?site_id={s}&id={g}"];
        Assert.True(expected.All(lines.Contains), string.Join("\n", lines));
        var import = requests.Single(r => r.Path.EndsWith(dialect == ProjectDialect.Legacy ? "/list" : "/import", StringComparison.Ordinal)).Body!;
        Assert.Contains(dialect == ProjectDialect.Legacy ? "\"backlink_urls\":[\"https://forum1.example-news.com/t/1\"" : "\"list\":[\"https://forum1.example-news.com/t/1\"", import, StringComparison.Ordinal);
        Assert.Contains($"\"group_id\":{g}", import, StringComparison.Ordinal);
        Assert.Contains("\"currency\":\"USD\",\"charge_period\":\"monthly\"", requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("\"recheck_type\":\"index\"", requests.Single(r => r.Path.EndsWith("recheck", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task The_disavow_list_and_the_Search_Console_import_round_trip(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "disavow-shop.com", Title = "Disavow" });
        var s = site.SiteId;

        _ = await connection.SendAsync(ProjectBacklinkOperations.Disavow, new ProjectBacklinkDisavowAddQuery { SiteId = s, Urls = ["spam.example-links.net", "https://junk.example-links.net/page"] });
        var entries = await connection.ListAsync(ProjectBacklinkOperations.Disavowed, new ProjectSiteQuery { SiteId = s });
        Assert.Equal(["spam.example-links.net", "https://junk.example-links.net/page"], entries.Select(e => e.Url));
        Assert.All(entries, e => Assert.True(e.DisavowId > 0 && e.SiteId == s && e.DateAdded == DateTime.Today));
        _ = await connection.SendAsync(ProjectBacklinkOperations.RemoveDisavowed, new ProjectBacklinkItemQuery { SiteId = s, Id = entries[0].DisavowId });
        Assert.Equal("https://junk.example-links.net/page", Assert.Single(await connection.ListAsync(ProjectBacklinkOperations.Disavowed, new ProjectSiteQuery { SiteId = s })).Url);

        _ = await connection.SendAsync(ProjectBacklinkOperations.Settings, new ProjectBacklinkSettingsQuery { SiteId = s, GscAutoImport = true });
        Assert.True(account.Workspace.BacklinkChecker().Of(s).GscAutoImport);
        var started = await connection.SendAsync(ProjectBacklinkOperations.StartGscImport, new ProjectSiteQuery { SiteId = s });
        Assert.StartsWith("gsc-", started!.Token, StringComparison.Ordinal);
        var status = await connection.GetAsync(ProjectBacklinkOperations.GscImportStatus, new ProjectBacklinkGscStatusQuery { SiteId = s, Token = started.Token });
        Assert.Equal(("finished", started.Token, s), (status.Status, status.Token, status.SiteId));

        // A request the rate limit turned away (429, never acted on) may be sent again: only answered ones count.
        var requests = ProjectConnections.Requests(Emulator, account).Where(r => r.StatusCode is >= 200 and < 300).ToList();
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var d = entries[0].DisavowId;
        var expected = dialect == ProjectDialect.Legacy
            ? new[] { $"POST backlink-disavow/{s}", $"DELETE backlink-disavow/{s}?id={d}", $"PUT backlinks/{s}/settings", $"POST backlinks/{s}/import-gsc", $"GET backlinks/{s}/import-gsc?token=***" }
            : [$"POST v1/project-management/backlinks/disavowed?site_id={s}", $"DELETE v1/project-management/backlinks/disavowed?site_id={s}&id={d}", $"PATCH v1/project-management/backlinks/gsc/settings?site_id={s}",
               $"POST v1/project-management/backlinks/gsc/import?site_id={s}", $"GET v1/project-management/backlinks/gsc/import?site_id={s}&token=***"];
        Assert.True(expected.All(lines.Contains), string.Join("\n", lines));
        Assert.Contains("\"list\":[\"spam.example-links.net\",\"https://junk.example-links.net/page\"]", requests.First(r => r.Method == "POST" && r.Path.Contains("disavow", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        Assert.Contains("\"gsc_autoimport\":true", requests.Single(r => r.Path.EndsWith("settings", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_input_sends_nothing()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        Assert.Equal("ChargePeriod", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.AddAllAsync(5, ["https://a.example-news.com/"], charge: new ProjectBacklinkCharge { ChargePeriod = "weekly" }))).ParamName);
        Assert.Equal("Currency", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.AddAllAsync(5, ["https://a.example-news.com/"], charge: new ProjectBacklinkCharge { Currency = "dollars" }))).ParamName);
        Assert.Equal("RecheckType", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendInBatchesAsync(ProjectBacklinkOperations.Recheck, 5, [1], "links"))).ParamName);
        Assert.Equal("BacklinkId", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectBacklinkOperations.Move, new ProjectBacklinkMoveQuery { SiteId = 5, GroupId = 3 }))).ParamName);
        Assert.Equal("GroupId", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectBacklinkOperations.RenameGroup, new ProjectBacklinkGroupQuery { SiteId = 5, Name = "x" }))).ParamName);
        Assert.Equal("Url", (await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectBacklinkOperations.Disavow, new ProjectBacklinkDisavowAddQuery { SiteId = 5 }))).ParamName);

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public void Every_operation_has_both_dialects_and_only_known_ids_are_retried()
    {
        Assert.Equal(17, ProjectBacklinkOperations.AllOperations.Length);
        Assert.All(ProjectBacklinkOperations.AllOperations, op => Assert.True(op.Routes!.Legacy is not null && op.Routes.Unified is not null, op.ToString()));
        var retried = ProjectBacklinkOperations.AllOperations.Where(op => op.Safety == RequestSafety.Idempotent).ToList();
        Assert.Equal([ProjectBacklinkOperations.Settings, ProjectBacklinkOperations.RemoveDisavowed, ProjectBacklinkOperations.RenameGroup, ProjectBacklinkOperations.RemoveGroup], retried);
        Assert.Contains(OperationCatalog.All, op => ReferenceEquals(op, ProjectBacklinkOperations.Move));

        // One URL is ProjectBacklinkOperations.Add (answering its id); more, ProjectBacklinkOperations.Import.
        Assert.Equal(RequestSafety.CreatesPaidWork, ProjectBacklinkOperations.Add.Safety);
        Assert.Equal(RequestSafety.CreatesPaidWork, ProjectBacklinkOperations.Import.Safety);
    }
}
