using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Analytics;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Project;

/// <summary>Analytics and the marketing plan against the emulator in both dialects.</summary>
public class ProjectAnalyticsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Search_console_queries_and_the_SEO_potential_are_read(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "analytics-shop.com", Title = "Analytics" });
        _ = await connection.AddAllAsync(site.SiteId, [new NewProjectKeyword { Keyword = "tent" }, new NewProjectKeyword { Keyword = "boots" }]);

        var queries = await connection.ListAsync(ProjectAnalyticsOperations.SearchQueries, new ProjectSiteQuery { SiteId = site.SiteId });
        var potential = await connection.GetAsync(ProjectAnalyticsOperations.SeoPotential, new ProjectSeoPotentialQuery { SiteId = site.SiteId, TopN = 2, LeadPrice = 10, ConversionRate = 5 });

        Assert.Equal(["tent", "boots"], queries.Select(q => q.Query));
        Assert.All(queries, q => Assert.True(q.SiteId == site.SiteId && q.Clicks > 0 && q.Impressions >= q.Clicks && q.Ctr > 0 && q.Position >= 1));
        Assert.Equal((site.SiteId, 240.0, 192.0, 12.0), (potential.SiteId, potential.Traffic, potential.TrafficCost, potential.Customers));
        Assert.True(potential.AdditionalFields!.ContainsKey("revenue"));

        var lines = ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).TakeLast(2).ToList();
        var s = site.SiteId;
        Assert.Equal(
            dialect == ProjectDialect.Legacy
                ? [$"GET analytics/{s}/google", $"GET analytics/{s}/potential?top_n=2&lead_price=10&conversion_rate=5"]
                : [$"GET v1/project-management/analytics/gsc/queries?site_id={s}", $"GET v1/project-management/analytics/seo-potential?site_id={s}&top_n=2&lead_price=10&conversion_rate=5"],
            lines);
        Assert.Equal("analytics/{site_id}/google/", ProjectAnalyticsOperations.SearchQueries.RouteFor(ProjectDialect.Legacy).Path);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Marketing_tasks_are_created_edited_ticked_listed_and_deleted(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "plan-shop.com", Title = "Plan" });

        var created = await connection.CreateTaskAsync(new ProjectMarketingTaskQuery { SiteId = site.SiteId, Title = "Add FAQ schema", Text = "On the tent pages" });
        Assert.NotNull(created);
        var id = created!.TaskId!.Value;
        _ = await connection.SendAsync(ProjectAnalyticsOperations.UpdateTask, new ProjectMarketingTaskQuery { SiteId = site.SiteId, TaskId = id, Title = "Add FAQ and product schema" });
        _ = await connection.SendAsync(ProjectAnalyticsOperations.UpdateTask, new ProjectMarketingTaskQuery { SiteId = site.SiteId, TaskId = id, Checked = true });

        var plan = await connection.ListAsync(ProjectAnalyticsOperations.MarketingPlan, new ProjectSiteQuery { SiteId = site.SiteId });
        Assert.Equal(4, plan.Count);
        Assert.Equal(["Technical", "Technical", "Content", "Tasks"], plan.Select(t => t.Section));
        Assert.Equal(("Add FAQ and product schema", "On the tent pages", true, site.SiteId), (plan[3].Title, plan[3].Text, plan[3].Checked, plan[3].SiteId));
        Assert.All(plan.Take(3), t => Assert.False(t.Checked));

        _ = await connection.SendAsync(ProjectAnalyticsOperations.DeleteTask, new ProjectMarketingTaskDeleteQuery { SiteId = site.SiteId, TaskId = id });
        Assert.Equal(3, (await connection.ListAsync(ProjectAnalyticsOperations.MarketingPlan, new ProjectSiteQuery { SiteId = site.SiteId })).Count);

        var requests = ProjectConnections.Requests(Emulator, account);
        var updates = requests.Where(r => r.Method is "PUT" or "PATCH").ToList();
        Assert.Equal([$"{{\"task_id\":{id},\"title\":\"Add FAQ and product schema\"}}", $"{{\"task_id\":{id},\"checked\":true}}"], updates.Select(r => r.Body));
        var lines = requests.Select(ProjectConnections.Line).ToList();
        var s = site.SiteId;
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"PUT checklist/{s}/task" : $"PATCH v1/project-management/marketing-plan/tasks?site_id={s}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"DELETE checklist/{s}/task/{id}" : $"DELETE v1/project-management/marketing-plan/tasks?site_id={s}&task_id={id}", lines);
        Assert.Contains(dialect == ProjectDialect.Legacy ? $"GET checklist/{s}" : $"GET v1/project-management/marketing-plan?site_id={s}", lines);
    }

    [Fact]
    public async Task What_is_refused_locally_is_never_sent()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(ProjectAnalyticsOperations.SeoPotential, new ProjectSeoPotentialQuery { SiteId = 3, ConversionRate = 120 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(ProjectAnalyticsOperations.SeoPotential, new ProjectSeoPotentialQuery { SiteId = 3, LeadPrice = -1 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAnalyticsOperations.CreateTask, new ProjectMarketingTaskQuery { SiteId = 3, Title = " " }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAnalyticsOperations.UpdateTask, new ProjectMarketingTaskQuery { SiteId = 3, TaskId = 4, Title = "x", Checked = true }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAnalyticsOperations.UpdateTask, new ProjectMarketingTaskQuery { SiteId = 3, TaskId = 4 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(ProjectAnalyticsOperations.DeleteTask, new ProjectMarketingTaskDeleteQuery { SiteId = 3 }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }
}
