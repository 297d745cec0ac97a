using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SeRanking.Benchmarks;

/// <summary>
/// The whole backlink set of a large site into Export-Csv, in a real PowerShell, side by side with
/// what a user writes without the module (an Invoke-RestMethod page loop that collects the rows,
/// then Export-Csv). The emulator runs as a process of its own, so neither side's figures include
/// it; each PowerShell reports its own peak working set when it is done.
/// </summary>
internal static partial class ExportBenchmark
{
    private const string ModuleScript = """
        param($Manifest, $Url, $Key, $Target, $Out)
        Import-Module $Manifest
        $null = Connect-SeRanking -DataApiKey $Key -DataApiUrl $Url
        $clock = [Diagnostics.Stopwatch]::StartNew()
        Get-SrBacklink -Target $Target -All | Export-Csv -LiteralPath $Out -NoTypeInformation
        $clock.Stop()
        "RESULT {0} {1} {2}" -f $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    private const string RestMethodScript = """
        param($Manifest, $Url, $Key, $Target, $Out)
        $clock = [Diagnostics.Stopwatch]::StartNew()
        $rows = [System.Collections.Generic.List[object]]::new()
        $next = $null
        do {
            $uri = '{0}v1/backlinks/raw?target={1}&limit=100000' -f $Url, $Target
            if ($next) { $uri += '&next=' + [uri]::EscapeDataString($next) }
            $page = Invoke-RestMethod -Uri $uri -Headers @{ Authorization = "Token $Key" }
            $rows.AddRange([object[]] $page.backlinks)
            $next = $page.next
        } while ($next)
        $rows | Export-Csv -LiteralPath $Out -NoTypeInformation
        $clock.Stop()
        "RESULT {0} {1} {2}" -f $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    public static async Task RunAsync(string repositoryRoot, int[] sizes)
    {
        var manifest = Path.Combine(repositoryRoot, "out", "SeRanking", "SeRanking.psd1");
        var emulatorDll = Directory.GetFiles(Path.Combine(repositoryRoot, "tests", "SeRanking.Emulator", "bin"), "SeRanking.Emulator.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        if (!File.Exists(manifest) || emulatorDll is null)
        {
            Console.WriteLine("Export benchmark skipped: build the solution first (out/SeRanking and the emulator).");
            return;
        }

        var port = FreePort();
        using var emulator = Start("dotnet", $"\"{emulatorDll}\" --port {port}", repositoryRoot);
        var key = await ReadKeyAsync(emulator);
        var url = $"http://127.0.0.1:{port}/data/";
        var folder = Directory.CreateTempSubdirectory("seranking-bench-").FullName;
        try
        {
            Console.WriteLine();
            Console.WriteLine("The whole backlink set into Export-Csv, in PowerShell (emulator in its own process, pages of 100,000 rows):");
            Console.WriteLine($"  {"rows",9}  {"what",-44} {"time",8}  {"peak memory",12}");
            foreach (var rows in sizes)
            {
                var target = $"rows-{rows.ToString(CultureInfo.InvariantCulture)}.example.com";
                var module = await RunScriptAsync(repositoryRoot, ModuleScript, manifest, url, key, target, Path.Combine(folder, "module.csv"));
                Report(rows, "Get-SrBacklink -All | Export-Csv", module);
                if (rows == sizes.Max())
                {
                    var rest = await RunScriptAsync(repositoryRoot, RestMethodScript, manifest, url, key, target, Path.Combine(folder, "rest.csv"));
                    Report(rows, "Invoke-RestMethod page loop, then Export-Csv", rest);
                    Console.WriteLine($"  the module: {rest.Seconds / module.Seconds:0.0}x faster, {100.0 * module.PeakBytes / rest.PeakBytes:0}% of the peak memory");
                }
            }
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill(entireProcessTree: true);
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Report(int rows, string what, (double Seconds, long PeakBytes, long Lines) result) =>
        Console.WriteLine($"  {rows,9:N0}  {what,-44} {result.Seconds,7:0.0} s  {result.PeakBytes / 1048576.0,9:N0} MB{(result.Lines == rows ? string.Empty : $"  (CSV holds {result.Lines:N0} rows!)")}");

    internal static async Task<(double Seconds, long PeakBytes, long Lines)> RunScriptAsync(string root, string script, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"seranking-bench-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(file, script);
        try
        {
            var quoted = string.Join(" ", arguments.Select(a => "\"" + a + "\""));
            using var pwsh = Start("dotnet", $"pwsh -NoProfile -NonInteractive -File \"{file}\" {quoted}", root);
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

    internal static Process Start(string file, string arguments, string workingDirectory) =>
        Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{file} did not start.");

    internal static async Task<string> ReadKeyAsync(Process emulator)
    {
        while (await emulator.StandardOutput.ReadLineAsync() is { } line)
        {
            var key = KeyRegex().Match(line);
            if (line.Contains("Data API", StringComparison.Ordinal) && key.Success)
            {
                return key.Value;
            }
        }

        throw new InvalidOperationException("The emulator printed no Data API key.");
    }

    internal static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [GeneratedRegex(@"RESULT ([0-9.]+) ([0-9]+) ([0-9]+)")]
    private static partial Regex ResultRegex();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex KeyRegex();
}
