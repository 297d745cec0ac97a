using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Project;

/// <summary>Get-SrVolumeRegion and Get-SrKeywordVolume: the legacy host serves them; a unified connection stops naming the legacy key.</summary>
[Collection(InModuleHost.Name)]
public sealed class SearchVolumeCmdletTests(ModuleHost host)
{
    private IReadOnlyList<LoggedRequest> RequestsOf(ProjectAccount account) =>
        host.Emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    [Fact]
    public void Keywords_from_a_CSV_are_read_10_a_request_and_export_flat()
    {
        var account = host.ConnectProject(unified: false);
        var folder = Directory.CreateTempSubdirectory("srvolume-");
        try
        {
            var input = Path.Combine(folder.FullName, "keywords.csv");
            var output = Path.Combine(folder.FullName, "volumes.csv");
            File.WriteAllLines(input, ["Keyword", .. Enumerable.Range(1, 12).Select(i => $"tent {i}")]);

            var run = host.Run(
                "$region = Get-SrVolumeRegion Germ*; Import-Csv $in | Get-SrKeywordVolume -RegionId $region.RegionId | Export-Csv $out -NoTypeInformation",
                new Dictionary<string, object?> { ["in"] = input, ["out"] = output }).ThrowOnError();

            var lines = File.ReadAllLines(output);
            Assert.Equal(13, lines.Length);
            Assert.StartsWith("\"Keyword\",\"Volume\",\"RegionId\"", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Skip(1), line => Assert.EndsWith(",\"3\"", line, StringComparison.Ordinal));
            Assert.DoesNotContain(lines, line => line.Contains("System.", StringComparison.Ordinal));
            Assert.Equal(2, RequestsOf(account).Count(r => r.Path == "system/volume"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void On_a_unified_connection_they_stop_naming_the_legacy_key_and_send_nothing()
    {
        var account = host.ConnectProject(unified: true);

        var run = host.Run("Get-SrKeywordVolume -Keyword tent -RegionId 1");

        Assert.Contains(run.ErrorIds, id => id.StartsWith("NotInProjectDialect,", StringComparison.Ordinal));
        Assert.Contains("Connect-SeRanking -ProjectApiKey", run.Terminating?.Message ?? string.Join(" ", run.Errors.Select(e => e.Exception.Message)), StringComparison.Ordinal);
        Assert.Empty(RequestsOf(account));
    }
}
