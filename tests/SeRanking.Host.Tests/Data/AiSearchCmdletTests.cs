using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The AI search cmdlets in a real runspace against the emulator, as a user runs them.</summary>
[Collection(InModuleHost.Name)]
public sealed class AiSearchCmdletTests(ModuleHost host)
{
    [Fact]
    public void Overviews_export_to_csv_as_one_flat_row_per_target_engine_and_database()
    {
        var account = host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"ai-overview-{Guid.NewGuid():N}.csv");
        try
        {
            host.Run("'example.com', 'rival.com' | Get-SrAiSearchOverview -Source us, de -Engine chatgpt, gemini | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(9, lines.Length);
            Assert.StartsWith("\"Target\",\"Source\",\"Engine\",\"Scope\",\"Brand\",\"BrandPresence\",\"BrandPresencePrevious\",\"BrandPresenceChange\",\"LinkPresence\"", lines[0], StringComparison.Ordinal);
            Assert.Equal(
                ["example.com,us,chatgpt", "example.com,us,gemini", "example.com,de,chatgpt", "example.com,de,gemini", "rival.com,us,chatgpt", "rival.com,us,gemini", "rival.com,de,chatgpt", "rival.com,de,gemini"],
                lines.Skip(1).Select(line => string.Join(",", line.Split(',').Take(3)).Replace("\"", string.Empty, StringComparison.Ordinal)));
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(8 * 2000, account.CreditsSpent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Without_TimeSeries_the_summary_is_read_from_the_current_view()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrAiSearchOverview example.com -Source us -Engine perplexity").ThrowOnError();

        Assert.Equal("perplexity", Assert.Single(run.Output).Properties["Engine"].Value);
        Assert.Equal("v1/ai-search/overview/by-engine/current", Assert.Single(RequestsOf(account)).Path);
        Assert.Equal(2000, account.CreditsSpent);
    }

    [Fact]
    public void TimeSeries_gives_one_row_per_stream_and_month_of_the_aggregated_overview()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrAiSearchOverview example.com -Source us -TimeSeries").ThrowOnError();

        Assert.Equal(30, run.Output.Count);
        Assert.All(run.Output, o => Assert.Equal("aggregated", o.Properties["Engine"].Value));
        Assert.Equal(6, run.Output.Count(o => (string)o.Properties["Stream"].Value == "average_position"));
        Assert.Equal("v1/ai-search/overview/aggregated/time-series", Assert.Single(RequestsOf(account)).Path);
    }

    [Fact]
    public void WhatIf_shows_the_expensive_forecasts_and_sends_nothing()
    {
        var account = host.ConnectData();

        var run = host.Run(
            "Get-SrAiSearchOverview example.com -Source us -Engine chatgpt -WhatIf; " +
            "Get-SrAiSearchLeaderboard example.com -Competitor rival.com, other.net -Source us -WhatIf; " +
            "Get-SrAiSearchPrompt -Target example.com -Engine chatgpt -Source us -First 50 -WhatIf; " +
            "Get-SrAiSearchPrompt -Brand Example -Engine chatgpt -Source us -All -WhatIf; " +
            "Get-SrAiSearchPrompt -Brand Example -Engine chatgpt, perplexity -Source us -WhatIf").ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(6, lines.Count);
        Assert.Contains("ai-search/overview: 1 call × 2,000 = 2,000 credits", lines[0], StringComparison.Ordinal);
        Assert.Contains("example.com against rival.com, other.net on ai-overview, chatgpt, perplexity in 'us': ai-search/overview/leaderboard: 1 call × 7,500 = 7,500 credits", lines[1], StringComparison.Ordinal);
        Assert.Contains("50 rows: ai-search/prompts-by-target: 1 call, 50 prompts × 200 = 10,000 credits (upper bound)", lines[2], StringComparison.Ordinal);
        Assert.Contains("every row (-All): ai-search/prompts-by-brand: 200 credits per prompt; how many rows come, and so the cost, is known only as they arrive", lines[3], StringComparison.Ordinal);
        Assert.Contains("on perplexity", lines[5], StringComparison.Ordinal);
        Assert.Contains("20 rows: ai-search/prompts-by-brand: 1 call, 20 prompts × 200 = 4,000 credits (upper bound)", lines[5], StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_leaderboard_is_one_row_per_domain_and_engine()
    {
        var account = host.ConnectData();

        var run = host.Run("[pscustomobject]@{ Domain = 'example.com'; Brand = 'Example' } | Get-SrAiSearchLeaderboard -Competitor rival.com -CompetitorBrand Rival -Engine chatgpt, gemini -Source uk").ThrowOnError();

        Assert.Equal(["example.com|chatgpt", "example.com|gemini", "rival.com|chatgpt", "rival.com|gemini"], run.Output.Select(o => $"{o.Properties["Domain"].Value}|{o.Properties["Engine"].Value}"));
        Assert.Equal([true, true, false, false], run.Output.Select(o => (bool)o.Properties["IsPrimary"].Value));
        Assert.All(run.Output, o => Assert.Equal("uk", o.Properties["Source"].Value));
        Assert.Contains("\"brand\":\"Rival\"", Assert.Single(RequestsOf(account)).Body, StringComparison.Ordinal);
        Assert.Equal(7500, account.CreditsSpent);
    }

    [Fact]
    public void The_brand_of_a_domain_pipes_into_the_prompts_of_that_brand()
    {
        var account = host.ConnectData();

        var run = host.Run("'example-shop.com' | Get-SrAiSearchBrand -Source us | Get-SrAiSearchPrompt -Engine chatgpt -Source us -First 3 -IncludeTotalCount").ThrowOnError();

        Assert.Equal(4, run.Output.Count);
        Assert.All(run.Output.Skip(1), o => Assert.Equal("Example Shop", o.Properties["Brand"].Value));
        Assert.Equal("brand=Example%20Shop&engine=chatgpt&source=us&offset=0&limit=3", RequestsOf(account)[1].QueryRedacted);
        Assert.Equal(100 + (3 * 200), account.CreditsSpent);
    }

    [Fact]
    public void Domains_pipe_into_the_prompts_of_a_target_with_a_Source_column()
    {
        host.ConnectData();

        var run = host.Run("[pscustomobject]@{ Domain = 'example.com' }, 'rival.com' | Get-SrAiSearchPrompt -Engine perplexity -Source us, de -First 2").ThrowOnError();

        Assert.Equal(
            ["example.com|us", "example.com|us", "example.com|de", "example.com|de", "rival.com|us", "rival.com|us", "rival.com|de", "rival.com|de"],
            run.Output.Select(o => $"{o.Properties["Target"].Value}|{o.Properties["Source"].Value}"));
        Assert.All(run.Output, o => Assert.Null(o.Properties["Brand"].Value));
    }

    [Fact]
    public void A_bad_target_is_that_inputs_error_and_the_next_target_still_runs()
    {
        var account = host.ConnectData();

        var run = host.Run("'not a domain', 'example.com' | Get-SrAiSearchOverview -Source us; 'https://', 'example.org' | Get-SrAiSearchBrand -Source us");

        Assert.Equal(["example.com", "example.org"], run.Output.Select(o => o.Properties["Target"].Value));
        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidTarget,", StringComparison.Ordinal)));
        Assert.Equal(2, RequestsOf(account).Count);
        Assert.Equal(2000 + 100, account.CreditsSpent);
    }

    [Fact]
    public void Prompts_export_to_csv_with_flat_columns()
    {
        host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"ai-prompts-{Guid.NewGuid():N}.csv");
        try
        {
            host.Run("Get-SrAiSearchPrompt -Target example.com -Engine chatgpt -Source us -First 5 | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(6, lines.Length);
            Assert.Equal("\"Prompt\",\"Volume\",\"Type\",\"SnippetLength\",\"Target\",\"Brand\",\"Engine\",\"Source\",\"Scope\",\"AdditionalFields\"", lines[0]);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
