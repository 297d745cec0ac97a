using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.Keywords;
using SeRanking.Engine.Project.Positions;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Transport;

namespace SeRanking.Benchmarks;

/// <summary>
/// Issue 13's figure: 5,000 keywords added to a project from a CSV file and their 90-day positions
/// exported, against the emulator's 5 requests/s per key: the requests sent, the wall time beside
/// the floor the rate sets, and the 429s (there must be none). Measured twice: by the engine alone,
/// and by the cmdlets in a real PowerShell (Import-Csv | Add-SrProjectKeyword, then
/// Get-SrProjectPosition | Export-Csv), both on the unified host.
/// </summary>
internal static partial class ProjectBenchmark
{
    private const int Keywords = 5000;
    private const int Days = 90;

    private const string Script = """
        param($Manifest, $Url, $Key, $Csv, $Out)
        Import-Module $Manifest
        $null = Connect-SeRanking -ApiKey $Key -DataApiUrl $Url
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $project = New-SrProject -Url bench-shop.com -Title 'Benchmark shop'
        $null = $project | Add-SrProjectSearchEngine -SearchEngineId 200
        $added = @(Import-Csv $Csv | Add-SrProjectKeyword -SiteId $project.SiteId).Count
        $addSeconds = $clock.Elapsed.TotalSeconds
        $project | Get-SrProjectPosition -From (Get-Date).Date.AddDays(-90) -To (Get-Date).Date.AddDays(-1) | Export-Csv -LiteralPath $Out -NoTypeInformation
        $clock.Stop()
        "RESULT {0} {1} {2} {3} {4}" -f $addSeconds, $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, $added, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    public static async Task RunAsync(string repositoryRoot)
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { ProjectRequestsPerSecond = 5 });
        Console.WriteLine();
        Console.WriteLine($"{Keywords:N0} keywords added from a CSV file and their {Days}-day positions exported (Project API, unified host, 5 requests/s per key):");
        await MeasureEngineAsync(emulator);
        await MeasurePowerShellAsync(emulator, repositoryRoot);
    }

    private static async Task MeasureEngineAsync(ApiEmulator emulator)
    {
        var account = emulator.Accounts.AddProject();
        var connection = ApiConnection.Create(ProjectApiKey.Parse(account.UnifiedKey), new ConnectionOptions { BaseUri = emulator.DataApiUrl });
        var keywords = Enumerable.Range(1, Keywords).Select(i => new NewProjectKeyword { Keyword = $"outdoor gear {i}" }).ToList();

        var clock = Stopwatch.StartNew();
        var site = await connection.CreateAsync(new ProjectSettingsQuery { Url = "bench-shop.com", Title = "Benchmark" });
        var engine = await connection.AddSearchEngineAsync(new ProjectSearchEngineSettingsQuery { SiteId = site.SiteId, SearchEngineId = 200 });
        var added = await connection.AddAllAsync(site.SiteId, keywords);
        var addTime = clock.Elapsed;
        long rows = 0;
        var cursor = connection.OpenCursor(
            ProjectPositionOperations.Positions,
            new ProjectPositionQuery { SiteId = site.SiteId, SiteEngineId = engine.SiteEngineId, From = DateTime.Today.AddDays(-Days), To = DateTime.Today.AddDays(-1) },
            RowWindow.Everything,
            null,
            null,
            default);
        while (await cursor.MoveNextAsync())
        {
            rows++;
        }

        clock.Stop();
        Report("engine (AddAllAsync, positions streamed)", emulator, account, addTime.TotalSeconds, clock.Elapsed.TotalSeconds, added.Count(r => r.Status == "Added"), rows, null);
    }

    private static async Task MeasurePowerShellAsync(ApiEmulator emulator, string repositoryRoot)
    {
        var manifest = Path.Combine(repositoryRoot, "out", "SeRanking", "SeRanking.psd1");
        if (!File.Exists(manifest))
        {
            Console.WriteLine("  PowerShell part skipped: build the solution first (out/SeRanking).");
            return;
        }

        var account = emulator.Accounts.AddProject();
        var folder = Directory.CreateTempSubdirectory("seranking-project-bench-").FullName;
        try
        {
            var csv = Path.Combine(folder, "keywords.csv");
            await File.WriteAllLinesAsync(csv, ["keyword", .. Enumerable.Range(1, Keywords).Select(i => $"outdoor gear {i}")]);
            var script = Path.Combine(folder, "run.ps1");
            await File.WriteAllTextAsync(script, Script);
            var arguments = string.Join(" ", new[] { manifest, emulator.DataApiUrl.AbsoluteUri, account.UnifiedKey, csv, Path.Combine(folder, "positions.csv") }.Select(a => "\"" + a + "\""));
            using var pwsh = Process.Start(new ProcessStartInfo("dotnet", $"pwsh -NoProfile -NonInteractive -File \"{script}\" {arguments}")
            {
                WorkingDirectory = repositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pwsh did not start.");
            var output = await pwsh.StandardOutput.ReadToEndAsync();
            var errors = await pwsh.StandardError.ReadToEndAsync();
            await pwsh.WaitForExitAsync();
            var result = ResultRegex().Match(output);
            if (!result.Success)
            {
                throw new InvalidOperationException($"The PowerShell run gave no result: {output} {errors}");
            }

            double Number(int group) => double.Parse(result.Groups[group].Value, CultureInfo.InvariantCulture);
            Report("PowerShell (Import-Csv | Add-SrProjectKeyword; Get-SrProjectPosition | Export-Csv)", emulator, account, Number(1), Number(2), (long)Number(4), (long)Number(5), (long)Number(3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// The floor is the rate's: n requests at 5 a second take n / 5 seconds. An idle key may start
    /// with a burst of five, so the rolling window's own minimum between the first request and the
    /// last is ceil(n / 5) - 1 seconds (plus the client's 40 ms margin per window); both are shown.
    /// </summary>
    private static void Report(string what, ApiEmulator emulator, ProjectAccount account, double addSeconds, double totalSeconds, long added, long rows, long? peakBytes)
    {
        var requests = emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey)).ToList();
        var addRequests = requests.Count(r => r.Method == "POST");
        Console.WriteLine($"  {what}:");
        Console.WriteLine($"    requests            {requests.Count} ({addRequests} to create and add: 1 project, 1 engine, {addRequests - 2} of up to {ProjectKeywordAddQuery.BatchSize} keywords; {requests.Count - addRequests} reads)");
        Console.WriteLine($"    429 answers         {requests.Count(r => r.StatusCode == 429)}");
        Console.WriteLine($"    keywords added      {added:N0}");
        Console.WriteLine($"    adding              {addSeconds:0.00} s; floor {Floor(addRequests)}, {100 * (addSeconds / (addRequests / 5.0) - 1):+0;-0;0}% against n/5");
        Console.WriteLine($"    all, with export    {totalSeconds:0.00} s; floor {Floor(requests.Count)}; {rows:N0} position rows{(peakBytes is { } peak ? $", peak memory {peak / 1048576.0:N0} MB" : string.Empty)}");
    }

    private static string Floor(int requests) =>
        $"{requests / 5.0:0.00} s at a steady 5/s for {requests} requests (burst minimum {Math.Max(0, Math.Ceiling(requests / 5.0) - 1) * 1.04:0.00} s)";

    [GeneratedRegex(@"RESULT ([0-9.]+) ([0-9.]+) ([0-9]+) ([0-9]+) ([0-9]+)")]
    private static partial Regex ResultRegex();
}
