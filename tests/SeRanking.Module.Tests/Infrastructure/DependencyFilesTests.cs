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
        var folder = Support.ModuleLayout.ModuleFolder;

        foreach (var name in new[] { "System.Text.Json", "System.Memory", "System.Buffers", "System.Runtime.CompilerServices.Unsafe", "Polly.Core", "Microsoft.Bcl.AsyncInterfaces" })
        {
            Assert.NotNull(DependencyFiles.Find(folder, name + ", Version=0.0.0.0"));
        }
    }
}
