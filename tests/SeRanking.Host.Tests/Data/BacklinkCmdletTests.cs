using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The backlinks cmdlets in a real runspace against the emulator, as a user runs them.</summary>
[Collection(InModuleHost.Name)]
public sealed class BacklinkCmdletTests(ModuleHost host)
{
    [Fact]
    public void Backlinks_stream_into_Export_Csv_with_flat_readable_columns()
    {
        host.ConnectData();
        var file = Path.Combine(Path.GetTempPath(), $"backlinks-{Guid.NewGuid():N}.csv");
        try
        {
            host.Run("Get-SrBacklink -Target example.com -First 250 | Export-Csv -LiteralPath $file -NoTypeInformation", Vars(("file", file))).ThrowOnError();

            var lines = File.ReadAllLines(file);
            Assert.Equal(251, lines.Length);
            Assert.StartsWith("\"Target\",\"Mode\",\"UrlFrom\",\"UrlTo\",\"Anchor\",\"Nofollow\"", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Select_Object_First_stops_the_fetching_after_the_page_in_hand()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrBacklink -Target rows-300000.example.com -All | Select-Object -First 5").ThrowOnError();

        Assert.Equal(5, run.Output.Count);
        Assert.Single(RequestsOf(account, settle: true));
        Assert.True(account.CreditsSpent <= 100_000, "one page of raw at most");
    }

    [Fact]
    public void More_than_ten_thousand_rows_come_from_the_whole_set_page_after_page_with_progress()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrBacklink -Target rows-12000.example.com -First 12000 -Verbose | Measure-Object | ForEach-Object Count").ThrowOnError();

        Assert.Equal(12_000, Convert.ToInt32(run.Output.Single().BaseObject, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(RequestsOf(account), request => Assert.Equal("v1/backlinks/raw", request.Path));
        Assert.Contains(run.Verbose, line => line.Contains("12,000 rows", StringComparison.Ordinal) && line.Contains("12,000 credits", StringComparison.Ordinal));
    }

    [Fact]
    public void Filters_with_All_are_refused_before_anything_is_sent()
    {
        var account = host.ConnectData();

        var run = host.Run("Get-SrBacklink -Target example.com -All -AnchorFilter shoes");

        Assert.Contains(run.ErrorIds, id => id.StartsWith("InvalidInput,", StringComparison.Ordinal));
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_bad_target_is_this_inputs_error_and_the_next_input_still_runs()
    {
        var account = host.ConnectData();

        var run = host.Run("'https://', 'example.com' | Get-SrBacklinkAnchor -First 3");

        Assert.Equal(3, run.Output.Count);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("InvalidTarget,", StringComparison.Ordinal));
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void All_on_a_list_billed_per_row_says_the_cost_is_known_only_as_rows_come()
    {
        var run = host.Run("Get-SrBacklink -Target example.com -All -WhatIf").ThrowOnError();

        var line = Assert.Single(run.WhatIf);
        Assert.Contains("every row (-All)", line, StringComparison.Ordinal);
        Assert.Contains("1 credit per backlink", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_of_many_targets_are_one_row_per_target_in_input_order()
    {
        var account = host.ConnectData();

        var run = host.Run("'b-shop.com', 'a-shop.com' | Get-SrBacklinkCount").ThrowOnError();

        Assert.Equal(["b-shop.com", "a-shop.com"], run.Output.Select(o => o.Properties["Target"].Value));
        Assert.All(run.Output, row => Assert.NotNull(row.Properties["ReferringSubnets"].Value));
        Assert.Equal(4, RequestsOf(account).Count);
        Assert.Equal(2 * 4 * 10, account.CreditsSpent);
    }

    [Fact]
    public void A_session_budget_refuses_the_page_that_would_exceed_it_before_sending()
    {
        var account = host.ConnectData(extra: "-CreditBudget 150");

        var run = host.Run("Get-SrBacklink -Target rows-400.example.com -First 100; Get-SrBacklink -Target rows-400.example.com -First 100");

        Assert.Equal(100, run.Output.Count);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("CreditBudgetExceeded,", StringComparison.Ordinal));
        Assert.Single(RequestsOf(account));
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public void All_with_a_budget_asks_for_pages_the_budget_can_pay_and_stops_when_it_is_spent()
    {
        var account = host.ConnectData(extra: "-CreditBudget 250");

        var run = host.Run("Get-SrBacklink -Target rows-1000.example.com -All");

        Assert.Equal(250, run.Output.Count);
        Assert.Contains(run.ErrorIds, id => id.StartsWith("CreditBudgetExceeded,", StringComparison.Ordinal));
        Assert.Equal(250, account.CreditsSpent);
        Assert.Contains("limit=250", Assert.Single(RequestsOf(account)).QueryRedacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Daily_history_counts_cover_the_range_asked_for()
    {
        host.ConnectData();

        var run = host.Run("Get-SrBacklinkHistoryCount -Target example.com -From 2026-10-01 -To 2026-10-07 -Of ReferringDomains").ThrowOnError();

        Assert.Equal(7, run.Output.Count);
        Assert.All(run.Output, row => Assert.Equal("referring domains", row.Properties["Of"].Value));
    }

    [Fact]
    public void Authority_of_a_page_reads_the_page_only()
    {
        host.ConnectData();

        var row = host.Run("Get-SrBacklinkAuthority -Target https://example.com/page -Of Page").ThrowOnError().Output.Single();

        Assert.Equal("Page", row.Properties["Of"].Value);
        Assert.NotNull(row.Properties["InlinkRank"].Value);
        Assert.Null(row.Properties["DomainInlinkRank"].Value);
    }

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    /// <summary>The requests made with the account's key; with <paramref name="settle"/>, after the emulator has logged one whose client left early.</summary>
    private List<LoggedRequest> RequestsOf(DataAccount account, bool settle = false)
    {
        List<LoggedRequest> Logged() => host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key)).ToList();
        if (settle)
        {
            System.Threading.SpinWait.SpinUntil(() => Logged().Count > 0, TimeSpan.FromSeconds(5));
        }

        return Logged();
    }
}
