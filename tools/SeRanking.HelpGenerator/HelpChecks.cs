using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeRanking.HelpGenerator.Markdown;
using SeRanking.HelpGenerator.Metadata;

namespace SeRanking.HelpGenerator;

/// <summary>
/// What a page lacks against its cmdlet: each a warning naming the cmdlet, the parameter or
/// section, and the fix. The help is written regardless; the surface tests fail on the same gaps.
/// </summary>
internal static class HelpChecks
{
    public const int MinimumExamples = 2;

    public static Diagnostic MissingPage(CmdletMetadata cmdlet, string expectedPath) =>
        new(DiagnosticCodes.MissingPage, $"{cmdlet.Name} has no help page: write {expectedPath} (format: docs/README.md). Until then its help shows the syntax alone.");

    public static Diagnostic PageForNoCmdlet(string pagePath, string name) =>
        new(DiagnosticCodes.PageForNoCmdlet, $"SeRanking.dll has no cmdlet {name}: rename the page after the cmdlet it documents, or delete it.", pagePath, 1);

    public static IEnumerable<Diagnostic> Check(CmdletMetadata cmdlet, HelpPage page)
    {
        var file = page.FilePath;
        var pageName = Path.GetFileName(file);
        if (!page.Title.Equals(cmdlet.Name, StringComparison.Ordinal))
        {
            yield return new(DiagnosticCodes.PageForNoCmdlet, $"The title '# {page.Title}' is not the cmdlet's name; make it '# {cmdlet.Name}'.", file, page.TitleLine);
        }

        if (page.Synopsis.Count == 0)
        {
            yield return new(DiagnosticCodes.EmptySection, $"{cmdlet.Name} has no synopsis: write one sentence under '## Synopsis' in {pageName}.", file, page.LineOf(HelpSection.Synopsis));
        }

        if (page.Description.Count == 0)
        {
            yield return new(DiagnosticCodes.EmptySection, $"{cmdlet.Name} has no description: write what it does and what it costs in credits under '## Description' in {pageName}.", file, page.LineOf(HelpSection.Description));
        }
        else if (!page.Description.Any(paragraph => paragraph.Contains("credit", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new(DiagnosticCodes.CostNotStated, $"The description of {cmdlet.Name} does not mention credits: say what a call costs in credits, or that it is free, under '## Description' in {pageName}.", file, page.LineOf(HelpSection.Description));
        }

        foreach (var parameter in cmdlet.Parameters)
        {
            var documented = page.Parameter(parameter.Name);
            if (documented is null && parameter.StandardDescription is null)
            {
                yield return new(DiagnosticCodes.UndocumentedParameter, $"{cmdlet.Name} -{parameter.Name} has no description: add a '### -{parameter.Name}' section under '## Parameters' in {pageName}.", file, page.LineOf(HelpSection.Parameters));
            }
            else if (documented is { Paragraphs.Count: 0 })
            {
                yield return new(DiagnosticCodes.EmptyParameterDescription, $"{cmdlet.Name} -{parameter.Name} has an empty section: describe the parameter under '### -{documented.Name}' in {pageName}.", file, documented.Line);
            }
        }

        foreach (var documented in page.Parameters.Where(documented => cmdlet.Parameter(documented.Name) is null))
        {
            var fix = documented.Name is "WhatIf" or "Confirm"
                ? $"{cmdlet.Name} does not support ShouldProcess, so it has no -{documented.Name}; remove the section"
                : $"remove '### -{documented.Name}' or correct its name (the cmdlet's parameters: {ParameterList(cmdlet)})";
            yield return new(DiagnosticCodes.UnknownParameter, $"{cmdlet.Name} has no parameter -{documented.Name}: {fix}.", file, documented.Line);
        }

        if (page.Examples.Count < MinimumExamples)
        {
            yield return new(DiagnosticCodes.TooFewExamples, $"{cmdlet.Name} has {page.Examples.Count} example(s): add at least {MinimumExamples} '### Example N: title' sections under '## Examples' in {pageName}.", file, page.LineOf(HelpSection.Examples));
        }

        if (OutputsRecords(cmdlet) && page.Examples.Count > 0 && !page.Examples.Any(example => example.Code?.Contains("Export-Csv", StringComparison.OrdinalIgnoreCase) == true))
        {
            yield return new(DiagnosticCodes.NoCsvExample, $"{cmdlet.Name} outputs records but no example ends in Export-Csv: add one under '## Examples' in {pageName}.", file, page.LineOf(HelpSection.Examples));
        }

        foreach (var example in page.Examples.Where(example => string.IsNullOrWhiteSpace(example.Code)))
        {
            yield return new(DiagnosticCodes.ExampleWithoutCode, $"{cmdlet.Name} example '{example.Title}' has no code: add a ```powershell fence under its heading.", file, example.Line);
        }

        if (page.Inputs.Count == 0)
        {
            yield return new(DiagnosticCodes.MissingInputsOrOutputs, $"{cmdlet.Name} names no input type: add '### System.String' (or '### None' when nothing can be piped in) under '## Inputs' in {pageName}.", file, page.LineOf(HelpSection.Inputs));
        }

        if (page.Outputs.Count == 0)
        {
            yield return new(DiagnosticCodes.MissingInputsOrOutputs, $"{cmdlet.Name} names no output type: add '### <full type name>' under '## Outputs' in {pageName} for each type its [OutputType] declares ({OutputList(cmdlet)}).", file, page.LineOf(HelpSection.Outputs));
        }

        foreach (var output in page.Outputs.Where(output => !IsDeclaredOutput(cmdlet, output.TypeName)))
        {
            yield return new(DiagnosticCodes.UndeclaredOutputType, $"{cmdlet.Name} does not declare [OutputType] {output.TypeName}: name one of {OutputList(cmdlet)} instead.", file, output.Line);
        }
    }

    /// <summary>Everything but the connection cmdlets writes records a user may want in a spreadsheet.</summary>
    public static bool OutputsRecords(CmdletMetadata cmdlet) => cmdlet.Verb is not ("Connect" or "Disconnect");

    /// <summary>An output heading matches a declared type by full name; "None" stands for [OutputType([void])].</summary>
    public static bool IsDeclaredOutput(CmdletMetadata cmdlet, string typeName) =>
        cmdlet.OutputTypeNames.Contains(typeName, StringComparer.Ordinal)
        || (typeName.Equals("None", StringComparison.OrdinalIgnoreCase) && (cmdlet.OutputTypeNames.Count == 0 || cmdlet.OutputTypeNames.Contains("System.Void", StringComparer.Ordinal)));

    private static string ParameterList(CmdletMetadata cmdlet) =>
        cmdlet.Parameters.Count == 0 ? "none besides the common parameters" : string.Join(", ", cmdlet.Parameters.Select(parameter => "-" + parameter.Name));

    private static string OutputList(CmdletMetadata cmdlet) =>
        cmdlet.OutputTypeNames.Count == 0 ? "None" : string.Join(", ", cmdlet.OutputTypeNames.Select(name => name == "System.Void" ? "None" : name));
}
