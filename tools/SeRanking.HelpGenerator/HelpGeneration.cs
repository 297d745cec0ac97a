using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SeRanking.HelpGenerator.Maml;
using SeRanking.HelpGenerator.Markdown;
using SeRanking.HelpGenerator.Metadata;

namespace SeRanking.HelpGenerator;

/// <summary>The MAML document for a set of cmdlets and a docs folder, and what the pages lack.</summary>
internal sealed record HelpGenerationResult(XDocument Maml, IReadOnlyList<Diagnostic> Warnings);

internal static partial class HelpGeneration
{
    /// <summary>
    /// Pairs each cmdlet with docs/&lt;Verb-Noun&gt;.md. Throws <see cref="HelpInputException"/> when
    /// the folder is missing or a page cannot be read; anything merely missing is a warning.
    /// </summary>
    public static HelpGenerationResult Generate(IReadOnlyList<CmdletMetadata> cmdlets, string docsFolder)
    {
        if (!Directory.Exists(docsFolder))
        {
            throw new HelpInputException(DiagnosticCodes.MissingInput, $"The docs folder {docsFolder} does not exist; it holds one <Verb-Noun>.md page per cmdlet (docs/README.md).");
        }

        var pageFiles = Directory.GetFiles(docsFolder, "*.md")
            .Where(file => CmdletPageName().IsMatch(Path.GetFileNameWithoutExtension(file)))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), StringComparer.OrdinalIgnoreCase);
        var warnings = new List<Diagnostic>();
        var commands = new List<(CmdletMetadata, HelpPage?)>();
        foreach (var cmdlet in cmdlets)
        {
            if (!pageFiles.TryGetValue(cmdlet.Name, out var file))
            {
                warnings.Add(HelpChecks.MissingPage(cmdlet, Path.Combine(docsFolder, cmdlet.Name + ".md")));
                commands.Add((cmdlet, null));
                continue;
            }

            var page = HelpPageParser.Parse(file);
            warnings.AddRange(HelpChecks.Check(cmdlet, page));
            commands.Add((cmdlet, page));
        }

        var names = cmdlets.Select(cmdlet => cmdlet.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        warnings.AddRange(pageFiles
            .Where(page => !names.Contains(page.Key))
            .OrderBy(page => page.Key, StringComparer.Ordinal)
            .Select(page => HelpChecks.PageForNoCmdlet(page.Value, page.Key)));

        return new HelpGenerationResult(MamlWriter.Document(commands), warnings);
    }

    /// <summary>Verb-Noun: README.md and about_ topics in the folder are no cmdlet pages.</summary>
    [GeneratedRegex(@"^[A-Za-z]+-[A-Za-z0-9]+$")]
    private static partial Regex CmdletPageName();
}
