using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SeRanking.Module.Tests.Support;

/// <summary>Where the built module folder, the PowerShell reference assembly and the runtime are.</summary>
internal static class ModuleLayout
{
    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    /// <summary>
    /// out/SeRanking (or the build's ModuleOutputDir), assembled by every build of src/SeRanking,
    /// a ProjectReference of this project.
    /// </summary>
    public static string ModuleFolder { get; } = RequireDirectory(Path.GetFullPath(Metadata("ModuleFolder")));

    /// <summary>System.Management.Automation.dll of PowerShellStandard.Library: read as metadata, never executed.</summary>
    public static string SystemManagementAutomation { get; } = RequireFile(Path.GetFullPath(Metadata("SystemManagementAutomationPath")));

    /// <summary>The .NET runtime this test runs on (System.Private.CoreLib and the framework facades).</summary>
    public static string RuntimeDirectory { get; } = RuntimeEnvironment.GetRuntimeDirectory();

    /// <summary>The module's Dependencies folder: the engine, its packages and the PowerShell 7 load context.</summary>
    public static string DependencyFolder { get; } = RequireDirectory(Path.Combine(ModuleFolder, "Dependencies"));

    public static string InModule(string fileName) => Path.Combine(ModuleFolder, fileName);

    public static string InDependencies(string fileName) => Path.Combine(DependencyFolder, fileName);

    private static string Metadata(string key) =>
        typeof(ModuleLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly carries no [AssemblyMetadata(\"{key}\")]; see SeRanking.Module.Tests.csproj.");

    private static string RequireDirectory(string path) => Directory.Exists(path)
        ? path
        : throw new DirectoryNotFoundException($"The module folder {path} does not exist; build src/SeRanking first (dotnet build SeRanking.sln).");

    private static string RequireFile(string path) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"System.Management.Automation.dll of PowerShellStandard.Library was not found at {path}; restore the test project.", path);
}
