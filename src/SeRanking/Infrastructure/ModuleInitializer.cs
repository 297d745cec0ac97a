using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SeRanking.Infrastructure;

/// <summary>
/// Runs when the module is imported and removed, before any cmdlet touches the engine. The
/// engine and its dependencies ship in the module's Dependencies folder, out of PowerShell's
/// sight; this tells the runtime where to find them, differently on each edition.
/// </summary>
/// <remarks>
/// PowerShell may call <see cref="OnImport"/> more than once for one import; both paths are
/// idempotent. Nothing here may mention an engine type: this class is loaded before the engine
/// can be found.
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    public void OnImport() => DependencyIsolation.Install();

    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyIsolation.Uninstall();
}

/// <summary>How each PowerShell edition is shown the Dependencies folder.</summary>
internal static class DependencyIsolation
{
    internal const string FolderName = "Dependencies";
    internal const string LoadContextAssembly = "SeRanking.LoadContext";
    internal const string LoadContextType = "SeRanking.LoadContext.ModuleLoadContext";

    private static readonly object Gate = new();
    private static bool s_resolving;

    /// <summary>The module's Dependencies folder, beside SeRanking.dll.</summary>
    public static string Folder { get; } = Path.Combine(
        Path.GetDirectoryName(typeof(DependencyIsolation).Assembly.Location) ?? string.Empty,
        FolderName);

    private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    public static void Install()
    {
        if (IsNetFramework)
        {
            // Windows PowerShell 5.1: one AppDomain, no load contexts. The dependencies ask for
            // versions of System.Memory, System.Buffers, System.Runtime.CompilerServices.Unsafe
            // and friends other than the ones shipped, and powershell.exe has no binding
            // redirects for them: this handler plays the redirects' part, for this module's
            // requests only, without the GAC or powershell.exe.config.
            lock (Gate)
            {
                if (!s_resolving)
                {
                    AppDomain.CurrentDomain.AssemblyResolve += ResolveFromDependencies;
                    s_resolving = true;
                }
            }

            return;
        }

        // PowerShell 7: the engine and its dependencies go into a load context of their own.
        // The context is in a separate netcoreapp3.1 assembly (netstandard2.0 cannot derive from
        // AssemblyLoadContext), loaded by path so this assembly references only
        // System.Management.Automation and the engine.
        InvokeLoadContext("Install", Folder);
    }

    public static void Uninstall()
    {
        if (IsNetFramework)
        {
            lock (Gate)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromDependencies;
                s_resolving = false;
            }

            return;
        }

        InvokeLoadContext("Uninstall");
    }

    private static void InvokeLoadContext(string method, params object[] arguments)
    {
        var path = Path.Combine(Folder, LoadContextAssembly + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The SeRanking module folder is incomplete: {path} is missing. Reinstall the module (Install-PSResource SeRanking -Reinstall, or unpack the release zip again).",
                path);
        }

        var type = Assembly.LoadFrom(path).GetType(LoadContextType, throwOnError: true)!;
        var parameterTypes = Array.ConvertAll(arguments, argument => argument.GetType());
        var entry = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static, binder: null, parameterTypes, modifiers: null)
            ?? throw new MissingMethodException(LoadContextType, method);
        try
        {
            entry.Invoke(null, arguments);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is not null)
        {
            throw wrapped.InnerException;
        }
    }

    private static Assembly? ResolveFromDependencies(object? sender, ResolveEventArgs args)
    {
        // A dynamic assembly has no location and is never this module's.
        if (args.RequestingAssembly is { IsDynamic: true })
        {
            return null;
        }

        return DependencyFiles.Serves(args.RequestingAssembly?.Location, typeof(DependencyIsolation).Assembly.Location, Folder)
            && DependencyFiles.Find(Folder, args.Name) is { } path
                ? Assembly.LoadFrom(path)
                : null;
    }
}

/// <summary>Which file of the Dependencies folder serves a requested assembly (PowerShell-free, so it is unit-tested).</summary>
internal static class DependencyFiles
{
    /// <summary>
    /// The path of <c>&lt;simple name&gt;.dll</c> in <paramref name="folder"/> when it exists, whatever
    /// version was asked for (as a binding redirect would); null for anything else, which is left
    /// to the runtime.
    /// </summary>
    public static string? Find(string folder, string requestedAssembly)
    {
        string? simpleName;
        try
        {
            simpleName = new AssemblyName(requestedAssembly).Name;
        }
        catch (Exception invalid) when (invalid is ArgumentException or FileLoadException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(simpleName) || simpleName!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || folder.Length == 0)
        {
            return null;
        }

        var path = Path.Combine(folder, simpleName + ".dll");
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// Whether a request is this module's to answer: made by the cmdlet assembly or by an
    /// assembly loaded from the Dependencies folder. Another module's failed request is left to
    /// that module (as PSResourceGet's handler does), so no SeRanking dependency leaks into it.
    /// .NET Framework does not always say who asks; such requests are served by name.
    /// </summary>
    public static bool Serves(string? requestingAssemblyLocation, string cmdletAssemblyLocation, string dependencyFolder)
    {
        if (string.IsNullOrEmpty(requestingAssemblyLocation))
        {
            return true;
        }

        if (string.Equals(Path.GetFullPath(requestingAssemblyLocation), Path.GetFullPath(cmdletAssemblyLocation), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var folder = Path.GetFullPath(dependencyFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Equals(Path.GetDirectoryName(Path.GetFullPath(requestingAssemblyLocation)), folder, StringComparison.OrdinalIgnoreCase);
    }
}
