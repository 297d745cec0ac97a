using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>out/SeRanking must import on its own: every assembly it needs is in it or in the framework.</summary>
public class ModuleFolderTests
{
    private static readonly string[] FrameworkNames = ["netstandard", "mscorlib", "System.Runtime", "System.Management.Automation"];

    [Fact]
    public void Every_assembly_the_module_and_engine_need_is_in_the_folder_or_the_framework()
    {
        var problems = new List<string>();
        var queue = new Queue<string>(["SeRanking", "SeRanking.Engine"]);
        var seen = new HashSet<string>(queue, StringComparer.OrdinalIgnoreCase);
        while (queue.TryDequeue(out var name))
        {
            foreach (var reference in ReferencesOf(ModuleLayout.InModule(name + ".dll")))
            {
                var shipped = ModuleLayout.InModule(reference.Name + ".dll");
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
                else if (!FrameworkNames.Contains(reference.Name) && !File.Exists(Path.Combine(ModuleLayout.RuntimeDirectory, reference.Name + ".dll")))
                {
                    problems.Add($"{name} needs {reference.Name} {reference.Version}, which is neither in {ModuleLayout.ModuleFolder} nor in the framework.");
                }
            }
        }

        Assert.Contains("Polly.Core", seen);
        Assert.Contains("System.Text.Json", seen);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_packages_of_the_module_and_engine_ship_in_the_folder_not_only_in_this_runtime()
    {
        // Both target netstandard2.0: anything they reference besides netstandard (and the
        // host's System.Management.Automation) is a package Windows PowerShell does not have.
        var missing = new[] { "SeRanking", "SeRanking.Engine" }
            .SelectMany(name => ReferencesOf(ModuleLayout.InModule(name + ".dll")).Select(reference => (name, reference.Name)))
            .Where(pair => pair.Name is not ("netstandard" or "System.Management.Automation"))
            .Where(pair => !File.Exists(ModuleLayout.InModule(pair.Name + ".dll")))
            .Select(pair => $"{pair.name} -> {pair.Name}");

        Assert.Empty(missing);
    }

    [Fact]
    public void System_Management_Automation_is_not_shipped_the_host_supplies_it()
    {
        Assert.False(File.Exists(ModuleLayout.InModule("System.Management.Automation.dll")), "out/SeRanking carries System.Management.Automation.dll; PowerShellStandard.Library must stay a compile-time reference.");
        Assert.Contains(ReferencesOf(ModuleLayout.InModule("SeRanking.dll")), reference => reference.Name == "System.Management.Automation");
    }

    private static List<AssemblyName> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(handle => reader.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }
}
