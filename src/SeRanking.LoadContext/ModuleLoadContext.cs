using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace SeRanking.LoadContext;

/// <summary>
/// The load context SeRanking's engine and its dependencies live in on PowerShell 7. PowerShell
/// loads every module's assemblies into one default context, where only one System.Text.Json or
/// Polly.Core can exist: whichever module loads first wins and the others break. Here the engine
/// asks this context for its dependencies, which it serves from the module's Dependencies folder,
/// so another module's versions (older or newer) never reach the engine, and the engine's never
/// reach the default context.
/// </summary>
/// <remarks>
/// Unlike Microsoft.Graph.Authentication and PSResourceGet, which create a plain context through
/// reflection and fill it from <c>AppDomain.AssemblyResolve</c> (so the default context is asked
/// first, and a Polly another module put there would be used), this context overrides
/// <see cref="Load"/>: it decides before the default context is consulted.
/// </remarks>
public sealed class ModuleLoadContext : AssemblyLoadContext
{
    /// <summary>The context's name, as <c>[System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($a).Name</c> shows it.</summary>
    public const string ContextName = "SeRanking";

    /// <summary>The one assembly the cmdlets reference from the Dependencies folder.</summary>
    public const string EngineAssemblyName = "SeRanking.Engine";

    /// <summary>
    /// Always served from the Dependencies folder, even where the runtime has its own copy: the
    /// engine, and the packages other modules ship in other versions (the JSON stack, Polly and
    /// the interfaces they share). Everything else the runtime carries at the version asked for
    /// (System.Memory, System.Buffers, System.Threading.Tasks.Extensions, ...) comes from the
    /// runtime: their netstandard builds redefine Span&lt;T&gt;, ValueTask&lt;T&gt; and friends, and
    /// a second copy of those would split the engine from the runtime it calls.
    /// </summary>
    private static readonly HashSet<string> AlwaysPrivate = new(StringComparer.OrdinalIgnoreCase)
    {
        EngineAssemblyName,
        "Polly.Core",
        "System.Text.Json",
        "System.Text.Encodings.Web",
        "System.IO.Pipelines",
        "Microsoft.Bcl.AsyncInterfaces",
        "Microsoft.Bcl.TimeProvider",
    };

    private static readonly object Gate = new();
    private static readonly Dictionary<string, ModuleLoadContext> ByFolder = new(StringComparer.OrdinalIgnoreCase);
    private static bool s_servingDefault;

    private readonly Dictionary<string, string> _files;
    private readonly RuntimeAssemblies _runtime;

    internal ModuleLoadContext(string dependencyFolder, RuntimeAssemblies runtime)
        : base(ContextName, isCollectible: false)
    {
        DependencyFolder = Path.GetFullPath(dependencyFolder);
        _runtime = runtime;
        _files = Directory.EnumerateFiles(DependencyFolder, "*.dll")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The folder this context serves assemblies from.</summary>
    public string DependencyFolder { get; }

    /// <summary>
    /// Called (through reflection) by SeRanking.dll's module initializer on every import: makes
    /// the default context ask this module's context for the engine. Idempotent; a second copy of
    /// the module (another version, another folder) gets a context of its own.
    /// </summary>
    public static ModuleLoadContext Install(string dependencyFolder)
    {
        var folder = Path.GetFullPath(dependencyFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        lock (Gate)
        {
            if (!ByFolder.TryGetValue(folder, out var context))
            {
                context = new ModuleLoadContext(folder, RuntimeAssemblies.FromTrustedPlatformList());
                ByFolder.Add(folder, context);
            }

            if (!s_servingDefault)
            {
                Default.Resolving += ServeEngineToDefault;
                s_servingDefault = true;
            }

            return context;
        }
    }

    /// <summary>Called when the module is removed: the default context stops asking. Loaded assemblies stay (they cannot be unloaded).</summary>
    public static void Uninstall()
    {
        lock (Gate)
        {
            if (s_servingDefault)
            {
                Default.Resolving -= ServeEngineToDefault;
                s_servingDefault = false;
            }
        }
    }

    /// <summary>
    /// What this context hands the default context: the engine, and nothing else, so that no
    /// dependency of SeRanking's ever satisfies another module's request.
    /// </summary>
    internal Assembly? ServeToDefault(AssemblyName requested)
    {
        if (!string.Equals(requested.Name, EngineAssemblyName, StringComparison.OrdinalIgnoreCase)
            || !_files.TryGetValue(EngineAssemblyName, out var path))
        {
            return null;
        }

        return requested.Version is null || AssemblyName.GetAssemblyName(path).Version == requested.Version
            ? LoadFromAssemblyName(requested)
            : null;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name;
        if (name is null || !_files.TryGetValue(name, out var path))
        {
            // Not shipped by the module: the runtime's or PowerShell's own (netstandard, SMA).
            return null;
        }

        if (!AlwaysPrivate.Contains(name) && _runtime.Carries(assemblyName))
        {
            return null;
        }

        return LoadFromAssemblyPath(path);
    }

    private static Assembly? ServeEngineToDefault(AssemblyLoadContext defaultContext, AssemblyName requested)
    {
        ModuleLoadContext[] contexts;
        lock (Gate)
        {
            contexts = ByFolder.Values.ToArray();
        }

        foreach (var context in contexts)
        {
            if (context.ServeToDefault(requested) is { } engine)
            {
                return engine;
            }
        }

        return null;
    }
}
