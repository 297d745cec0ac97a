using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>
/// The Serpstat cmdlets in a real runspace against the emulator, as a user runs them. The emulator
/// takes 50 Serpstat requests a second here (and the module is connected at that rate), so a test
/// of many calls does not wait a second each; the 1/s window is the engine tests' and the benchmark's.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    public static TheoryData<string, string> Lists() => new()
    {
        { "Get-SerpstatDomain rows-3.example.com, b-shop.com g_us", "Domain" },
        { "Get-SerpstatDomainHistory rows-8.example.com g_us", "Date" },
        { "Get-SerpstatDomainKeyword rows-30.example.com g_us -WithIntents", "Keyword" },
        { "Get-SerpstatDomainKeyword -Url https://rows-12.example.com/page g_us", "Keyword" },
        { "Get-SerpstatDomainCompetitor rows-9.example.com g_us", "Domain" },
        { "Get-SerpstatDomainCompetitor rows-15.example.com g_us -Paged -First 10", "Domain" },
        { "Get-SerpstatAdKeyword rows-10.example.com g_us", "Keyword" },
        { "Get-SerpstatAdKeyword -Keyword 'rows-7 tent' -Advertiser ads-shop.com -Database g_us", "Keyword" },
        { "Export-SerpstatDomainKeyword rows-300.example.com g_us -Rows 200", "Url" },
        { "Get-SerpstatAdCompetitor rows-70.example.com g_us -First 50", "Domain" },
        { "Get-SerpstatAdCompetitor -Keyword 'rows-6 tent' -Database g_us", "Domain" },
        { "Get-SerpstatDomainRegion rows-4.example.com", "Database" },
        { "Get-SerpstatDomainRegion rows-4.example.com -Traffic", "Database" },
        { "Get-SerpstatDomainUrl rows-11.example.com g_us", "Url" },
        { "Get-SerpstatDomainUrl rows-11.example.com g_us -Top", "Url" },
        { "Get-SerpstatDomainIntersection rows-13.a-shop.com g_us -Compare b-shop.com", "Keyword" },
        { "Get-SerpstatDomainUniqueKeyword rows-14.a-shop.com g_us -MinusDomain mine.example", "Keyword" },
        { "Get-SerpstatKeywordMetric 'camping tent', 'hiking boots' g_us", "Keyword" },
        { "Get-SerpstatKeywordIdea 'rows-20 tent' g_us", "Keyword" },
        { "Get-SerpstatKeywordIdea 'rows-20 tent' g_us -Type Suggestion", "Keyword" },
        { "Get-SerpstatKeywordIdea 'rows-20 tent' g_us -Type Related", "Keyword" },
        { "Get-SerpstatKeywordTop 'rows-12 tent' g_us", "Url" },
        { "Get-SerpstatKeywordTop 'rows-12 tent' g_us -Full -First 10", "Url" },
        { "Get-SerpstatKeywordCompetitor 'rows-5 tent' g_us", "Domain" },
        { "Get-SerpstatKeywordUrl 'rows-16 tent' g_us", "Url" },
        { "Export-SerpstatKeyword 'rows-40 tent' g_us -Type Suggestion -WithQuestions", "Url" },
        { "Get-SerpstatUrlTraffic shop.example /blog/ g_us", "Urls" },
        { "Get-SerpstatUrlCompetitor https://rows-6.example.com/page g_us", "Url" },
        { "Get-SerpstatUrlMissingKeyword https://rows-17.example.com/page g_us", "Keyword" },
        { "Get-SerpstatLimits -Of Audit", "Left" },
        { "Get-SerpstatLimits -Of Extension", "PluginTotal" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_cmdlet_exports_to_csv_with_flat_columns(string command, string column)
    {
        ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-{Guid.NewGuid():N}.csv");
        try
        {
            _host.Run($"{command} | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.True(lines.Length >= 2, $"{command} wrote {lines.Length - 1} rows.");
            Assert.Contains($"\"{column}\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Domains_piped_in_go_ten_a_call_one_row_each_in_input_order()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("1..23 | ForEach-Object { \"shop$_.example\" } | Get-SerpstatDomain -Database g_uk").ThrowOnError();

        Assert.Equal(Enumerable.Range(1, 23).Select(i => $"shop{i}.example"), run.Output.Select(o => o.Properties["Domain"].Value));
        Assert.All(run.Output, o => Assert.Equal("g_uk", o.Properties["Database"].Value));
        Assert.Equal(3, RequestsOf(account).Count);
        Assert.Equal(23 * 5, account.UsedLines);
    }

    [Fact]
    public void Competitors_pipe_into_domain_summaries_and_ideas_into_metrics_and_results_by_their_columns()
    {
        var account = ConnectSerpstat();

        var summaries = _host.Run("Get-SerpstatDomainCompetitor rows-3.example.com g_de | Get-SerpstatDomain").ThrowOnError().Output;
        var metrics = _host.Run("Get-SerpstatKeywordIdea 'rows-4 tent' g_us | Get-SerpstatKeywordMetric -Database g_us").ThrowOnError().Output;
        var tops = _host.Run("Get-SerpstatKeywordIdea 'rows-2 tent' g_us | Get-SerpstatKeywordTop -First 3").ThrowOnError().Output;

        Assert.Equal(["rival1-3.example.net", "rival2-3.example.net", "rival3-3.example.net"], summaries.Select(o => o.Properties["Domain"].Value));
        Assert.All(summaries, o => Assert.Equal("g_de", o.Properties["Database"].Value));
        Assert.Equal(["rows-4 tent", "rows-4 tent 1", "rows-4 tent 2", "rows-4 tent 3"], metrics.Select(o => o.Properties["Keyword"].Value));
        Assert.Equal(4, tops.Count);
        Assert.Equal(["rows-2 tent", "rows-2 tent 1"], tops.Select(o => (string)o.Properties["Keyword"].Value).Distinct());
        Assert.Equal(
            ["SerpstatDomainProcedure.getCompetitors", "SerpstatDomainProcedure.getDomainsInfo", "SerpstatKeywordProcedure.getKeywords", "SerpstatKeywordProcedure.getKeywordsInfo", "SerpstatKeywordProcedure.getKeywords", "SerpstatKeywordProcedure.getKeywordTop", "SerpstatKeywordProcedure.getKeywordTop"],
            RequestsOf(account).Select(r => r.Path));
    }

    [Fact]
    public void WhatIf_forecasts_lines_as_an_upper_bound_and_sends_nothing()
    {
        var account = ConnectSerpstat();

        var run = _host.Run(string.Join("; ",
            "Get-SerpstatDomainKeyword example.com g_us -First 250 -WhatIf",
            "Get-SerpstatKeywordIdea 'camping tent' g_us -All -WhatIf",
            "1..25 | ForEach-Object { \"shop$_.example\" } | Get-SerpstatDomain -Database g_us, g_de -WhatIf",
            "Get-SerpstatUrlTraffic shop.example /blog/ g_us -WhatIf",
            "Get-SerpstatDomainRegion example.com -WhatIf",
            "Export-SerpstatDomainKeyword example.com g_us -Rows 5000 -WhatIf")).ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Contains("example.com in g_us, 250 rows: SerpstatDomainProcedure.getDomainKeywords: 1 call, 250 rows × 1 = 250 credits (upper bound)", lines[0], StringComparison.Ordinal);
        Assert.Contains("every row (-All): SerpstatKeywordProcedure.getKeywords: 60 calls, 60,000 rows × 1 = 60,000 credits (upper bound)", lines[1], StringComparison.Ordinal);
        Assert.Equal(6, lines.Count(l => l.Contains("getDomainsInfo", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("(g_de) for shop21.example", StringComparison.Ordinal) && l.Contains("1 call, 5 domains × 5 = 25 credits", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("getSummaryTraffic for shop.example in g_us: SerpstatUrlProcedure.getSummaryTraffic: 1 call, 2 figures × 1,000 = 2,000 credits", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("getAllRegionsTraffic", StringComparison.Ordinal) is false && l.Contains("getRegionsCount for example.com, the whole answer", StringComparison.Ordinal) && l.Contains("1 credit per row", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("exportPositions for example.com in g_us: SerpstatDomainProcedure.exportPositions: 1 call, 5,000 rows × 1 = 5,000 credits (upper bound)", StringComparison.Ordinal));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_bad_domain_is_that_inputs_error_and_the_next_one_still_gets_its_rows()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("'not a domain', 'rows-3.example.com', 'error-32016.example.com', 'rows-2.example.com' | Get-SerpstatDomainKeyword -Database g_us");

        Assert.Equal(5, run.Output.Count);
        Assert.Equal(["InvalidTarget", "TargetTooLarge"], run.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.Equal(3, RequestsOf(account).Count);
    }

    [Fact]
    public void A_wrong_database_is_refused_while_binding_naming_g_uk_and_codes_complete_by_country()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("Get-SerpstatDomainKeyword example.com -Database g_gb");
        var completions = _host.Run(
            "'Get-SerpstatDomain example.com -Database Ger', 'Get-SerpstatDomain example.com -Database uk', 'Get-SerpstatKeywordIdea tent -Database g_u' | ForEach-Object { (TabExpansion2 -inputScript $_ -cursorColumn $_.Length).CompletionMatches[0].CompletionText }").ThrowOnError();

        Assert.Contains("Serpstat spells the United Kingdom g_uk, not g_gb", run.Terminating?.Message ?? run.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["g_de", "g_uk", "g_ua"], completions.Output.Select(o => o.ToString()));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void Several_databases_give_rows_with_their_Database_column()
    {
        ConnectSerpstat();

        var rows = _host.Run("Get-SerpstatDomainKeyword rows-2.example.com -Database g_us, g_de, g_us").ThrowOnError().Output;

        Assert.Equal(["g_us", "g_us", "g_de", "g_de"], rows.Select(o => o.Properties["Database"].Value));
    }

    [Fact]
    public void No_data_is_an_empty_result_said_in_Verbose_and_billed_one_line()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("Get-SerpstatDomainKeyword empty-shop.example g_us -Verbose; Get-SerpstatUrlTraffic empty-shop.example /blog/ g_us -Verbose; 'after'").ThrowOnError();

        Assert.Equal(["after"], run.Output.Select(o => o.ToString()));
        Assert.Equal(2, run.Verbose.Count(v => v.Contains("no data, an empty result (Data not found (32017))", StringComparison.Ordinal)));
        Assert.Equal(2, account.UsedLines);
    }

    [Fact]
    public void Paging_stops_at_row_60000_with_a_warning_that_names_the_export_method()
    {
        ConnectSerpstat();

        // Serpstat gives the total after the rows, so -IncludeTotalCount writes it last.
        var run = _host.Run("$all = @(Get-SerpstatDomainKeyword rows-70000.example.com g_us -Skip 59990 -First 20 -IncludeTotalCount); $all.Count; [string]$all[-1]; $all[-2].Keyword").ThrowOnError();

        Assert.Equal(["11", "70000", "70000 keyword 59999"], run.Output.Select(o => o.ToString()));
        var warning = Assert.Single(run.Warnings);
        Assert.Contains("stopped after row 60,000", warning, StringComparison.Ordinal);
        Assert.Contains("SerpstatDomainProcedure.exportPositions (Export-SerpstatDomainKeyword)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_credit_budget_is_held_page_by_page_and_bounded_by_the_lines_Serpstat_says_are_left()
    {
        var account = ConnectSerpstat(extra: "-CreditBudget 1500");

        var run = _host.Run("$n = 0; Get-SerpstatDomainKeyword rows-2500.example.com g_us -All | ForEach-Object { $n++ }; $n");
        var low = _host.Emulator.Accounts.AddSerpstat(lines: 150);
        _host.Run("Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond 50 -CreditBudget 100000 | Out-Null", Vars(("token", low.Token), ("url", _host.Emulator.SerpstatApiUrl.AbsoluteUri))).ThrowOnError();
        var first = _host.Run("Get-SerpstatDomainKeyword rows-500.example.com g_us -First 100 | Measure-Object | ForEach-Object Count").ThrowOnError();
        var second = _host.Run("Get-SerpstatDomainKeyword rows-500.example.com g_us -First 100; Get-SrConnection | Where-Object Api -eq 'Serpstat API' | ForEach-Object CreditsLeftAtApi");

        Assert.Equal(["1000"], run.Output.Select(o => o.ToString()));
        Assert.Equal(["CreditBudgetExceeded,SeRanking.Cmdlets.Serpstat.Domain.GetSerpstatDomainKeywordCommand"], run.ErrorIds);
        Assert.Contains("Connect-Serpstat -CreditBudget", run.Terminating?.Message ?? run.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1000, account.UsedLines);
        Assert.Equal(["100"], first.Output.Select(o => o.ToString()));
        Assert.Contains("account has 50 credits left", second.Terminating?.Message ?? second.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Equal(100, low.UsedLines);
    }

    [Fact]
    public void Running_out_of_lines_stops_the_command_and_a_plan_refusal_is_LicenseExpired()
    {
        ConnectSerpstat();

        var funds = _host.Run("'error-32012.example.com', 'rows-2.example.com' | Get-SerpstatDomainKeyword -Database g_us; 'after'");
        var plan = _host.Run("Get-SerpstatDomainKeyword error-403.example.com g_us");

        Assert.DoesNotContain(funds.Output, o => o.BaseObject is not string);
        Assert.Equal("InsufficientFunds", funds.ErrorIds.Single().Split(',')[0]);
        Assert.Equal("LicenseExpired", plan.ErrorIds.Single().Split(',')[0]);
    }

    [Fact]
    public void Invoke_SerpstatMethod_writes_rows_as_objects_pages_known_methods_and_refuses_a_bad_name()
    {
        var account = ConnectSerpstat();

        var limits = _host.Run("Invoke-SerpstatMethod SerpstatLimitsProcedure.getStats").ThrowOnError().Output.Single();
        var rows = _host.Run("Invoke-SerpstatMethod SerpstatKeywordProcedure.getKeywords @{ keyword = 'rows-1500 tent'; se = 'g_us' } -All").ThrowOnError().Output;
        var sized = _host.Run("Invoke-SerpstatMethod SerpstatKeywordProcedure.getKeywords -Params '{\"keyword\": \"rows-1500 tent\", \"se\": \"g_us\", \"page\": 2, \"size\": 5}'").ThrowOnError().Output;
        var unknown = _host.Run("Invoke-SerpstatMethod SerpstatNothing.atAll; Invoke-SerpstatMethod 'not a method'");

        Assert.True((long)limits.Properties["max_lines"].Value > 0);
        Assert.Equal(1500, rows.Count);
        Assert.Equal("rows-1500 tent 1499", rows[^1].Properties["keyword"].Value);
        Assert.Equal(["rows-1500 tent 5", "rows-1500 tent 6", "rows-1500 tent 7", "rows-1500 tent 8", "rows-1500 tent 9"], sized.Select(o => o.Properties["keyword"].Value));
        Assert.Equal(["ApiRefusedRequest", "InvalidInput"], unknown.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.Equal(1505, account.UsedLines);
    }

    [Fact]
    public void Invoke_SerpstatMethod_WhatIf_gives_the_catalogues_forecast_or_says_the_cost_is_unknown()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("Invoke-SerpstatMethod SerpstatDomainProcedure.getDomainKeywords ([ordered]@{ domain = 'example.com'; se = 'g_us' }) -First 300 -WhatIf; Invoke-SerpstatMethod SerpstatNewProcedure.getThings -WhatIf").ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Contains("for domain=example.com, se=g_us, 300 rows: SerpstatDomainProcedure.getDomainKeywords: 1 call, 300 rows × 1 = 300 credits (upper bound)", lines[0], StringComparison.Ordinal);
        Assert.Contains("cost unknown", lines[1], StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void The_database_catalogue_lists_and_finds_codes_without_a_connection()
    {
        var run = _host.Run("(Get-SerpstatDatabase).Count; (Get-SerpstatDatabase *kingdom*).Code; Get-SerpstatDatabase -Code bing_us | ForEach-Object Engine").ThrowOnError();

        Assert.Equal(["232", "g_uk", "Bing"], run.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Verbose_tells_each_calls_lines_and_the_lines_left()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("Get-SerpstatKeywordIdea 'rows-5 tent' g_us -Verbose | Out-Null").ThrowOnError();

        Assert.Contains(run.Verbose, v => v.Contains("POST SerpstatKeywordProcedure.getKeywords -> 200", StringComparison.Ordinal) && v.Contains($"5 rows, 5 credits, {account.LeftLines:N0} lines left", StringComparison.Ordinal));
    }

    private SerpstatAccount ConnectSerpstat(long lines = 1_000_000, string extra = "")
    {
        var account = _host.Emulator.Accounts.AddSerpstat(lines);
        _host.Run($"Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond {Rate} -MaxRetries 1 {extra} | Out-Null", Vars(("token", account.Token), ("url", _host.Emulator.SerpstatApiUrl.AbsoluteUri))).ThrowOnError();
        return account;
    }

    private List<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        _host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
