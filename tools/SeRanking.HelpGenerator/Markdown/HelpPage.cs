using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.HelpGenerator.Markdown;

/// <summary>The fixed sections of a page (docs/README.md), in the order they must appear.</summary>
internal enum HelpSection
{
    Synopsis,
    Description,
    Parameters,
    Examples,
    Inputs,
    Outputs,
    Notes,
    RelatedLinks,
}

/// <summary>One docs/&lt;Verb-Noun&gt;.md page, its text already plain (inline Markdown removed).</summary>
internal sealed record HelpPage(
    string FilePath,
    string Title,
    int TitleLine,
    IReadOnlyDictionary<HelpSection, int> SectionLines,
    IReadOnlyList<string> Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<DocumentedParameter> Parameters,
    IReadOnlyList<DocumentedExample> Examples,
    IReadOnlyList<DocumentedType> Inputs,
    IReadOnlyList<DocumentedType> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RelatedLink> RelatedLinks)
{
    public bool Has(HelpSection section) => SectionLines.ContainsKey(section);

    /// <summary>The line of a section's heading, or of the title when the section is absent: where a warning points.</summary>
    public int LineOf(HelpSection section) => SectionLines.TryGetValue(section, out var line) ? line : TitleLine;

    public DocumentedParameter? Parameter(string name) =>
        Parameters.FirstOrDefault(parameter => parameter.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A "### -Name" section: its paragraphs and the optional trailing "Default value: X" line.</summary>
internal sealed record DocumentedParameter(string Name, int Line, IReadOnlyList<string> Paragraphs, string? DefaultValue);

/// <summary>A "### Example N: title" section: the first code fence is the example, everything else its remarks.</summary>
internal sealed record DocumentedExample(string Title, int Line, string? Code, IReadOnlyList<string> Remarks);

/// <summary>A "### TypeName" section under Inputs or Outputs.</summary>
internal sealed record DocumentedType(string TypeName, int Line, IReadOnlyList<string> Paragraphs);

/// <summary>A related link: a cmdlet or about_ topic (no address), or a titled or bare https:// address.</summary>
internal sealed record RelatedLink(string Text, string? Uri);
