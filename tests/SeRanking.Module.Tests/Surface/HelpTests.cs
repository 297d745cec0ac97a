using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// The help Get-Help shows, as the build generated it from docs/*.md into the module folder
/// (en-US/SeRanking.dll-Help.xml), held against the cmdlets' metadata: one case per exported
/// cmdlet, so a failure names the cmdlet, and its message names the page to fix.
/// </summary>
[Collection(ModuleSurface.Name)]
public class HelpTests(ModuleMetadata module)
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static readonly string HelpFile = ModuleLayout.InModule(Path.Combine("en-US", "SeRanking.dll-Help.xml"));

    private static readonly Lazy<XDocument> Help = new(() => XDocument.Load(HelpFile));

    public static TheoryData<string> ExportedCmdlets()
    {
        var names = new TheoryData<string>();
        foreach (var name in Manifest.Load(ModuleLayout.InModule("SeRanking.psd1")).Array("CmdletsToExport"))
        {
            names.Add(name);
        }

        return names;
    }

    [Fact]
    public void The_help_file_is_MAML_with_one_command_per_cmdlet()
    {
        Assert.True(File.Exists(HelpFile), $"{HelpFile} is missing: the build generates it from docs/*.md (src/SeRanking/HelpGeneration.targets).");
        var root = Help.Value.Root!;

        Assert.Equal(Msh + "helpItems", root.Name);
        Assert.Equal("maml", (string?)root.Attribute("schema"));
        Assert.Equal(
            module.Cmdlets.Select(cmdlet => cmdlet.Name).Order(StringComparer.Ordinal),
            root.Elements(Command + "command").Select(NameOf).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Has_a_synopsis_and_a_description_that_states_the_credit_cost(string name)
    {
        var entry = Entry(name);
        var synopsis = Text(entry.Element(Command + "details")?.Element(Maml + "description"));
        var description = Text(entry.Element(Maml + "description"));

        Assert.True(synopsis.Length > 0, $"{name} has no synopsis: write one under '## Synopsis' in docs/{name}.md.");
        Assert.True(description.Length > 0, $"{name} has no description: write one under '## Description' in docs/{name}.md.");
        Assert.True(
            description.Contains("credit", StringComparison.OrdinalIgnoreCase),
            $"The description of {name} does not say what a call costs in credits (or that it is free): add it under '## Description' in docs/{name}.md.");
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Describes_every_parameter(string name)
    {
        var cmdlet = module.Cmdlet(name);
        var expected = cmdlet.Parameters.Select(parameter => parameter.Name).ToList();
        if (ModuleMetadata.Named<bool>(cmdlet.Attribute, "SupportsShouldProcess"))
        {
            expected.AddRange(["WhatIf", "Confirm"]);
        }

        var described = (Entry(name).Element(Command + "parameters")?.Elements(Command + "parameter") ?? [])
            .ToDictionary(NameOf, parameter => Text(parameter.Element(Maml + "description")), StringComparer.OrdinalIgnoreCase);
        var problems = expected
            .Where(parameter => !described.TryGetValue(parameter, out var text) || text.Length == 0)
            .Select(parameter => $"{name} -{parameter} has no description: add '### -{parameter}' under '## Parameters' in docs/{name}.md.")
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Has_two_examples_and_one_that_exports_its_records_to_csv(string name)
    {
        var code = (Entry(name).Element(Command + "examples")?.Elements(Command + "example") ?? [])
            .Select(example => (string?)example.Element(Dev + "code") ?? string.Empty)
            .ToList();

        Assert.True(code.Count >= 2, $"{name} has {code.Count} example(s): add at least 2 '### Example N: title' sections in docs/{name}.md.");
        if (OutputsRecords(module.Cmdlet(name)))
        {
            Assert.True(
                code.Any(text => text.Contains("Export-Csv", StringComparison.OrdinalIgnoreCase)),
                $"{name} outputs records but no example ends in Export-Csv: add one in docs/{name}.md.");
        }
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Names_its_inputs_and_only_the_output_types_it_declares(string name)
    {
        var entry = Entry(name);
        var inputs = TypeNames(entry.Element(Command + "inputTypes"), Command + "inputType");
        var outputs = TypeNames(entry.Element(Command + "returnValues"), Command + "returnValue");
        var declared = DeclaredOutputTypes(module.Cmdlet(name)).ToList();

        Assert.True(inputs.Count > 0, $"{name} names no input type: add '### <type>' (or '### None') under '## Inputs' in docs/{name}.md.");
        Assert.True(outputs.Count > 0, $"{name} names no output type: add '### {string.Join("' or '### ", declared)}' under '## Outputs' in docs/{name}.md.");
        var undeclared = outputs
            .Where(output => !declared.Contains(output, StringComparer.Ordinal))
            .Select(output => $"{name}: '## Outputs' names {output}, which its [OutputType] does not declare ({string.Join(", ", declared)}); fix docs/{name}.md.")
            .ToList();
        Assert.True(undeclared.Count == 0, string.Join(Environment.NewLine, undeclared));
    }

    /// <summary>Everything but the connection cmdlets writes records a user may want in a spreadsheet.</summary>
    private static bool OutputsRecords(CmdletType cmdlet) => cmdlet.Verb is not ("Connect" or "Disconnect");

    /// <summary>Full names from [OutputType]; [OutputType([void])] is documented as None.</summary>
    private static IEnumerable<string> DeclaredOutputTypes(CmdletType cmdlet) =>
        ModuleMetadata.AttributesOf(cmdlet.Type, ModuleMetadata.OutputTypeAttribute)
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(ModuleMetadata.Values)
            .Select(value => value is Type type ? type.FullName : value as string)
            .OfType<string>()
            .Select(fullName => fullName == "System.Void" ? "None" : fullName)
            .Distinct(StringComparer.Ordinal);

    private static XElement Entry(string name) =>
        Help.Value.Root!.Elements(Command + "command").SingleOrDefault(entry => NameOf(entry) == name)
        ?? throw new Xunit.Sdk.XunitException($"{HelpFile} has no help for {name}: write docs/{name}.md and build.");

    private static List<string> TypeNames(XElement? section, XName item) =>
        (section?.Elements(item) ?? [])
            .Select(element => ((string?)element.Element(Dev + "type")?.Element(Maml + "name") ?? string.Empty).Trim())
            .Where(typeName => typeName.Length > 0)
            .ToList();

    private static string NameOf(XElement element) =>
        ((string?)element.Element(Command + "details")?.Element(Command + "name") ?? (string?)element.Element(Maml + "name") ?? string.Empty).Trim();

    private static string Text(XElement? description) =>
        string.Join(" ", description?.Elements(Maml + "para").Select(para => para.Value.Trim()) ?? []).Trim();
}
