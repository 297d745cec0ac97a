using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Errors;

public class ErrorMappingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task An_unknown_data_key_is_an_authentication_error_that_stops_the_command()
    {
        var stranger = new DataCalls(ApiConnection.Create(DataApiKey.Parse(Guid.NewGuid().ToString()), Connect.Fast(Emulator.DataApiUrl)));

        var error = await Assert.ThrowsAsync<ApiAuthenticationException>(() => stranger.GetSubscriptionAsync());

        Assert.True(error.StopsTheCommand);
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Authentication failed", error.ApiMessage);
        Assert.Equal("GET /v1/account/subscription", error.Endpoint);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task An_unknown_project_key_and_serpstat_token_are_authentication_errors()
    {
        var project = new ProjectCalls(ApiConnection.Create(ProjectApiKey.Parse(Hex(40)), Connect.Fast(Emulator.ProjectApiUrl)));
        var serpstat = new SerpstatCalls(ApiConnection.Create(SerpstatToken.Parse(Hex(32)), Connect.Fast(Emulator.SerpstatApiUrl)));

        var projectError = await Assert.ThrowsAsync<ApiAuthenticationException>(() => project.GetBalanceAsync());
        var serpstatError = await Assert.ThrowsAsync<ApiAuthenticationException>(() => serpstat.GetLimitsAsync());

        Assert.Equal(401, projectError.StatusCode);
        Assert.Contains("Project API key", projectError.Message);
        Assert.Equal(ApiKind.Serpstat, serpstatError.Api);
        Assert.Contains("Serpstat", serpstatError.Message);
    }

    [Theory]
    [InlineData(InsufficientFundsStyle.Http400Description, 400)]
    [InlineData(InsufficientFundsStyle.Http403Nested, 403)]
    public async Task Running_out_of_credits_is_insufficient_funds_in_either_shape(InsufficientFundsStyle style, int status)
    {
        var account = Emulator.Accounts.AddData(credits: 150);
        account.FundsErrorStyle = style;
        var client = Connect.Data(Emulator, account);

        var results = await client.GetBacklinkSummariesAsync(["example-shop.com"]);
        var error = await Assert.ThrowsAsync<InsufficientFundsException>(() => client.GetBacklinkSummariesAsync(["rival-store.net"]));

        Assert.True(results[0].IsSuccess);
        Assert.Equal(status, error.StatusCode);
        Assert.True(error.StopsTheCommand);
        Assert.Equal("rival-store.net", error.Target);
        Assert.Equal(50, account.Credits);
    }

    [Fact]
    public async Task An_expired_licence_stops_the_command_on_both_seranking_apis()
    {
        var data = Emulator.Accounts.AddData();
        data.LicenseExpired = true;
        var project = Emulator.Accounts.AddProject();
        project.LicenseExpired = true;

        var dataError = await Assert.ThrowsAsync<LicenseExpiredException>(() => Connect.Data(Emulator, data).GetSubscriptionAsync());
        var projectError = await Assert.ThrowsAsync<LicenseExpiredException>(() => Connect.Project(Emulator, project).GetBalanceAsync());

        Assert.Equal(403, dataError.StatusCode);
        Assert.True(dataError.StopsTheCommand);
        Assert.Equal(403, projectError.StatusCode);
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_retries_is_reported_as_rate_limited()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "account/subscription", Kind = FaultKind.Status, Status = 429, Count = 4 });

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => Connect.Data(Emulator, account).GetSubscriptionAsync());

        Assert.Equal(4, error.Attempts);
        Assert.Equal(429, error.StatusCode);
        Assert.Contains("Call rate limit reached", error.ApiMessage);
        Assert.False(error.StopsTheCommand);
    }

    [Fact]
    public async Task An_api_refusal_carries_the_apis_own_message_and_costs_nothing()
    {
        var account = Emulator.Accounts.AddData();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => Connect.Data(Emulator, account).GetSerpTaskAsync(999));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("task 999", error.Target);
        Assert.Contains("could not be found", error.Message);
        Assert.Equal(account.CreditsLimit, account.Credits);
    }

    [Fact]
    public async Task A_huge_site_is_reported_as_too_large_for_that_target()
    {
        var account = Emulator.Accounts.AddData();

        var results = await Connect.Data(Emulator, account).GetBacklinkSummariesAsync(["google.com"]);

        var error = Assert.IsType<TargetTooLargeException>(results.Single().Error);
        Assert.Equal(244, error.StatusCode);
        Assert.Equal("google.com", error.Target);
        Assert.Contains("huge websites", error.ApiMessage);
    }

    [Fact]
    public async Task An_html_page_instead_of_json_is_a_malformed_response_with_an_excerpt()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "account/subscription", Kind = FaultKind.Html });

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => Connect.Data(Emulator, account).GetSubscriptionAsync());

        Assert.Contains("HTML page", error.Message);
        Assert.Contains("<html", error.ApiMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("proxy or gateway", error.Message);
    }

    [Fact]
    public async Task A_truncated_body_is_a_malformed_response()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "domain/overview", Kind = FaultKind.Truncated });

        var error = await Assert.ThrowsAsync<MalformedResponseException>(
            () => Connect.Data(Emulator, account).GetDomainOverviewAsync(new DomainOverviewQuery { Domain = "example-shop.com", Source = "us" }));

        Assert.Contains("not valid JSON or was cut off", error.Message);
        Assert.Equal("example-shop.com", error.Target);
    }

    [Fact]
    public async Task A_serpstat_error_inside_an_http_200_is_an_api_error_with_its_code()
    {
        var account = Emulator.Accounts.AddSerpstat();
        var client = Connect.Serpstat(Emulator, account);

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => client.InvokeAsync("NoSuchProcedure.nothing"));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("-32601", error.ApiErrorCode);
        Assert.Contains("Method not found", error.ApiMessage);
        Assert.Equal("POST NoSuchProcedure.nothing", error.Endpoint);
    }

    [Fact]
    public async Task A_serpstat_http_error_is_mapped_like_any_other()
    {
        var account = Emulator.Accounts.AddSerpstat();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Serpstat, Kind = FaultKind.Status, Status = 500, Count = 10 });

        var error = await Assert.ThrowsAsync<ServerErrorException>(() => Connect.Serpstat(Emulator, account, o => o with { MaxRetries = 1 }).GetLimitsAsync());

        Assert.Equal(2, error.Attempts);
        Emulator.Faults.Clear();
    }

    [Fact]
    public async Task Failures_of_a_whole_batch_are_told_per_target()
    {
        var account = Emulator.Accounts.AddData();
        Emulator.Faults.Add(new Fault { Api = EmulatedApi.Data, PathContains = "backlinks/summary", Kind = FaultKind.Status, Status = 500, Count = 10 });

        var results = await Connect.Data(Emulator, account, o => o with { MaxRetries = 0 }).GetBacklinkSummariesAsync(["a-shop.com", "b-shop.com"]);

        Assert.Equal(["a-shop.com", "b-shop.com"], results.Select(r => ((ApiException)r.Error!).Target));
        Assert.All(results, r => Assert.IsType<ServerErrorException>(r.Error));
        Emulator.Faults.Clear();
    }

    private static string Hex(int length) =>
        Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(length / 2)).ToLowerInvariant();
}
