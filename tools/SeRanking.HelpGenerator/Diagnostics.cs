using System;
using System.Globalization;

namespace SeRanking.HelpGenerator;

/// <summary>The codes the generator reports; docs/README.md describes what each page must hold.</summary>
internal static class DiagnosticCodes
{
    public const string MissingPage = "SRHELP001";
    public const string UndocumentedParameter = "SRHELP002";
    public const string UnknownParameter = "SRHELP003";
    public const string EmptySection = "SRHELP004";
    public const string TooFewExamples = "SRHELP005";
    public const string EmptyParameterDescription = "SRHELP006";
    public const string MissingInputsOrOutputs = "SRHELP007";
    public const string UndeclaredOutputType = "SRHELP008";
    public const string PageForNoCmdlet = "SRHELP009";
    public const string ExampleWithoutCode = "SRHELP010";
    public const string CostNotStated = "SRHELP011";
    public const string NoCsvExample = "SRHELP012";

    public const string MalformedPage = "SRHELP100";
    public const string MissingInput = "SRHELP101";
}

/// <summary>
/// A warning in MSBuild's canonical format, so that Exec turns it into a build warning that points
/// at the page (and the line) to fix.
/// </summary>
internal sealed record Diagnostic(string Code, string Message, string? File = null, int Line = 0)
{
    public const string Tool = "SeRanking.HelpGenerator";

    public override string ToString() => Format("warning", Code, Message, File, Line);

    public static string Format(string severity, string code, string message, string? file, int line)
    {
        var origin = file is null ? Tool : line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}({line})") : file;
        return $"{origin}: {severity} {code}: {message}";
    }
}

/// <summary>Input the generator cannot read: a malformed page, a missing folder or assembly. The run fails.</summary>
internal sealed class HelpInputException(string code, string message, string? file = null, int line = 0) : Exception(message)
{
    public string Code { get; } = code;

    public string? File { get; } = file;

    public int Line { get; } = line;

    public override string ToString() => Diagnostic.Format("error", Code, Message, File, Line);
}
