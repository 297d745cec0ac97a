using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Groups;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Project;

/// <summary>Project groups and keyword groups against the emulator in both dialects: what is sent where, and that the account round-trips them.</summary>
public class ProjectGroupTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Project_groups_are_created_listed_renamed_filled_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var shop = await connection.CreateAsync(new ProjectSettingsQuery { Url = "grouped-shop.com", Title = "Shop" });
        var blog = await connection.CreateAsync(new ProjectSettingsQuery { Url = "grouped-blog.com", Title = "Blog" });

        var group = await connection.CreateGroupAsync(" Clients ");
        Assert.Equal("Clients", group.Name);
        var listed = Assert.Single(await connection.ListAsync(ProjectGroupOperations.List, NoQuery.Value));
        Assert.Equal((group.GroupId, "Clients", 0L), (listed.GroupId, listed.Name, listed.ProjectCount));

        _ = await connection.SendAsync(ProjectGroupOperations.Rename, new ProjectGroupNameQuery { GroupId = group.GroupId, Name = "Key clients" });
        _ = await connection.SendAsync(ProjectGroupOperations.MoveProjects, new ProjectGroupMoveQuery { GroupId = group.GroupId, Ids = [shop.SiteId, blog.SiteId] });
        var renamed = await connection.FindGroupAsync(group.GroupId);
        Assert.Equal(("Key clients", 2L), (renamed!.Name, renamed.ProjectCount));
        Assert.All(await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value), site => Assert.Equal(group.GroupId, site.GroupId));

        _ = await connection.SendAsync(ProjectGroupOperations.Delete, new ProjectGroupQuery { GroupId = group.GroupId });
        Assert.Empty(await connection.ListAsync(ProjectGroupOperations.List, NoQuery.Value));
        Assert.All(await connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value), site => Assert.Equal(0L, site.GroupId));

        var requests = ProjectConnections.Requests(Emulator, account);
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var g = group.GroupId;
        Assert.Contains(dialect == ProjectDialect.Legacy ? "POST site-groups" : "POST v1/project-management/sites/groups", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"PUT site-groups/{g}" : $"PATCH v1/project-management/sites/groups?group_id={g}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"POST site-groups/{g}/sites" : $"POST v1/project-management/sites/groups/move?group_id={g}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE site-groups/{g}" : $"DELETE v1/project-management/sites/groups?group_id={g}", lines);
        Assert.Equal($"{{\"site_ids\":[{shop.SiteId},{blog.SiteId}]}}", requests.Single(r => r.Path.EndsWith(dialect == ProjectDialect.Legacy ? $"site-groups/{g}/sites" : "sites/groups/move", StringComparison.Ordinal)).Body);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Keyword_groups_are_created_in_a_project_filled_renamed_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "keyword-groups.com", Title = "Groups" });
        var added = await connection.AddAllAsync(site.SiteId, [new NewProjectKeyword { Keyword = "tent" }, new NewProjectKeyword { Keyword = "boots" }, new NewProjectKeyword { Keyword = "stove" }]);

        var group = await connection.CreateKeywordGroupAsync(site.SiteId, "Camping");
        Assert.Equal((site.SiteId, "Camping"), (group.SiteId, group.Name));
        _ = await connection.SendAsync(ProjectGroupOperations.MoveKeywords, new ProjectGroupMoveQuery { GroupId = group.GroupId, Ids = [added[0].KeywordId!.Value, added[2].KeywordId!.Value] });
        _ = await connection.SendAsync(ProjectGroupOperations.RenameKeywordGroup, new ProjectGroupNameQuery { GroupId = group.GroupId, Name = "Camping gear" });

        var listed = Assert.Single(await connection.ListAsync(ProjectGroupOperations.KeywordGroups, new ProjectSiteQuery { SiteId = site.SiteId }));
        Assert.Equal((site.SiteId, group.GroupId, "Camping gear", 2L), (listed.SiteId, listed.GroupId, listed.Name, listed.KeywordCount));
        var keywords = await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = site.SiteId });
        Assert.Equal([group.GroupId, 0, group.GroupId], keywords.Select(k => k.GroupId ?? -1));

        _ = await connection.SendAsync(ProjectGroupOperations.DeleteKeywordGroup, new ProjectGroupQuery { GroupId = group.GroupId });
        Assert.Empty(await connection.ListAsync(ProjectGroupOperations.KeywordGroups, new ProjectSiteQuery { SiteId = site.SiteId }));
        Assert.Equal(3, (await connection.ListAsync(ProjectKeywordOperations.List, new ProjectKeywordListQuery { SiteId = site.SiteId })).Count(k => k.GroupId == 0));

        var requests = ProjectConnections.Requests(Emulator, account);
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var (s, g) = (site.SiteId, group.GroupId);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"GET keyword-groups/{s}" : $"GET v1/project-management/keywords/groups?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"PUT keyword-groups/{g}" : $"PATCH v1/project-management/keywords/groups?group_id={g}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE keyword-groups/{g}" : $"DELETE v1/project-management/keywords/groups?group_id={g}", lines);

        // site_id stays in the body of the create on both hosts; the move sends keywords_ids (keyword_ids got 400).
        var create = requests.Single(r => r.Method == "POST" && (r.Path == "keyword-groups" || r.Path.EndsWith("keywords/groups", StringComparison.Ordinal)));
        Assert.Equal(string.Empty, create.QueryRedacted);
        Assert.Equal($"{{\"name\":\"Camping\",\"site_id\":{s}}}", create.Body);
        var move = requests.Single(r => r.Path.EndsWith(dialect == ProjectDialect.Legacy ? $"keyword-groups/{g}/keywords" : "keywords/groups/move", StringComparison.Ordinal));
        Assert.Equal($"{{\"keywords_ids\":[{added[0].KeywordId},{added[2].KeywordId}]}}", move.Body);
        Assert.Equal(dialect == ProjectDialect.Legacy ? 200 : 204, move.StatusCode);
    }

    [Fact]
    public async Task A_keyword_group_made_on_one_host_is_seen_on_the_other()
    {
        var account = Emulator.Accounts.AddProject();
        var legacy = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var unified = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        var site = await legacy.CreateAsync(new ProjectSettingsQuery { Url = "both-hosts.com", Title = "Both" });

        var group = await unified.CreateKeywordGroupAsync(site.SiteId, "Brand");
        var made = await legacy.CreateGroupAsync("Agency");

        Assert.Equal(group.GroupId, Assert.Single(await legacy.ListAsync(ProjectGroupOperations.KeywordGroups, new ProjectSiteQuery { SiteId = site.SiteId })).GroupId);
        Assert.Equal(made.GroupId, Assert.Single(await unified.ListAsync(ProjectGroupOperations.List, NoQuery.Value)).GroupId);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.CreateGroupAsync("  "));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.CreateGroupAsync(new string('g', 256)));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.Create, new ProjectGroupNameQuery { Name = "x", SiteId = 3 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.CreateKeywordGroup, new ProjectGroupNameQuery { Name = "x" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.Rename, new ProjectGroupNameQuery { Name = "x" }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.Delete, new ProjectGroupQuery { GroupId = 0 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.MoveKeywords, new ProjectGroupMoveQuery { GroupId = 4 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectGroupOperations.MoveProjects, new ProjectGroupMoveQuery { GroupId = 4, Ids = Enumerable.Range(1, 201).Select(i => (long)i).ToList() }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task Moving_into_a_group_the_account_lacks_is_the_APIs_refusal()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => connection.SendAsync(ProjectGroupOperations.MoveKeywords, new ProjectGroupMoveQuery { GroupId = 999, Ids = [1] }));

        Assert.Equal(404, refused.StatusCode);
    }
}
