using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SeRanking.Engine.Tests.Catalogues;

/// <summary>
/// The seed "Getting started" document (shared/seeds/000_…), the source of the catalogues.
/// Tests compare the embedded catalogues with the tables parsed from it.
/// </summary>
internal static class SeedDocument
{
    private const string SeedFile = "000_6ed5a9872cb8306e.txt";

    private static readonly Lazy<string[]> Lines = new(Load);

    /// <summary>Rows "code | name |" of the "Regional Database Codes" table.</summary>
    internal static IReadOnlyList<(string Code, string Name)> Regions => TwoColumnTable("Code | Country / Region |");

    /// <summary>Rows "code | name |" of the "SERP Features" table.</summary>
    internal static IReadOnlyList<(string Code, string Name)> SerpFeatures => TwoColumnTable("Code | Feature |");

    /// <summary>Rows of the "Endpoint cost matrix": service, method, command, request cost text, per-record cost.</summary>
    internal static IReadOnlyList<(string Service, string Method, string Command, string Request, long PerRecord)> CostMatrix
    {
        get
        {
            var rows = new List<(string, string, string, string, long)>();
            foreach (var line in TableBody("Service | Method | Command | Request | Per Record |"))
            {
                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                Assert.True(cells.Length == 6, $"Unexpected cost matrix row in the seed: '{line}'");
                rows.Add((cells[0], cells[1], cells[2], cells[3], long.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture)));
            }

            Assert.NotEmpty(rows);
            return rows;
        }
    }

    private static (string Code, string Name)[] TwoColumnTable(string header)
    {
        var rows = TableBody(header)
            .Select(line => Regex.Match(line, @"^(\S+) \| (.+) \|$"))
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToArray();
        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>The lines after a table's header and its "---|" separator, up to the first line that is not a row.</summary>
    private static IEnumerable<string> TableBody(string header)
    {
        var lines = Lines.Value;
        var start = Array.IndexOf(lines, header);
        Assert.True(start >= 0, $"The seed {SeedFile} has no table headed '{header}'.");
        Assert.StartsWith("---|", lines[start + 1], StringComparison.Ordinal);
        for (var i = start + 2; i < lines.Length && lines[i].EndsWith(" |", StringComparison.Ordinal) && lines[i].Contains(" | ", StringComparison.Ordinal); i++)
        {
            yield return lines[i];
        }
    }

    private static string[] Load()
    {
        var root = typeof(SeedDocument).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (string.IsNullOrEmpty(root))
        {
            throw new InvalidOperationException("The test assembly carries no [AssemblyMetadata(\"RepositoryRoot\")]; the catalogue tests cannot find the seed documents.");
        }

        var path = Path.GetFullPath(Path.Combine(root, "tests", "Reference", "seeds", SeedFile));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The seed document {SeedFile} is not in the repository's copy of the reference ({path}); the catalogue tests compare the catalogues with it.");
        }

        return File.ReadAllLines(path);
    }
}
