using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The domain-analysis cmdlets in a real runspace against the emulator, as a user runs them.</summary>
[Collection(InModuleHost.Name)]
public sealed class DomainCmdletTests(ModuleHost host)
{
    /// <summary>One call of each cmdlet, with the rows it returns from the emulator and the credits it costs.</summary>
    public static TheoryData<string, int, long> EachCmdlet() => new()
    {
        { "Get-SrDomainWorldwideOverview example.com", 2, 100 },
        { "Get-SrDomainWorldwideOverview -Url https://example.com/page", 2, 100 },
        { "Get-SrDomainOverviewHistory rows-1.example.com -Source us", -1, 100 },
        { "Get-SrDomainKeyword rows-300.example.com -Source us -First 250", 250, 100 },
        { "Get-SrDomainKeywordComparison rows-300.example.com rival.example -Source us", 100, 100 },
        { "Get-SrDomainPage rows-300.example.com -Source us -First 30", 30, 100 },
        { "Get-SrDomainSubdomain rows-300.example.com -Source us -First 7", 7, 100 },
        { "Get-SrPaidAd rows-300.example.com -Source us -First 10", 28, 100 },
        { "Get-SrPaidAd -Keyword 'camping tent' -Source us -From 2025-01-01 -To 2025-01-31", -1, 100 },
        { "Get-SrDomainCompetitor rows-60.example.com -Source us", 60, 100 },
    };

