using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Errors;

/// <summary>No key or token text may reach an exception (its whole chain) or a trace line, whatever fails.</summary>
public class RedactionTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly FaultKind[] EveryFailure = [FaultKind.Status, FaultKind.Reset, FaultKind.Slow, FaultKind.Html, FaultKind.Truncated];

    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Serpstat_token_travels_only_in_the_query_and_appears_in_no_error_or_trace()
    {
        var account = Emulator.Accounts.AddSerpstat();
        var texts = await CollectFailureTexts(EmulatedApi.Serpstat, trace => Connect.Serpstat(Emulator, account, Quick).GetLimitsAsync(trace));

        AssertNoSecret(texts, account.Token);
        var seen = Emulator.Requests.Snapshot().Last();
        Assert.Null(seen.AuthorizationScheme);
        Assert.Contains("token=***", seen.QueryRedacted);
    }

    [Fact]
    public async Task Data_key_appears_in_no_error_or_trace()
    {
        var account = Emulator.Accounts.AddData();
        var texts = await CollectFailureTexts(EmulatedApi.Data, trace => Connect.Data(Emulator, account, Quick).GetSubscriptionAsync(trace));

        AssertNoSecret(texts, account.Key);
    }

    [Fact]
    public async Task Project_key_appears_in_no_error_or_trace()
    {
        var account = Emulator.Accounts.AddProject();
        var texts = await CollectFailureTexts(EmulatedApi.Project, trace => Connect.Project(Emulator, account, Quick).GetProfileAsync(trace));

        AssertNoSecret(texts, account.Key);
    }

    [Fact]
    public async Task A_refused_key_is_shown_masked_in_the_error()
    {
        var key = Guid.NewGuid().ToString();
        var client = new DataCalls(ApiConnection.Create(DataApiKey.Parse(key), Connect.Fast(Emulator.DataApiUrl)));

        var error = await Assert.ThrowsAsync<SeRanking.Engine.Errors.ApiAuthenticationException>(() => client.GetSubscriptionAsync());

        Assert.Contains(key.Substring(0, 4) + "…", error.Message);
        AssertNoSecret([error.ToString()], key);
    }

    [Fact]
    public async Task A_connection_failure_to_a_base_url_never_shows_the_serpstat_token()
    {
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var client = new SerpstatCalls(ApiConnection.Create(SerpstatToken.Parse(token), Quick(Connect.Fast(new Uri("http://127.0.0.1:1/v4")))));
        var trace = new RecordingTrace();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetLimitsAsync(trace));

        AssertNoSecret([error.ToString(), .. trace.Events.Select(e => e.Message + e.Endpoint)], token);
    }

    private static ConnectionOptions Quick(ConnectionOptions options) => options with { MaxRetries = 1, Timeout = TimeSpan.FromMilliseconds(300) };

    private async Task<List<string>> CollectFailureTexts(EmulatedApi api, Func<RecordingTrace, Task> call)
    {
        var texts = new List<string>();
        foreach (var kind in EveryFailure)
        {
            Emulator.Faults.Add(new Fault { Api = api, Kind = kind, Status = 500, Count = 2, Delay = TimeSpan.FromSeconds(2) });
            var trace = new RecordingTrace();
            var error = await Record.ExceptionAsync(() => call(trace));
            Assert.NotNull(error);
            texts.Add(error!.ToString());
            texts.AddRange(trace.Events.Select(e => e.Message + " " + e.Endpoint));
            Emulator.Faults.Clear();
        }

        return texts;
    }

    private static void AssertNoSecret(IEnumerable<string> texts, string secret)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(secret.Substring(0, 5), text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret.Substring(secret.Length - 8), text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
