using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Projects;
using SeRanking.Engine.Serpstat.Team;

namespace SeRanking.Engine.Tests.Serpstat;

/// <summary>
/// Serpstat's projects (§11) and team management (§17) against the emulator: writes round-trip
/// (a created project or invited member shows in the next list, a deleted or removed one no
/// longer does), nothing is charged, and what is refused locally is never sent.
/// </summary>
public class SerpstatAccountTests(FastSerpstatFixture fixture) : IClassFixture<FastSerpstatFixture>
{
    [Fact]
    public async Task A_created_project_is_listed_and_a_deleted_one_is_gone()
    {
        var (connection, account) = fixture.Connect();

        var before = await SerpstatMachineryTests.ReadAsync(connection, SerpstatProjectOperations.List, new SerpstatProjectQuery(), RowWindow.Everything);
        var created = await connection.GetAsync(SerpstatProjectOperations.Create, new SerpstatProjectQuery { Domain = "shop.example", Name = " Shop ", Group = ["Clients"] });
        var listed = await SerpstatMachineryTests.ReadAsync(connection, SerpstatProjectOperations.List, new SerpstatProjectQuery(), RowWindow.Everything);
        var deleted = await connection.GetAsync(SerpstatProjectOperations.Delete, new SerpstatProjectQuery { ProjectId = long.Parse(created.Id!, System.Globalization.CultureInfo.InvariantCulture) });
        var after = await SerpstatMachineryTests.ReadAsync(connection, SerpstatProjectOperations.List, new SerpstatProjectQuery(), RowWindow.Everything);

        Assert.Empty(before);
        Assert.Equal(("ProjectProcedure.createProject", true), (created.Method, created.Success));
        var project = Assert.Single(listed);
        Assert.Equal((created.Id, "Shop", "shop.example", "Clients"), (project.ProjectId, project.Name, project.Domain, project.Group));
        Assert.NotNull(project.CreatedAt);
        Assert.Equal((created.Id, true, "ProjectProcedure.deleteProject"), (deleted.Id, deleted.Success, deleted.Method));
        Assert.Empty(after);
        Assert.Equal(0, account.UsedLines);
        var sent = FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account)[1]);
        Assert.Equal("""{"domain":"shop.example","name":"Shop","groups":[{"name":"Clients"}]}""", sent.GetRawText());
    }

    [Fact]
    public async Task Deleting_a_project_that_does_not_exist_is_the_apis_refusal()
    {
        var (connection, _) = fixture.Connect();

        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => connection.GetAsync(SerpstatProjectOperations.Delete, new SerpstatProjectQuery { ProjectId = 99 }));

        Assert.Contains("Project not found", refused.ApiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_is_invited_deactivated_activated_and_removed_and_the_list_follows()
    {
        var (connection, account) = fixture.Connect();
        async Task<SerpstatTeamMember[]> Team(string? search = null) =>
            [.. await SerpstatMachineryTests.ReadAsync(connection, SerpstatTeamOperations.List, new SerpstatTeamQuery { Search = search }, RowWindow.Everything)];

        var owner = Assert.Single(await Team());
        var added = await connection.GetAsync(SerpstatTeamOperations.Add, new SerpstatTeamQuery { Email = "ana@example.org" });
        var id = long.Parse(added.Id!, System.Globalization.CultureInfo.InvariantCulture);
        var withAna = await Team("ana@");
        await connection.GetAsync(SerpstatTeamOperations.Deactivate, new SerpstatTeamQuery { UserId = id });
        var inactive = (await Team()).Single(m => m.UserId == added.Id);
        await connection.GetAsync(SerpstatTeamOperations.Activate, new SerpstatTeamQuery { UserId = id });
        var active = (await Team()).Single(m => m.UserId == added.Id);
        var removed = await connection.GetAsync(SerpstatTeamOperations.Remove, new SerpstatTeamQuery { UserId = id, MergeProjects = true });
        var after = await Team();

        Assert.Equal(account.UserId, owner.UserId);
        Assert.Equal((true, 10L, 2L, 8L), (added.Success, added.LimitTotal!.Value, added.LimitUsed!.Value, added.LimitLeft!.Value));
        Assert.Equal("ana@example.org", Assert.Single(withAna).Email);
        Assert.Equal((0L, 1L), (inactive.Status!.Value, active.Status!.Value));
        Assert.Equal((added.Id, 9L), (removed.Id, removed.LimitLeft!.Value));
        Assert.Equal([owner.UserId], after.Select(m => m.UserId));
        Assert.Equal("true", FastSerpstatFixture.ParamsOf(fixture.RequestsOf(account).Single(r => r.Path == "TeamManagement.removeUser")).GetProperty("merge_projects").GetRawText());
        Assert.Equal(0, account.UsedLines);
    }

    [Fact]
    public async Task Bad_inputs_are_refused_locally_naming_the_parameter_and_nothing_is_sent()
    {
        var (connection, account) = fixture.Connect();

        var refusals = new[]
        {
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatProjectOperations.Create, new SerpstatProjectQuery { Domain = "a.b", Name = "x" })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatProjectOperations.Create, new SerpstatProjectQuery { Domain = "shop.example", Name = "  " })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatProjectOperations.Create, new SerpstatProjectQuery { Domain = "shop.example", Name = new string('n', 101) })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatProjectOperations.Delete, new SerpstatProjectQuery { ProjectId = 0 })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatTeamOperations.Add, new SerpstatTeamQuery { Email = "ana.example.org" })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatTeamOperations.Add, new SerpstatTeamQuery { Email = "ana@example" })),
            await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(SerpstatTeamOperations.Remove, new SerpstatTeamQuery { UserId = -4 })),
        };

        Assert.Equal(["Domain", "Name", "Name", "ProjectId", "Email", "Email", "UserId"], refusals.Select(r => r.ParamName));
        Assert.Empty(fixture.RequestsOf(account));
    }

    [Fact]
    public void Every_project_and_team_method_has_a_free_credit_row_and_is_found_by_name()
    {
        var operations = SerpstatProjectOperations.AllOperations.Concat(SerpstatTeamOperations.AllOperations).ToList();

        Assert.Equal(8, operations.Select(o => o.RpcMethod).Distinct().Count());
        Assert.All(operations, o => Assert.True(o.Cost.IsFree, o.RpcMethod));
        Assert.All(operations, o => Assert.Same(o, OperationCatalog.FindMethod(ApiKind.Serpstat, o.RpcMethod!)));
    }
}
