using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using SeRanking.HelpGenerator.Metadata;

namespace SeRanking.HelpGenerator;

/// <summary>
/// dotnet SeRanking.HelpGenerator.dll --assembly &lt;module&gt;/SeRanking.dll --docs &lt;docs&gt; --output &lt;file&gt; [--formats &lt;file&gt;] [--sma &lt;path&gt;]
/// Writes the MAML help and, with --formats, the generated format views ([TableView] row types).
/// Exit code 0: the MAML was written (warnings, if any, are printed in MSBuild's format);
/// 1: unreadable input; 2: wrong arguments.
/// </summary>
internal static class Program
{
    private const string Usage = "Usage: dotnet SeRanking.HelpGenerator.dll --assembly <module folder>/SeRanking.dll --docs <docs folder> --output <module folder>/en-US/SeRanking.dll-Help.xml [--formats <module folder>/SeRanking.Generated.Format.ps1xml] [--sma <System.Management.Automation.dll>]";

    /// <summary>Where the project copies PowerShellStandard.Library's reference assembly (see the .csproj).</summary>
    public static string BundledSystemManagementAutomation { get; } =
        Path.Combine(AppContext.BaseDirectory, "ReferenceAssemblies", "System.Management.Automation.dll");

    public static int Main(string[] args)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            Console.Error.WriteLine(Diagnostic.Format("error", DiagnosticCodes.MissingInput, problem, null, 0));
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            var sma = options.GetValueOrDefault("--sma") ?? BundledSystemManagementAutomation;
            if (options.TryGetValue("--formats", out var formatsPath))
            {
                var (formats, problems) = Formats.FormatViewWriter.Generate(options["--assembly"], sma);
                if (problems.Count > 0)
                {
                    foreach (var viewProblem in problems)
                    {
                        Console.Error.WriteLine(Diagnostic.Format("error", DiagnosticCodes.MissingInput, viewProblem, null, 0));
                    }

                    return 1;
                }

                Write(formats, formatsPath);
                Console.WriteLine($"{Diagnostic.Tool}: {formats.Descendants("View").Count()} table view(s) written to {formatsPath}.");
            }

            var cmdlets = CmdletMetadataReader.Read(options["--assembly"], sma);
            var result = HelpGeneration.Generate(cmdlets, options["--docs"]);
            Write(result.Maml, options["--output"]);
            foreach (var warning in result.Warnings)
            {
                Console.WriteLine(warning);
            }

            var fixes = result.Warnings.Count == 0 ? "nothing to fix" : $"{result.Warnings.Count} gap(s) to fix in the pages";
            Console.WriteLine($"{Diagnostic.Tool}: help for {cmdlets.Count} cmdlet(s) written to {options["--output"]} ({fixes}).");
            return 0;
        }
        catch (HelpInputException unreadable)
        {
            Console.Error.WriteLine(unreadable);
            return 1;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or BadImageFormatException or FileLoadException)
        {
            Console.Error.WriteLine(Diagnostic.Format("error", DiagnosticCodes.MissingInput, failure.Message, null, 0));
            return 1;
        }
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> options, out string problem)
    {
        string[] known = ["--assembly", "--docs", "--output", "--formats", "--sma"];
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        options = given;
        for (var index = 0; index < args.Length; index += 2)
        {
            if (!known.Contains(args[index], StringComparer.Ordinal) || index + 1 >= args.Length)
            {
                problem = $"Unexpected argument '{args[index]}'.";
                return false;
            }

            given[args[index]] = args[index + 1];
        }

        var missing = known.Take(3).Where(option => !given.ContainsKey(option)).ToList();
        problem = missing.Count == 0 ? string.Empty : $"Missing {string.Join(", ", missing)}.";
        return missing.Count == 0;
    }

    private static void Write(System.Xml.Linq.XDocument maml, string outputPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(outputPath, settings);
        maml.Save(writer);
    }
}
