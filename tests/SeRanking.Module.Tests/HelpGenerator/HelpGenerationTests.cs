using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SeRanking.HelpGenerator;
using SeRanking.HelpGenerator.Maml;
using SeRanking.HelpGenerator.Metadata;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.HelpGenerator;

/// <summary>The generator on the built SeRanking.dll and the fixture page of Get-SrBacklinkSummary.</summary>
public sealed class HelpGenerationTests : IDisposable
{
    private static readonly Lazy<IReadOnlyList<CmdletMetadata>> Cmdlets =
        new(() => CmdletMetadataReader.Read(ModuleLayout.InModule("SeRanking.dll"), ModuleLayout.SystemManagementAutomation));

    private static readonly XNamespace Maml = MamlWriter.Maml;
    private static readonly XNamespace Command = MamlWriter.Command;
    private static readonly XNamespace Dev = MamlWriter.Dev;

    private readonly string _scratch = Directory.CreateTempSubdirectory("seranking-help-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void Reads_every_cmdlet_of_the_module_with_the_engine_in_Dependencies()
    {
        Assert.Contains(Cmdlets.Value, cmdlet => cmdlet.Name == "Get-SrBacklinkSummary");
        Assert.Contains(Cmdlets.Value, cmdlet => cmdlet.Name == "Connect-SeRanking");
        Assert.Equal(["SeRanking.Engine.Data.Backlinks.BacklinkSummary"], Cmdlet("Get-SrBacklinkSummary").OutputTypeNames);
        Assert.Equal(["System.Void"], Cmdlet("Disconnect-SeRanking").OutputTypeNames);
    }

    [Fact]
    public void A_parameter_without_a_section_is_a_warning_that_names_the_cmdlet_the_parameter_and_the_fix()
    {
        var warnings = Generate().Warnings;

        var mode = Assert.Single(warnings, warning => warning.Code == DiagnosticCodes.UndocumentedParameter);
        Assert.Equal(Path.Combine(HelpPageParserTests.FixtureFolder, "Get-SrBacklinkSummary.md"), mode.File);
        Assert.Equal(16, mode.Line);
        Assert.Equal(
            $"{mode.File}(16): warning SRHELP002: Get-SrBacklinkSummary -Mode has no description: add a '### -Mode' section under '## Parameters' in Get-SrBacklinkSummary.md.",
            mode.ToString());
    }

    [Fact]
    public void A_section_for_no_parameter_and_a_cmdlet_without_a_page_are_warnings_too()
    {
        var warnings = Generate().Warnings;

        var depth = Assert.Single(warnings, warning => warning.Code == DiagnosticCodes.UnknownParameter);
        Assert.Contains("Get-SrBacklinkSummary has no parameter -Depth", depth.Message, StringComparison.Ordinal);
        var missing = warnings.Where(warning => warning.Code == DiagnosticCodes.MissingPage).ToList();
        Assert.Equal(Cmdlets.Value.Count - 1, missing.Count);
        Assert.Contains(missing, warning => warning.ToString().StartsWith("SeRanking.HelpGenerator: warning SRHELP001: Get-SrRegion has no help page", StringComparison.Ordinal));
    }

    [Fact]
    public void The_MAML_still_holds_every_cmdlet_including_those_without_a_page()
    {
        var commands = Generate().Maml.Root!.Elements(Command + "command").ToList();

        Assert.Equal(Cmdlets.Value.Select(cmdlet => cmdlet.Name), commands.Select(command => command.Element(Command + "details")!.Element(Command + "name")!.Value));
        var region = commands.Single(command => command.Element(Command + "details")!.Element(Command + "name")!.Value == "Get-SrRegion");
        Assert.Equal(2, region.Element(Command + "syntax")!.Elements(Command + "syntaxItem").Count());
    }

    [Fact]
    public void Position_pipeline_input_aliases_and_type_come_from_the_metadata()
    {
        var target = Parameter(Entry("Get-SrBacklinkSummary").Element(Command + "parameters")!, "Target");

        Assert.Equal("true", (string?)target.Attribute("required"));
        Assert.Equal("0", (string?)target.Attribute("position"));
        Assert.Equal("True (ByValue, ByPropertyName)", (string?)target.Attribute("pipelineInput"));
        Assert.Equal("Domain, Url, Host", (string?)target.Attribute("aliases"));
        Assert.Equal("true", (string?)target.Attribute("variableLength"));
        Assert.Equal("String[]", target.Element(Command + "parameterValue")!.Value);
        Assert.Equal("String[]", target.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal("The domains to summarise, such as example.com.", target.Element(Maml + "description")!.Value);
        Assert.Equal("none", target.Element(Dev + "defaultValue")!.Value);
    }

    [Fact]
    public void The_syntax_shows_the_values_of_a_ValidateSet_and_ShouldProcess_adds_WhatIf_and_Confirm()
    {
        var syntax = Entry("Get-SrBacklinkSummary").Element(Command + "syntax")!.Elements(Command + "syntaxItem").Single();

        Assert.Equal(["Target", "Mode", "WhatIf", "Confirm"], syntax.Elements(Command + "parameter").Select(parameter => parameter.Element(Maml + "name")!.Value));
        var mode = Parameter(syntax, "Mode");
        Assert.Equal(["host", "domain", "url"], mode.Element(Command + "parameterValueGroup")!.Elements(Command + "parameterValue").Select(value => value.Value));
        Assert.Equal("named", (string?)mode.Attribute("position"));
        Assert.Equal("False", (string?)mode.Attribute("pipelineInput"));
        var whatIf = Parameter(syntax, "WhatIf");
        Assert.Equal("wi", (string?)whatIf.Attribute("aliases"));
        Assert.Null(whatIf.Element(Command + "parameterValue"));
        Assert.Equal(CmdletMetadataReader.WhatIfDescription, whatIf.Element(Maml + "description")!.Value);
    }

    [Fact]
    public void SupportsPaging_adds_IncludeTotalCount_Skip_and_First_with_PowerShells_own_text()
    {
        var backlinks = Entry("Get-SrBacklink");
        var summary = Entry("Get-SrBacklinkSummary");

        var syntax = backlinks.Element(Command + "syntax")!.Elements(Command + "syntaxItem").Single();
        Assert.Equal(["WhatIf", "Confirm", "IncludeTotalCount", "Skip", "First"], syntax.Elements(Command + "parameter").Select(parameter => parameter.Element(Maml + "name")!.Value).TakeLast(5));
        var first = Parameter(backlinks.Element(Command + "parameters")!, "First");
        Assert.Equal("UInt64", first.Element(Command + "parameterValue")!.Value);
        Assert.Equal(CmdletMetadataReader.FirstDescription, first.Element(Maml + "description")!.Value);
        Assert.Null(Parameter(syntax, "IncludeTotalCount").Element(Command + "parameterValue"));
        Assert.Equal("UInt64", Parameter(syntax, "Skip").Element(Command + "parameterValue")!.Value);
        Assert.DoesNotContain(summary.Element(Command + "parameters")!.Elements(Command + "parameter"), parameter => parameter.Element(Maml + "name")!.Value == "First");
    }

    [Fact]
    public void Parameter_sets_become_syntax_items_the_default_set_first_with_wildcards_marked()
    {
        var items = Entry("Get-SrRegion").Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();

        Assert.Equal(["Name"], items[0].Elements(Command + "parameter").Select(parameter => parameter.Element(Maml + "name")!.Value));
        Assert.Equal("true", (string?)Parameter(items[0], "Name").Attribute("globbing"));
        Assert.Equal("0", (string?)Parameter(items[0], "Name").Attribute("position"));
        Assert.Equal(["Code"], items[1].Elements(Command + "parameter").Select(parameter => parameter.Element(Maml + "name")!.Value));
        Assert.Equal("true", (string?)Parameter(items[1], "Code").Attribute("required"));
    }

    [Fact]
    public void Page_text_reaches_the_MAML_as_plain_text()
    {
        var entry = Entry("Get-SrBacklinkSummary");

        Assert.Equal("Gets the backlink summary of example.com (100 credits per target).", entry.Element(Command + "details")!.Element(Maml + "description")!.Value);
        Assert.Equal(3, entry.Element(Maml + "description")!.Elements(Maml + "para").Count());
        var example = entry.Element(Command + "examples")!.Elements(Command + "example").First();
        Assert.Equal("-------------------------- Example 1: One domain --------------------------", example.Element(Maml + "title")!.Value);
        Assert.Equal("Shows one record.", example.Element(Dev + "remarks")!.Value);
        Assert.Equal("System.String", entry.Element(Command + "inputTypes")!.Element(Command + "inputType")!.Element(Dev + "type")!.Element(Maml + "name")!.Value);
        Assert.Equal("A note about -WhatIf.", entry.Element(Maml + "alertSet")!.Value);
        var links = entry.Element(Command + "relatedLinks")!.Elements(Maml + "navigationLink").ToList();
        Assert.Equal(["about_SeRanking", "Get-SrDomainOverview", "SE Ranking API"], links.Select(link => link.Element(Maml + "linkText")!.Value));
        Assert.Equal("https://seranking.com/api/", links[2].Element(Maml + "uri")!.Value);
    }

    [Fact]
    public void Too_few_examples_an_empty_synopsis_and_an_undeclared_output_type_are_warnings()
    {
        var page = Path.Combine(_scratch, "Get-SrBacklinkSummary.md");
        File.WriteAllLines(page,
        [
            "# Get-SrBacklinkSummary",
            "## Synopsis",
            "## Description",
            "Costs 100 credits per target.",
            "## Examples",
            "### Example 1: Only one",
            "```powershell",
            "Get-SrBacklinkSummary example.com",
            "```",
            "## Inputs",
            "### System.String",
            "## Outputs",
            "### System.Object",
        ]);

        var warnings = HelpGeneration.Generate([Cmdlet("Get-SrBacklinkSummary")], _scratch).Warnings;

        Assert.Contains(warnings, warning => warning is { Code: DiagnosticCodes.EmptySection, Line: 2 } && warning.Message.Contains("no synopsis", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning is { Code: DiagnosticCodes.TooFewExamples, Line: 5 });
        Assert.Contains(warnings, warning => warning is { Code: DiagnosticCodes.UndeclaredOutputType, Line: 13 } && warning.Message.Contains("SeRanking.Engine.Data.Backlinks.BacklinkSummary", StringComparison.Ordinal));
        Assert.Contains(warnings, warning => warning is { Code: DiagnosticCodes.NoCsvExample, Line: 5 });
        Assert.Equal(2, warnings.Count(warning => warning.Code == DiagnosticCodes.UndocumentedParameter));
        Assert.DoesNotContain(warnings, warning => warning.Message.Contains("-WhatIf", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, warning => warning.Code == DiagnosticCodes.CostNotStated);
    }

    [Fact]
    public void A_description_that_does_not_mention_credits_is_a_warning()
    {
        File.WriteAllLines(Path.Combine(_scratch, "Get-SrRegion.md"), ["# Get-SrRegion", "## Synopsis", "Gets regions.", "## Description", "Reads the catalogue."]);

        var warnings = HelpGeneration.Generate([Cmdlet("Get-SrRegion")], _scratch).Warnings;

        Assert.Contains(warnings, warning => warning is { Code: DiagnosticCodes.CostNotStated, Line: 4 } && warning.Message.Contains("Get-SrRegion", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_writes_the_file_and_exits_0_with_warnings_1_on_unreadable_input_and_2_on_wrong_arguments()
    {
        var output = Path.Combine(_scratch, "en-US", "SeRanking.dll-Help.xml");
        string[] common = ["--assembly", ModuleLayout.InModule("SeRanking.dll"), "--sma", ModuleLayout.SystemManagementAutomation, "--output", output];

        Assert.Equal(0, Program.Main([.. common, "--docs", HelpPageParserTests.FixtureFolder]));
        Assert.Equal("helpItems", XDocument.Load(output).Root!.Name.LocalName);
        Assert.Equal(1, Program.Main([.. common, "--docs", Path.Combine(_scratch, "no-such-folder")]));
        Assert.Equal(2, Program.Main(["--docs", HelpPageParserTests.FixtureFolder]));
    }

    private static CmdletMetadata Cmdlet(string name) => Cmdlets.Value.Single(cmdlet => cmdlet.Name == name);

    private static HelpGenerationResult Generate() => HelpGeneration.Generate(Cmdlets.Value, HelpPageParserTests.FixtureFolder);

    private static XElement Entry(string name) =>
        Generate().Maml.Root!.Elements(Command + "command").Single(command => command.Element(Command + "details")!.Element(Command + "name")!.Value == name);

    private static XElement Parameter(XElement parent, string name) =>
        parent.Elements(Command + "parameter").Single(parameter => parameter.Element(Maml + "name")!.Value == name);
}
