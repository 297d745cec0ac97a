using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SeRanking.Infrastructure;

/// <summary>
/// Runs when the module is imported and removed. Windows PowerShell 5.1 runs on .NET Framework,
/// where the engine's dependencies ask for versions of System.Memory, System.Buffers,
/// System.Runtime.CompilerServices.Unsafe and friends other than the ones shipped beside them,
/// and powershell.exe has no binding redirects for them: this handler plays the redirects' part
/// for exactly the assemblies in the module's folder. PowerShell 7 unifies versions itself.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty;

    public void OnImport()
    {
        if (IsNetFramework)
        {
            AppDomain.CurrentDomain.AssemblyResolve += ResolveFromModuleFolder;
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        if (IsNetFramework)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveFromModuleFolder;
        }
    }

    private static bool IsNetFramework => RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    private static Assembly? ResolveFromModuleFolder(object? sender, ResolveEventArgs args) =>
        DependencyFiles.Find(ModuleFolder, args.Name) is { } path ? Assembly.LoadFrom(path) : null;
}

/// <summary>Which file of the module's folder serves a requested assembly (PowerShell-free, so it is unit-tested).</summary>
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
}
