using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// out/SeRanking must import on its own: the cmdlet assembly at the top, the engine and every
/// assembly it needs in Dependencies or in the framework.
/// </summary>
public class ModuleFolderTests
{
    private static readonly string[] FrameworkNames = ["netstandard", "mscorlib", "System.Runtime", "System.Management.Automation"];

    [Fact]
    public void The_cmdlet_assembly_references_only_the_framework_System_Management_Automation_and_the_engine()
    {
        // Anything else (Polly, System.Text.Json, Microsoft.Bcl.*) would be resolved by PowerShell
        // in its default load context, beside every other module's copy: the isolation breaks.
        var shippedDependencies = Directory.GetFiles(ModuleLayout.DependencyFolder, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "SeRanking.Engine")
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var references = ReferencesOf(ModuleLayout.InModule("SeRanking.dll")).Select(reference => reference.Name!).ToList();
        var beyond = references
            .Where(name => name is not ("netstandard" or "System.Management.Automation" or "SeRanking.Engine"))
            .Where(name => shippedDependencies.Contains(name) || !IsFramework(name))
            .ToList();

        Assert.Contains("SeRanking.Engine", references);
        Assert.True(beyond.Count == 0, "SeRanking.dll references " + string.Join(", ", beyond) + "; only the framework, System.Management.Automation and SeRanking.Engine may be referenced. Move the code that needs them into the engine.");
    }

    [Fact]
    public void Only_the_cmdlet_assembly_sits_at_the_top_everything_else_in_Dependencies()
    {
        var topLevelAssemblies = Directory.GetFiles(ModuleLayout.ModuleFolder, "*.dll").Select(Path.GetFileName);
        Assert.Equal(["SeRanking.dll"], topLevelAssemblies);

        foreach (var expected in new[] { "SeRanking.Engine.dll", "SeRanking.LoadContext.dll", "Polly.Core.dll", "System.Text.Json.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.Memory.dll" })
        {
            Assert.True(File.Exists(ModuleLayout.InDependencies(expected)), $"{expected} is not in {ModuleLayout.DependencyFolder}.");
        }
    }

    [Fact]
    public void Every_assembly_the_module_and_engine_need_is_in_the_folder_or_the_framework()
    {
        var problems = new List<string>();
        var queue = new Queue<string>(["SeRanking", "SeRanking.Engine"]);
        var seen = new HashSet<string>(queue, StringComparer.OrdinalIgnoreCase);
        while (queue.TryDequeue(out var name))
        {
            foreach (var reference in ReferencesOf(PathOf(name)))
            {
                var shipped = ModuleLayout.InDependencies(reference.Name + ".dll");
                if (File.Exists(shipped))
                {
                    var version = AssemblyName.GetAssemblyName(shipped).Version!;
                    if (version < reference.Version!)
                    {
                        problems.Add($"{name} needs {reference.Name} {reference.Version}, the folder has {version}.");
                    }

                    if (seen.Add(reference.Name!))
                    {
                        queue.Enqueue(reference.Name!);
                    }
                }
                else if (!FrameworkNames.Contains(reference.Name) && !IsFramework(reference.Name!))
                {
                    problems.Add($"{name} needs {reference.Name} {reference.Version}, which is neither in {ModuleLayout.DependencyFolder} nor in the framework.");
                }
            }
        }

        Assert.Contains("Polly.Core", seen);
        Assert.Contains("System.Text.Json", seen);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_packages_of_the_engine_ship_in_Dependencies_not_only_in_this_runtime()
    {
        // The engine targets netstandard2.0: anything it references besides netstandard is a
        // package Windows PowerShell does not have.
        var missing = ReferencesOf(ModuleLayout.InDependencies("SeRanking.Engine.dll"))
            .Where(reference => reference.Name is not "netstandard")
            .Where(reference => !File.Exists(ModuleLayout.InDependencies(reference.Name + ".dll")))
            .Select(reference => reference.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void System_Management_Automation_is_not_shipped_the_host_supplies_it()
    {
        Assert.False(File.Exists(ModuleLayout.InModule("System.Management.Automation.dll")), "out/SeRanking carries System.Management.Automation.dll; PowerShellStandard.Library must stay a compile-time reference.");
        Assert.False(File.Exists(ModuleLayout.InDependencies("System.Management.Automation.dll")), "Dependencies carries System.Management.Automation.dll; PowerShellStandard.Library must stay a compile-time reference.");
        Assert.Contains(ReferencesOf(ModuleLayout.InModule("SeRanking.dll")), reference => reference.Name == "System.Management.Automation");
    }

    [Fact]
    public void The_PowerShell_7_load_context_needs_nothing_but_the_runtime()
    {
        // It is loaded into PowerShell's default context before anything else of the module.
        var references = ReferencesOf(ModuleLayout.InDependencies("SeRanking.LoadContext.dll")).Select(reference => reference.Name!);
        Assert.All(references, name => Assert.True(IsFramework(name), $"SeRanking.LoadContext references {name}, which the runtime does not carry."));
    }

    private static string PathOf(string assemblyName) =>
        assemblyName == "SeRanking" ? ModuleLayout.InModule("SeRanking.dll") : ModuleLayout.InDependencies(assemblyName + ".dll");

    private static bool IsFramework(string assemblyName) =>
        assemblyName is "netstandard" or "mscorlib" || File.Exists(Path.Combine(ModuleLayout.RuntimeDirectory, assemblyName + ".dll"));

    private static List<AssemblyName> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(handle => reader.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }
}
