using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

[Collection(ModuleSurface.Name)]
public class NamingTests(ModuleMetadata module)
{
    private static readonly string[] VerbClasses =
        ["VerbsCommon", "VerbsCommunications", "VerbsData", "VerbsDiagnostic", "VerbsLifecycle", "VerbsOther", "VerbsSecurity"];

    // Serpstat's own name for the resource ("limits"); Get-SerpstatLimit would read as one line.
    private static readonly string[] PluralNounsByName = ["Get-SerpstatLimits", "Get-SrAiTrackerStatus"];

    private HashSet<string> ApprovedVerbs() =>
        VerbClasses
            .Select(name => module.PowerShellType(ModuleMetadata.Sma + name))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType.FullName == "System.String")
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void The_approved_verb_list_is_read_from_PowerShell()
    {
        var approved = ApprovedVerbs();

        Assert.Contains("Get", approved);
        Assert.Contains("Connect", approved);
        Assert.Contains("Wait", approved);
        Assert.DoesNotContain("Fetch", approved);
        Assert.True(approved.Count > 90, $"Only {approved.Count} approved verbs were read.");
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb()
    {
        var approved = ApprovedVerbs();

        Assert.NotEmpty(module.Cmdlets);
        Assert.Empty(module.Cmdlets.Where(cmdlet => !approved.Contains(cmdlet.Verb)).Select(cmdlet => cmdlet.Name));
    }

    [Fact]
    public void Every_noun_carries_the_module_prefix_or_names_an_API()
    {
        static bool Prefixed(string noun) =>
            noun is "SeRanking" or "Serpstat"
            || (noun.Length > 2 && noun.StartsWith("Sr", StringComparison.Ordinal) && char.IsUpper(noun[2]))
            || (noun.Length > 8 && noun.StartsWith("Serpstat", StringComparison.Ordinal) && char.IsUpper(noun[8]));

        Assert.Empty(module.Cmdlets.Where(cmdlet => !Prefixed(cmdlet.Noun)).Select(cmdlet => cmdlet.Name));
    }

    [Fact]
    public void Every_noun_is_singular_but_the_given_names()
    {
        var plural = module.Cmdlets
            .Where(cmdlet => cmdlet.Noun.EndsWith('s') && !PluralNounsByName.Contains(cmdlet.Name))
            .Select(cmdlet => cmdlet.Name);

        Assert.Empty(plural);
        Assert.All(PluralNounsByName, name => module.Cmdlet(name));
    }
}
