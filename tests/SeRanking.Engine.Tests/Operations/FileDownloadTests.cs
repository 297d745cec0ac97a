using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations.Downloads;
using SeRanking.Engine.Operations.Polling;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>
/// Files read as they arrive: an export's gzip CSV decompressed on the fly into a file or into
/// rows, and the key kept from any host but the API's.
/// </summary>
public class FileDownloadTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    private static readonly PollOptions Quick = new() { PollInterval = TimeSpan.FromMilliseconds(10) };

    private readonly string _folder = Directory.CreateTempSubdirectory("seranking-download-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_250000_row_export_is_written_decompressed_to_CSV_with_every_row()
    {
        var connection = Connection(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var url = await ReadyExportAsync(connection, "rows-250000.example.com");
        var path = Path.Combine(_folder, "export.csv");

        var file = await connection.SaveExportAsync(url, path, keepCompressed: false, "backlink export");

        Assert.True(file.Decompressed);
        Assert.Equal(new FileInfo(path).Length, file.BytesWritten);
        Assert.True(file.BytesReceived < file.BytesWritten / 3, $"{file.BytesReceived:N0} bytes came for {file.BytesWritten:N0} written: the body was not gzip.");
        var lines = 0L;
        string? header = null, first = null, last = null;
        foreach (var line in File.ReadLines(path))
        {
            header ??= line;
            if (lines == 1)
            {
                first = line;
            }

            last = line;
            lines++;
        }

        Assert.Equal(250_001, lines);
        Assert.Equal("url_from,url_to,anchor,nofollow,inlink_rank,domain_inlink_rank,first_seen,last_visited", header);
        Assert.StartsWith("https://site", first, StringComparison.Ordinal);
        Assert.Contains(",https://rows-250000.example.com/p0,\"best \"\"camping\"\" gear, reviewed\",1,", first, StringComparison.Ordinal);
        Assert.Contains("/page-249999,https://rows-250000.example.com/p", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kept_compressed_the_file_is_the_gzip_as_it_came()
    {
        var connection = Connection(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var url = await ReadyExportAsync(connection, "rows-300.example.com");
        var path = Path.Combine(_folder, "export.csv.gz");

        var file = await connection.SaveExportAsync(url, path, keepCompressed: true, "backlink export");

        Assert.False(file.Decompressed);
        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var text = new StreamReader(gzip);
        Assert.Equal(301, (await text.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Export_rows_are_read_one_record_at_a_time_as_typed_backlinks()
    {
        var connection = Connection(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var url = await ReadyExportAsync(connection, "rows-20000.example.com");

        using var rows = connection.OpenRows(url, "rows-20000.example.com", "domain", "backlink export", null, CancellationToken.None);
        var count = 0;
        Backlink? first = null;
        var nullRanks = 0;
        while (await rows.MoveNextAsync())
        {
            first ??= rows.Current;
            nullRanks += rows.Current.InlinkRank is null ? 1 : 0;
            count++;
        }

        Assert.Equal(20_000, count);
        Assert.Equal(("rows-20000.example.com", "domain"), (first!.Target, first.Mode));
        Assert.Equal("best \"camping\" gear, reviewed", first.Anchor);
        Assert.True(first.Nofollow);
        Assert.Equal(new DateTime(2024, 1, 1), first.FirstSeen);
        Assert.Equal("https://rows-20000.example.com/p0", first.UrlTo);
        Assert.True(nullRanks > 0, "an inlink rank of -1 reads as unknown");
    }

    [Fact]
    public async Task A_failed_download_leaves_no_partial_file()
    {
        var connection = Connection(fixture.Emulator, fixture.Emulator.Accounts.AddData());
        var path = Path.Combine(_folder, "missing.csv");

        await Assert.ThrowsAnyAsync<SeRanking.Engine.Errors.ApiException>(() => connection.SaveExportAsync(new Uri(fixture.Emulator.DataApiUrl, "export/c/not-a-file.csv.gz"), path, keepCompressed: false, "backlink export"));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task The_key_goes_with_a_link_on_the_APIs_host_but_never_to_another_host()
    {
        await using var fileStore = await ApiEmulator.StartAsync();
        await using var api = await ApiEmulator.StartAsync(new EmulatorOptions { ExportDownloadBase = fileStore.DataApiUrl });
        var account = api.Accounts.AddData();
        var connection = Connection(api, account);
        var url = await ReadyExportAsync(connection, "rows-50.example.com");
        Assert.Equal(fileStore.DataApiUrl.Port, url.Port);

        await connection.SaveExportAsync(url, Path.Combine(_folder, "elsewhere.csv"), keepCompressed: false, "backlink export");

        var download = Assert.Single(fileStore.Requests.Snapshot());
        Assert.Equal(200, download.StatusCode);
        Assert.Null(download.AuthorizationScheme);
        Assert.Null(download.KeyFingerprint);

        // The same link on the API's own host carries the key, as the reference says it should.
        var own = new Uri(api.DataApiUrl, url.AbsolutePath.Substring(fileStore.DataApiUrl.AbsolutePath.Length));
        await connection.SaveExportAsync(own, Path.Combine(_folder, "own.csv"), keepCompressed: false, "backlink export");
        Assert.Contains(api.Requests.Snapshot(), r => r.Path.StartsWith("export/c/", StringComparison.Ordinal) && r.KeyFingerprint == RequestLog.FingerprintOf(account.Key));
    }

    [Theory]
    [InlineData("https://api.seranking.com/export/c/abc.csv.gz", true)]
    [InlineData("https://API.SERANKING.COM:443/export/c/abc.csv.gz", true)]
    [InlineData("https://files.seranking-cdn.example/abc.csv.gz", false)]
    [InlineData("http://api.seranking.com/export/c/abc.csv.gz", false)]
    [InlineData("https://api.seranking.com:8443/export/c/abc.csv.gz", false)]
    public void Only_a_link_on_the_APIs_scheme_host_and_port_is_given_the_key(string link, bool keyed)
    {
        var key = DataApiKey.Parse("80cfee7d-1234-4abc-9def-fc8500816bb3");
        using var message = RequestMessages.Build(new ApiRequest(HttpMethod.Get, "export/c/abc.csv.gz") { AbsoluteUrl = new Uri(link) }, new Uri("https://api.seranking.com/"), key);

        Assert.Equal(keyed, message.Headers.Authorization is not null);
        Assert.DoesNotContain(key.Reveal(), message.RequestUri!.AbsoluteUri, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_that_is_not_gzip_is_passed_through_as_it_came()
    {
        var plain = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("url_from,url_to\r\na,b\r\n"));

        using var body = await FileDownloads.OpenDecompressedAsync(plain, CancellationToken.None);
        using var text = new StreamReader(body);

        Assert.Equal("url_from,url_to\r\na,b\r\n", await text.ReadToEndAsync());
    }

    private static ApiConnection Connection(ApiEmulator emulator, DataAccount account) =>
        ApiConnection.Create(DataApiKey.Parse(account.Key), Connect.Fast(emulator.DataApiUrl));

    /// <summary>Starts an export, waits for its file, and returns the file's URL.</summary>
    internal static async Task<Uri> ReadyExportAsync(ApiConnection connection, string target)
    {
        var task = await connection.StartAsync(new BacklinkExportQuery { Target = target });
        var observer = new ExportObserver();
        await connection.WaitAsync([task.TaskId!], Quick, observer);
        return await connection.DownloadUrlAsync(task.TaskId, observer.Ready!.DownloadUrl);
    }

    internal sealed class ExportObserver : IJobPollObserver<string, BacklinkExportTask>
    {
        public BacklinkExportTask? Ready { get; private set; }

        public Exception? Failure { get; private set; }

        public int Rounds { get; private set; }

        public void Done(string job, BacklinkExportTask result) => Ready = result;

        public void Failed(string job, Exception failure) => Failure = failure;

        public void Progress(PollProgress progress) => Rounds++;
    }
}
