using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>The README's table of cmdlets is the list a user reads first: it names every exported cmdlet, and only those.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void The_cmdlet_table_lists_every_exported_cmdlet_and_no_other()
    {
        var exported = Manifest.Load(Path.Combine(ModuleLayout.RepositoryRoot, "SeRanking.psd1")).Array("CmdletsToExport").ToList();
        var readme = File.ReadAllLines(Path.Combine(ModuleLayout.RepositoryRoot, "README.md"));
        var start = Array.FindIndex(readme, line => line == "## Cmdlets");
        Assert.True(start >= 0, "README.md has no '## Cmdlets' section.");
        var listed = readme.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => TableRowCmdlet().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Empty(exported.Except(listed, StringComparer.OrdinalIgnoreCase));
        Assert.Empty(listed.Except(exported, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [GeneratedRegex(@"^\| `([A-Z][a-z]+-[A-Za-z]+)` \|")]
    private static partial Regex TableRowCmdlet();
}