    [Theory]
    [MemberData(nameof(EachCmdlet))]
    public void Each_cmdlet_exports_flat_readable_columns_and_spends_what_it_forecast(string command, int rows, long credits)
    {
        var account = host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"domain-{Guid.NewGuid():N}.csv");
        try
        {
            var whatIf = host.Run(command + " -WhatIf").ThrowOnError();
            Assert.Contains($"{credits} credits", Assert.Single(whatIf.WhatIf), StringComparison.Ordinal);
            Assert.Empty(RequestsOf(account));

            host.Run($"{command} | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            if (rows >= 0)
            {
                Assert.Equal(rows + 1, lines.Length);
            }
            else
            {
                Assert.True(lines.Length > 1, $"{command} wrote no rows");
            }

            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(credits, account.CreditsSpent);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Keyword_rows_export_intents_and_snapshot_months_as_readable_cells()
    {
        host.ConnectData();

        var cells = host.Run("Get-SrDomainKeyword example.com -Source us -Year 2024 -Month 3 -First 8 | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv | Select-Object -ExpandProperty Intents").ThrowOnError();

        Assert.Equal(8, cells.Output.Count);
        Assert.All(cells.Output, cell => Assert.Matches("^[INTCL](; [INTCL])?$", cell.ToString()));
        Assert.Contains(cells.Output, cell => cell.ToString().Contains(';', StringComparison.Ordinal));
    }

    [Fact]
    public void Competitors_bind_by_property_name_to_the_overview_of_each_competitor_in_their_database()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrDomainCompetitor rows-3.example.com -Source de | Get-SrDomainOverview").ThrowOnError();

        var competitors = host.Run("Get-SrDomainCompetitor rows-3.example.com -Source de | ForEach-Object Domain").ThrowOnError().Output.Select(o => o.ToString());
        Assert.Equal(competitors, run.Output.Select(o => o.Properties["Domain"].Value?.ToString()));
        Assert.All(run.Output, row => Assert.Equal("de", row.Properties["Source"].Value));
        Assert.Equal(5, RequestsOf(account).Count);
    }

    [Fact]
    public void Domain_keywords_bind_their_Keyword_to_the_next_keyword_command()
    {
        host.ConnectData();

        var run = host.Run("Get-SrDomainKeyword example.com -Source us -First 3 | New-SrSerpTask -LocationId 2840 -LanguageCode en -WhatIf").ThrowOnError();

        var whatIf = string.Join("\n", run.WhatIf);
        Assert.Contains("example keyword 0", whatIf, StringComparison.Ordinal);
        Assert.Contains("example keyword 2", whatIf, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_bind_their_Url_to_the_keywords_of_each_page_while_plain_text_binds_to_Domain()
    {
        var account = host.ConnectData();

        var pages = host.Run("Get-SrDomainPage example.com -Source uk -First 2 | ForEach-Object Url").ThrowOnError().Output.Select(o => o.ToString()).ToList();
        var run = host.Run("Get-SrDomainPage example.com -Source uk -First 2 | Get-SrDomainKeyword -First 3").ThrowOnError();
        var text = host.Run("'example.com' | Get-SrDomainKeyword -Source uk -First 1").ThrowOnError();

        Assert.Equal(6, run.Output.Count);
        Assert.Equal(pages.SelectMany(url => Enumerable.Repeat(url, 3)), run.Output.Select(o => o.Properties["Url"].Value?.ToString()));
        Assert.All(run.Output, row => Assert.Equal("uk", row.Properties["Source"].Value));
        Assert.Equal("example.com", text.Output.Single().Properties["Domain"].Value);
        var keywordRequests = RequestsOf(account).Where(r => r.Path == "v1/domain/keywords").ToList();
        Assert.Equal(3, keywordRequests.Count);
        Assert.All(keywordRequests.Take(2), r => Assert.Contains("url=https%3A%2F%2Fexample.com%2F", r.QueryRedacted, StringComparison.Ordinal));
    }

    [Fact]
    public void A_keyword_list_binds_to_the_advertisers_of_each_keyword()
    {
        var run = host.Run("[pscustomobject]@{ Keyword = 'tent'; Source = 'de' }, [pscustomobject]@{ Keyword = 'tarp'; Source = 'fr' } | Get-SrPaidAd -WhatIf").ThrowOnError();

        Assert.Equal(2, run.WhatIf.Count());
        Assert.Contains("for tent in 'de'", run.WhatIf.First(), StringComparison.Ordinal);
        Assert.Contains("for tarp in 'fr'", run.WhatIf.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void Advertisers_of_a_keyword_bind_to_their_own_paid_ads()
    {
        host.ConnectData();

        var run = host.Run("Get-SrPaidAd -Keyword 'camping tent' -Source us | Select-Object -First 2 | Get-SrPaidAd -WhatIf").ThrowOnError();

        Assert.Equal(2, run.WhatIf.Count());
        Assert.All(run.WhatIf, line => Assert.Matches(@"for advertiser\d+\.example in 'us'", line));
    }

    [Fact]
    public void WhatIf_forecasts_pages_of_keywords_at_100_credits_each_and_sends_nothing()
    {
        host.Run("Disconnect-SeRanking").ThrowOnError();

        var bounded = host.Run("Get-SrDomainKeyword example.com -Source us, uk -First 2500 -WhatIf").ThrowOnError();
        var unbounded = host.Run("Get-SrDomainKeyword example.com -Source us -All -WhatIf").ThrowOnError();

        Assert.Equal(2, bounded.WhatIf.Count());
        Assert.All(bounded.WhatIf, line => Assert.Contains("2,500 rows: domain/keywords: 3 calls × 100 = 300 credits", line, StringComparison.Ordinal));
        Assert.Contains("'uk'", bounded.WhatIf.Last(), StringComparison.Ordinal);
        Assert.Contains("100 credits per page of up to 1,000 rows", Assert.Single(unbounded.WhatIf), StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_more_keywords_than_a_page_holds_streams_page_after_page_and_bills_each()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrDomainKeyword rows-2100.example.com -Source us -All | Measure-Object | ForEach-Object Count").ThrowOnError();

        Assert.Equal(2100, Convert.ToInt32(run.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, RequestsOf(account).Count);
        Assert.Equal(300, account.CreditsSpent);
    }

    [Fact]
    public void A_bad_input_is_that_inputs_error_and_the_next_input_still_runs()
    {
        var account = host.ConnectData();

        var run = host.Run("'https://', 'example.com/page', 'rows-4.example.com' | Get-SrDomainCompetitor -Source us");

        Assert.Equal(4, run.Output.Count);
        Assert.Equal(2, run.ErrorIds.Count(id => id.StartsWith("InvalidTarget,", StringComparison.Ordinal)));
        Assert.All(run.Errors, e => Assert.DoesNotContain("(Parameter '", e.ToString(), StringComparison.Ordinal));
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void A_query_refused_locally_is_an_error_naming_the_parameter_and_sends_nothing()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrDomainKeyword example.com -Source us -Year 2024; Get-SrPaidAd example.com -Source us -From 2025-06-01 -To 2025-02-01; Get-SrDomainKeyword example.com -Source us -IncludeKeyword '[[{\"type\":\"near\",\"value\":\"x\"}]]'");

        Assert.Equal(3, run.ErrorIds.Count(id => id.StartsWith("InvalidInput,", StringComparison.Ordinal)));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("-Month", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("-From", StringComparison.Ordinal));
        Assert.Contains(run.Errors, e => e.Exception.Message.Contains("contains, begins, ends, exact", StringComparison.Ordinal));
        Assert.Empty(RequestsOf(account));

        // The message is what the user reads: it names the parameter itself, with no .NET suffix after it.
        Assert.All(run.Errors, e => Assert.DoesNotContain("(Parameter '", e.Exception.Message, StringComparison.Ordinal));
        Assert.All(run.Errors, e => Assert.DoesNotContain("Parameter name:", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Several_regions_give_rows_of_each_with_the_Source_column()
    {
        host.ConnectData();

        var history = host.Run("Get-SrDomainOverviewHistory example.com -Source us, de | ForEach-Object Source | Select-Object -Unique").ThrowOnError();
        var keywords = host.Run("Get-SrDomainKeyword example.com -Source fr, uk -First 4").ThrowOnError();

        Assert.Equal(["us", "de"], history.Output.Select(o => o.ToString()));
        Assert.Equal(["fr", "fr", "fr", "fr", "uk", "uk", "uk", "uk"], keywords.Output.Select(o => o.Properties["Source"].Value));
    }

    [Fact]
    public void Worldwide_overview_by_country_binds_each_country_to_the_regional_overview()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrDomainWorldwideOverview example.com -ByCountry -Field keywords | Where-Object { $_.Type -eq 'organic' -and $_.Source -ne 'worldwide' } | Select-Object -First 2 | Get-SrDomainOverview").ThrowOnError();

        Assert.Equal(2, run.Output.Count);
        Assert.Equal(["us", "uk"], run.Output.Select(o => o.Properties["Source"].Value));
        Assert.Equal(3, RequestsOf(account).Count);
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    private List<LoggedRequest> RequestsOf(DataAccount account) =>
        host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
}
