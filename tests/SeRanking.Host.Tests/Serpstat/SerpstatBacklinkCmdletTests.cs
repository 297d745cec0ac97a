using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Serpstat;

/// <summary>
/// The Serpstat backlinks cmdlets in a real runspace against the emulator (at 50 requests a second,
/// as SerpstatCmdletTests): CSV output, pipeline binding, -WhatIf, local refusals and the
/// complexFilter built from plain parameters and PowerShell hashtables.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class SerpstatBacklinkCmdletTests : IDisposable
{
    private const int Rate = 50;
    private readonly ModuleHost _host;
    private readonly int _rateBefore;

    public SerpstatBacklinkCmdletTests(ModuleHost host)
    {
        _host = host;
        _rateBefore = host.Emulator.Options.SerpstatRequestsPerSecond;
        host.Emulator.Options.SerpstatRequestsPerSecond = Rate;
    }

    public void Dispose() => _host.Emulator.Options.SerpstatRequestsPerSecond = _rateBefore;

    public static TheoryData<string, string> Commands() => new()
    {
        { "Get-SerpstatBacklinkSummary example.com, rival.com", "ReferringDomains" },
        { "Get-SerpstatBacklinkSummary example.com -Legacy", "DomainRank" },
        { "Get-SerpstatBacklink rows-12.example.com -Follow Dofollow -LinkType href, image", "UrlFrom" },
        { "Get-SerpstatBacklink rows-12.example.com -Lost", "Deleted" },
        { "Get-SerpstatOutlink rows-12.example.com", "UrlTo" },
        { "Get-SerpstatOutlink rows-12.example.com -Lost", "UrlTo" },
        { "Get-SerpstatReferringDomain rows-12.example.com -DomainRankFrom 10", "DomainRank" },
        { "Get-SerpstatReferringDomain rows-120.example.com -Redirecting", "Domain" },
        { "Get-SerpstatLinkedDomain rows-12.example.com", "Links" },
        { "Get-SerpstatBacklinkAnchor rows-12.example.com", "Anchor" },
        { "Get-SerpstatBacklinkAnchor example.com -Top", "Backlinks" },
        { "Get-SerpstatBacklinkIntersection rows-12.example.com -Compare rival.com", "DomainRank" },
        { "Get-SerpstatBacklinkIntersection example.com rival.com, other.com -Summary", "ReferringDomains" },
        { "Get-SerpstatBacklinkDistribution example.com", "Group" },
        { "Get-SerpstatBacklinkDistribution example.com -By Tld -Language de", "Percentage" },
        { "Get-SerpstatBacklinkHistory example.com", "NewLinks" },
        { "Get-SerpstatBacklinkThreat rows-90.example.com", "ThreatType" },
        { "Get-SerpstatBacklinkThreat rows-90.example.com -Links -Outgoing", "UrlFrom" },
        { "Get-SerpstatBacklinkTopPage rows-12.example.com -UrlToContains top", "Ips" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_cmdlet_exports_to_csv_with_flat_columns(string command, string column)
    {
        ConnectSerpstat();
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-bl-{Guid.NewGuid():N}.csv");
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
    public void Competitors_and_referring_domains_pipe_into_summaries_by_their_Domain_column()
    {
        var account = ConnectSerpstat();

        var fromCompetitors = _host.Run("Get-SerpstatDomainCompetitor rows-3.example.com g_us | Get-SerpstatBacklinkSummary").ThrowOnError().Output;
        var fromDonors = _host.Run("Get-SerpstatReferringDomain rows-2.example.com | Get-SerpstatBacklinkAnchor -Top | Select-Object -ExpandProperty Query -Unique").ThrowOnError().Output;

        Assert.Equal(["rival1-3.example.net", "rival2-3.example.net", "rival3-3.example.net"], fromCompetitors.Select(o => o.Properties["Query"].Value));
        Assert.Equal(["linked1-2.example.org", "linked2-2.example.org"], fromDonors.Select(o => o.ToString()));
        Assert.Equal(3 + (3 * 5) + 2 + 2, account.UsedLines);
    }

    [Fact]
    public void WhatIf_forecasts_each_call_and_sends_nothing()
    {
        var account = ConnectSerpstat();

        var run = _host.Run(string.Join("; ",
            "Get-SerpstatBacklink example.com -First 2000 -WhatIf",
            "Get-SerpstatBacklinkSummary example.com, rival.com -WhatIf",
            "Get-SerpstatBacklinkAnchor example.com -Top -WhatIf",
            "Get-SerpstatReferringDomain example.com -All -WhatIf")).ThrowOnError();

        var lines = run.WhatIf.ToList();
        Assert.Equal(5, lines.Count);
        Assert.Contains("SerpstatBacklinksProcedure.getNewBacklinks for example.com, 2,000 rows: SerpstatBacklinksProcedure.getNewBacklinks: 2 calls, 2,000 rows × 1 = 2,000 credits (upper bound)", lines[0], StringComparison.Ordinal);
        Assert.True(lines[2].Contains("getSummaryV2 for rival.com: ", StringComparison.Ordinal) && lines[2].Contains(" 5 credits", StringComparison.Ordinal), lines[2]);
        Assert.True(lines[3].Contains("getTopAnchors for example.com, the whole answer: ", StringComparison.Ordinal) && lines[3].Contains(" 1 credit", StringComparison.Ordinal), lines[3]);
        Assert.Contains("every row (-All): SerpstatBacklinksProcedure.getRefDomains: 60 calls, 60,000 rows × 1 = 60,000 credits (upper bound)", lines[4], StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }

    [Fact]
    public void A_bad_input_is_that_inputs_error_and_a_filter_the_method_does_not_take_is_refused_before_sending()
    {
        var account = ConnectSerpstat();

        var run = _host.Run("'not a domain', 'rows-3.example.com' | Get-SerpstatBacklink -LinkType href");
        var filter = _host.Run("Get-SerpstatBacklink example.com -Lost -DomainRankFrom 10; Get-SerpstatBacklinkTopPage example.com -Filter @{ field = 'anchor'; compareType = 'contains'; value = 'x' }");
        var binding = _host.Run("Get-SerpstatBacklinkIntersection example.com -Compare a-shop.com, b-shop.com, c-shop.com");

        Assert.Equal(3, run.Output.Count);
        Assert.Equal(["InvalidTarget"], run.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.Equal(["InvalidInput", "InvalidInput"], filter.ErrorIds.Select(id => id.Split(',')[0]));
        Assert.Contains("-DomainRankFrom", filter.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("it takes: ips, count, domains, url_to, lastupdate", filter.Errors[1].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Compare", binding.Terminating?.Message ?? binding.Errors.Single().Exception.Message, StringComparison.Ordinal);
        Assert.Single(RequestsOf(account));
    }

    [Fact]
    public void Hashtables_given_to_Filter_become_the_complexFilter_with_the_plain_conditions_in_every_group()
    {
        var account = ConnectSerpstat();

        _host.Run("Get-SerpstatBacklink rows-2.example.com -AnchorContains shoe -Filter @{ field = 'links_external'; compareType = 'between'; value = 1, 9 }, @{ additional_filters = 'only_main_page' } | Out-Null").ThrowOnError();
        _host.Run("Get-SerpstatOutlink rows-4.example.com -Flag no_subdomains -Filter @(@(@{ field = 'url_to'; compareType = 'endsWith'; value = '.pdf' }), @(@{ field = 'link_type'; compareType = 'eq'; value = 'image' })) | Out-Null").ThrowOnError();

        var sent = RequestsOf(account).Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("params").GetProperty("complexFilter").GetRawText()).ToList();
        Assert.Equal(
            "[[{\"field\":\"links_external\",\"compareType\":\"between\",\"value\":[1,9]},{\"additional_filters\":\"only_main_page\"},{\"field\":\"anchor\",\"compareType\":\"contains\",\"value\":[\"shoe\"]}]]",
            sent[0]);
        Assert.Equal(
            "[[{\"field\":\"url_to\",\"compareType\":\"endsWith\",\"value\":[\".pdf\"]},{\"additional_filters\":\"no_subdomains\"}],[{\"field\":\"link_type\",\"compareType\":\"eq\",\"value\":[\"image\"]},{\"additional_filters\":\"no_subdomains\"}]]",
            sent[1]);
    }

    [Fact]
    public void Paging_stops_at_row_60000_with_a_warning_that_says_to_narrow_the_query()
    {
        ConnectSerpstat();

        var run = _host.Run("@(Get-SerpstatBacklink rows-70000.example.com -Skip 59990 -First 20).Count").ThrowOnError();

        Assert.Equal(["10"], run.Output.Select(o => o.ToString()));
        Assert.Contains("stopped after row 60,000", Assert.Single(run.Warnings), StringComparison.Ordinal);
    }

    private SerpstatAccount ConnectSerpstat(long lines = 1_000_000)
    {
        var account = _host.Emulator.Accounts.AddSerpstat(lines);
        _host.Run($"Connect-Serpstat -Token $token -ApiUrl $url -RequestsPerSecond {Rate} -MaxRetries 1 | Out-Null", Vars(("token", account.Token), ("url", _host.Emulator.SerpstatApiUrl.AbsoluteUri))).ThrowOnError();
        return account;
    }

    private List<LoggedRequest> RequestsOf(SerpstatAccount account) =>
        _host.Emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();

    private static Dictionary<string, object?> Vars(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
