using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Data.Serp;

/// <summary>The SERP operations added with the flows: locations, and the raw HTML archive of a task.</summary>
public class SerpFlowTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("seranking-serp-").FullName;

    private ApiEmulator Emulator => fixture.Emulator;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Locations_are_found_by_country_and_name_and_remembered_for_completion()
    {
        var (connection, account) = Connect();

        var locations = await connection.ListAsync(SerpExtraOperations.Locations, new SerpLocationQuery { CountryCode = "es", Query = "madrid", IncludeGoogleAdsId = true });
        foreach (var location in locations)
        {
            SerpLocationCache.Remember(location);
        }

        Assert.Equal(3, locations.Count);
        Assert.All(locations, l => Assert.Equal("ES", l.CountryCode));
        Assert.All(locations, l => Assert.NotNull(l.GoogleAdsLocationId));
        Assert.Equal("Madrid,ES", locations[0].LocationName);
        Assert.All(locations, l => Assert.Contains(SerpLocationCache.Known, known => known.Id == l.Id));
        Assert.Equal(0, account.CreditsSpent);
        var request = Emulator.Requests.Snapshot().Single(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
        Assert.Equal("country_code=ES&q=madrid&include=google_ads_location_id", request.QueryRedacted);
    }

    [Theory]
    [InlineData("E", "madrid", "CountryCode")]
    [InlineData("ESP", "madrid", "CountryCode")]
    [InlineData("ES", "m", "Query")]
    public async Task A_country_code_or_name_the_API_would_refuse_is_refused_before_sending(string country, string name, string parameter)
    {
        var (connection, account) = Connect();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => connection.ListAsync(SerpExtraOperations.Locations, new SerpLocationQuery { CountryCode = country, Query = name }));

        Assert.Equal(parameter, refused.ParamName);
        Assert.DoesNotContain(Emulator.Requests.Snapshot(), r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Fact]
    public void The_reference_sample_of_locations_is_read()
    {
        var location = Samples.Row(SerpExtraOperations.Locations, "seranking-serp-locations");

        Assert.Equal((26786L, "Amsterdam,North Holland,Netherlands", "NL", "City"), (location.Id, location.LocationName!, location.CountryCode!, location.LocationType!));
        Assert.Equal(location.Id, location.LocationId);
    }

    [Fact]
    public async Task The_HTML_archive_of_a_task_is_409_while_it_processes_saved_once_done_and_404_when_unknown()
    {
        var (connection, _) = Connect();
        var calls = new DataCalls(connection);
        var task = (await calls.CreateSerpTasksAsync(new SerpTaskRequest { Queries = ["camping tent"], LocationId = 2840, LanguageCode = "en" })).Single();
        var path = Path.Combine(_folder, "archive.zip");

        var busy = await Assert.ThrowsAsync<JobNotDoneException>(() => connection.SaveHtmlAsync(task.Id, path));
        Assert.False(File.Exists(path));
        Assert.Contains("Wait-SrSerpTask -Id " + task.Id, busy.Message, StringComparison.Ordinal);

        Assert.False((await calls.GetSerpTaskAsync(task.Id)).IsDone);
        Assert.True((await calls.GetSerpTaskAsync(task.Id)).IsDone);
        var file = await connection.SaveHtmlAsync(task.Id, path);

        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(["page-1.html", "page-2.html", "page-3.html"], zip.Entries.Select(e => e.FullName));
        }

        Assert.Equal(new FileInfo(path).Length, file.BytesWritten);
        Assert.Equal([409, 200], Emulator.Requests.Snapshot().Where(r => r.Path == "v1/serp/classic/tasks/html" && r.QueryRedacted == "task_id=" + task.Id).Select(r => r.StatusCode));
        Assert.Equal("v1/serp/classic/tasks/html", SerpExtraOperations.Html.Path);
        var gone = await Assert.ThrowsAsync<JobEndedException>(() => connection.SaveHtmlAsync(987654321, path));
        Assert.Equal("expired", gone.State);
        Assert.Contains("24 hours", gone.Message, StringComparison.Ordinal);
    }

    private (ApiConnection Connection, DataAccount Account) Connect()
    {
        var account = Emulator.Accounts.AddData();
        return (ApiConnection.Create(DataApiKey.Parse(account.Key), Support.Connect.Fast(Emulator.DataApiUrl)), account);
    }
}
