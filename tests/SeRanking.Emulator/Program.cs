using System;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace SeRanking.Emulator;

/// <summary>Runs the emulator on its own, for Pester tests and manual tries: <c>dotnet run -- --port N</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (!TryReadPort(args, out var port))
        {
            await Console.Error.WriteLineAsync("Usage: SeRanking.Emulator [--port N]   (N from 0 to 65535; 0 or none picks a free port)");
            return 2;
        }

        await using var emulator = await ApiEmulator.StartAsync(new EmulatorOptions { Port = port });
        var data = emulator.Accounts.AddData();
        var project = emulator.Accounts.AddProject();
        var serpstat = emulator.Accounts.AddSerpstat();

        // These are the emulator's own made-up keys, safe to print.
        Console.WriteLine($"SeRanking API emulator listening on {emulator.BaseAddress}");
        Console.WriteLine($"  Data API     {emulator.DataApiUrl}  key   {data.Key}");
        Console.WriteLine($"  Project API  {emulator.ProjectApiUrl}  key   {project.Key}");
        Console.WriteLine($"  Serpstat     {emulator.SerpstatApiUrl}  token {serpstat.Token}");
        Console.WriteLine($"  Control      {new Uri(emulator.BaseAddress, "_emulator/")}");
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

    private static bool TryReadPort(string[] args, out int port)
    {
        port = 0;
        return args switch
        {
            [] => true,
            ["--port", var value] => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535,
            _ => false,
        };
    }
}
