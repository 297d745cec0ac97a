using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace SeRanking.Emulator;

/// <summary>
/// Runs the emulator on its own, for Pester tests and manual tries:
/// <c>dotnet run -- [--port N] [--serp-polls-until-done N]</c>.
/// </summary>
internal static class Program
{
    private const string Usage =
        "Usage: SeRanking.Emulator [--port N] [--serp-polls-until-done N]\n" +
        "  --port N                    N from 0 to 65535; 0 or none picks a free port\n" +
        "  --serp-polls-until-done N   reads of a new SERP task that answer \"processing\" before it is done\n" +
        "                              (N from 0; default 1; 0 finishes tasks at once)";

    private static async Task<int> Main(string[] args)
    {
        if (!TryReadOptions(args, out var options))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        await using var emulator = await ApiEmulator.StartAsync(options);
        var data = emulator.Accounts.AddData();
        var project = emulator.Accounts.AddProject();
        var serpstat = emulator.Accounts.AddSerpstat();

        // These are the emulator's own made-up keys, safe to print.
        Console.WriteLine($"SeRanking API emulator listening on {emulator.BaseAddress}");
        Console.WriteLine($"  Data API     {emulator.DataApiUrl}  key   {data.Key}");
        Console.WriteLine($"  Project API  {emulator.ProjectApiUrl}  key   {project.Key}  (legacy host)");
        Console.WriteLine($"  Project API  {emulator.DataApiUrl}v1/project-management/  key   {project.UnifiedKey}  (unified host; the key is also a Data API key)");
        Console.WriteLine($"  Serpstat     {emulator.SerpstatApiUrl}  token {serpstat.Token}");
        Console.WriteLine($"  Control      {new Uri(emulator.BaseAddress, "_emulator/")}");
        Console.WriteLine($"  SERP tasks   done after {options.SerpPollsUntilDone.ToString(CultureInfo.InvariantCulture)} read(s) answering \"processing\"");
        Console.WriteLine("Press Ctrl+C to stop");

        var stopRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stopRequested.TrySetResult();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stopRequested.Task;
        return 0;
    }

    /// <summary>Reads <c>--port N</c> and <c>--serp-polls-until-done N</c>, each at most once, in any order.</summary>
    private static bool TryReadOptions(string[] args, out EmulatorOptions options)
    {
        options = new EmulatorOptions();
        var portSeen = false;
        var pollsSeen = false;
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            switch (args[i])
            {
                case "--port" when !portSeen && value <= 65535:
                    options.Port = value;
                    portSeen = true;
                    break;
                case "--serp-polls-until-done" when !pollsSeen:
                    options.SerpPollsUntilDone = value;
                    pollsSeen = true;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
