using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Engine;
using SeRanking.Engine.Operations;

namespace SeRanking.Module.Tests.Support;

/// <summary>docs/coverage.md read as rows: which cmdlets serve which operation of which API.</summary>
internal static partial class CoverageTable
{
    private static readonly Lazy<IReadOnlyList<CoverageRow>> Table = new(Read);

    public static string File { get; } = Path.Combine(ModuleLayout.RepositoryRoot, "docs", "coverage.md");

    public static IReadOnlyList<CoverageRow> Rows => Table.Value;

    [GeneratedRegex("`([^`]+)`")]
    public static partial Regex Backticked();

    private static List<CoverageRow> Read()
    {
        var rows = new List<CoverageRow>();
        foreach (var line in System.IO.File.ReadLines(File))
        {
            var cells = line.Split('|');
            if (cells.Length < 8 || !cells[1].Trim().StartsWith("Data", StringComparison.Ordinal) && !cells[1].Trim().StartsWith("Project", StringComparison.Ordinal) && !cells[1].Trim().StartsWith("Serpstat", StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(new CoverageRow(
                cells[1].Trim(),
                cells[2].Split(',').Select(m => m.Trim()).Where(m => m.Length > 0).ToList(),
                cells[3].Trim().Trim('`'),
                Backticked().Matches(cells[4]).Select(m => m.Groups[1].Value).ToList(),
                Backticked().Matches(cells[5]).Select(m => m.Groups[1].Value).ToList(),
                cells[6].Trim()));
        }

        return rows;
    }

}

/// <summary>One row: the API, methods and path of an operation, the cmdlets serving it, its tests and notes.</summary>
internal sealed record CoverageRow(string Api, IReadOnlyList<string> Methods, string Path, IReadOnlyList<string> Cmdlets, IReadOnlyList<string> Tests, string Note)
{
    public ApiKind ApiKind => Api switch
    {
        "Data" => ApiKind.SeRankingData,
        "Project" => ApiKind.SeRankingProject,
        _ => ApiKind.Serpstat,
    };

    /// <summary>The operations the engine describes for the row's methods and path.</summary>
    public IReadOnlyList<Operation> Operations =>
        Methods.Select(method => OperationCatalog.Find(ApiKind, method, Path)).OfType<Operation>().ToList();

    public override string ToString() => $"{Api} {string.Join("|", Methods)} {Path}";
}
