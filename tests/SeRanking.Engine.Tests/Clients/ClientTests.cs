using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Clients;

public class ClientTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task SeRanking_calls_send_the_key_as_a_token_header_ask_for_gzip_and_name_the_module()
    {
        var account = Emulator.Accounts.AddData();

        await Connect.Data(Emulator, account).GetSubscriptionAsync();

        var seen = Emulator.Requests.Snapshot().Last(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        Assert.Equal("Token", seen.AuthorizationScheme);
        Assert.DoesNotContain("apikey", seen.QueryRedacted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("gzip", seen.AcceptEncoding);
        Assert.StartsWith("SeRanking-PowerShell/", seen.UserAgent);
    }

    [Fact]
    public async Task Compressed_answers_are_read_transparently()
    {
        Assert.True(Emulator.Options.CompressResponses);
        var account = Emulator.Accounts.AddData();

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(["example-shop.com"]);

        Assert.True(results[0].Value!.Backlinks > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1")]
    [InlineData("v1/")]
    public async Task A_data_base_url_with_or_without_the_version_suffix_reaches_the_same_endpoint(string suffix)
    {
        var account = Emulator.Accounts.AddData();
        var baseUri = new Uri(Emulator.DataApiUrl.AbsoluteUri.TrimEnd('/') + "/" + suffix);

        var subscription = await new DataCalls(ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(baseUri))).GetSubscriptionAsync();

        Assert.Equal(account.Credits, subscription.CreditsLeft);
    }

    [Theory]
    [InlineData("ftp://api.example.com/")]
    [InlineData("https://api.example.com/?apikey=abc")]
    public void A_base_url_that_cannot_work_is_refused_when_connecting(string url)
    {
        var key = DataApiKey.Parse(Guid.NewGuid().ToString());

        var error = Assert.Throws<ArgumentException>(() => ApiConnection.Create(key, new ConnectionOptions { BaseUri = new Uri(url) }));

        Assert.Contains("SE Ranking Data API URL", error.Message);
    }

    [Fact]
    public async Task An_operation_refuses_a_connection_to_another_api()
    {
        var key = ProjectApiKey.Parse(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ApiConnection.Create(key).GetAsync(AccountOperations.Subscription, NoQuery.Value));

        Assert.Contains("belongs to the SE Ranking Data API, but the connection is to the SE Ranking Project API", error.Message);
    }

    [Fact]
    public async Task Domain_overview_is_one_flat_record_and_its_credits_are_traced()
    {
        var account = Emulator.Accounts.AddData();
        var trace = new RecordingTrace();

        var overview = await Connect.Data(Emulator, account).GetDomainOverviewAsync(
            new DomainOverviewQuery { Domain = "example-shop.com", Source = "DE", WithSubdomains = false }, trace);

        Assert.Equal("example-shop.com", overview.Domain);
        Assert.Equal("de", overview.Source);
        Assert.False(overview.WithSubdomains);
        Assert.True(overview.OrganicKeywords > 0);
        Assert.Equal(account.CreditsLimit - 100, account.Credits);
        var completed = Assert.Single(trace.OfKind(ApiTraceKind.Completed));
        Assert.Equal(100, completed.Credits);
        Assert.Contains("GET /v1/domain/overview/db -> 200", completed.Message);
        Assert.Contains("100 credits", completed.Message);
        var seen = Emulator.Requests.Snapshot().Last(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        Assert.Contains("with_subdomains=0", seen.QueryRedacted);
    }

    [Fact]
    public async Task A_url_overview_needs_no_domain_and_reports_the_urls_host()
    {
        var account = Emulator.Accounts.AddData();

        var overview = await Connect.Data(Emulator, account).GetDomainOverviewAsync(
            new DomainOverviewQuery { Domain = "", Url = "https://shop.example-shop.com/tents/", Source = "us" });

        Assert.Equal("shop.example-shop.com", overview.Domain);
        Assert.Equal("https://shop.example-shop.com/tents/", overview.Url);
        Assert.Contains("url=https%3A%2F%2Fshop.example-shop.com%2Ftents%2F", Emulator.Requests.Snapshot().Last(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).QueryRedacted);
    }

    [Fact]
    public void Each_proxy_gets_its_own_http_client_and_equal_settings_share_one()
    {
        var uri = new Uri("https://api.example.com/");
        var first = new System.Net.WebProxy("http://127.0.0.1:3128");
        var sameAgain = new System.Net.WebProxy("http://127.0.0.1:3128");
        var other = new System.Net.WebProxy("http://127.0.0.1:3129");

        // Connecting again makes new proxy and credential objects: equal values must find the same client.
        Assert.Same(HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = first }), HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = sameAgain }));
        Assert.Same(
            HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = first, ProxyCredentials = new System.Net.NetworkCredential("u", "p") }),
            HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = sameAgain, ProxyCredentials = new System.Net.NetworkCredential("u", "p") }));
        Assert.NotSame(HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = first }), HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = other }));
        Assert.Same(HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = null }), HttpClientCache.For(ApiKind.SeRankingData, new Uri("https://api.example.com/other/"), new ConnectionOptions { Proxy = null }));
        Assert.NotSame(HttpClientCache.For(ApiKind.SeRankingData, uri, new ConnectionOptions { Proxy = null }), HttpClientCache.For(ApiKind.SeRankingProject, uri, new ConnectionOptions { Proxy = null }));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("worldwide")]
    [InlineData("")]
    public async Task A_wrong_region_code_is_refused_before_any_request_naming_valid_ones(string source)
    {
        var account = Emulator.Accounts.AddData();

        var error = await Assert.ThrowsAsync<InvalidInputException>(
            () => Connect.Data(Emulator, account).GetDomainOverviewAsync(new DomainOverviewQuery { Domain = "example-shop.com", Source = source }));

        Assert.Equal("Source", error.ParamName);
        Assert.Contains("us", error.Message);
        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public async Task A_serp_task_goes_from_created_to_processing_to_results()
    {
        var account = Emulator.Accounts.AddData();
        var client = Connect.Data(Emulator, account);

        var created = await client.CreateSerpTasksAsync(new SerpTaskRequest
        {
            Queries = ["camping tent", "hiking boots"],
            LocationId = 2840,
            LanguageCode = "en",
            Tag = "weekly",
        });
        var first = await client.GetSerpTaskAsync(created[0].Id);
        var second = await client.GetSerpTaskAsync(created[0].Id);
        var listed = await client.GetSerpTasksAsync();

        Assert.Equal(["camping tent", "hiking boots"], created.Select(t => t.Query));
        Assert.All(created, t => Assert.Equal("weekly", t.Tag));
        Assert.All(created, t => Assert.Equal(2840, t.LocationId));
        Assert.Equal(account.CreditsLimit - 20, account.Credits);
        Assert.False(first.IsDone);
        Assert.Equal("processing", first.Status);
        Assert.True(second.IsDone);
        Assert.Equal("camping tent", second.Result!.Keyword);
        Assert.NotEmpty(second.Result.Items);
        Assert.All(second.Result.Items, i => Assert.Equal(created[0].Id, i.TaskId));
        Assert.Contains(listed, t => t.Id == created[1].Id);
    }

    [Fact]
    public async Task Advanced_results_cost_credits_on_the_first_read_only()
    {
        var account = Emulator.Accounts.AddData();
        var client = Connect.Data(Emulator, account);
        var task = (await client.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["tent"], LocationId = 2840, LanguageCode = "en" }))[0];
        await client.GetSerpTaskAsync(task.Id, advanced: true);
        var trace = new RecordingTrace();

        var firstRead = await client.GetSerpTaskAsync(task.Id, advanced: true, trace);
        var secondRead = await client.GetSerpTaskAsync(task.Id, advanced: true, trace);

        Assert.True(firstRead.Result!.Advanced);
        Assert.Contains(firstRead.Result.Items, i => i.Type is not ("organic" or "ads" or "featured_snippet"));
        Assert.Equal(secondRead.Result!.Items.Count, firstRead.Result.Items.Count);
        Assert.Equal(account.CreditsLimit - 10 - 100, account.Credits);
        Assert.Equal([100L, 0L], trace.OfKind(ApiTraceKind.Completed).Select(e => e.Credits!.Value));
    }

    [Theory]
    [InlineData(new string[0], 2840, "en", "Query")]
    [InlineData(new[] { "tent", " " }, 2840, "en", "Query")]
    [InlineData(new[] { "tent" }, 0, "en", "LocationId")]
    [InlineData(new[] { "tent" }, 2840, "english", "LanguageCode")]
    public async Task Bad_serp_task_input_is_refused_before_anything_is_spent(string[] queries, long location, string language, string input)
    {
        var account = Emulator.Accounts.AddData();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => Connect.Data(Emulator, account).CreateSerpTasksAsync(
            new SerpTaskRequest { Queries = queries, LocationId = location, LanguageCode = language }));

        Assert.Equal(input, error.ParamName);
        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public async Task More_than_a_thousand_queries_are_created_in_several_requests()
    {
        var account = Emulator.Accounts.AddData();

        var created = await Connect.Data(Emulator, account).CreateSerpTasksAsync(new SerpTaskRequest
        {
            Queries = Enumerable.Range(0, 1001).Select(i => $"query {i}").ToArray(),
            LocationId = 2840,
            LanguageCode = "en",
        });

        Assert.Equal(1001, created.Count);
        Assert.Equal(2, Emulator.Requests.Snapshot().Count(r => r.Method == "POST" && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)));
    }

    [Fact]
    public async Task Project_account_calls_return_balance_profile_and_subscription()
    {
        var account = Emulator.Accounts.AddProject(balance: 99.5m);
        var client = Connect.Project(Emulator, account);

        var balance = await client.GetBalanceAsync();
        var profile = await client.GetProfileAsync();
        var subscription = await client.GetSubscriptionAsync();

        Assert.Equal(99.5m, balance.Balance);
        Assert.Equal(account.Currency, balance.Currency);
        Assert.Equal(account.Email, profile.Email);
        Assert.False(subscription.IsExpired);
        Assert.Equal(99.5m, subscription.BalanceAmount);
    }

    [Fact]
    public async Task Serpstat_limits_come_from_get_stats_for_free()
    {
        var account = Emulator.Accounts.AddSerpstat(lines: 12345);
        var trace = new RecordingTrace();

        var limits = await Connect.Serpstat(Emulator, account).GetLimitsAsync(trace);

        Assert.Equal(12345, limits.MaxLines);
        Assert.Equal(12345 - limits.UsedLines, limits.LeftLines);
        Assert.Equal(0, Assert.Single(trace.OfKind(ApiTraceKind.Completed)).Credits);
        Assert.Contains("POST SerpstatLimitsProcedure.getStats -> 200", trace.Events.Last().Message);
    }
}
