using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Benchmarks;

/// <summary>
/// A plain console benchmark (BenchmarkDotNet would need minutes on a two-core machine for
/// figures this coarse): throughput against the emulator's 10 requests/s limit, the parse cost of
/// the rows of each large list, and the whole backlink set of a large site into Export-Csv in a
/// real PowerShell beside an Invoke-RestMethod loop, a backlink export's file downloaded to CSV,
/// a Project API session of 5,000 keywords; and, when asked for, 60,000 Serpstat rows under its
/// 1 request/s limit.
/// </summary>
/// <remarks>
/// dotnet run -c Release --project bench/SeRanking.Benchmarks [-- [throughput] [parse] [export] [download] [project] [serpstat] [--calls N] [--rows 25000,250000]]
/// With no part named, the first five run (download uses the largest of --rows); serpstat (about
/// three minutes at 1 request/s) runs only when named.
/// </remarks>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var calls = Option(args, "--calls") is { } callText ? int.Parse(callText, CultureInfo.InvariantCulture) : 200;
        var rows = (Option(args, "--rows") ?? "25000,250000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var parts = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !char.IsDigit(a[0])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Wants(string part) => parts.Count == 0 || parts.Contains(part);

        Console.WriteLine($"SeRanking benchmark ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");
        if (Wants("throughput"))
        {
            await MeasureThroughputAsync(calls);
        }

        if (Wants("parse"))
        {
            MeasureParsing();
            ListParsing.Measure();
        }

        if (Wants("export"))
        {
            await ExportBenchmark.RunAsync(RepositoryRoot(), rows);
        }

        if (Wants("download"))
        {
            await ExportDownloadBenchmark.RunAsync(RepositoryRoot(), rows.Max());
        }

        if (Wants("project"))
        {
            await ProjectBenchmark.RunAsync(RepositoryRoot());
        }

        if (parts.Contains("serpstat"))
        {
            await SerpstatBenchmark.RunAsync(RepositoryRoot());
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeRanking.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SeRanking.sln was not found above the benchmark's folder.");
    }

    private static async Task MeasureThroughputAsync(int calls)
    {
        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { DataRequestsPerSecond = 10 });
        var account = emulator.Accounts.AddData();
        var connection = ApiConnection.Create(DataApiKey.Parse(account.Key), new ConnectionOptions { BaseUri = emulator.DataApiUrl });
        var retries = 0;
        var trace = new CountingTrace(() => Interlocked.Increment(ref retries));

        await connection.GetAsync(AccountOperations.Subscription, NoQuery.Value); // warm-up: connection, JIT
        emulator.Requests.Clear();
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < calls)
            {
                await connection.GetAsync(AccountOperations.Subscription, NoQuery.Value, trace);
            }
        })));
        clock.Stop();

        var seen = emulator.Requests.Snapshot();
        var tooMany = seen.Count(r => r.StatusCode == 429);
        var ticks = seen.Select(r => r.ReceivedTicks).Order().ToArray();
        var busiest = 0;
        for (int start = 0, end = 0; end < ticks.Length; end++)
        {
            while (ticks[end] - ticks[start] >= Stopwatch.Frequency)
            {
                start++;
            }

            busiest = Math.Max(busiest, end - start + 1);
        }

        Console.WriteLine();
        Console.WriteLine($"Throughput against a 10 requests/s limit, {calls} calls from 8 threads sharing one key:");
        Console.WriteLine($"  elapsed             {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"  requests per second {calls / clock.Elapsed.TotalSeconds:0.00}");
        Console.WriteLine($"  429 answers seen    {tooMany} (client retries: {retries})");
        Console.WriteLine($"  busiest 1 s window  {busiest} requests at the server");
    }

    private static void MeasureParsing()
    {
        var sample = LoadSummarySample();
        using var document = JsonDocument.Parse(sample);
        var rows = document.RootElement.GetProperty("summary").EnumerateArray().Select(r => r.GetRawText()).ToArray();
        const int recordsPerBody = 100;
        var body = Encoding.UTF8.GetBytes("{\"summary\":[" + string.Join(",", Enumerable.Range(0, recordsPerBody).Select(i => rows[i % rows.Length])) + "]}");

        for (var i = 0; i < 200; i++)
        {
            ReadAll(body);
        }

        const int iterations = 2000;
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            ReadAll(body);
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var records = (double)iterations * recordsPerBody;

        Console.WriteLine();
        Console.WriteLine($"Parse cost of a backlink-summary record ({recordsPerBody} records a body, {body.Length:N0} bytes, {iterations} bodies):");
        Console.WriteLine($"  time per record     {clock.Elapsed.TotalMilliseconds * 1_000_000 / records:N0} ns");
        Console.WriteLine($"  allocated/record    {allocated / records:N0} bytes");
        Console.WriteLine($"  throughput          {records / clock.Elapsed.TotalSeconds:N0} records/s ({body.Length * (double)iterations / clock.Elapsed.TotalSeconds / 1_048_576:N0} MiB/s)");
    }

    private static int ReadAll(byte[] body)
    {
        using var reader = new JsonRowReader<BacklinkSummary>(new MemoryStream(body), BacklinkOperations.Summary.Rows, BacklinkOperations.Summary.RowTypeInfo);
        var rows = 0;
        while (reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            rows++;
        }

        return rows;
    }

    private static byte[] LoadSummarySample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Reference", "api", "samples", "seranking-backlinks-summary.json");
            if (File.Exists(candidate))
            {
                return File.ReadAllBytes(candidate);
            }
        }

        throw new FileNotFoundException("tests/Reference/api/samples/seranking-backlinks-summary.json was not found above the benchmark's folder.");
    }

    private sealed class CountingTrace(Action onRetry) : IApiTrace
    {
        public void Write(ApiTraceEvent traceEvent)
        {
            if (traceEvent.Kind == ApiTraceKind.Retrying)
            {
                onRetry();
            }
        }
    }
}
