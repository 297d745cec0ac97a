using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SeRanking.Emulator;

namespace SeRanking.Benchmarks;

/// <summary>
/// 60,000 Serpstat keyword rows (getKeywords) paged at 1,000 into Export-Csv under Serpstat's 1
/// request/s limit, in a real PowerShell, beside the Invoke-RestMethod page loop a script would
/// write (pacing itself with a one-second sleep, as Serpstat's own MCP server does). The emulator
/// enforces the limit and runs in this process, so its request log gives the 429s and the busiest
/// window; each PowerShell reports its own time and peak working set.
/// </summary>
internal static partial class SerpstatBenchmark
{
    private const int Rows = 60_000;
    private const string Keyword = "rows-60000 camping tent";

    private const string ModuleScript = """
        param($Manifest, $Url, $Token, $Keyword, $Out)
        Import-Module $Manifest
        $null = Connect-Serpstat -Token $Token -ApiUrl $Url
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Get-SerpstatKeywordIdea -Keyword $Keyword -Database g_us -All | Export-Csv -LiteralPath $Out -NoTypeInformation
        $clock.Stop()
        "RESULT {0} {1} {2}" -f $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    private const string RestMethodScript = """
        param($Manifest, $Url, $Token, $Keyword, $Out)
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $rows = [System.Collections.Generic.List[object]]::new()
        $page = 1
        do {
            $body = @{ id = "$page"; method = 'SerpstatKeywordProcedure.getKeywords'; params = @{ keyword = $Keyword; se = 'g_us'; page = $page; size = 1000 } } | ConvertTo-Json -Depth 5
            $answer = Invoke-RestMethod -Uri ('{0}?token={1}' -f $Url, $Token) -Method Post -Body $body -ContentType 'application/json'
            $rows.AddRange([object[]] $answer.result.data)
            $page++
            Start-Sleep -Seconds 1
        } while ($answer.result.data.Count -eq 1000 -and $rows.Count -lt $answer.result.summary_info.total)
        $rows | Export-Csv -LiteralPath $Out -NoTypeInformation
        $clock.Stop()
        "RESULT {0} {1} {2}" -f $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    public static async Task RunAsync(string repositoryRoot)
    {
        var manifest = Path.Combine(repositoryRoot, "out", "SeRanking", "SeRanking.psd1");
        if (!File.Exists(manifest))
        {
            Console.WriteLine("Serpstat benchmark skipped: build the solution first (out/SeRanking).");
            return;
        }

        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { SerpstatRequestsPerSecond = 1 });

        // A real API is warm: the emulator's first requests (its own JIT, which made it count the
        // first request late and answer the second 429) are made here, with a token of their own.
        await WarmUpAsync(emulator);
        var folder = Directory.CreateTempSubdirectory("serpstat-bench-").FullName;
        try
        {
            Console.WriteLine();
            Console.WriteLine($"{Rows:N0} Serpstat keyword rows (getKeywords, pages of 1,000) into Export-Csv under the 1 request/s limit, in PowerShell:");
            Console.WriteLine($"  {"what",-50} {"time",8}  {"floor",7}  {"calls",5}  {"429s",4}  {"busiest 1 s",11}  {"peak memory",11}");
            var module = await MeasureAsync(emulator, repositoryRoot, ModuleScript, manifest, Path.Combine(folder, "module.csv"));
            Report("Get-SerpstatKeywordIdea -All | Export-Csv", module);
            var rest = await MeasureAsync(emulator, repositoryRoot, RestMethodScript, manifest, Path.Combine(folder, "rest.csv"));
            Report("Invoke-RestMethod page loop (1 s sleep), then Export-Csv", rest);
            Console.WriteLine($"  floor: {Rows / 1000} calls at 1 request/s, the first at 0 s and the last at {Rows / 1000 - 1} s; the module took {100.0 * (module.Seconds - module.Floor) / module.Floor:0.0}% more than the floor, at {100.0 * module.PeakBytes / rest.PeakBytes:0}% of the loop's peak memory.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WarmUpAsync(ApiEmulator emulator)
    {
        var account = emulator.Accounts.AddSerpstat();
        var connection = SeRanking.Engine.Transport.ApiConnection.Create(
            SeRanking.Engine.Keys.SerpstatToken.Parse(account.Token),
            new SeRanking.Engine.Transport.ConnectionOptions { BaseUri = emulator.SerpstatApiUrl, RequestsPerWindow = 1 });
        var query = new SeRanking.Engine.Serpstat.SerpstatKeywordQuery { Keyword = "rows-1000 warm up", Database = "g_us" };
        for (var i = 0; i < 3; i++)
        {
            await foreach (var _ in SeRanking.Engine.Operations.OperationRunner.StreamAsync(connection, SeRanking.Engine.Serpstat.Keywords.SerpstatKeywordOperations.Phrase, query, SeRanking.Engine.Operations.RowWindow.Take(1000)))
            {
            }
        }
    }

    private static async Task<Result> MeasureAsync(ApiEmulator emulator, string root, string script, string manifest, string output)
    {
        var account = emulator.Accounts.AddSerpstat(lines: 10_000_000);
        var (seconds, peak, lines) = await RunScriptAsync(root, script, manifest, emulator.SerpstatApiUrl.AbsoluteUri, account.Token, Keyword, output);
        var requests = emulator.Requests.Snapshot().Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Token)).ToList();
        var ticks = requests.Where(r => r.StatusCode != 429).Select(r => r.ReceivedTicks).Order().ToArray();
        var busiest = 0;
        for (int start = 0, end = 0; end < ticks.Length; end++)
        {
            while (ticks[end] - ticks[start] >= Stopwatch.Frequency)
            {
                start++;
            }

            busiest = Math.Max(busiest, end - start + 1);
        }

        var calls = requests.Count(r => r.StatusCode == 200);

        return new Result(seconds, Math.Max(0, calls - 1), calls, requests.Count(r => r.StatusCode == 429), busiest, peak, lines);
    }

    private static void Report(string what, Result result) =>
        Console.WriteLine($"  {what,-50} {result.Seconds,6:0.0} s  {result.Floor,5:0} s  {result.Calls,5}  {result.TooMany,4}  {result.Busiest,11}  {result.PeakBytes / 1048576.0,8:N0} MB{(result.Lines == Rows ? string.Empty : $"  (CSV holds {result.Lines:N0} rows!)")}");

    private static async Task<(double Seconds, long PeakBytes, long Lines)> RunScriptAsync(string root, string script, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"serpstat-bench-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var quoted = string.Join(" ", arguments.Select(a => "\"" + a + "\""));
            using var pwsh = Process.Start(new ProcessStartInfo("dotnet", $"pwsh -NoProfile -NonInteractive -File \"{file}\" {quoted}")
            {
                WorkingDirectory = root,
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

            return (
                double.Parse(result.Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(result.Groups[2].Value, CultureInfo.InvariantCulture),
                long.Parse(result.Groups[3].Value, CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>One run: its time, the time the limit allows at best (a second per call after the first), calls, 429s, busiest window, peak memory, CSV rows.</summary>
    private sealed record Result(double Seconds, double Floor, int Calls, int TooMany, int Busiest, long PeakBytes, long Lines);

    [GeneratedRegex(@"RESULT ([0-9.]+) ([0-9]+) ([0-9]+)")]
    private static partial Regex ResultRegex();
}
