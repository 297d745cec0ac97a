using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SeRanking.Emulator;

namespace SeRanking.Engine.Tests.Emulator;

/// <summary>
/// The emulator is the server truth the engine is tested against, so its own behaviour is
/// pinned here with a plain HttpClient: nothing of the engine is involved.
/// </summary>
public sealed class EmulatorTests
{
    private const string InsufficientFundsPrefix = "Insufficient funds";

    [Fact]
    public async Task Data_api_refuses_a_missing_unknown_or_foreign_key_and_an_expired_licence()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var project = emulator.Accounts.AddProject();
        var expired = emulator.Accounts.AddData();
        expired.LicenseExpired = true;

        var missing = await SendAsync(client, DataGet(emulator, "v1/account/subscription", key: null));
        var unknown = await SendAsync(client, DataGet(emulator, "v1/account/subscription", Guid.NewGuid().ToString()));
        var projectKey = await SendAsync(client, DataGet(emulator, "v1/account/subscription", project.Key));
        var licence = await SendAsync(client, DataGet(emulator, "v1/account/subscription", expired.Key));

        Assert.Equal((HttpStatusCode.BadRequest, "No token"), (missing.Status, missing.Json.GetProperty("error_description").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.StartsWith("Authentication failed.", unknown.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, projectKey.Status);
        Assert.Equal(
            "Authentication failed. The key given is a Project API key; the SE Ranking Data API needs a Data API key.",
            projectKey.Json.GetProperty("error_description").GetString());
        Assert.Equal((HttpStatusCode.Forbidden, "License expired"), (licence.Status, licence.Json.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task Project_api_refuses_a_missing_or_foreign_token_and_reports_an_expired_licence()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var data = emulator.Accounts.AddData();
        var account = emulator.Accounts.AddProject(balance: 99.5m);

        var missing = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.ProjectApiUrl, "account/balance")));
        var foreign = await SendAsync(client, ProjectGet(emulator, "account/balance", data.Key));
        var byQuery = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.ProjectApiUrl, "account/balance?token=" + account.Key)));
        account.LicenseExpired = true;
        var expiredBalance = await SendAsync(client, ProjectGet(emulator, "account/balance", account.Key));
        var expiredSubscription = await SendAsync(client, ProjectGet(emulator, "account/subscription", account.Key));

        Assert.Equal((HttpStatusCode.Unauthorized, "No token"), (missing.Status, missing.Json.GetProperty("message").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.Status);
        Assert.Contains("The key given is a Data API key", foreign.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, 99.5m, "EUR"), (byQuery.Status, byQuery.Json.GetProperty("value").GetDecimal(), byQuery.Json.GetProperty("currency_code").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, expiredBalance.Status);
        Assert.Equal((HttpStatusCode.OK, "true"), (expiredSubscription.Status, expiredSubscription.Json.GetProperty("is_expired").GetString()));
    }

    [Fact]
    public async Task Serpstat_refuses_an_unknown_or_foreign_token_with_http_403_echoing_the_id()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var data = emulator.Accounts.AddData();

        var answer = await SendAsync(client, SerpstatPost(emulator, "0123456789abcdef0123456789abcdef", """{"id":"a1","method":"SerpstatLimitsProcedure.getStats","params":{}}"""));
        var foreign = await SendAsync(client, SerpstatPost(emulator, data.Key, """{"id":"a2","method":"SerpstatLimitsProcedure.getStats","params":{}}"""));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("a1", answer.Json.GetProperty("id").GetString());
        Assert.Equal(32001, answer.Json.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Contains("The key given is a Data API key", foreign.Json.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_rate_window_refuses_the_eleventh_quick_request_of_one_key_only_until_the_window_rolls()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var busy = emulator.Accounts.AddData();
        var other = emulator.Accounts.AddData();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await SendAsync(client, DataGet(emulator, "v1/account/credit-balance", busy.Key))).Status);
        }

        var refused = await SendAsync(client, DataGet(emulator, "v1/account/credit-balance", busy.Key));
        var otherKey = await SendAsync(client, DataGet(emulator, "v1/account/credit-balance", other.Key));
        await Task.Delay(emulator.Options.RateWindow + TimeSpan.FromMilliseconds(100));
        var afterWindow = await SendAsync(client, DataGet(emulator, "v1/account/credit-balance", busy.Key));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("""{"error":{"code":429,"message":"Too Many Requests","description":"Call rate limit reached."}}""", refused.Text);
        Assert.Equal(HttpStatusCode.OK, otherKey.Status);
        Assert.Equal(HttpStatusCode.OK, afterWindow.Status);
    }

    [Fact]
    public async Task Backlinks_summary_charges_100_per_target_and_refuses_what_the_account_cannot_pay_in_both_styles()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData(credits: 250);

        var paid = await SendAsync(client, DataPost(emulator, "v1/backlinks/summary", account.Key, """{"target":["a.com","Shop.example.org"],"mode":"host"}"""));
        var seedStyle = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=c.com", account.Key));
        account.FundsErrorStyle = InsufficientFundsStyle.Http403Nested;
        var nestedStyle = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=c.com", account.Key));

        Assert.Equal(HttpStatusCode.OK, paid.Status);
        Assert.Equal(["a.com", "Shop.example.org"], paid.Json.GetProperty("summary").EnumerateArray().Select(row => row.GetProperty("target").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, seedStyle.Status);
        Assert.StartsWith(InsufficientFundsPrefix, seedStyle.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, nestedStyle.Status);
        Assert.Equal(InsufficientFundsPrefix, nestedStyle.Json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal((50, 200), (account.Credits, account.CreditsSpent));
    }

    [Fact]
    public async Task Backlinks_summary_rows_carry_every_sample_field_and_repeat_for_the_same_target()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();

        var first = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=example-shop.com&target[]=rival-store.net", account.Key));
        var second = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=example-shop.com&target=rival-store.net", account.Key));
        using var sample = JsonDocument.Parse(SampleRowJson);

        Assert.Equal(first.Text, second.Text);
        var row = first.Json.GetProperty("summary")[0];
        Assert.Equal(
            sample.RootElement.EnumerateObject().Select(property => property.Name).Order(),
            row.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal("Example Shop", row.GetProperty("top_anchors_by_backlinks")[0].GetProperty("anchor").GetString());
    }

    [Fact]
    public async Task Backlinks_summary_answers_244_for_a_batch_with_a_huge_site_and_charges_nothing()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();

        var answer = await SendAsync(client, DataPost(emulator, "v1/backlinks/summary", account.Key, """{"target":["a.com","google.com"]}"""));

        Assert.Equal(244, (int)answer.Status);
        Assert.StartsWith("Results for huge websites", answer.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public async Task Backlinks_summary_refuses_a_bad_mode_target_or_batch_size_with_the_api_wording()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();
        var tooMany = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"site{i}.com\""));

        var mode = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=a.com&mode=subdomain", account.Key));
        var target = await SendAsync(client, DataPost(emulator, "v1/backlinks/summary", account.Key, """{"target":["a.com","bad target.com"]}"""));
        var batch = await SendAsync(client, DataPost(emulator, "v1/backlinks/summary", account.Key, $$"""{"target":[{{tooMany}}]}"""));

        Assert.Equal("""{"error_description":"Unsupported 'mode' format. Supported 'mode' formats are 'host' (default), 'domain', 'url'."}""", mode.Text);
        Assert.Equal("Invalid target", target.Json.GetProperty("error_description").GetString());
        Assert.Contains("100", batch.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.All([mode, target, batch], answer => Assert.Equal(HttpStatusCode.BadRequest, answer.Status));
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public async Task Concurrent_charges_on_one_key_never_overdraw_it()
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { DataRequestsPerSecond = 1000 });
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData(credits: 1000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            SendAsync(client, DataGet(emulator, $"v1/backlinks/summary?target=site{i}.com", account.Key))));

        Assert.Equal(10, answers.Count(answer => answer.Status == HttpStatusCode.OK));
        Assert.Equal(14, answers.Count(answer => answer.Status == HttpStatusCode.BadRequest));
        Assert.Equal((0, 1000), (account.Credits, account.CreditsSpent));
    }

    [Fact]
    public async Task Domain_overview_needs_a_regional_source_and_a_domain_and_costs_100()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();

        var overview = await SendAsync(client, DataGet(emulator, "v1/domain/overview/db?source=de&domain=www.example-shop.com&with_subdomains=0", account.Key));
        var worldwide = await SendAsync(client, DataGet(emulator, "v1/domain/overview/db?source=worldwide&domain=a.com", account.Key));
        var noDomain = await SendAsync(client, DataGet(emulator, "v1/domain/overview/db?source=us", account.Key));

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Equal("example-shop.com", overview.Json.GetProperty("organic").GetProperty("base_domain").GetString());
        Assert.True(overview.Json.GetProperty("adv").TryGetProperty("top9_11", out _));
        Assert.Equal("Invalid source", worldwide.Json.GetProperty("error_description").GetString());
        Assert.Equal("Parameter domain is missing.", noDomain.Json.GetProperty("error_description").GetString());
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public async Task Serp_task_goes_from_created_to_processing_to_results_and_bills_advanced_results_once()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();

        var created = await SendAsync(client, DataPost(emulator, "v1/serp/classic/tasks", account.Key, """{"language_code":"en","location_id":21137,"query":["camping tent","hiking boots"],"tag":"run-1"}"""));
        var ids = created.Json.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).ToArray();
        var processing = await SendAsync(client, DataGet(emulator, $"v1/serp/classic/tasks?task_id={ids[0]}", account.Key));
        var standard = await SendAsync(client, DataGet(emulator, $"v1/serp/classic/tasks?task_id={ids[0]}", account.Key));
        var advancedProcessing = await SendAsync(client, DataGet(emulator, $"v1/serp/classic/tasks/results_advanced?task_id={ids[1]}", account.Key));
        var advanced = await SendAsync(client, DataGet(emulator, $"v1/serp/classic/tasks/results_advanced?task_id={ids[1]}", account.Key));
        var advancedAgain = await SendAsync(client, DataGet(emulator, $"v1/serp/classic/tasks/results_advanced?task_id={ids[1]}", account.Key));
        var list = await SendAsync(client, DataGet(emulator, "v1/serp/classic/tasks", account.Key));
        var unknown = await SendAsync(client, DataGet(emulator, "v1/serp/classic/tasks?task_id=1", account.Key));

        Assert.Equal([51830042L, 51830043L], ids);
        Assert.Equal("run-1", created.Json[0].GetProperty("tag").GetString());
        Assert.Equal("""{"status":"processing"}""", processing.Text);
        Assert.Equal("camping tent", standard.Json.GetProperty("request_metadata").GetProperty("keyword").GetString());
        Assert.Subset(new HashSet<string?> { "organic", "ads", "featured_snippet" }, ItemTypes(standard.Json));
        Assert.Equal("""{"status":"processing"}""", advancedProcessing.Text);
        Assert.Contains("people_also_ask", ItemTypes(advanced.Json));
        Assert.Equal(advanced.Text, advancedAgain.Text);
        Assert.Equal(["done", "done"], list.Json.EnumerateArray().Select(task => task.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal((2 * 10) + 100, account.CreditsSpent);
    }

    [Fact]
    public async Task Serp_task_creation_names_the_bad_field()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();

        var noLanguage = await SendAsync(client, DataPost(emulator, "v1/serp/classic/tasks", account.Key, """{"location_id":1,"query":["a"]}"""));
        var badDevice = await SendAsync(client, DataPost(emulator, "v1/serp/classic/tasks", account.Key, """{"language_code":"en","location_id":1,"device":"tablet","query":["a"]}"""));
        var emptyQuery = await SendAsync(client, DataPost(emulator, "v1/serp/classic/tasks", account.Key, """{"language_code":"en","location_id":1,"query":[]}"""));

        Assert.Contains("language_code", noLanguage.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Contains("device", badDevice.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Contains("query", emptyQuery.Json.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, account.CreditsSpent);
    }

    [Fact]
    public async Task Status_fault_answers_count_times_with_the_api_error_body_and_charges_nothing()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "backlinks/summary", Kind = FaultKind.Status, Status = 503, Count = 2, RetryAfter = TimeSpan.FromSeconds(1.2) });

        var first = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=a.com", account.Key));
        var second = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=a.com", account.Key));
        var third = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=a.com", account.Key));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unexpected error. Please try again later."), (first.Status, first.Json.GetProperty("error_description").GetString()));
        Assert.Equal(TimeSpan.FromSeconds(2), first.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal(0, emulator.Faults.Pending);
        Assert.Equal(100, account.CreditsSpent);
        Assert.Equal(["Status", "Status", null], emulator.Requests.Snapshot().Select(entry => entry.Fault));
        Assert.Equal([503, 503, 200], emulator.Requests.Snapshot().Select(entry => entry.StatusCode));
    }

    [Fact]
    public async Task Status_fault_on_the_project_api_can_carry_retry_after_as_a_date()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddProject();
        var retryAt = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        emulator.Faults.Add(new Fault { Api = EmulatedApi.Project, Kind = FaultKind.Status, Status = 429, RetryAfterDate = retryAt });

        var answer = await SendAsync(client, ProjectGet(emulator, "account/profile", account.Key));

        Assert.Equal((HttpStatusCode.TooManyRequests, "Too many requests"), (answer.Status, answer.Json.GetProperty("message").GetString()));
        Assert.Equal(retryAt, answer.RetryAfter?.Date);
    }

    [Fact]
    public async Task Reset_fault_gives_the_client_an_http_request_exception()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new Fault { Kind = FaultKind.Reset });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(DataGet(emulator, "v1/account/subscription", account.Key)));
        var next = await SendAsync(client, DataGet(emulator, "v1/account/subscription", account.Key));

        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal((0, "Reset"), (emulator.Requests.Snapshot()[0].StatusCode, emulator.Requests.Snapshot()[0].Fault));
    }

    [Fact]
    public async Task Truncated_fault_sends_half_the_real_body_which_does_not_parse_and_charges_nothing()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new Fault { Method = "GET", PathContains = "backlinks/summary", Kind = FaultKind.Truncated });

        using var response = await client.SendAsync(DataGet(emulator, "v1/backlinks/summary?target=a.com", account.Key));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var whole = await SendAsync(client, DataGet(emulator, "v1/backlinks/summary?target=a.com", account.Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(Encoding.UTF8.GetByteCount(whole.Text) / 2, bytes.Length);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bytes));
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public async Task Html_fault_answers_200_with_a_proxy_error_page()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        emulator.Faults.Add(new Fault { Api = EmulatedApi.Serpstat, Kind = FaultKind.Html });

        using var response = await client.SendAsync(SerpstatPost(emulator, "x", """{"id":1,"method":"SerpstatLimitsProcedure.getStats"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("SerpstatLimitsProcedure.getStats", emulator.Requests.Snapshot()[0].Path);
    }

    [Fact]
    public async Task Slow_fault_delays_the_answer_and_survives_a_client_that_gives_up()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        using var impatient = new HttpClient { Timeout = TimeSpan.FromMilliseconds(150) };
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new Fault { Kind = FaultKind.Slow, Delay = TimeSpan.FromSeconds(30) });
        emulator.Faults.Add(new Fault { Kind = FaultKind.Slow, Delay = TimeSpan.FromMilliseconds(200) });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient.SendAsync(DataGet(emulator, "v1/account/subscription", account.Key)));
        var watch = Stopwatch.StartNew();
        var delayed = await SendAsync(client, DataGet(emulator, "v1/account/subscription", account.Key));
        watch.Stop();
        var abandoned = await WaitForAsync(() => emulator.Requests.Snapshot().FirstOrDefault(entry => entry.StatusCode == 0));

        Assert.Equal(HttpStatusCode.OK, delayed.Status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190), $"answered after {watch.Elapsed}");
        Assert.Equal("Slow", abandoned?.Fault);
    }

    [Fact]
    public async Task Disposing_the_emulator_releases_a_request_held_by_a_slow_fault()
    {
        var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddData();
        emulator.Faults.Add(new Fault { Kind = FaultKind.Slow, Delay = TimeSpan.FromMinutes(5) });

        var held = client.SendAsync(DataGet(emulator, "v1/account/subscription", account.Key));
        await WaitForAsync(() => emulator.Faults.Pending == 0 ? "taken" : null);
        var watch = Stopwatch.StartNew();
        await emulator.DisposeAsync();

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"stopping took {watch.Elapsed}");
        await Assert.ThrowsAsync<HttpRequestException>(() => held);
    }

    [Fact]
    public async Task Serpstat_get_stats_reports_the_account_lines_and_errors_use_the_json_rpc_envelope()
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { SerpstatRequestsPerSecond = 100 });
        using var client = new HttpClient();
        var account = emulator.Accounts.AddSerpstat(lines: 500_000);
        account.UsedLines = 12_840;

        var stats = await SendAsync(client, SerpstatPost(emulator, account.Token, """{"id":7,"method":"SerpstatLimitsProcedure.getStats","params":{}}"""));
        var unknown = await SendAsync(client, SerpstatPost(emulator, account.Token, """{"id":"kw-43","method":"SerpstatNope.nothing","params":{}}"""));
        var garbage = await SendAsync(client, SerpstatPost(emulator, account.Token, "this is not json"));

        var data = stats.Json.GetProperty("result").GetProperty("data");
        Assert.Equal("7", stats.Json.GetProperty("id").GetString());
        Assert.Equal((500_000L, 12_840L, 487_160L), (data.GetProperty("max_lines").GetInt64(), data.GetProperty("used_lines").GetInt64(), data.GetProperty("left_lines").GetInt64()));
        Assert.Equal(487_160L, stats.Json.GetProperty("result").GetProperty("summary_info").GetProperty("left_lines").GetInt64());
        Assert.Equal("""{"id":"kw-43","error":{"code":-32601,"message":"Method not found","data":{}}}""", unknown.Text);
        Assert.Equal("""{"id":null,"error":{"code":-32700,"message":"Parse error","data":{}}}""", garbage.Text);
        Assert.All([stats, unknown, garbage], answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
    }

    [Fact]
    public async Task Serpstat_allows_one_request_per_second_per_token()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        var account = emulator.Accounts.AddSerpstat();
        const string body = """{"id":1,"method":"SerpstatLimitsProcedure.getStats"}""";

        var first = await SendAsync(client, SerpstatPost(emulator, account.Token, body));
        var second = await SendAsync(client, SerpstatPost(emulator, account.Token, body));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal((HttpStatusCode.TooManyRequests, 429), (second.Status, second.Json.GetProperty("error").GetProperty("code").GetInt32()));
    }

    [Fact]
    public async Task Responses_are_gzipped_only_when_asked_and_enabled()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler);
        var account = emulator.Accounts.AddData();

        using var gzipRequest = DataGet(emulator, "v1/account/subscription", account.Key);
        gzipRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var gzipped = await client.SendAsync(gzipRequest);
        await using var unzip = new GZipStream(await gzipped.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var document = await JsonDocument.ParseAsync(unzip);
        using var plain = await client.SendAsync(DataGet(emulator, "v1/account/subscription", account.Key));
        emulator.Options.CompressResponses = false;
        using var disabledRequest = DataGet(emulator, "v1/account/subscription", account.Key);
        disabledRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var disabled = await client.SendAsync(disabledRequest);

        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Equal(1_000_000, document.RootElement.GetProperty("subscription_info").GetProperty("units_left").GetInt64());
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Empty(disabled.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Request_log_keeps_arrival_details_but_never_a_key()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("EmulatorTests/1.0");
        var account = emulator.Accounts.AddData();
        var before = Stopwatch.GetTimestamp();

        await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.DataApiUrl, $"v1/account/subscription?apikey={account.Key}&output=json")));
        await SendAsync(client, DataPost(emulator, "v1/backlinks/summary", account.Key, """{"target":"a.com"}"""));

        var entries = emulator.Requests.Snapshot();
        Assert.Equal(2, entries.Count);
        Assert.Equal(("v1/account/subscription", "apikey=***&output=json", null), (entries[0].Path, entries[0].QueryRedacted, entries[0].AuthorizationScheme));
        Assert.Equal(("Token", """{"target":"a.com"}""", 200), (entries[1].AuthorizationScheme, entries[1].Body, entries[1].StatusCode));
        Assert.All(entries, entry => Assert.Equal((RequestLog.FingerprintOf(account.Key), EmulatedApi.Data, "EmulatorTests/1.0"), (entry.KeyFingerprint, entry.Api, entry.UserAgent)));
        Assert.All(entries, entry => Assert.True(entry.ReceivedTicks >= before));
        Assert.DoesNotContain(entries, entry => entry.ToString().Contains(account.Key, StringComparison.Ordinal));
        Assert.Equal(1, emulator.Requests.Count("POST", "backlinks/summary"));
    }

    [Fact]
    public async Task Control_endpoints_add_accounts_inject_faults_and_expose_the_log()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(emulator.BaseAddress, "_emulator/") };

        var created = await SendAsync(client, JsonRequest(HttpMethod.Post, new Uri(client.BaseAddress, "accounts/data"), """{"credits":500}"""));
        var key = created.Json.GetProperty("key").GetString()!;
        var serpstat = await SendAsync(client, JsonRequest(HttpMethod.Post, new Uri(client.BaseAddress, "accounts/serpstat"), string.Empty));
        var listed = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "accounts"));
        var faultAdded = await SendAsync(client, JsonRequest(HttpMethod.Post, new Uri(client.BaseAddress, "faults"), """{"api":"Data","pathContains":"subscription","kind":"Status","status":502,"count":2,"retryAfterSeconds":3}"""));
        var faulted = await SendAsync(client, DataGet(emulator, "v1/account/subscription", key));
        var badFault = await SendAsync(client, JsonRequest(HttpMethod.Post, new Uri(client.BaseAddress, "faults"), """{"kind":"Meteor"}"""));
        var cleared = await SendAsync(client, new HttpRequestMessage(HttpMethod.Delete, "faults"));
        var normal = await SendAsync(client, DataGet(emulator, "v1/account/subscription", key));
        var log = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "requests"));
        await SendAsync(client, new HttpRequestMessage(HttpMethod.Delete, "requests"));

        Assert.Equal(500, created.Json.GetProperty("credits").GetInt64());
        Assert.Equal(32, serpstat.Json.GetProperty("token").GetString()!.Length);
        Assert.Equal([key], listed.Json.GetProperty("data").EnumerateArray().Select(account => account.GetProperty("key").GetString()));
        Assert.Equal(2, faultAdded.Json.GetProperty("pending").GetInt32());
        Assert.Equal((HttpStatusCode.BadGateway, TimeSpan.FromSeconds(3)), (faulted.Status, faulted.RetryAfter?.Delta));
        Assert.Equal(HttpStatusCode.BadRequest, badFault.Status);
        Assert.Equal(0, cleared.Json.GetProperty("pending").GetInt32());
        Assert.Equal(HttpStatusCode.OK, normal.Status);
        Assert.Equal(["Status", null], log.Json.EnumerateArray().Select(entry => entry.GetProperty("fault").GetString()));
        Assert.Empty(emulator.Requests.Snapshot());
    }

    // The first row of shared/api/samples/seranking-backlinks-summary.json, trimmed to its field names' values.
    private const string SampleRowJson = """
        {"target":"","backlinks":0,"refdomains":0,"subnets":0,"ips":0,"dofollow_backlinks":0,"nofollow_backlinks":0,
         "edu_backlinks":0,"gov_backlinks":0,"text_backlinks":0,"from_home_page_backlinks":0,"dofollow_from_home_page_backlinks":0,
         "from_home_page_refdomains":0,"dofollow_refdomains":0,"edu_refdomains":0,"gov_refdomains":0,"anchors":0,
         "dofollow_anchors":0,"pages_with_backlinks":0,"inlink_rank":0,"domain_inlink_rank":0,"top_anchors_by_backlinks":[],
         "top_anchors_by_refdomains":[],"top_pages_by_backlinks":[],"top_pages_by_refdomains":[],"top_tlds":[],"top_countries":[]}
        """;

    private static HashSet<string?> ItemTypes(JsonElement results) =>
        results.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("type").GetString()).ToHashSet();

    private static HttpRequestMessage DataGet(ApiEmulator emulator, string relative, string? key) =>
        WithToken(new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.DataApiUrl, relative)), key);

    private static HttpRequestMessage DataPost(ApiEmulator emulator, string relative, string key, string json) =>
        WithToken(JsonRequest(HttpMethod.Post, new Uri(emulator.DataApiUrl, relative), json), key);

    private static HttpRequestMessage ProjectGet(ApiEmulator emulator, string relative, string key) =>
        WithToken(new HttpRequestMessage(HttpMethod.Get, new Uri(emulator.ProjectApiUrl, relative)), key);

    private static HttpRequestMessage SerpstatPost(ApiEmulator emulator, string token, string json) =>
        JsonRequest(HttpMethod.Post, new Uri(emulator.SerpstatApiUrl + "?token=" + token), json);

    private static HttpRequestMessage JsonRequest(HttpMethod method, Uri uri, string json) =>
        new(method, uri) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string? key)
    {
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", key);
        }

        return request;
    }

    private static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            return new Answer(response.StatusCode, text, document.RootElement.Clone(), response.Headers.RetryAfter);
        }
    }

    private static async Task<T?> WaitForAsync<T>(Func<T?> probe)
        where T : class
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(3))
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        return null;
    }

    private sealed record Answer(HttpStatusCode Status, string Text, JsonElement Json, RetryConditionHeaderValue? RetryAfter);
}
