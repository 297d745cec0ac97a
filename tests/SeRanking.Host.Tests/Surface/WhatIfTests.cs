using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Surface;

/// <summary>
/// Every cmdlet that can spend (SupportsShouldProcess), called with -WhatIf on valid input: it
/// prints what it would do with the credit forecast, and sends nothing. The cmdlets and their
/// mandatory parameters are read from the module, so a new cmdlet is covered the day it exists.
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class WhatIfTests(ModuleHost host)
{
    /// <summary>A valid value for each mandatory parameter name the module uses.</summary>
    private static readonly Dictionary<string, string> SampleValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Target"] = "'example.com'",
        ["Domain"] = "'example.com'",
        ["Url"] = "'https://example.com/page'",
        ["Source"] = "'us'",
        ["Keyword"] = "'running shoes'",
        ["Query"] = "'running shoes'",
        ["LocationId"] = "2840",
        ["LanguageCode"] = "'en'",
        ["TaskId"] = "51830042",
        ["Id"] = "51830042",
        ["Compare"] = "'rival.example'",
        ["Brand"] = "'Example'",
        ["Engine"] = "'chatgpt'",
        ["Competitor"] = "'rival.example'",
        ["Path"] = "'v1/account/subscription'",
        ["AuditId"] = "700512345",
        ["Database"] = "'g_us'",
        ["MinusDomain"] = "'rival.example'",
        ["UrlContains"] = "'/blog/'",
        ["Method"] = "'SerpstatDomainProcedure.getDomainKeywords'",
        ["SiteId"] = "8812345",
        ["SiteEngineId"] = "31022",
        ["SearchEngineId"] = "200",
        ["KeywordId"] = "990011",
        ["Title"] = "'Example Shop'",
        ["Date"] = "(Get-Date).Date.AddDays(-1)",
        ["Position"] = "3",
        ["GroupId"] = "4100",
        ["Name"] = "'Example group'",
        ["CompetitorId"] = "77001",
        ["LlmId"] = "6400123",
        ["CountryCode"] = "'us'",
        ["Prompt"] = "'best running shoes'",
        ["PromptLlmId"] = "6401001",
        ["NewName"] = "'Footwear'",
        ["Before"] = "6400201",
        ["ProjectId"] = "1234567",
        ["Email"] = "'member@example.com'",
        ["UserId"] = "7654321",
        ["RegionId"] = "2840",
        ["CountryId"] = "2",
        ["KeywordText"] = "'iphone, iphone x'",
        ["ReportId"] = "123456701",
        ["Issue"] = "'errors_400'",
        ["PageId"] = "7001",
        ["SitemapId"] = "5100",
        ["ListId"] = "5101",
        ["BacklinkId"] = "77001",
        ["DisavowId"] = "77003",
        ["GscAutoImport"] = "$true",
        ["TagId"] = "5300",
        ["FirstName"] = "'Ada'",
    };

    /// <summary>
    /// What a cmdlet needs besides its mandatory parameters to have anything to do: a Set-* with
    /// nothing to change is refused locally, -WhatIf or not.
    /// </summary>
    private static readonly Dictionary<string, string> ExtraArguments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Set-SrProject"] = "-Title 'Renamed shop'",
        ["Set-SrProjectSearchEngine"] = "-MergeMap Include",
        ["Set-SrProjectKeyword"] = "-GroupId 3",
        ["Set-SrAiTrackerEngine"] = "-Language 'de'",
        ["Set-SerpstatSiteAuditSetting"] = "-ScanSpeed 5",
        ["Set-SrProjectAuditSetting"] = "-MaxPages 500",
        ["Set-SrProjectUrlTag"] = "-AddUrl 'https://example.com/tents'",
        ["Set-SrSubAccount"] = "-LastName 'Lovelace'",
        ["Set-SrProjectMarketingTask"] = "-Checked $true",
    };

    public static TheoryData<string> SpendingCmdlets()
    {
        using var shell = PowerShell.Create();
        shell.AddScript("Import-Module $args[0]; Get-Command -Module SeRanking -CommandType Cmdlet | Where-Object { $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object Name")
            .AddArgument(ModuleHost.ManifestPath);
        return new TheoryData<string>(shell.Invoke().Select(o => o.ToString()));
    }

    [Theory]
    [MemberData(nameof(SpendingCmdlets))]
    public void WhatIf_prints_the_forecast_and_sends_nothing(string command)
    {
        host.Run("Disconnect-SeRanking; Disconnect-Serpstat").ThrowOnError();
        var arguments = MandatoryArguments(command) + (ExtraArguments.TryGetValue(command, out var extra) ? " " + extra : string.Empty);
        var before = host.Emulator.Requests.Snapshot().Count;

        var run = host.Run($"{command} {arguments} -WhatIf");

        Assert.True(run.Terminating is null && run.Errors.Count == 0, $"{command} {arguments} -WhatIf failed: {string.Join(" | ", run.ErrorIds)} {run.Terminating?.Message} {string.Join(" ", run.Errors.Select(e => e.Exception.Message))}");
        Assert.Equal(before, host.Emulator.Requests.Snapshot().Count);
        var lines = run.WhatIf.ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches("credit|free|cost unknown", line));
    }

    private string MandatoryArguments(string command)
    {
        var names = host.Run(
            // A cmdlet with one parameter set has no default one ("__AllParameterSets" is not marked).
            "$sets = @((Get-Command $name).ParameterSets); $set = @($sets | Where-Object IsDefault) + @($sets) | Select-Object -First 1; $set.Parameters | Where-Object IsMandatory | ForEach-Object Name",
            new Dictionary<string, object?> { ["name"] = command }).ThrowOnError().Output.Select(o => o.ToString()).ToList();
        return string.Join(" ", names.Select(name => SampleValues.TryGetValue(name, out var value)
            ? $"-{name} {value}"
            : throw new InvalidOperationException($"{command} has a mandatory -{name}; add a sample value for it to {nameof(WhatIfTests)}.{nameof(SampleValues)}.")));
    }
}
