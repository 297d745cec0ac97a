using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Engine.Catalogues;
using SeRanking.Infrastructure;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// The about_ topics shipped in the module folder's en-US: laid out as Get-Help expects, no wider
/// than a console, and in step with the catalogues and error ids they describe.
/// </summary>
public class AboutTopicTests
{
    private const string MainTopic = "about_SeRanking";
    private const string RegionsTopic = "about_SeRanking_Regions";
    private const int MaxLineLength = 80;

    [Theory]
    [InlineData(MainTopic)]
    [InlineData(RegionsTopic)]
    public void A_topic_starts_with_the_TOPIC_header_and_names_itself(string topic)
    {
        var lines = Lines(topic);

        Assert.True(lines.Count > 2, $"{topic} is empty.");
        Assert.Equal("TOPIC", lines[0]);
        Assert.Matches(@"^\s+\S", lines[1]);
        Assert.Equal(topic, lines[1].Trim());
    }

    [Theory]
    [InlineData(MainTopic)]
    [InlineData(RegionsTopic)]
    public void A_topic_has_the_conventional_sections_in_order(string topic)
    {
        var lines = Lines(topic);
        var positions = new[] { "TOPIC", "SHORT DESCRIPTION", "LONG DESCRIPTION", "SEE ALSO" }
            .Select(heading => (Heading: heading, Line: lines.IndexOf(heading)))
            .ToList();

        Assert.Empty(positions.Where(p => p.Line < 0).Select(p => $"{topic} has no '{p.Heading}' line at the left margin."));
        Assert.Equal(positions.Select(p => p.Line).Order(), positions.Select(p => p.Line));
    }

    [Theory]
    [InlineData(MainTopic)]
    [InlineData(RegionsTopic)]
    public void No_line_is_wider_than_80_characters(string topic)
    {
        var wide = Lines(topic)
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => l.Line.Length > MaxLineLength)
            .Select(l => $"{topic} line {l.Number} is {l.Line.Length} characters long: {l.Line}");

        Assert.Empty(wide);
    }

    [Theory]
    [InlineData(MainTopic)]
    [InlineData(RegionsTopic)]
    public void A_topic_is_plain_text_without_tabs(string topic)
    {
        var text = File.ReadAllText(PathOf(topic));

        Assert.DoesNotContain('\t', text);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void The_regions_topic_lists_every_region_code_of_the_catalogue_with_its_name()
    {
        var rows = TableRows(RegionsTopic);
        var missing = RegionCatalogue.All
            .Where(region => !rows.Contains((region.Code, region.Name)))
            .Select(region => $"{region.Code} ({region.Name})");

        Assert.True(RegionCatalogue.All.Count > 200, "The region catalogue is unexpectedly small.");
        Assert.Empty(missing);
    }

    [Fact]
    public void The_regions_topic_lists_every_SERP_feature_code_of_the_catalogue_with_its_name()
    {
        var rows = TableRows(RegionsTopic);
        var missing = SerpFeatureCatalogue.All
            .Where(feature => !rows.Contains((feature.Code, feature.Name)))
            .Select(feature => $"{feature.Code} ({feature.Name})");

        Assert.True(SerpFeatureCatalogue.All.Count > 50, "The SERP feature catalogue is unexpectedly small.");
        Assert.Empty(missing);
    }

    [Fact]
    public void The_regions_topic_explains_gb_worldwide_completion_and_validation()
    {
        var text = File.ReadAllText(PathOf(RegionsTopic));

        // gb is accepted for uk, and ai_overview for sge: the topic must say what they stand for.
        Assert.True(RegionCatalogue.TryGet("gb", out var unitedKingdom) && unitedKingdom.Code == "uk", "The catalogue no longer maps gb to uk; revise the topic.");
        Assert.True(SerpFeatureCatalogue.TryGet("ai_overview", out var aiOverview) && aiOverview.Code == "sge", "The catalogue no longer maps ai_overview to sge; revise the topic.");
        Assert.Contains("GB AND UK", text, StringComparison.Ordinal);
        Assert.Contains("ai_overview", text, StringComparison.Ordinal);
        Assert.Contains("WORLDWIDE", text, StringComparison.Ordinal);
        Assert.Contains("TAB COMPLETION", text, StringComparison.Ordinal);
        Assert.Contains("VALIDATION MESSAGES", text, StringComparison.Ordinal);
        Assert.Contains("Get-SrDomainOverview", text, StringComparison.Ordinal);
        Assert.Contains("Get-SrSerpFeature", text, StringComparison.Ordinal);

        // The messages quoted are the catalogue's own.
        Assert.Contains(
            Words(RegionCatalogue.DescribeInvalid("worldwide", allowAggregate: false)),
            Words(text),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CONNECTING")]
    [InlineData("RUNBOOKS")]
    [InlineData("PROXIES")]
    [InlineData("RATE LIMIT")]
    [InlineData("CREDITS")]
    [InlineData("-WHATIF")]
    [InlineData("PAGING")]
    [InlineData("ERRORS")]
    public void The_main_topic_has_a_section_on(string subject)
    {
        var headings = Lines(MainTopic).Where(IsSectionHeading).Select(line => line.Trim());

        Assert.Contains(headings, heading => heading.Contains(subject, StringComparison.Ordinal));
    }

    [Fact]
    public void The_main_topic_lists_every_error_id_with_its_category_and_whether_it_stops_the_command()
    {
        var text = File.ReadAllText(PathOf(MainTopic));
        var identities = MappedFailures.All()
            .Where(ErrorIdentity.IsKnown)
            .Select(ErrorIdentity.Of)
            .DistinctBy(identity => identity.ErrorId)
            .ToList();
        var undocumented = identities
            .Where(identity => !Regex.IsMatch(
                text,
                $@"^\s+{Regex.Escape(identity.ErrorId)}\s+{Regex.Escape(identity.Category)}\s+{(identity.StopsTheCommand ? "yes" : "no")}\b",
                RegexOptions.Multiline))
            .Select(identity => $"{identity.ErrorId} {identity.Category} {(identity.StopsTheCommand ? "yes" : "no")}");

        Assert.True(identities.Count > 10, "Fewer error ids than expected were found.");
        Assert.Empty(undocumented);
    }

    [Fact]
    public void The_main_topic_names_the_regions_topic()
    {
        Assert.Contains(Lines(MainTopic).SkipWhile(line => line != "SEE ALSO"), line => line.Trim() == RegionsTopic);
    }

    private static string PathOf(string topic)
    {
        var path = Path.Combine(ModuleLayout.ModuleFolder, "en-US", topic + ".help.txt");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{topic}.help.txt is not in the module folder's en-US; the build copies en-US/*.txt there.", path);
    }

    private static List<string> Lines(string topic) =>
        File.ReadAllText(PathOf(topic)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').ToList();

    /// <summary>The rows of the topic's code tables: an indented code, two or more spaces, then the name.</summary>
    private static HashSet<(string Code, string Name)> TableRows(string topic) =>
        Lines(topic)
            .Select(line => Regex.Match(line, @"^\s+(?<code>[a-z_]+) {2,}(?<name>\S.*?)\s*$"))
            .Where(match => match.Success)
            .Select(match => (match.Groups["code"].Value, match.Groups["name"].Value))
            .ToHashSet();

    /// <summary>A heading of a section: capitals at the left margin or indented by two spaces.</summary>
    private static bool IsSectionHeading(string line) =>
        Regex.IsMatch(line, @"^ {0,2}[A-Z][A-Z0-9 ,\-]+$");

    /// <summary>Text with every run of white space made one space, so a message wrapped over lines still matches.</summary>
    private static string Words(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
