using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Surface;

/// <summary>What PowerShell itself reads off the module: commands, output types, help and completion.</summary>
[Collection(InModuleHost.Name)]
public sealed class CommandSurfaceTests(ModuleHost host)
{
    public static TheoryData<string> Commands() => new(ExportedCommands());

    [Theory]
    [MemberData(nameof(Commands))]
    public void Get_Help_renders_a_synopsis_a_description_and_at_least_two_examples(string command)
    {
        var help = host.Run("Get-Help $name -Full", new Dictionary<string, object?> { ["name"] = command }).ThrowOnError().Output.Single();

        var synopsis = help.Properties["Synopsis"]?.Value?.ToString()?.Trim() ?? string.Empty;
        Assert.False(string.IsNullOrEmpty(synopsis), $"{command} has no synopsis");
        Assert.NotEqual(command, synopsis); // PowerShell's stand-in when no help was found
        var examples = host.Run("@((Get-Help $name -Examples).examples.example).Count", new Dictionary<string, object?> { ["name"] = command }).ThrowOnError();
        Assert.True((int)examples.Output.Single().BaseObject >= 2, $"{command} has fewer than two examples");
    }

    [Theory]
    [InlineData("Get-SrDomainOverview -Source Ger", "de")]
    [InlineData("Get-SrRegion -Code world", "worldwide")]
    [InlineData("Get-SrSerpFeature -Code featured", "featured_snippets")]
    public void Tab_completion_offers_codes_by_code_or_name(string input, string expected)
    {
        var completions = host.Run(
            "(TabExpansion2 -inputScript $text -cursorColumn $text.Length).CompletionMatches | ForEach-Object CompletionText",
            new Dictionary<string, object?> { ["text"] = input }).ThrowOnError().Output.Select(o => o.ToString());

        Assert.Contains(expected, completions);
    }

    [Fact]
    public void Pipeline_input_binds_by_property_name_and_by_value()
    {
        var byProperty = host.Run("[pscustomobject]@{ Domain = 'example.com' } | Get-SrBacklinkSummary -WhatIf").ThrowOnError();
        var byValue = host.Run("'example.org' | Get-SrBacklinkSummary -WhatIf").ThrowOnError();

        Assert.Contains("example.com", Assert.Single(byProperty.WhatIf));
        Assert.Contains("example.org", Assert.Single(byValue.WhatIf));
    }

    private static IEnumerable<string> ExportedCommands()
    {
        // Read from the manifest as PowerShell does, so a cmdlet added later is covered at once.
        using var shell = PowerShell.Create();
        shell.AddScript("(Import-PowerShellDataFile -Path $args[0]).CmdletsToExport").AddArgument(ModuleHost.ManifestPath);
        return shell.Invoke().Select(o => o.ToString()).ToList();
    }
}
