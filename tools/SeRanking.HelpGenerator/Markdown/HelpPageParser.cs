using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeRanking.HelpGenerator.Markdown;

/// <summary>
/// Reads a page in the format of docs/README.md. A page whose structure cannot be read (no title,
/// an unknown, repeated or misplaced heading, text outside a section, an unclosed code fence)
/// throws <see cref="HelpInputException"/> pointing at the line: guessing would put text under the
/// wrong heading of Get-Help. Missing content is not this class's concern (see HelpChecks).
/// </summary>
internal static partial class HelpPageParser
{
    private static readonly (HelpSection Section, string Heading)[] Sections =
    [
        (HelpSection.Synopsis, "Synopsis"),
        (HelpSection.Description, "Description"),
        (HelpSection.Parameters, "Parameters"),
        (HelpSection.Examples, "Examples"),
        (HelpSection.Inputs, "Inputs"),
        (HelpSection.Outputs, "Outputs"),
        (HelpSection.Notes, "Notes"),
        (HelpSection.RelatedLinks, "Related links"),
    ];

    private static readonly string SectionList = string.Join(", ", Sections.Select(section => "## " + section.Heading));

    public static HelpPage Parse(string filePath) => Parse(filePath, File.ReadAllLines(filePath));

    public static HelpPage Parse(string filePath, IReadOnlyList<string> lines)
    {
        var (title, titleLine, segments) = ReadSegments(filePath, lines);
        var sectionLines = new Dictionary<HelpSection, int>();
        var bySection = new Dictionary<HelpSection, Segment>();
        HelpSection? previous = null;
        foreach (var segment in segments)
        {
            var section = SectionNamed(segment.Heading)
                ?? throw Malformed(filePath, segment.Line, $"Unknown section '## {segment.Heading}'. A page has {SectionList}, in that order (docs/README.md).");
            if (bySection.ContainsKey(section))
            {
                throw Malformed(filePath, segment.Line, $"'## {segment.Heading}' appears twice; merge the two sections.");
            }

            if (previous is { } before && section < before)
            {
                throw Malformed(filePath, segment.Line, $"'## {segment.Heading}' comes after '## {HeadingOf(before)}'; the order is {SectionList}.");
            }

            CheckNesting(filePath, section, segment);
            bySection[section] = segment;
            sectionLines[section] = segment.Line;
            previous = section;
        }

        IReadOnlyList<Segment> Children(HelpSection section) => bySection.TryGetValue(section, out var segment) ? segment.Children : [];
        IReadOnlyList<SourceLine> Body(HelpSection section) => bySection.TryGetValue(section, out var segment) ? segment.Lines : [];

        return new HelpPage(
            filePath,
            title,
            titleLine,
            sectionLines,
            Paragraphs(Body(HelpSection.Synopsis)),
            Paragraphs(Body(HelpSection.Description)),
            ReadParameters(filePath, Children(HelpSection.Parameters)),
            Children(HelpSection.Examples).Select(ReadExample).ToList(),
            Children(HelpSection.Inputs).Select(ReadType).ToList(),
            Children(HelpSection.Outputs).Select(ReadType).ToList(),
            Paragraphs(Body(HelpSection.Notes)),
            ReadLinks(Body(HelpSection.RelatedLinks)));
    }

    /// <summary>The inline-free paragraphs of Markdown lines: blank lines separate them, each list item and table row is one.</summary>
    private static List<string> Paragraphs(IEnumerable<SourceLine> lines) =>
        Blocks(lines).Select(block => block.IsCode ? block.Text : InlineMarkdown.ToPlainText(block.Text)).ToList();

    private static (string Title, int TitleLine, List<Segment> Sections) ReadSegments(string filePath, IReadOnlyList<string> lines)
    {
        var index = SkipFrontMatter(filePath, lines);
        while (index < lines.Count && string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }

        var titleMatch = index < lines.Count ? Heading().Match(lines[index]) : Match.Empty;
        if (!titleMatch.Success || titleMatch.Groups["level"].Length != 1)
        {
            throw Malformed(filePath, Math.Min(index, lines.Count) + 1, "A page begins with its title, '# <cmdlet name>' (docs/README.md).");
        }

        var title = titleMatch.Groups["text"].Value;
        var titleLine = index + 1;
        var sections = new List<Segment>();
        Segment? section = null;
        Segment? subsection = null;
        Fence? fence = null;
        for (index++; index < lines.Count; index++)
        {
            var line = new SourceLine(index + 1, lines[index]);
            var current = subsection ?? section;
            if (fence is not null)
            {
                current!.Lines.Add(line);
                if (fence.IsClosedBy(line.Text))
                {
                    fence = null;
                }

                continue;
            }

            var heading = Heading().Match(line.Text);
            if (heading.Success)
            {
                var text = heading.Groups["text"].Value;
                switch (heading.Groups["level"].Length)
                {
                    case 1:
                        throw Malformed(filePath, line.Number, $"A second title '# {text}'; sections are '## ' headings.");
                    case 2:
                        section = new Segment(text, line.Number);
                        sections.Add(section);
                        subsection = null;
                        break;
                    case 3 when section is not null:
                        subsection = new Segment(text, line.Number);
                        section.Children.Add(subsection);
                        break;
                    case 3:
                        throw Malformed(filePath, line.Number, $"'### {text}' comes before any '## ' section.");
                    default:
                        throw Malformed(filePath, line.Number, $"'{heading.Groups["level"].Value} {text}': headings deeper than '###' are not part of the format (docs/README.md).");
                }

                continue;
            }

            if (current is null)
            {
                if (string.IsNullOrWhiteSpace(line.Text))
                {
                    continue;
                }

                throw Malformed(filePath, line.Number, "Text between the title and the first '## ' section; it belongs under '## Synopsis' or '## Description'.");
            }

            fence = Fence.OpenedBy(line);
            current.Lines.Add(line);
        }

        if (fence is not null)
        {
            throw Malformed(filePath, fence.Line, $"The code fence opened here ({fence.Marker}) is never closed, so every heading after it would be read as code.");
        }

        return (title, titleLine, sections);
    }

