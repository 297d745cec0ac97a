using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Project.UrlTags;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Project;

/// <summary>URL tags against the emulator in both dialects: created, changed without toggling what is already right, deleted.</summary>
public class ProjectUrlTagTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task A_tag_is_created_changed_exactly_as_asked_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "tags-shop.com", Title = "Tags" });

        var tag = await connection.CreateTagAsync(new ProjectUrlTagCreateQuery { SiteId = site.SiteId, Name = "Tents", Urls = ["https://tags-shop.com/tents", "https://tags-shop.com/tarps"], Domains = ["blog.tags-shop.com"] });
        Assert.NotNull(tag);
        Assert.Equal((site.SiteId, "Tents", "https://tags-shop.com/tarps; https://tags-shop.com/tents", "blog.tags-shop.com"), (tag!.SiteId, tag.Name, tag.Urls!.ToString(), tag.Domains!.ToString()));

        // The tents page is tagged already: toggling it would detach it. Only what must change is sent.
        var changed = await connection.ChangeAsync(site.SiteId, tag.TagId, new UrlTagEdit { AddUrls = ["https://tags-shop.com/tents", "https://tags-shop.com/stoves"], RemoveUrls = ["https://tags-shop.com/tarps", "https://tags-shop.com/boots"] }.Checked(), readBack: true);
        Assert.Equal(["https://tags-shop.com/stoves", "https://tags-shop.com/tents"], changed.Urls!);
        Assert.Equal(["blog.tags-shop.com"], changed.Domains!);

        var requests = ProjectConnections.Requests(Emulator, account);
        var toggle = requests.Single(r => r.Method is "PUT" or "PATCH" && r.Path.EndsWith("url-tags", StringComparison.Ordinal));
        Assert.Equal($"{{\"tag_ids\":[{tag.TagId}],\"urls\":[\"https://tags-shop.com/stoves\",\"https://tags-shop.com/tarps\"],\"domains\":[]}}", toggle.Body);
        Assert.Equal(dialect == ProjectDialect.Legacy ? "PUT" : "PATCH", toggle.Method);

        // Nothing to flip: nothing is sent.
        _ = await connection.ChangeAsync(site.SiteId, tag.TagId, new UrlTagEdit { AddUrls = ["https://tags-shop.com/tents"] }.Checked(), readBack: false);
        Assert.Single(ProjectConnections.Requests(Emulator, account), r => r.Method is "PUT" or "PATCH");

        _ = await connection.SendAsync(ProjectUrlTagOperations.Delete, new ProjectUrlTagQuery { SiteId = site.SiteId, TagId = tag.TagId });
        Assert.Empty(await connection.ListAsync(ProjectUrlTagOperations.List, new ProjectSiteQuery { SiteId = site.SiteId }));

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();
        var (s, t) = (site.SiteId, tag.TagId);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"POST sites/{s}/url-tags" : $"POST v1/project-management/sites/url-tags?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"GET sites/{s}/url-tags" : $"GET v1/project-management/sites/url-tags?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE sites/{s}/url-tags/{t}" : $"DELETE v1/project-management/sites/url-tags?site_id={s}&tag_id={t}", lines);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectUrlTagOperations.Create, new ProjectUrlTagCreateQuery { SiteId = 3, Name = " " }));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => connection.CreateTagAsync(new ProjectUrlTagCreateQuery { SiteId = 3, Name = "x", Urls = ["not a page"] }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectUrlTagOperations.Toggle, new ProjectUrlTagChange { SiteId = 3, TagIds = [4] }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectUrlTagOperations.Delete, new ProjectUrlTagQuery { SiteId = 3 }));
        Assert.Throws<InvalidInputException>(() => new UrlTagEdit().Checked());
        Assert.Throws<InvalidInputException>(() => new UrlTagEdit { AddUrls = ["https://a.com/x"], RemoveUrls = ["https://a.com/x"] }.Checked());

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task Changing_a_tag_the_project_lacks_is_refused_after_one_read()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "no-tags.com", Title = "None" });

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ChangeAsync(site.SiteId, 999, new UrlTagEdit { AddUrls = ["https://no-tags.com/a"] }.Checked(), readBack: false));

        Assert.DoesNotContain(ProjectConnections.Requests(Emulator, account), r => r.Method == "PUT");
    }
}
