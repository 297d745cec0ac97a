using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Threading.Tasks;
using SeRanking.Emulator;

namespace SeRanking.Host.Tests.Support;

/// <summary>
/// The built module (out/SeRanking) imported into a real PowerShell runspace, beside a loopback
/// emulator of the three APIs. The module keeps its connections per process, as a user's
/// session does, so every test in this assembly runs in one collection, one at a time.
/// </summary>
public sealed class ModuleHost : IAsyncLifetime
{
    private readonly RecordingHost _host = new();
    private ApiEmulator? _emulator;
    private Runspace? _runspace;

    public ApiEmulator Emulator => _emulator ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>The module folder the build assembled, as a user imports it.</summary>
    public static string ModuleFolder { get; } = FindModuleFolder();

    public static string ManifestPath => Path.Combine(ModuleFolder, "SeRanking.psd1");

    public async Task InitializeAsync()
    {
        _emulator = await ApiEmulator.StartAsync();
        var state = InitialSessionState.CreateDefault2();
        state.ImportPSModule(ManifestPath);
        _runspace = RunspaceFactory.CreateRunspace(_host, state);
        _runspace.Open();
        var imported = Run("Get-Module SeRanking");
        if (imported.Output.Count != 1)
        {
            throw new InvalidOperationException($"The module did not import from {ManifestPath}: {string.Join("; ", imported.Errors)}");
        }
    }

    public async Task DisposeAsync()
    {
        _runspace?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    /// <summary>Runs a script in the module's runspace, with variables set first; never throws for the script's own errors.</summary>
    public HostRun Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace ?? throw new InvalidOperationException("The runspace is not open.");
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            shell.Runspace.SessionStateProxy.SetVariable(name, value);
        }

        shell.AddScript(script);
        _host.Clear();
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException error)
        {
            output = [];
            terminating = error;
        }

        return new HostRun(
            output.ToList(),
            shell.Streams.Error.ToList(),
            shell.Streams.Warning.Select(w => w.Message).ToList(),
            shell.Streams.Verbose.Select(v => v.Message).ToList(),
            _host.Lines,
            _host.Progress,
            terminating);
    }

    /// <summary>
    /// Starts a script, stops it after <paramref name="after"/> as Ctrl+C does, and says how long
    /// the stop took to end it.
    /// </summary>
    public TimeSpan RunAndStop(string script, TimeSpan after)
    {
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace ?? throw new InvalidOperationException("The runspace is not open.");
        shell.AddScript(script);
        var running = shell.BeginInvoke();
        if (running.AsyncWaitHandle.WaitOne(after))
        {
            throw new InvalidOperationException("The script ended before it could be stopped.");
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        shell.Stop();
        return clock.Elapsed;
    }

    /// <summary>Connects the module to the emulator with a fresh Data API account.</summary>
    public DataAccount ConnectData(long credits = 1_000_000, string extra = "")
    {
        var account = Emulator.Accounts.AddData(credits);
        Run($"Connect-SeRanking -DataApiKey $key -DataApiUrl $url -MaxRetries 2 {extra} | Out-Null", new Dictionary<string, object?>
        {
            ["key"] = account.Key,
            ["url"] = Emulator.DataApiUrl.AbsoluteUri,
        }).ThrowOnError();
        return account;
    }

    /// <summary>
    /// Connects the module to the emulator's Project API with a fresh account: with its SE Ranking
    /// API key (a UUID, -ApiKey: the Data API and the unified host together), or with its legacy
    /// 40-hex key (-ProjectApiKey: api4).
    /// </summary>
    public ProjectAccount ConnectProject(bool unified = true, string extra = "")
    {
        var account = Emulator.Accounts.AddProject();
        var script = unified
            ? $"Connect-SeRanking -ApiKey $key -DataApiUrl $url -MaxRetries 2 {extra} | Out-Null"
            : $"Connect-SeRanking -ProjectApiKey $key -ProjectApiUrl $url -MaxRetries 2 {extra} | Out-Null";
        Run(script, new Dictionary<string, object?>
        {
            ["key"] = unified ? account.UnifiedKey : account.Key,
            ["url"] = (unified ? Emulator.DataApiUrl : Emulator.ProjectApiUrl).AbsoluteUri,
        }).ThrowOnError();
        return account;
    }

    private static string FindModuleFolder()
    {
        var folder = typeof(ModuleHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ModuleFolder").Value!;
        return File.Exists(Path.Combine(folder, "SeRanking.psd1"))
            ? folder
            : throw new InvalidOperationException($"No module folder at {folder}: build src/SeRanking first.");
    }
}

/// <summary>What a script wrote to each stream and to the console, and the error that stopped it, if any.</summary>
public sealed record HostRun(
    IReadOnlyList<PSObject> Output,
    IReadOnlyList<ErrorRecord> Errors,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Verbose,
    IReadOnlyList<string> HostLines,
    IReadOnlyList<ProgressRecord> Progress,
    Exception? Terminating)
{
    /// <summary>Every error, the terminating one included, as PowerShell would show its id.</summary>
    public IEnumerable<string> ErrorIds =>
        Errors.Select(e => e.FullyQualifiedErrorId)
            .Concat(Terminating is IContainsErrorRecord { ErrorRecord: { } record } ? [record.FullyQualifiedErrorId] : []);

    /// <summary>The "What if:" lines ShouldProcess wrote to the console.</summary>
    public IEnumerable<string> WhatIf => HostLines.Where(line => line.StartsWith("What if:", StringComparison.Ordinal));

    public HostRun ThrowOnError()
    {
        if (Terminating is not null || Errors.Count > 0)
        {
            throw new InvalidOperationException(
                "The script failed: " + string.Join(" | ", Errors.Select(e => e.ToString()).Append(Terminating?.Message).OfType<string>()));
        }

        return this;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InModuleHost : ICollectionFixture<ModuleHost>
{
    public const string Name = "Module host";
}
