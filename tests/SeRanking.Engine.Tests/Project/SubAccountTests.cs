using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Project;

/// <summary>Sub-accounts and sharing projects with them, against the emulator in both dialects.</summary>
public class SubAccountTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Sub_accounts_are_created_read_changed_listed_across_pages_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        for (var i = 0; i < 120; i++)
        {
            account.Workspace.AddUser($"seeded{i}@example-agency.com");
        }

        var created = await connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "ada@example-agency.com", FirstName = "Ada", Type = "client", BalanceLimitPeriod = "month", BalanceLimitAmount = 50, Access = ["positions", "audit"] });
        var id = created!.Id!.Value;
        var one = await connection.GetAsync(SubAccountOperations.Get, new SubAccountQuery { UserId = id });
        Assert.Equal((id, "ada@example-agency.com", "Ada", "client", "month", 50.0, "positions; audit"), (one.UserId, one.Email, one.FirstName, one.Type, one.BalanceLimitPeriod, one.BalanceLimitAmount, one.Access!.ToString()));

        _ = await connection.SendAsync(SubAccountOperations.Update, new SubAccountSettingsQuery { UserId = id, LastName = "Lovelace", Access = ["positions"] });
        var changed = await connection.GetAsync(SubAccountOperations.Get, new SubAccountQuery { UserId = id });
        Assert.Equal(("Lovelace", "positions", "Ada"), (changed.LastName, changed.Access!.ToString(), changed.FirstName));

        var all = await connection.ListAsync(SubAccountOperations.List, NoQuery.Value);
        Assert.Equal(121, all.Count);
        Assert.Equal(("Ada", "Lovelace", "client"), (all[^1].FirstName, all[^1].LastName, all[^1].Type));

        _ = await connection.SendAsync(SubAccountOperations.Delete, new SubAccountQuery { UserId = id });
        Assert.Null(account.Workspace.User(id));

        var requests = ProjectConnections.Requests(Emulator, account);
        var lines = requests.Select(ProjectConnections.Line).ToList();
        Assert.Equal(2, lines.Count(line => line.StartsWith(dialect == ProjectDialect.Legacy ? "GET users?" : "GET v1/project-management/users?", StringComparison.Ordinal) && line.Contains("limit=100", StringComparison.Ordinal) && !line.Contains("user_id", StringComparison.Ordinal)));
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"GET users/{id}" : $"GET v1/project-management/users?user_id={id}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"PATCH users/{id}" : $"PATCH v1/project-management/users?user_id={id}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE users/{id}" : $"DELETE v1/project-management/users?user_id={id}", lines);
        Assert.Equal(
            "[{\"key\":\"data\",\"value\":[{\"setting.account_email\":\"ada@example-agency.com\"},{\"setting.account_first_name\":\"Ada\"},{\"setting.account_type\":\"client\"},{\"limit.balance.period\":\"month\"},{\"limit.balance.amount\":50},{\"access\":[\"positions\",\"audit\"]}]}]",
            requests.Single(r => r.Method == "POST").Body);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Sharing_projects_keeps_the_ones_already_shared(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var a = await connection.CreateAsync(new ProjectSettingsQuery { Url = "share-a.com", Title = "A" });
        var b = await connection.CreateAsync(new ProjectSettingsQuery { Url = "share-b.com", Title = "B" });
        var c = await connection.CreateAsync(new ProjectSettingsQuery { Url = "share-c.com", Title = "C" });
        var user = account.Workspace.AddUser("client@example-agency.com");
        user.SharedSites.Add(a.SiteId);
        user.OwnedSites.Add(c.SiteId);

        var results = await connection.ShareAsync(user.Id, [a.SiteId, b.SiteId, c.SiteId]);

        Assert.Equal([("AlreadyShared", a.SiteId), ("Shared", b.SiteId), ("Shared", c.SiteId)], results.Select(r => (r.Status, r.SiteId)));
        Assert.Equal([a.SiteId, b.SiteId, c.SiteId], user.SharedSites.Order());
        var projects = (await connection.ListAsync(SubAccountOperations.OwnedProjects, new SubAccountQuery { UserId = user.Id }))
            .Concat(await connection.ListAsync(SubAccountOperations.SharedProjects, new SubAccountQuery { UserId = user.Id }))
            .Select(p => (p.Relation, p.SiteId, p.UserId)).ToList();
        Assert.Equal([("Owned", c.SiteId, user.Id), ("Shared", a.SiteId, user.Id), ("Shared", b.SiteId, user.Id), ("Shared", c.SiteId, user.Id)], projects);

        var shares = ProjectConnections.Requests(Emulator, account).Where(r => r.Method == "POST" && r.Path.EndsWith("shared-sites", StringComparison.Ordinal)).ToList();
        if (dialect == ProjectDialect.Legacy)
        {
            // One call with the union: the legacy array replaces the set.
            Assert.Equal($"[{a.SiteId},{b.SiteId},{c.SiteId}]", Assert.Single(shares).Body);
        }
        else
        {
            // One project a call, only the new ones.
            Assert.Equal([$"{{\"site_ids\":{b.SiteId}}}", $"{{\"site_ids\":{c.SiteId}}}"], shares.Select(r => r.Body));
            Assert.All(shares, r => Assert.Equal("user_id=" + user.Id, Uri.UnescapeDataString(r.QueryRedacted)));
        }
    }

    [Fact]
    public async Task A_unified_share_that_replaces_the_set_is_reported_as_lost_projects()
    {
        var account = Emulator.Accounts.AddProject();
        account.Workspace.UnifiedShareReplaces = true;
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var a = await connection.CreateAsync(new ProjectSettingsQuery { Url = "lost-a.com", Title = "A" });
        var b = await connection.CreateAsync(new ProjectSettingsQuery { Url = "lost-b.com", Title = "B" });
        var user = account.Workspace.AddUser("lost@example-agency.com");
        user.SharedSites.Add(a.SiteId);

        var results = await connection.ShareAsync(user.Id, [b.SiteId]);

        Assert.Equal([("Shared", b.SiteId), ("Lost", a.SiteId)], results.Select(r => (r.Status, r.SiteId)));
        Assert.Contains("replaced", results[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "not-an-address", FirstName = "Ada" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "ada@example-agency.com" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "ada@example-agency.com", FirstName = "Ada", Type = "admin" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "ada@example-agency.com", FirstName = "Ada", BalanceLimitPeriod = "year" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Create, new SubAccountSettingsQuery { Email = "ada@example-agency.com", FirstName = "Ada", Language = "english" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Update, new SubAccountSettingsQuery { UserId = 5 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Share, new SubAccountShareQuery { UserId = 5, SiteIds = [1, 2] }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(SubAccountOperations.Share, new SubAccountShareQuery { UserId = 5 }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }
}