    private static int SkipFrontMatter(string filePath, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var index = 1; index < lines.Count; index++)
        {
            if (lines[index].Trim() is "---" or "...")
            {
                return index + 1;
            }
        }

        throw Malformed(filePath, 1, "The front matter that starts here ('---') is never closed.");
    }

    private static void CheckNesting(string filePath, HelpSection section, Segment segment)
    {
        var holdsSubsections = section is HelpSection.Parameters or HelpSection.Examples or HelpSection.Inputs or HelpSection.Outputs;
        if (!holdsSubsections && segment.Children.Count > 0)
        {
            throw Malformed(filePath, segment.Children[0].Line, $"'### {segment.Children[0].Heading}' under '## {segment.Heading}': '###' headings belong under Parameters, Examples, Inputs and Outputs only.");
        }

        if (holdsSubsections && segment.Lines.FirstOrDefault(line => !string.IsNullOrWhiteSpace(line.Text)) is { Text: not null } stray)
        {
            var expected = section switch
            {
                HelpSection.Parameters => "'### -Name'",
                HelpSection.Examples => "'### Example N: title'",
                _ => "'### TypeName' (or '### None')",
            };
            throw Malformed(filePath, stray.Number, $"Text directly under '## {segment.Heading}' is not shown anywhere; put it under a {expected} heading.");
        }
    }

    private static List<DocumentedParameter> ReadParameters(string filePath, IReadOnlyList<Segment> sections)
    {
        var parameters = new List<DocumentedParameter>();
        foreach (var section in sections)
        {
            // platyPS pages close with this section; Get-Help adds the common parameters by itself.
            if (section.Heading.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = ParameterHeading().Match(section.Heading);
            if (!name.Success)
            {
                throw Malformed(filePath, section.Line, $"'### {section.Heading}' under '## Parameters' must name one parameter: '### -Name'.");
            }

            if (parameters.Any(parameter => parameter.Name.Equals(name.Groups["name"].Value, StringComparison.OrdinalIgnoreCase)))
            {
                throw Malformed(filePath, section.Line, $"'### -{name.Groups["name"].Value}' appears twice under '## Parameters'; merge the two sections.");
            }

            var lines = section.Lines.ToList();
            string? defaultValue = null;
            var last = lines.FindLastIndex(line => !string.IsNullOrWhiteSpace(line.Text));
            var defaultLine = last >= 0 ? DefaultValue().Match(lines[last].Text) : Match.Empty;
            if (defaultLine.Success)
            {
                defaultValue = InlineMarkdown.ToPlainText(defaultLine.Groups["value"].Value.Trim());
                lines.RemoveAt(last);
            }

            parameters.Add(new DocumentedParameter(name.Groups["name"].Value, section.Line, Paragraphs(lines), defaultValue));
        }

        return parameters;
    }

    private static DocumentedExample ReadExample(Segment section)
    {
        var title = ExampleHeading().Match(section.Heading) is { Success: true } numbered ? numbered.Groups["title"].Value : section.Heading;
        string? code = null;
        var remarks = new List<string>();
        foreach (var block in Blocks(section.Lines))
        {
            if (block.IsCode && code is null)
            {
                code = block.Text;
            }
            else
            {
                // Text before the code and any further fence (sample output) read as remarks.
                remarks.Add(block.IsCode ? block.Text : InlineMarkdown.ToPlainText(block.Text));
            }
        }

        return new DocumentedExample(title.Trim(), section.Line, code, remarks);
    }

    private static DocumentedType ReadType(Segment section) =>
        new(InlineMarkdown.ToPlainText(section.Heading).Trim(), section.Line, Paragraphs(section.Lines));

    private static List<RelatedLink> ReadLinks(IEnumerable<SourceLine> lines)
    {
        var links = new List<RelatedLink>();
        foreach (var line in lines.Where(line => !string.IsNullOrWhiteSpace(line.Text)))
        {
            var item = ListMarker().Replace(line.Text.Trim(), string.Empty).Trim();
            if (MarkdownLink().Match(item) is { Success: true } link)
            {
                var url = link.Groups["url"].Value;
                links.Add(new RelatedLink(InlineMarkdown.ToPlainText(link.Groups["text"].Value), IsAddress(url) ? url : null));
            }
            else
            {
                var text = InlineMarkdown.ToPlainText(item.Trim('<', '>'));
                links.Add(IsAddress(text) ? new RelatedLink(string.Empty, text) : new RelatedLink(text, null));
            }
        }

        return links;
    }

    private static bool IsAddress(string text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Paragraphs and code fences, in order. Paragraph text keeps its inline Markdown.</summary>
    private static List<Block> Blocks(IEnumerable<SourceLine> lines)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        List<string>? code = null;
        Fence? fence = null;

        void EndParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Block(string.Join(' ', paragraph), IsCode: false));
                paragraph.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (fence is not null)
            {
                if (fence.IsClosedBy(line.Text))
                {
                    blocks.Add(new Block(string.Join('\n', Dedent(code!)), IsCode: true));
                    fence = null;
                    code = null;
                }
                else
                {
                    code!.Add(line.Text);
                }

                continue;
            }

            if (Fence.OpenedBy(line) is { } opened)
            {
                EndParagraph();
                fence = opened;
                code = [];
                continue;
            }

            var text = line.Text.Trim();
            if (text.Length == 0)
            {
                EndParagraph();
            }
            else if (TableSeparator().IsMatch(text))
            {
                EndParagraph();
            }
            else if (ListMarker().IsMatch(text) || text.StartsWith('|'))
            {
                EndParagraph();
                paragraph.Add(text.StartsWith('|') ? TableRow(text) : ListMarker().Replace(text, match => match.Value.Trim() is [>= '0' and <= '9', ..] number ? number + " " : "- "));
                if (text.StartsWith('|'))
                {
                    EndParagraph();
                }
            }
            else
            {
                paragraph.Add(text);
            }
        }

        EndParagraph();
        return blocks;
    }

    private static string TableRow(string row) =>
        string.Join("  ", row.Trim('|').Split('|').Select(cell => cell.Trim()));

    /// <summary>Removes the indentation every line of a code block shares (a fence inside a list item).</summary>
    private static IEnumerable<string> Dedent(List<string> code)
    {
        var indent = code.Where(line => line.Trim().Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return code.Select(line => line.Length >= indent ? line[indent..].TrimEnd() : line.Trim());
    }

    private static HelpSection? SectionNamed(string heading)
    {
        var normalized = Whitespace().Replace(heading.Trim(), " ");
        return Sections.Where(section => section.Heading.Equals(normalized, StringComparison.OrdinalIgnoreCase)).Select(section => (HelpSection?)section.Section).FirstOrDefault();
    }

    private static string HeadingOf(HelpSection section) => Sections.First(entry => entry.Section == section).Heading;

    private static HelpInputException Malformed(string filePath, int line, string message) =>
        new(DiagnosticCodes.MalformedPage, message, filePath, line);

    private sealed class Segment(string heading, int line)
    {
        public string Heading { get; } = heading;

        public int Line { get; } = line;

        public List<SourceLine> Lines { get; } = [];

        public List<Segment> Children { get; } = [];
    }

    private sealed record Block(string Text, bool IsCode);

    /// <summary>A ``` or ~~~ code fence: closed by a run of the same character at least as long.</summary>
    private sealed class Fence(char character, int length, int line)
    {
        public int Line { get; } = line;

        public string Marker => new(character, length);

        public static Fence? OpenedBy(SourceLine line)
        {
            var match = FenceLine().Match(line.Text);
            return match.Success ? new Fence(match.Groups["fence"].Value[0], match.Groups["fence"].Length, line.Number) : null;
        }

        public bool IsClosedBy(string text)
        {
            var match = FenceLine().Match(text);
            return match.Success
                && match.Groups["fence"].Value[0] == character
                && match.Groups["fence"].Length >= length
                && match.Groups["info"].Value.Trim().Length == 0;
        }
    }

    [GeneratedRegex(@"^(?<level>#{1,6})(?:[ \t]+(?<text>.*?))?[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^-(?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex ParameterHeading();

    [GeneratedRegex(@"^Example\s+\d+\s*[:.\-]?\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleHeading();

    [GeneratedRegex(@"^\s*Default value:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultValue();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^\[(?<text>[^\]]+)\]\((?<url>[^)\s]+)\)$")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A line of a page with its 1-based number, for warnings that point at it.</summary>
internal readonly record struct SourceLine(int Number, string Text);
