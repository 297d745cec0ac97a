using System;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.SystemLists;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Project;

/// <summary>The legacy host's search volumes: read there, refused locally on a unified connection naming the legacy key.</summary>
public class SearchVolumeTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private ApiEmulator Emulator => fixture.Emulator;

    [Fact]
    public async Task Regions_and_volumes_are_read_on_the_legacy_host()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        var regions = await connection.ListAsync(SearchVolumeOperations.Regions, NoQuery.Value);
        var volumes = await connection.ListAsync(SearchVolumeOperations.Volumes, new KeywordVolumeQuery { RegionId = 3, Keywords = ["zelt", "wanderschuhe"] });

        Assert.Equal([(1L, "United States", "us"), (2L, "United Kingdom", "gb"), (3L, "Germany", "de")], regions.Select(r => (r.RegionId, r.Name, r.Code)));
        Assert.Equal(["zelt", "wanderschuhe"], volumes.Select(v => v.Keyword));
        Assert.All(volumes, v => Assert.True(v.Volume > 0 && v.RegionId == 3));
        Assert.Equal(["GET system/volume-regions", "GET system/volume?region_id=3&keyword[]=zelt&keyword[]=wanderschuhe"], ProjectConnections.Requests(Emulator, account).Select(ProjectConnections.Line));
    }

    [Fact]
    public async Task A_unified_connection_is_refused_before_sending_naming_the_legacy_key()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Unified);

        var refused = await Assert.ThrowsAsync<OperationNotInDialectException>(() => connection.ListAsync(SearchVolumeOperations.Volumes, new KeywordVolumeQuery { RegionId = 1, Keywords = ["tent"] }));
        await Assert.ThrowsAsync<OperationNotInDialectException>(() => connection.ListAsync(SearchVolumeOperations.Regions, NoQuery.Value));

        Assert.Contains("Connect-SeRanking -ProjectApiKey", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Get-SrKeywordMetric", refused.Message, StringComparison.Ordinal);
        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }

    [Fact]
    public async Task More_than_10_keywords_or_none_are_refused_locally()
    {
        var account = Emulator.Accounts.AddProject();
        var connection = ProjectConnections.Connect(Emulator, account, ProjectDialect.Legacy);

        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SearchVolumeOperations.Volumes, new KeywordVolumeQuery { RegionId = 1, Keywords = Enumerable.Range(1, 11).Select(i => "k" + i).ToList() }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SearchVolumeOperations.Volumes, new KeywordVolumeQuery { RegionId = 1 }));
        await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SearchVolumeOperations.Volumes, new KeywordVolumeQuery { Keywords = ["tent"] }));

        Assert.Empty(ProjectConnections.Requests(Emulator, account));
    }
}
