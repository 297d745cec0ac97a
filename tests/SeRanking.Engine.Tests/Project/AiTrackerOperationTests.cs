using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Emulator.Project;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// The AI Result Tracker operations against the emulator in both dialects: what is sent where
/// (path ids on api4, query ids on the unified host, PATCH, the prompt delete that is a DELETE
/// with a body on one host and a POST on the other), what comes back, and that writes round-trip.
/// </summary>
public class AiTrackerOperationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    private async Task<(ProjectAccount Account, ApiConnection Connection, long SiteId)> ProjectAsync(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "ai-shop.com", Title = "AI shop" });
        return (account, connection, site.SiteId);
    }

    private List<string> Lines(ProjectAccount account) => ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line).ToList();

    [Fact]
    public void The_reference_paths_find_the_descriptors_whatever_their_id_segments_are_named()
    {
        // The reference writes the engine id {id} on engine paths; the descriptor names it llm_id, as the unified query sends it.
        Assert.Same(AiTrackerOperations.Engine, OperationCatalog.Find(ApiKind.SeRankingProject, "GET", "/sites/{site_id}/airt/llm/{id}"));
        Assert.Same(AiTrackerOperations.Status, OperationCatalog.Find(ApiKind.SeRankingProject, "GET", "/sites/{site_id}/airt/llm/{id}/status"));
        Assert.Same(AiTrackerOperations.Prompts, OperationCatalog.Find(ApiKind.SeRankingProject, "GET", "/sites/{site_id}/airt/llm/{llm_id}/prompts"));
        Assert.Null(OperationCatalog.Find(ApiKind.SeRankingProject, "GET", "/sites/{site_id}/airt/llm/status"));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task The_brand_is_set_and_read_and_engines_are_added_listed_changed_and_removed(ProjectDialect dialect)
    {
        var (account, connection, site) = await ProjectAsync(dialect);

        Assert.Null((await connection.GetAsync(AiTrackerOperations.Brand, new AiTrackerSiteQuery { SiteId = site })).Brand);

        // The brand must exist before an engine is added: the API refuses, and the engine is not made.
        var refused = await Assert.ThrowsAnyAsync<ApiException>(() => connection.AddEngineAsync(new AiTrackerEngineSettingsQuery { SiteId = site, Engine = "chatgpt", CountryCode = "us" }));
        Assert.Equal(400, refused.StatusCode);

        _ = await connection.SendAsync(AiTrackerOperations.SetBrand, new AiTrackerBrandQuery { SiteId = site, Brand = "AI Shop" });
        var brand = await connection.GetAsync(AiTrackerOperations.Brand, new AiTrackerSiteQuery { SiteId = site });
        Assert.Equal((site, "AI Shop"), (brand.SiteId, brand.Brand));

        var added = await connection.AddEngineAsync(new AiTrackerEngineSettingsQuery { SiteId = site, Engine = "Google_AI_Mode", CountryCode = "uk", RegionName = "Denver, Colorado, United States", Language = "en" });
        Assert.Equal((site, "google_ai_mode", "GB"), (added.SiteId, added.Engine, added.CountryCode));
        var listed = Assert.Single(await connection.ListAsync(AiTrackerOperations.Engines, new AiTrackerSiteQuery { SiteId = site }));
        Assert.Equal((added.LlmId, "google_ai_mode", "GB", "Denver, Colorado, United States", "en", site), (listed.LlmId, listed.Engine, listed.CountryCode, listed.RegionName, listed.Language, listed.SiteId));

        _ = await connection.SendAsync(AiTrackerOperations.UpdateEngine, new AiTrackerEngineSettingsQuery { SiteId = site, LlmId = added.LlmId, Language = "de" });
        var one = await connection.GetAsync(AiTrackerOperations.Engine, new AiTrackerEngineQuery { SiteId = site, LlmId = added.LlmId });
        Assert.Equal(("de", "Denver, Colorado, United States"), (one.Language, one.RegionName));

        _ = await connection.SendAsync(AiTrackerOperations.RemoveEngine, new AiTrackerEngineQuery { SiteId = site, LlmId = added.LlmId });
        Assert.Empty(await connection.ListAsync(AiTrackerOperations.Engines, new AiTrackerSiteQuery { SiteId = site }));

        var (s, l) = (site, added.LlmId);
        var lines = Lines(account);
        string[] expected = dialect == ProjectDialect.Legacy
            ? [$"POST sites/{s}/airt/brands", $"POST sites/{s}/airt/llm", $"PATCH sites/{s}/airt/llm/{l}", $"GET sites/{s}/airt/llm/{l}", $"DELETE sites/{s}/airt/llm/{l}"]
            : [$"POST v1/project-management/airt/brand?site_id={s}", $"POST v1/project-management/airt/llm?site_id={s}", $"PATCH v1/project-management/airt/llm?site_id={s}&llm_id={l}",
               $"GET v1/project-management/airt/llm?site_id={s}&llm_id={l}", $"DELETE v1/project-management/airt/llm?site_id={s}&llm_id={l}"];
        Assert.All(expected, line => Assert.Contains(line, lines));
        var create = ProjectConnections.Requests(Emulator, account).Last(r => r.Method == "POST" && r.Path.EndsWith("llm", StringComparison.Ordinal));
        Assert.Contains("\"base_name\":\"google_ai_mode\",\"country_code\":\"GB\"", create.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Status_is_awaited_until_the_round_is_done_and_statistics_are_read(ProjectDialect dialect)
    {
        var (account, connection, site) = await ProjectAsync(dialect);
        var engine = await EngineAsync(connection, site, "perplexity");
        _ = await connection.AddPromptsAsync(site, engine.LlmId, ["best tents", "hiking boots"], null);
        account.Workspace.Site(site)!.AiTracker().Engines.Single().PendingReads = 2;

        var query = new AiTrackerEngineQuery { SiteId = site, LlmId = engine.LlmId };
        var observer = new Observer();
        var unfinished = await connection.WaitAsync([query], new PollOptions { PollInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(20) }, observer);

        Assert.Empty(unfinished);
        var (_, status) = Assert.Single(observer.Done);
        Assert.Equal(("done", 100.0, 2L, site, engine.LlmId), (status.Status, status.Progress, status.PromptsTotal, status.SiteId, status.LlmId));
        Assert.Equal(3, Lines(account).Count(line => line.Contains("status", StringComparison.Ordinal)));

        var stats = await connection.GetAsync(AiTrackerOperations.Statistics, new AiTrackerStatisticsQuery { SiteId = site, LlmId = engine.LlmId, From = DateTime.Today.AddDays(-7), To = DateTime.Today, Top = 10 });
        Assert.Equal((2L, DateTime.Today.AddDays(-7)), (stats.PromptsTotal, stats.From));
        Assert.InRange(stats.Presence!.Value, 0, 100);
        Assert.Contains(Lines(account), line => line.Contains($"statistics", StringComparison.Ordinal) && line.Contains("top=10", StringComparison.Ordinal) && line.Contains("from=" + DateTime.Today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Prompts_are_added_in_one_request_each_reported_paged_and_removed_in_bulk(ProjectDialect dialect)
    {
        var (account, connection, site) = await ProjectAsync(dialect);
        var engine = await EngineAsync(connection, site, "chatgpt");
        _ = await connection.AddPromptsAsync(site, engine.LlmId, ["best tent"], null);

        var results = await connection.AddPromptsAsync(site, engine.LlmId, [.. Enumerable.Range(1, 1200).Select(i => $"prompt {i}"), "Best Tent", "prompt 7"], null);

        Assert.Equal(1202, results.Count);
        Assert.Equal(1200, results.Count(r => r.Status == "Added"));
        Assert.Equal(("AlreadyTracked", "Duplicate"), (results[1200].Status, results[1201].Status));
        Assert.Contains("input 7", results[1201].Message, StringComparison.Ordinal);
        Assert.All(results.Take(1201), r => Assert.NotNull(r.PromptLlmId));

        // 1,201 distinct prompts: 1,000 in one request, the rest in a second.
        var adds = ProjectConnections.Requests(Emulator, account).Where(r => r.Method == "POST" && r.Path.EndsWith("prompts", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, adds.Count);
        Assert.EndsWith("\"prompt 1200\",\"Best Tent\"]}", adds[2].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"prompt 7\",\"prompt 7\"", adds[1].Body, StringComparison.Ordinal);

        // 1,201 prompts read in pages of 1,000 (limit and offset): two requests.
        var before = Lines(account).Count;
        var all = await Rows(connection.StreamAsync(AiTrackerOperations.Prompts, new AiTrackerPromptListQuery { SiteId = site, LlmId = engine.LlmId }, RowWindow.Everything));
        Assert.Equal(1201, all.Count);
        Assert.Equal("best tent", all[0].Prompt);
        Assert.All(all, p => Assert.Equal((site, engine.LlmId), (p.SiteId, p.LlmId)));
        var pages = Lines(account).Skip(before).ToList();
        Assert.Equal(2, pages.Count);
        Assert.Contains("offset=1000", pages[1], StringComparison.Ordinal);

        Assert.Equal(150, (await Rows(connection.StreamAsync(AiTrackerOperations.Prompts, new AiTrackerPromptListQuery { SiteId = site, LlmId = engine.LlmId }, RowWindow.Take(150)))).Count);

        _ = await connection.SendAsync(AiTrackerOperations.RemovePrompts, new AiTrackerPromptRemoveQuery { SiteId = site, LlmId = engine.LlmId, PromptLlmIds = all.Take(200).Select(p => p.PromptLlmId).ToList() });
        Assert.Equal(1001, (await Rows(connection.StreamAsync(AiTrackerOperations.Prompts, new AiTrackerPromptListQuery { SiteId = site, LlmId = engine.LlmId }, RowWindow.Everything))).Count);
        var remove = ProjectConnections.Requests(Emulator, account).Single(r => r.Path.EndsWith("prompts/delete", StringComparison.Ordinal) || r.Method == "DELETE");
        Assert.Equal(dialect == ProjectDialect.Legacy ? ("DELETE", $"sites/{site}/airt/llm/{engine.LlmId}/prompts") : ("POST", "v1/project-management/airt/prompts/delete"), (remove.Method, remove.Path));
        Assert.StartsWith("{\"k2site_llm_ids\":[" + all[0].PromptLlmId, remove.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_too_long_or_a_bad_engine_or_country_is_refused_locally_and_sends_nothing()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        var tooLong = await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(AiTrackerOperations.AddPrompts, new AiTrackerPromptAddQuery { SiteId = 1, LlmId = 2, Prompts = [new string('p', 256)] }));
        Assert.Equal("Prompt", tooLong.ParamName);
        var engine = await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(AiTrackerOperations.AddEngine, new AiTrackerEngineSettingsQuery { SiteId = 1, Engine = "claude", CountryCode = "us" }));
        Assert.Contains("chatgpt, google_ai_overview, google_ai_mode, perplexity, gemini", engine.Message, StringComparison.Ordinal);
        var country = await Assert.ThrowsAsync<InvalidInputException>(() => connection.SendAsync(AiTrackerOperations.AddEngine, new AiTrackerEngineSettingsQuery { SiteId = 1, Engine = "gemini", CountryCode = "usa" }));
        Assert.Equal("CountryCode", country.ParamName);
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(AiTrackerOperations.Answer, new AiTrackerAnswerQuery { SiteId = 1, LlmId = 2, PromptLlmId = 3, Date = DateTime.Today.AddYears(-2) }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.GetAsync(AiTrackerOperations.Statistics, new AiTrackerStatisticsQuery { SiteId = 1, LlmId = 2, Top = 101 }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Rankings_are_one_row_per_prompt_and_date_or_per_group_and_date_and_the_answer_names_the_brand(ProjectDialect dialect)
    {
        var (account, connection, site) = await ProjectAsync(dialect);
        var engine = await EngineAsync(connection, site, "gemini");
        var added = await connection.AddPromptsAsync(site, engine.LlmId, ["best tent", "hiking boots", "rain jacket"], null);

        var from = DateTime.Today.AddDays(-2);
        var rows = await connection.ListAsync(AiTrackerOperations.Rankings, new AiTrackerRankingQuery { SiteId = site, LlmId = engine.LlmId, From = from, To = DateTime.Today });
        Assert.Equal(9, rows.Count);
        Assert.Equal([from, from.AddDays(1), DateTime.Today], rows.Where(r => r.Prompt == "hiking boots").Select(r => r.Date!.Value));
        Assert.All(rows, r => Assert.Equal(("Prompt", site, engine.LlmId, true), (r.Mode, r.SiteId, r.LlmId, r.Volume > 0)));
        Assert.All(rows, r => Assert.Equal(r.Position > 0, r.Mentioned));

        var groups = await connection.ListAsync(AiTrackerOperations.Rankings, new AiTrackerRankingQuery { SiteId = site, LlmId = engine.LlmId, From = from, ByGroup = true });
        Assert.Equal(3, groups.Count);
        Assert.All(groups, g => Assert.Equal(("Group", "Default"), (g.Mode, g.GroupName)));
        Assert.Contains(Lines(account), line => line.Contains("mode=groups", StringComparison.Ordinal));

        var prompt = added[1].PromptLlmId!.Value;
        var answer = await connection.GetAsync(AiTrackerOperations.Answer, new AiTrackerAnswerQuery { SiteId = site, LlmId = engine.LlmId, PromptLlmId = prompt, Date = DateTime.Today.AddDays(-1) });
        var ranked = rows.Single(r => r.PromptLlmId == prompt && r.Date == DateTime.Today.AddDays(-1));
        Assert.Equal((ranked.Mentioned, "hiking boots", DateTime.Today.AddDays(-1), prompt), (answer.Mentioned, answer.Prompt, answer.Date, answer.PromptLlmId));
        Assert.Equal(answer.Mentioned == true, answer.Brands!.Contains("AI Shop"));
        Assert.Equal(2, answer.CitedUrls!.Count);
        Assert.Contains(Lines(account), line => line.Contains(dialect == ProjectDialect.Legacy
            ? $"GET sites/{site}/airt/llm/{engine.LlmId}/prompts/{prompt}/answer?date="
            : $"GET v1/project-management/airt/prompts/answer?site_id={site}&llm_id={engine.LlmId}&prompt_llm_id={prompt}&date=", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Prompt_groups_are_created_renamed_ordered_filled_emptied_and_deleted(ProjectDialect dialect)
    {
        var (account, connection, site) = await ProjectAsync(dialect);
        var engine = await EngineAsync(connection, site, "chatgpt");
        var all = new AiTrackerPromptGroupListQuery { SiteId = site };

        var tents = (await connection.SendAsync(AiTrackerOperations.CreatePromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, Name = "Tents" }))!.Id!.Value;
        var boots = (await connection.SendAsync(AiTrackerOperations.CreatePromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, Name = "Boots" }))!.Id!.Value;
        var taken = await Assert.ThrowsAnyAsync<ApiException>(() => connection.SendAsync(AiTrackerOperations.CreatePromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, Name = "tents" }));
        Assert.Equal(400, taken.StatusCode);

        var added = await connection.AddPromptsAsync(site, engine.LlmId, ["tent a", "tent b", "boot a"], tents);
        _ = await connection.SendAsync(AiTrackerOperations.MovePrompts, new AiTrackerPromptMoveQuery { SiteId = site, GroupId = boots, PromptLlmIds = [added[2].PromptLlmId!.Value] });
        _ = await connection.SendAsync(AiTrackerOperations.RenamePromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, GroupId = boots, Name = "Footwear" });
        _ = await connection.SendAsync(AiTrackerOperations.OrderPromptGroup, new AiTrackerPromptGroupOrderQuery { SiteId = site, GroupId = boots, BeforeId = tents });

        var groups = await connection.ListAsync(AiTrackerOperations.PromptGroups, all);
        Assert.Equal(["Default", "Footwear", "Tents"], groups.Select(g => g.Name));
        Assert.Equal([0L, 1L, 2L], groups.Select(g => g.PromptCount!.Value));
        Assert.True(groups[0].IsDefault);
        Assert.All(groups, g => Assert.Equal(site, g.SiteId));

        _ = await connection.SendAsync(AiTrackerOperations.TransferPrompts, new AiTrackerPromptTransferQuery { SiteId = site, FromGroupId = tents, ToGroupId = boots });
        Assert.Equal([0L, 3L, 0L], (await connection.ListAsync(AiTrackerOperations.PromptGroups, all)).Select(g => g.PromptCount!.Value));

        _ = await connection.SendAsync(AiTrackerOperations.DeletePromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, GroupId = boots });
        Assert.Equal([3L, 0L], (await connection.ListAsync(AiTrackerOperations.PromptGroups, all)).Select(g => g.PromptCount!.Value));

        _ = await connection.SendAsync(AiTrackerOperations.ClearPromptGroup, new AiTrackerPromptGroupQuery { SiteId = site, GroupId = groups[0].GroupId });
        Assert.Empty(await connection.ListAsync(AiTrackerOperations.Prompts, new AiTrackerPromptListQuery { SiteId = site, LlmId = engine.LlmId }));

        var lines = Lines(account);
        var (s, b, t) = (site, boots, tents);
        string[] expected = dialect == ProjectDialect.Legacy
            ? [$"PATCH sites/{s}/airt/prompt-groups/{b}", $"POST sites/{s}/airt/prompt-groups/{b}/order", $"POST sites/{s}/airt/prompt-groups/{b}/moveKeywords",
               $"POST sites/{s}/airt/prompt-groups/moveGroupKeywords", $"DELETE sites/{s}/airt/prompt-groups/{b}", $"DELETE sites/{s}/airt/prompt-groups/{groups[0].GroupId}/keywords"]
            : [$"PATCH v1/project-management/airt/prompts/groups?site_id={s}&group_id={b}", $"POST v1/project-management/airt/prompts/groups/order?site_id={s}&group_id={b}",
               $"POST v1/project-management/airt/prompts/groups/move?site_id={s}&group_id={b}", $"POST v1/project-management/airt/prompts/groups/transfer?site_id={s}",
               $"DELETE v1/project-management/airt/prompts/groups?site_id={s}&group_id={b}", $"DELETE v1/project-management/airt/prompts/groups/prompts?site_id={s}&group_id={groups[0].GroupId}"];
        Assert.All(expected, line => Assert.Contains(line, lines));
        Assert.Contains(ProjectConnections.Requests(Emulator, account), r => r.Body == $"{{\"from_group_id\":{t},\"to_group_id\":{b}}}");
        Assert.Contains(ProjectConnections.Requests(Emulator, account), r => r.Body == $"{{\"before_id\":{t}}}");
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

    private static async Task<AiTrackerEngine> EngineAsync(ApiConnection connection, long site, string name)
    {
        _ = await connection.SendAsync(AiTrackerOperations.SetBrand, new AiTrackerBrandQuery { SiteId = site, Brand = "AI Shop" });
        return await connection.AddEngineAsync(new AiTrackerEngineSettingsQuery { SiteId = site, Engine = name, CountryCode = "us" });
    }

    private sealed class Observer : IJobPollObserver<AiTrackerEngineQuery, AiTrackerStatus>
    {
        public List<(AiTrackerEngineQuery Job, AiTrackerStatus Status)> Done { get; } = [];

        void IJobPollObserver<AiTrackerEngineQuery, AiTrackerStatus>.Done(AiTrackerEngineQuery job, AiTrackerStatus result) => Done.Add((job, result));

        public void Failed(AiTrackerEngineQuery job, Exception failure) => throw failure;

        public void Progress(PollProgress progress)
        {
        }
    }
}
