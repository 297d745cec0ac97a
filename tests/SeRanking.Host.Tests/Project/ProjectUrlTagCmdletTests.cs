using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>The URL-tag cmdlets in a real runspace against the emulator, in both dialects.</summary>
[Collection(InModuleHost.Name)]
public sealed class ProjectUrlTagCmdletTests(ModuleHost host)
{
    public static TheoryData<bool> Dialects => new(true, false);

    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Tags_are_created_changed_from_the_pipeline_exported_and_removed(bool unified)
    {
        var account = host.ConnectProject(unified);
        host.Run("New-SrProject -Url tag-shop.com -Title Tagged | Out-Null").ThrowOnError();
        var folder = Directory.CreateTempSubdirectory("srtags-");
        try
        {
            var csv = Path.Combine(folder.FullName, "tags.csv");
            var run = host.Run(
                """
                $tag = Get-SrProject -Name Tagged | New-SrProjectUrlTag -Name Tents -Url https://tag-shop.com/tents -Domain blog.tag-shop.com
                $tag | Set-SrProjectUrlTag -AddUrl https://tag-shop.com/tents, https://tag-shop.com/tarps -RemoveDomain blog.tag-shop.com -PassThru
                Get-SrProject -Name Tagged | Get-SrProjectUrlTag -Name tent* | Export-Csv $csv -NoTypeInformation
                """,
                new Dictionary<string, object?> { ["csv"] = csv }).ThrowOnError();

            Assert.Equal("https://tag-shop.com/tarps; https://tag-shop.com/tents", run.Output.Single().Properties["Urls"].Value.ToString());
            Assert.Null(run.Output.Single().Properties["Domains"].Value?.ToString() is { Length: > 0 } domains ? domains : null);
            var lines = File.ReadAllLines(csv);
            Assert.Equal(2, lines.Length);
            Assert.StartsWith("\"SiteId\",\"TagId\",\"Name\",\"Urls\",\"Domains\"", lines[0], StringComparison.Ordinal);
            Assert.Contains("\"https://tag-shop.com/tarps; https://tag-shop.com/tents\"", lines[1], StringComparison.Ordinal);
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));

            // The tents page was tagged already; only the tarps page and the domain flipped.
            Assert.Contains("\"urls\":[\"https://tag-shop.com/tarps\"],\"domains\":[\"blog.tag-shop.com\"]", RequestsOf(account).Single(r => r.Method is "PUT" or "PATCH").Body, StringComparison.Ordinal);

            host.Run("Get-SrProject -Name Tagged | Get-SrProjectUrlTag | Remove-SrProjectUrlTag -Confirm:$false").ThrowOnError();
            Assert.Empty(account.Workspace.Sites[0].UrlTags);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Tag_writes_under_WhatIf_send_nothing(bool unified)
    {
        var account = host.ConnectProject(unified);

        var run = host.Run(
            """
            New-SrProjectUrlTag -SiteId 8812345 -Name Tents -Url https://example-shop.com/tents -WhatIf
            Set-SrProjectUrlTag -SiteId 8812345 -TagId 5300 -AddUrl https://example-shop.com/tarps -WhatIf
            Remove-SrProjectUrlTag -SiteId 8812345 -TagId 5300 -WhatIf
            """).ThrowOnError();

        Assert.Empty(RequestsOf(account));
        Assert.Equal(3, run.WhatIf.Count());
        Assert.Contains(run.WhatIf, line => line.Contains(unified ? "PATCH /v1/project-management/sites/url-tags" : "PUT /sites/{site_id}/url-tags", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_page_is_refused_locally_naming_the_parameter()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("Set-SrProjectUrlTag -SiteId 8812345 -TagId 5300 -AddUrl 'not a page'; Set-SrProjectUrlTag -SiteId 8812345 -TagId 5300");

        Assert.Null(run.Terminating);
        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, error => Assert.StartsWith("Invalid", error.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Contains("AddUrl", run.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }
}
