using System;
using System.IO;
using SeRanking.Infrastructure;

namespace SeRanking.Module.Tests.Infrastructure;

/// <summary>The Windows PowerShell 5.1 resolve handler's choice of file, which plays the part of binding redirects.</summary>
public sealed class DependencyFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("seranking-deps-").FullName;

    public DependencyFilesTests() => File.WriteAllText(Path.Combine(_folder, "System.Memory.dll"), string.Empty);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
    [InlineData("System.Memory")]
    public void A_dependency_shipped_in_the_folder_is_served_whatever_version_is_asked_for(string requested)
    {
        Assert.Equal(Path.Combine(_folder, "System.Memory.dll"), DependencyFiles.Find(_folder, requested));
    }

    [Theory]
    [InlineData("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]
    [InlineData("Newtonsoft.Json, Version=13.0.0.0")]
    [InlineData("not an assembly name, Version=x")]
    [InlineData("..\\..\\evil")]
    public void Anything_not_shipped_in_the_folder_is_left_to_the_runtime(string requested)
    {
        Assert.Null(DependencyFiles.Find(_folder, requested));
    }

    [Fact]
    public void The_built_module_folder_serves_every_dependency_the_engine_was_compiled_against()
    {
        var folder = Support.ModuleLayout.DependencyFolder;

        foreach (var name in new[] { "System.Text.Json", "System.Memory", "System.Buffers", "System.Runtime.CompilerServices.Unsafe", "Polly.Core", "Microsoft.Bcl.AsyncInterfaces" })
        {
            Assert.NotNull(DependencyFiles.Find(folder, name + ", Version=0.0.0.0"));
        }
    }
}

/// <summary>Which requests the Windows PowerShell 5.1 handler answers: this module's, never another module's.</summary>
public sealed class DependencyRequestTests
{
    private static readonly string ModuleFolder = Path.Combine(Path.GetTempPath(), "Modules", "SeRanking", "0.1.0");
    private static readonly string CmdletAssembly = Path.Combine(ModuleFolder, "SeRanking.dll");
    private static readonly string Dependencies = Path.Combine(ModuleFolder, "Dependencies");

    [Fact]
    public void Requests_from_the_cmdlet_assembly_and_from_Dependencies_are_served()
    {
        Assert.True(DependencyFiles.Serves(CmdletAssembly, CmdletAssembly, Dependencies));
        Assert.True(DependencyFiles.Serves(Path.Combine(Dependencies, "SeRanking.Engine.dll"), CmdletAssembly, Dependencies));
        Assert.True(DependencyFiles.Serves(Path.Combine(Dependencies, "System.Text.Json.dll"), CmdletAssembly, Dependencies + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void A_request_whose_requester_is_unknown_is_served_by_name()
    {
        Assert.True(DependencyFiles.Serves(null, CmdletAssembly, Dependencies));
    }

    [Fact]
    public void Another_modules_requests_are_left_to_it()
    {
        var other = Path.Combine(Path.GetTempPath(), "Modules", "Az.Accounts", "Microsoft.Azure.PowerShell.Authentication.dll");

        Assert.False(DependencyFiles.Serves(other, CmdletAssembly, Dependencies));
        Assert.False(DependencyFiles.Serves(Path.Combine(Dependencies, "nested", "x.dll"), CmdletAssembly, Dependencies));
    }

    [Fact]
    public void An_incomplete_module_folder_fails_the_import_naming_the_missing_file()
    {
        // This test's SeRanking.dll has no Dependencies folder beside it: on PowerShell 7 the
        // import must stop with a message that says what is missing and what to do.
        var missing = Assert.Throws<FileNotFoundException>(DependencyIsolation.Install);

        Assert.Contains(Path.Combine(DependencyIsolation.FolderName, DependencyIsolation.LoadContextAssembly + ".dll"), missing.Message, StringComparison.Ordinal);
        Assert.Contains("Reinstall", missing.Message, StringComparison.Ordinal);
    }
}
