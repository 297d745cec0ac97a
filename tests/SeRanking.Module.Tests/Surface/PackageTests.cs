using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// The release zip (dotnet build src/SeRanking -t:PackageModule, build.ps1 -Task Package), as
/// Azure Automation and Save-PSResource layouts need it: one SeRanking folder at the root holding
/// exactly the built module folder.
/// </summary>
public class PackageTests
{
    private static readonly Manifest BuiltManifest = Manifest.Load(ModuleLayout.InModule("SeRanking.psd1"));

    private static string PackagePath => Path.Combine(
        Path.GetDirectoryName(ModuleLayout.ModuleFolder.TrimEnd(Path.DirectorySeparatorChar))!,
        $"SeRanking-{BuiltManifest.Scalar("ModuleVersion")}.zip");

    [Fact]
    public void The_zip_is_named_after_the_manifests_version_and_holds_only_the_SeRanking_folder()
    {
        Assert.True(File.Exists(PackagePath), $"{PackagePath} was not built.");
        using var zip = ZipFile.OpenRead(PackagePath);

        Assert.NotEmpty(zip.Entries);
        Assert.All(zip.Entries, entry => Assert.StartsWith("SeRanking/", entry.FullName, StringComparison.Ordinal));
        Assert.All(zip.Entries, entry => Assert.DoesNotContain('\\', entry.FullName));
    }

    [Fact]
    public void The_zip_holds_exactly_the_files_of_the_module_folder()
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        var inZip = zip.Entries
            .Where(entry => entry.Name.Length > 0)
            .ToDictionary(entry => entry.FullName["SeRanking/".Length..], entry => entry.Length, StringComparer.Ordinal);
        var inFolder = Directory.GetFiles(ModuleLayout.ModuleFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(ModuleLayout.ModuleFolder, path).Replace('\\', '/'), path => new FileInfo(path).Length, StringComparer.Ordinal);

        Assert.Equal(inFolder.OrderBy(pair => pair.Key, StringComparer.Ordinal), inZip.OrderBy(pair => pair.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Everything_the_manifest_names_is_in_the_zip()
    {
        // What Test-ModuleManifest and Import-Module look for, in the zip itself.
        using var zip = ZipFile.OpenRead(PackagePath);
        var names = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var named = new[] { "SeRanking.psd1", BuiltManifest.Scalar("RootModule") }
            .Concat(BuiltManifest.Array("FormatsToProcess"))
            .Append("Dependencies/SeRanking.Engine.dll")
            .Append("Dependencies/SeRanking.LoadContext.dll")
            .Append("en-US/about_SeRanking.help.txt");

        Assert.All(named, file => Assert.Contains("SeRanking/" + file, names));
    }
}
