using System.IO;
using System.Linq;
using SeRanking.HelpGenerator;
using SeRanking.HelpGenerator.Markdown;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.HelpGenerator;

public class HelpPageParserTests
{
    public static string FixtureFolder { get; } = Path.Combine(ModuleLayout.RepositoryRoot, "tests", "SeRanking.Module.Tests", "HelpGenerator", "Fixtures");

    private static readonly HelpPage Fixture = HelpPageParser.Parse(Path.Combine(FixtureFolder, "Get-SrBacklinkSummary.md"));

    [Fact]
    public void Reads_the_title_synopsis_and_description_as_plain_paragraphs()
    {
        Assert.Equal("Get-SrBacklinkSummary", Fixture.Title);
        Assert.Equal(["Gets the backlink summary of example.com (100 credits per target)."], Fixture.Synopsis);
        Assert.Equal(
            [
                "Reads the summary through the Data API (https://seranking.com/api/) or, for regions, Get-SrRegion. Costs 100 credits per target.",
                "- One bullet with code.",
                "- Another bullet that goes on.",
            ],
            Fixture.Description);
    }

    [Fact]
    public void Reads_each_parameter_section_and_its_trailing_default_value()
    {
        Assert.Equal(["Target", "Depth"], Fixture.Parameters.Select(parameter => parameter.Name));
        var target = Fixture.Parameter("target")!;
        Assert.Equal(["The domains to summarise, such as example.com."], target.Paragraphs);
        Assert.Equal("none", target.DefaultValue);
        Assert.Null(Fixture.Parameter("Depth")!.DefaultValue);
    }

    [Fact]
    public void Reads_examples_with_their_code_verbatim_and_their_remarks()
    {
        Assert.Equal(["One domain", "Into a CSV file"], Fixture.Examples.Select(example => example.Title));
        var first = Fixture.Examples[0];
        Assert.Equal("# A comment in the code, not a heading\nGet-SrBacklinkSummary -Target example.com", first.Code);
        Assert.Equal(["Shows one record."], first.Remarks);
        Assert.Contains("Export-Csv", Fixture.Examples[1].Code, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_inputs_outputs_notes_and_related_links()
    {
        Assert.Equal(["System.String"], Fixture.Inputs.Select(input => input.TypeName));
        Assert.Equal(["Targets by value."], Fixture.Inputs[0].Paragraphs);
        Assert.Equal(["SeRanking.Engine.Data.Backlinks.BacklinkSummary"], Fixture.Outputs.Select(output => output.TypeName));
        Assert.Equal(["A note about -WhatIf."], Fixture.Notes);
        Assert.Equal(
            [
                new RelatedLink("about_SeRanking", null),
                new RelatedLink("Get-SrDomainOverview", null),
                new RelatedLink("SE Ranking API", "https://seranking.com/api/"),
            ],
            Fixture.RelatedLinks);
    }

    [Fact]
    public void Optional_sections_may_be_left_out_and_a_platyPS_CommonParameters_section_is_skipped()
    {
        var page = Parse(
            "# Get-Thing",
            "## Synopsis",
            "Gets a thing.",
            "## Parameters",
            "### CommonParameters",
            "This cmdlet supports the common parameters.",
            "## Examples",
            "### Example 1",
            "```",
            "Get-Thing",
            "```");

        Assert.Equal(["Gets a thing."], page.Synopsis);
        Assert.Empty(page.Description);
        Assert.Empty(page.Parameters);
        Assert.Equal("", page.Examples.Single().Title);
        Assert.False(page.Has(HelpSection.Inputs));
        Assert.Equal(1, page.LineOf(HelpSection.Inputs));
    }

    [Theory]
    [InlineData(1, "begins with its title", "Get-Thing", "## Synopsis")]
    [InlineData(2, "Text between the title", "# Get-Thing", "Stray text.", "## Synopsis")]
    [InlineData(2, "Unknown section '## Syntax'", "# Get-Thing", "## Syntax")]
    [InlineData(3, "comes after '## Examples'", "# Get-Thing", "## Examples", "## Description")]
    [InlineData(3, "appears twice", "# Get-Thing", "## Notes", "## Notes")]
    [InlineData(3, "'###' headings belong under Parameters", "# Get-Thing", "## Description", "### Details")]
    [InlineData(3, "must name one parameter", "# Get-Thing", "## Parameters", "### Target")]
    [InlineData(5, "appears twice under '## Parameters'", "# Get-Thing", "## Parameters", "### -Target", "Text.", "### -target")]
    [InlineData(3, "put it under a '### TypeName' (or '### None') heading", "# Get-Thing", "## Inputs", "None.")]
    [InlineData(3, "deeper than '###'", "# Get-Thing", "## Description", "#### Deep")]
    [InlineData(4, "is never closed", "# Get-Thing", "## Examples", "### Example 1: x", "```powershell", "Get-Thing", "## Inputs")]
    [InlineData(3, "A second title", "# Get-Thing", "## Description", "# Get-Other")]
    public void A_page_whose_structure_cannot_be_read_is_refused_at_its_line(int line, string message, params string[] lines)
    {
        var refused = Assert.Throws<HelpInputException>(() => HelpPageParser.Parse("Get-Thing.md", lines));

        Assert.Equal(DiagnosticCodes.MalformedPage, refused.Code);
        Assert.Equal(line, refused.Line);
        Assert.Contains(message, refused.Message, System.StringComparison.Ordinal);
        Assert.StartsWith($"Get-Thing.md({line}): error SRHELP100: ", refused.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_inside_a_code_fence_is_code()
    {
        var page = Parse("# Get-Thing", "## Examples", "### Example 1: Fenced", "~~~powershell", "## Not a section", "~~~", "After.");

        Assert.Equal("## Not a section", page.Examples.Single().Code);
        Assert.Equal(["After."], page.Examples.Single().Remarks);
    }

    private static HelpPage Parse(params string[] lines) => HelpPageParser.Parse("Get-Thing.md", lines);
}
