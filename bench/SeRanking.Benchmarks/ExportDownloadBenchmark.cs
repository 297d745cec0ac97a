using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SeRanking.Benchmarks;

/// <summary>
/// A backlink export's file downloaded to CSV in a real PowerShell: the export is started and
/// awaited first (not timed), then Receive-SrBacklinkExport reads the gzip as it arrives and
/// writes it decompressed (-OutFile), or hands its rows to Export-Csv. Each PowerShell reports the
/// download's time and its own peak working set; the emulator runs in a process of its own and
/// generates the file while it sends it.
/// </summary>
internal static class ExportDownloadBenchmark
{
    private const string Prepare = """
        Import-Module $Manifest
        $null = Connect-SeRanking -DataApiKey $Key -DataApiUrl $Url
        $ready = Start-SrBacklinkExport -Target $Target | Wait-SrBacklinkExport -PollIntervalSec 1
        [GC]::Collect()
        $clock = [Diagnostics.Stopwatch]::StartNew()
        """;

    private const string Report = """
        $clock.Stop()
        "RESULT {0} {1} {2}" -f $clock.Elapsed.TotalSeconds, [Diagnostics.Process]::GetCurrentProcess().PeakWorkingSet64, ((Get-Content -LiteralPath $Out | Measure-Object -Line).Lines - 1)
        """;

    private const string ToFile = "param($Manifest, $Url, $Key, $Target, $Out)\n" + Prepare + "\n$null = $ready | Receive-SrBacklinkExport -OutFile $Out\n" + Report;

    private const string ToRows = "param($Manifest, $Url, $Key, $Target, $Out)\n" + Prepare + "\n$ready | Receive-SrBacklinkExport | Export-Csv -LiteralPath $Out -NoTypeInformation\n" + Report;

    public static async Task RunAsync(string repositoryRoot, int rows)
    {
        var manifest = Path.Combine(repositoryRoot, "out", "SeRanking", "SeRanking.psd1");
        var emulatorDll = Directory.GetFiles(Path.Combine(repositoryRoot, "tests", "SeRanking.Emulator", "bin"), "SeRanking.Emulator.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        if (!File.Exists(manifest) || emulatorDll is null)
        {
            Console.WriteLine("Export download benchmark skipped: build the solution first (out/SeRanking and the emulator).");
            return;
        }

        var port = ExportBenchmark.FreePort();
        using var emulator = ExportBenchmark.Start("dotnet", $"\"{emulatorDll}\" --port {port}", repositoryRoot);
        var key = await ExportBenchmark.ReadKeyAsync(emulator);
        var url = $"http://127.0.0.1:{port}/data/";
        var folder = Directory.CreateTempSubdirectory("seranking-bench-").FullName;
        var target = $"rows-{rows.ToString(CultureInfo.InvariantCulture)}.example.com";
        try
        {
            Console.WriteLine();
            Console.WriteLine("A backlink export's .csv.gz downloaded to CSV, in PowerShell (after Start | Wait; emulator in its own process):");
            Console.WriteLine($"  {"rows",9}  {"what",-52} {"time",8}  {"peak memory",12}");
            var file = await ExportBenchmark.RunScriptAsync(repositoryRoot, ToFile, manifest, url, key, target, Path.Combine(folder, "file.csv"));
            Print(rows, "Receive-SrBacklinkExport -OutFile (decompressed)", file);
            var piped = await ExportBenchmark.RunScriptAsync(repositoryRoot, ToRows, manifest, url, key, target, Path.Combine(folder, "rows.csv"));
            Print(rows, "Receive-SrBacklinkExport | Export-Csv (typed rows)", piped);
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

    private static void Print(int rows, string what, (double Seconds, long PeakBytes, long Lines) result) =>
        Console.WriteLine($"  {rows,9:N0}  {what,-52} {result.Seconds,7:0.0} s  {result.PeakBytes / 1048576.0,9:N0} MB{(result.Lines == rows ? string.Empty : $"  (CSV holds {result.Lines:N0} rows!)")}");
}
