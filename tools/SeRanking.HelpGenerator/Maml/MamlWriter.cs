using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SeRanking.HelpGenerator.Markdown;
using SeRanking.HelpGenerator.Metadata;

namespace SeRanking.HelpGenerator.Maml;

/// <summary>
/// MAML as Get-Help reads it, in the shape platyPS emits: the words from the page, everything
/// about syntax and binding from the cmdlet's metadata.
/// </summary>
internal static class MamlWriter
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    private const string ExampleRule = "--------------------------";

    /// <summary>One command entry per cmdlet; a cmdlet without a page gets its metadata alone.</summary>
    public static XDocument Document(IEnumerable<(CmdletMetadata Cmdlet, HelpPage? Page)> commands) =>
        new(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                Msh + "helpItems",
                new XAttribute("schema", "maml"),
                commands.Select(command => CommandEntry(command.Cmdlet, command.Page))));

    private static XElement CommandEntry(CmdletMetadata cmdlet, HelpPage? page) =>
        new(
            Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
            new XElement(
                Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description(page is null ? [] : [string.Join(" ", page.Synopsis)])),
            Description(page?.Description ?? []),
            new XElement(
                Command + "syntax",
                cmdlet.ParameterSetNames.Select(set => new XElement(
                    Command + "syntaxItem",
                    new XElement(Maml + "name", cmdlet.Name),
                    cmdlet.ParametersOf(set).Select(entry => Parameter(entry.Parameter, entry.Binding.Mandatory, entry.Binding.Position, PipelineInput(entry.Binding.FromPipeline, entry.Binding.FromPipelineByPropertyName), page, inSyntax: true))))),
            new XElement(
                Command + "parameters",
                ParameterOrder(cmdlet).Select(parameter => Parameter(parameter, parameter.IsMandatory, parameter.Position, PipelineInput(parameter.FromPipeline, parameter.FromPipelineByPropertyName), page, inSyntax: false))),
            new XElement(
                Command + "inputTypes",
                (page?.Inputs ?? []).Select(input => new XElement(Command + "inputType", Type(input.TypeName), Description(input.Paragraphs)))),
            new XElement(
                Command + "returnValues",
                (page?.Outputs ?? []).Select(output => new XElement(Command + "returnValue", Type(output.TypeName), Description(output.Paragraphs)))),
            page is { Notes.Count: > 0 }
                ? new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(page.Notes)))
                : null,
            new XElement(
                Command + "examples",
                (page?.Examples ?? []).Select((example, index) => new XElement(
                    Command + "example",
                    new XElement(Maml + "title", ExampleTitle(index + 1, example.Title)),
                    new XElement(Dev + "code", example.Code ?? string.Empty),
                    new XElement(Dev + "remarks", Paragraphs(example.Remarks))))),
            new XElement(
                Command + "relatedLinks",
                (page?.RelatedLinks ?? []).Select(link => new XElement(
                    Maml + "navigationLink",
                    new XElement(Maml + "linkText", link.Text),
                    new XElement(Maml + "uri", link.Uri ?? string.Empty)))));

    /// <summary>The parameters section lists what the syntax does: positional parameters by position, then the rest as declared.</summary>
    private static IEnumerable<ParameterMetadata> ParameterOrder(CmdletMetadata cmdlet) =>
        cmdlet.Parameters
            .Select((parameter, index) => (Parameter: parameter, Index: index))
            .OrderBy(entry => entry.Parameter.Sets.Select(set => set.Position ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Min())
            .ThenBy(entry => entry.Index)
            .Select(entry => entry.Parameter);

    private static XElement Parameter(ParameterMetadata parameter, bool required, int? position, string pipelineInput, HelpPage? page, bool inSyntax)
    {
        var documented = page?.Parameter(parameter.Name);
        var description = documented?.Paragraphs is { Count: > 0 } paragraphs
            ? paragraphs
            : parameter.StandardDescription is { } standard ? [standard] : [];
        var defaultValue = documented?.DefaultValue ?? (parameter.IsSwitch ? "False" : "None");

        // A switch takes no value: the syntax shows [-Name], the parameters section its type.
        var showsValue = !(inSyntax && parameter.IsSwitch);
        return new XElement(
            Command + "parameter",
            new XAttribute("required", Bool(required)),
            new XAttribute("variableLength", Bool(parameter.IsArray)),
            new XAttribute("globbing", Bool(parameter.SupportsWildcards)),
            new XAttribute("pipelineInput", pipelineInput),
            new XAttribute("position", position?.ToString(CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)),
            new XElement(Maml + "name", parameter.Name),
            Description(description),
            inSyntax && parameter.ValidValues.Count > 0
                ? new XElement(
                    Command + "parameterValueGroup",
                    parameter.ValidValues.Select(value => new XElement(
                        Command + "parameterValue",
                        new XAttribute("required", "false"),
                        new XAttribute("variableLength", "false"),
                        value)))
                : null,
            showsValue
                ? new XElement(
                    Command + "parameterValue",
                    new XAttribute("required", Bool(!parameter.IsSwitch)),
                    new XAttribute("variableLength", "false"),
                    parameter.TypeName)
                : null,
            Type(parameter.TypeName),
            new XElement(Dev + "defaultValue", defaultValue));
    }

    public static string PipelineInput(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
    {
        (true, true) => "True (ByValue, ByPropertyName)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    public static string ExampleTitle(int number, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{ExampleRule} Example {number}{(title.Length > 0 ? ": " + title : string.Empty)} {ExampleRule}");

    private static XElement Type(string name) =>
        new(Dev + "type", new XElement(Maml + "name", name), new XElement(Maml + "uri"));

    private static XElement Description(IEnumerable<string> paragraphs) =>
        new(Maml + "description", Paragraphs(paragraphs));

    private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs) =>
        paragraphs.Where(paragraph => paragraph.Length > 0).Select(paragraph => new XElement(Maml + "para", paragraph));

    private static string Bool(bool value) => value ? "true" : "false";
}
