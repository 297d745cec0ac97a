using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project;
using SeRanking.Engine.Project.Account;
using SeRanking.Engine.Project.Positions;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>
/// The machinery of the two Project API dialects: keys, hosts, one descriptor with a form per
/// dialect, ids placed by the template, bodies, answers without rows, nested rows, retries,
/// errors and the rate.
/// </summary>
public class ProjectDialectTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public void A_UUID_is_the_unified_key_and_40_hex_the_legacy_one_and_other_shapes_are_refused()
    {
        var uuid = Guid.NewGuid().ToString();
        var hex40 = new string('a', 40);

        Assert.Equal(ProjectDialect.Unified, ProjectApiKey.Parse(uuid).Dialect);
        Assert.Equal(ProjectDialect.Legacy, ProjectApiKey.Parse(hex40).Dialect);
        Assert.Equal("SE Ranking API key", ProjectApiKey.Parse(uuid).KindName);
        var refused = Assert.Throws<InvalidApiKeyException>(() => ProjectApiKey.Parse(new string('b', 32)));
        Assert.Equal(ApiKind.Serpstat, refused.LooksLike);
        Assert.Contains("UUID", refused.Message, StringComparison.Ordinal);
        Assert.Contains("40 hexadecimal characters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_dialect_goes_to_its_own_host_and_a_unified_base_with_the_prefix_is_cut_back()
    {
        var unified = ProjectApiKey.Parse(Guid.NewGuid().ToString());
        var legacy = ProjectApiKey.Parse(new string('c', 40));

        Assert.Equal(new Uri("https://api.seranking.com/"), ApiConnection.Create(unified).BaseUri);
        Assert.Equal(new Uri("https://api4.seranking.com/"), ApiConnection.Create(legacy).BaseUri);
        Assert.Equal(new Uri("https://gw.example/"), ApiConnection.Create(unified, new ConnectionOptions { BaseUri = new Uri("https://gw.example/v1/project-management") }).BaseUri);
        Assert.Equal(new Uri("https://gw.example/"), ApiConnection.Create(unified, new ConnectionOptions { BaseUri = new Uri("https://gw.example/v1/") }).BaseUri);
        Assert.Equal(ProjectDialect.Unified, ApiConnection.Create(unified).ProjectDialect);
    }

    [Fact]
    public void One_descriptor_gives_each_dialect_its_method_path_and_id_placement()
    {
        var query = new ProjectSettingsQuery { SiteId = 42, Title = "Shop" };

        var legacy = ProjectSiteOperations.Update.RouteFor(ProjectDialect.Legacy);
        var legacyWriter = ProjectSiteOperations.Update.Prepare(query, ProjectDialect.Legacy);
        Assert.Equal("PUT /sites/42", legacy.Method.Method + " /" + legacyWriter.ResolvePath(legacy.Path));
        Assert.Empty(legacyWriter.QueryParameters);

        var unified = ProjectSiteOperations.Update.RouteFor(ProjectDialect.Unified);
        var unifiedWriter = ProjectSiteOperations.Update.Prepare(query, ProjectDialect.Unified);
        Assert.Equal("PATCH /v1/project-management/sites", unified.Method.Method + " /" + unifiedWriter.ResolvePath(unified.Path));
        Assert.Equal([new("site_id", "42")], unifiedWriter.QueryParameters);
        Assert.Equal("{\"title\":\"Shop\"}", Encoding.UTF8.GetString(unifiedWriter.RenderBody()!));
    }

    [Fact]
    public void An_operation_one_dialect_lacks_is_refused_there_naming_the_key_it_needs()
    {
        var error = Assert.Throws<OperationNotInDialectException>(() => ProjectAccountOperations.Balance.RouteFor(ProjectDialect.Unified));
        Assert.Contains("Connect-SeRanking -ProjectApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Get-SrDataSubscription", error.Message, StringComparison.Ordinal);

        var onlyUnified = new Operation<NoQuery, ProjectWriteAnswer>(
            ProjectRoutes.UnifiedOnly("GET airt/sources/summary", "published for the unified host only"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, NoQuery.Write);
        var other = Assert.Throws<OperationNotInDialectException>(() => onlyUnified.RouteFor(ProjectDialect.Legacy));
        Assert.Contains("Connect-SeRanking -ApiKey", other.Message, StringComparison.Ordinal);
        Assert.Equal("v1/project-management/airt/sources/summary", onlyUnified.Path);
    }

    [Fact]
    public async Task The_account_balance_on_a_unified_connection_sends_nothing_and_the_profile_reads_users_me()
    {
        var account = Emulator.Accounts.AddProject();
        var unified = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        await Assert.ThrowsAsync<OperationNotInDialectException>(() => unified.GetAsync(ProjectAccountOperations.Balance, NoQuery.Value));
        Assert.Empty(ProjectConnections.Requests(Emulator, account));

        var profile = await unified.GetAsync(ProjectAccountOperations.Profile, NoQuery.Value);
        Assert.Equal(account.Email, profile.Email);
        Assert.Equal("GET v1/project-management/users/me", ProjectConnections.Line(ProjectConnections.Requests(Emulator, account).Single()));

        var legacy = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        Assert.Equal(account.Balance, (await legacy.GetAsync(ProjectAccountOperations.Balance, NoQuery.Value)).Balance);
        Assert.Equal(account.Email, (await legacy.GetAsync(ProjectAccountOperations.Profile, NoQuery.Value)).Email);
    }

    [Fact]
    public void Ids_fill_the_template_escaped_and_the_rest_go_first_in_the_query()
    {
        var writer = new RequestWriter(ParameterEncoding.Query) { Dialect = ProjectDialect.Legacy };
        writer.Add("date_from", "2026-11-01").AddId("site_id", "1 2").AddId("keyword_id", 7);

        Assert.Equal("sites/1%202/keywords", writer.ResolvePath("sites/{site_id}/keywords"));
        Assert.Equal([new("keyword_id", "7"), new("date_from", "2026-11-01")], writer.QueryParameters);
        Assert.Throws<InvalidOperationException>(() => new RequestWriter(ParameterEncoding.Query).ResolvePath("sites/{site_id}"));
    }

    [Fact]
    public void Id_lists_take_brackets_on_the_legacy_host_and_indices_on_the_unified_one()
    {
        RequestWriter Write(ProjectDialect dialect)
        {
            var writer = new RequestWriter(ParameterEncoding.Query) { Dialect = dialect };
            ProjectChecks.AddIdList(writer, "keywords_ids", [3, 4], indexedWhenUnified: true);
            return writer;
        }

        Assert.Equal(["keywords_ids[]=3", "keywords_ids[]=4"], Write(ProjectDialect.Legacy).QueryParameters.Select(p => p.Key + "=" + p.Value));
        Assert.Equal(["keywords_ids[0]=3", "keywords_ids[1]=4"], Write(ProjectDialect.Unified).QueryParameters.Select(p => p.Key + "=" + p.Value));
    }

    [Fact]
    public void Bodies_can_be_one_element_arrays_or_bare_arrays_and_flags_travel_as_0_or_1_strings()
    {
        var create = ProjectSiteOperations.Create.Prepare(new ProjectSettingsQuery { Url = "shop.example-store.com", Title = "Shop", SubdomainMatch = true });
        Assert.Equal("[{\"url\":\"shop.example-store.com\",\"title\":\"Shop\",\"subdomain_match\":\"1\"}]", Encoding.UTF8.GetString(create.RenderBody()!));

        var writer = new RequestWriter(ParameterEncoding.JsonBody);
        writer.SetBody(new[] { new[] { new System.Collections.Generic.KeyValuePair<string, object?>("keyword", "tent") } });
        Assert.Equal("[{\"keyword\":\"tent\"}]", Encoding.UTF8.GetString(writer.RenderBody()!));
        Assert.Throws<InvalidOperationException>(() => new RequestWriter(ParameterEncoding.Query).SetBody(new[] { 1 }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("{\"status\":\"ok\"}")]
    public async Task An_acknowledgement_may_be_empty_or_an_object(string body)
    {
        using var reader = new JsonRowReader<ProjectWriteAnswer>(new MemoryStream(Encoding.UTF8.GetBytes(body)), RowLocation.Acknowledgement, ProjectAnswerJsonContext.Default.ProjectWriteAnswer);

        var read = await reader.ReadAsync(CancellationToken.None);

        Assert.Equal(body.Trim().Length > 0, read);
        Assert.False(await reader.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_body_is_still_cut_off_where_rows_were_due()
    {
        using var reader = new JsonRowReader<ProjectWriteAnswer>(new MemoryStream([]), RowLocation.Document, ProjectAnswerJsonContext.Default.ProjectWriteAnswer);

        await Assert.ThrowsAsync<System.Text.Json.JsonException>(() => reader.ReadAsync(CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Nested_rows_stream_block_by_block_each_told_its_block_key()
    {
        const string Body = "[{\"site_engine_id\":7,\"other\":[1,2],\"keywords\":[{\"id\":1,\"name\":\"a\",\"positions\":[]},{\"id\":2,\"name\":\"b\"}]},{\"keywords\":[{\"id\":3,\"name\":\"c\"}],\"site_engine_id\":8},{\"site_engine_id\":\"9\",\"keywords\":[]}]";
        using var reader = new JsonRowReader<ProjectPosition>(new MemoryStream(Encoding.UTF8.GetBytes(Body)), RowLocation.InEachElement("keywords", "site_engine_id"), ProjectPositionJsonContext.Default.ProjectPosition);

        var rows = new System.Collections.Generic.List<(long, string?)>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            rows.Add((reader.Current.KeywordId, reader.CurrentSection));
        }

        // The key after its rows (block 2) comes too late for them: the descriptor falls back on the query's engine.
        Assert.Equal([(1L, "7"), (2L, "7"), (3L, (string?)null)], rows);
    }

    [Fact]
    public async Task An_update_is_retried_after_a_server_error_and_a_create_is_not()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "retry-shop.com", Title = "Retry" });

        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Project, Method = "PUT", Kind = FaultKind.Status, Status = 500, Count = 1 });
        _ = await connection.SendAsync(ProjectSiteOperations.Update, new ProjectSettingsQuery { SiteId = site.SiteId, Title = "Retried" });
        Assert.Equal("Retried", account.Workspace.Site(site.SiteId)!.Title);

        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Project, Method = "POST", Kind = FaultKind.Status, Status = 500, Count = 1 });
        var failure = await Assert.ThrowsAsync<ServerErrorException>(() => connection.CreateAsync(new ProjectSettingsQuery { Url = "second-shop.com", Title = "Second" }));
        Assert.Equal(1, failure.Attempts);
        Assert.Equal(2, ProjectConnections.Requests(Emulator, account).Count(r => r.Method == "PUT"));
    }

    [Theory]
    [MemberData(nameof(ProjectConnections.Dialects), MemberType = typeof(ProjectConnections))]
    public async Task Plan_refusals_stop_the_command_in_either_error_shape(ProjectDialect dialect)
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, dialect);
        account.Workspace.MaxSites = 0;

        var limit = await Assert.ThrowsAsync<PlanLimitReachedException>(() => connection.CreateAsync(new ProjectSettingsQuery { Url = "limited-shop.com", Title = "Limited" }));
        Assert.True(limit.StopsTheCommand);
        Assert.Contains("Limit reached", limit.ApiMessage, StringComparison.Ordinal);

        account.Workspace.SubscriptionRequired = true;
        var plan = await Assert.ThrowsAsync<LicenseExpiredException>(() => connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value));
        Assert.True(plan.StopsTheCommand);
        Assert.Contains("Subscription required", plan.ApiMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_legacy_key_is_refused_on_the_unified_host_and_a_data_only_key_gets_subscription_required()
    {
        var project = Emulator.Accounts.AddProject();
        var dataOnly = Emulator.Accounts.AddData();

        // A 40-hex key sent to the unified host (a misconfigured -ProjectApiUrl): the API refuses it.
        var misplaced = ApiConnection.Create(ProjectApiKey.Parse(project.Key), Support.Connect.Fast(new Uri(Emulator.DataApiUrl, "v1/project-management/")));
        var wrongHost = await Assert.ThrowsAsync<ApiAuthenticationException>(() => misplaced.ListAsync(ProjectSiteOperations.List, NoQuery.Value));
        Assert.Equal(401, wrongHost.StatusCode);
        Assert.True(wrongHost.StopsTheCommand);

        var noPlan = ApiConnection.Create(ProjectApiKey.Parse(dataOnly.Key), Support.Connect.Fast(Emulator.DataApiUrl));
        var refused = await Assert.ThrowsAsync<LicenseExpiredException>(() => noPlan.ListAsync(ProjectSiteOperations.List, NoQuery.Value));
        Assert.Equal(403, refused.StatusCode);
    }

    [Fact]
    public async Task The_Project_API_is_held_to_5_requests_a_second_per_key_in_either_dialect()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);
        Assert.Equal(5, connection.RequestsPerWindow);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 11).Select(_ => connection.ListAsync(ProjectSiteOperations.List, NoQuery.Value)));

        // 11 calls at 5 a second need two full windows; none was refused with a 429.
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"took {clock.Elapsed}");
        Assert.All(ProjectConnections.Requests(Emulator, account), r => Assert.Equal(200, r.StatusCode));
    }
}
