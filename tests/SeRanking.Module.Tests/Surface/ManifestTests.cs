using System;
using System.IO;
using System.Linq;
using System.Reflection;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

[Collection(ModuleSurface.Name)]
public class ManifestTests(ModuleMetadata module)
{
    private static readonly Manifest BuiltManifest = Manifest.Load(ModuleLayout.InModule("SeRanking.psd1"));

    [Fact]
    public void CmdletsToExport_names_exactly_the_cmdlets_in_SeRanking_dll()
    {
        var exported = BuiltManifest.Array("CmdletsToExport");
        var inAssembly = module.Cmdlets.Select(cmdlet => cmdlet.Name).ToList();

        Assert.NotEmpty(inAssembly);
        Assert.Equal(exported.Count, exported.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(inAssembly.Order(StringComparer.Ordinal), exported.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("VariablesToExport")]
    [InlineData("AliasesToExport")]
    public void Nothing_but_cmdlets_is_exported(string key)
    {
        Assert.Empty(BuiltManifest.Array(key));
    }

    [Fact]
    public void The_manifest_declares_both_editions_and_Windows_PowerShell_5_1()
    {
        Assert.Equal(["Core", "Desktop"], BuiltManifest.Array("CompatiblePSEditions").Order(StringComparer.Ordinal));
        Assert.Equal("5.1", BuiltManifest.Scalar("PowerShellVersion"));
    }

    [Fact]
    public void ModuleVersion_is_the_version_of_SeRanking_dll()
    {
        var assemblyVersion = AssemblyName.GetAssemblyName(ModuleLayout.InModule("SeRanking.dll")).Version!;

        Assert.Equal(assemblyVersion.ToString(3), BuiltManifest.Scalar("ModuleVersion"));
    }

    [Fact]
    public void The_root_module_is_SeRanking_dll_and_it_is_in_the_folder()
    {
        Assert.Equal("SeRanking.dll", BuiltManifest.Scalar("RootModule"));
        Assert.True(File.Exists(ModuleLayout.InModule("SeRanking.dll")));
    }

    [Fact]
    public void Every_format_file_the_manifest_names_is_in_the_module_folder()
    {
        var formats = BuiltManifest.Array("FormatsToProcess");

        Assert.NotEmpty(formats);
        Assert.All(formats, format => Assert.True(File.Exists(ModuleLayout.InModule(format)), $"{format} is not in {ModuleLayout.ModuleFolder}."));
    }

    [Fact]
    public void The_built_manifest_is_the_one_in_the_repository()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(ModuleLayout.RepositoryRoot, "SeRanking.psd1")),
            File.ReadAllText(ModuleLayout.InModule("SeRanking.psd1")));
    }
}
