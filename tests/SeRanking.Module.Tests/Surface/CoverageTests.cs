using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// docs/coverage.md against the API reference: every operation of every reference file the table
/// covers has a row; a row names cmdlets the manifest exports, served by an operation the engine
/// describes, and test files that exist and exercise the cmdlet; or it states why it has none.
/// </summary>
[Collection(ModuleSurface.Name)]
public partial class CoverageTests
{
    private static string CoverageFile => CoverageTable.File;

    private static IReadOnlyList<CoverageRow> Table => CoverageTable.Rows;

    public static TheoryData<string> ReferenceFiles() => new(CoveredReferences());

    [Theory]
    [MemberData(nameof(ReferenceFiles))]
    public void Every_operation_of_the_reference_has_a_row(string reference)
    {
        var operations = ReferenceOperations(reference).ToList();
        var missing = operations
            .Where(operation => !Table.Any(row => row.Path == operation.Path && row.Methods.Contains(operation.Method)))
            .Select(operation => $"{operation.Method} {operation.Path}")
            .ToList();

        Assert.NotEmpty(operations);
        Assert.True(missing.Count == 0, $"docs/coverage.md has no row for these operations of {reference}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_operation_has_two_rows_that_could_disagree()
    {
        // Two rows for one operation (a stale "not served yet" beside the served one, left by a
        // merge) would let the table say both at once.
        var twice = Table
            .SelectMany(row => row.Methods.Select(method => $"{row.Api} {method} {row.Path}"))
            .GroupBy(operation => operation, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToList();

        Assert.True(twice.Count == 0, "docs/coverage.md has more than one row for: " + string.Join(", ", twice));
    }

    [Fact]
    public void The_Serpstat_reference_is_read_as_its_105_methods_and_the_served_ones_as_operations_the_engine_describes()
    {
        var methods = ReferenceOperations("serpstat.md").ToList();
        var rows = Table.Where(row => row.Api == "Serpstat").ToList();

        Assert.Equal(105, methods.Count);
        Assert.All(methods, m => Assert.Equal("POST", m.Method));
        Assert.Contains(("POST", "SerpstatDomainProcedure.getDomainsInfo"), methods);
        Assert.Contains(("POST", "tasks.addTask"), methods);
        Assert.DoesNotContain(methods, m => m.Path == "SerpstatDomainProcedure.getAIOSummary");
        Assert.Equal(105, rows.Count);

        // Served rows are exactly the reference's methods the engine describes (phase B adds both together).
        var described = OperationCatalog.All.Where(o => o.Api == ApiKind.Serpstat).Select(o => o.RpcMethod).Where(m => methods.Contains(("POST", m!))).Distinct().ToList();
        Assert.Equal(105, described.Count);
        Assert.Equal(described.OrderBy(m => m, StringComparer.Ordinal), rows.Where(row => row.Cmdlets.Count > 0).Select(row => row.Path).OrderBy(m => m, StringComparer.Ordinal));
        Assert.All(rows.Where(row => row.Cmdlets.Count > 0), row => Assert.Equal(row.Path, Assert.Single(row.Operations).RpcMethod));
    }

    [Fact]
    public void Every_row_names_exported_cmdlets_or_says_why_it_has_none()
    {
        var exported = Manifest.Load(Path.Combine(ModuleLayout.RepositoryRoot, "SeRanking.psd1")).Array("CmdletsToExport").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var row in Table)
        {
            if (row.Cmdlets.Count == 0 && row.Note.Length < 20)
            {
                problems.Add($"{row}: no cmdlet and no reason (say why in the notes column).");
            }

            problems.AddRange(row.Cmdlets.Where(cmdlet => !exported.Contains(cmdlet)).Select(cmdlet => $"{row}: {cmdlet} is not exported by SeRanking.psd1."));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_served_row_is_an_operation_the_engine_describes_and_a_test_exercises_its_cmdlet()
    {
        var problems = new List<string>();
        foreach (var row in Table.Where(row => row.Cmdlets.Count > 0))
        {
            var operations = row.Operations;
            if (operations.Count == 0)
            {
                problems.Add($"{row}: the engine describes no operation at {string.Join("|", row.Methods)} {row.Path}.");
            }

            // A test exercises the row when it names the cmdlet, the path, or the operation's descriptor.
            var names = row.Cmdlets.Concat([row.Path.TrimStart('/'), row.Path.Replace("/v1/", string.Empty, StringComparison.Ordinal)]).Concat(operations.SelectMany(DescriptorNames)).ToList();

            if (row.Tests.Count == 0)
            {
                problems.Add($"{row}: no test named.");
            }

            foreach (var test in row.Tests)
            {
                var file = Path.Combine(ModuleLayout.RepositoryRoot, test);
                if (!File.Exists(file))
                {
                    problems.Add($"{row}: the test file {test} does not exist.");
                }
                else if (!names.Any(name => File.ReadAllText(file).Contains(name, StringComparison.Ordinal)))
                {
                    problems.Add($"{row}: {test} names none of {string.Join(", ", names)}.");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>"BacklinkOperations.All": the static properties that hold the operation.</summary>
    private static IEnumerable<string> DescriptorNames(Operation operation) =>
        typeof(OperationCatalog).Assembly.GetTypes()
            .Where(type => type.IsAbstract && type.IsSealed)
            .SelectMany(type => type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                .Where(property => property.GetIndexParameters().Length == 0 && typeof(Operation).IsAssignableFrom(property.PropertyType) && ReferenceEquals(property.GetValue(null), operation))
                .Select(property => type.Name + "." + property.Name));

    private static IEnumerable<string> CoveredReferences()
    {
        // The table says which reference files it covers: "References covered: `a.md`, `b.md`".
        var line = File.ReadLines(CoverageFile).First(l => l.StartsWith("References covered:", StringComparison.Ordinal));
        return CoverageTable.Backticked().Matches(line).Select(m => m.Groups[1].Value);
    }

    [Fact]
    public void The_project_references_give_the_123_operations_the_6_legacy_ones_and_the_7_unified_AIRT_reads()
    {
        // §14 of seranking-project.md: 123 operations on api4, plus 6 legacy ones (2 SERP parsing, 4 keyword volume).
        Assert.Equal(129, ReferenceOperations("seranking-project.md").Count());
        Assert.Equal(7, ReferenceOperations("seranking-unified.md").Count());
        Assert.All(ReferenceOperations("seranking-unified.md"), operation => Assert.StartsWith("/v1/project-management/airt/", operation.Path, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every method and path the reference file documents: in headings, in bullets that open with
    /// one, and in table rows; for Serpstat, every <c>### Procedure.method</c> heading (the ~40
    /// names of §18, known only from the R client, are a table without headings and not read).
    /// </summary>
    private static IEnumerable<(string Method, string Path)> ReferenceOperations(string reference)
    {
        var file = Path.Combine(ModuleLayout.RepositoryRoot, "tests", "Reference", "api", reference);
        if (reference == "seranking-project.md")
        {
            return ProjectOperations(file);
        }

        if (reference == "seranking-unified.md")
        {
            return UnifiedOnlyOperations(file);
        }

        var found = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(file))
        {
            var text = line.Trim();

            // A JSON-RPC API (Serpstat) has one URL: its operations are the method headings, all POSTed.
            if (MethodHeadingRegex().Match(text) is { Success: true } heading)
            {
                found.Add(("POST", heading.Groups["method"].Value));
                continue;
            }

            if (!(text.StartsWith("### ", StringComparison.Ordinal) || text.StartsWith("- `", StringComparison.Ordinal) || text.StartsWith("| GET", StringComparison.Ordinal)
                || text.StartsWith("| POST", StringComparison.Ordinal) || text.StartsWith("| PUT", StringComparison.Ordinal) || text.StartsWith("| PATCH", StringComparison.Ordinal)
                || text.StartsWith("| DELETE", StringComparison.Ordinal)))
            {
                continue;
            }

            string[] methods = [];
            string? previous = null;
            foreach (Match token in OperationTokenRegex().Matches(text))
            {
                if (token.Groups["methods"].Success)
                {
                    methods = token.Groups["methods"].Value.Split('|');
                }

                if (methods.Length == 0)
                {
                    continue;
                }

                var path = token.Groups["path"].Value;
                if (path.StartsWith("...", StringComparison.Ordinal) && previous is not null)
                {
                    // ".../recheck/advanced" after "/v1/site-audit/audits/recheck/standard": the part
                    // before the suffix's first segment is the previous path's.
                    var suffix = path[3..];
                    var firstSegment = suffix[..(suffix.IndexOf('/', 1) is var end and > 0 ? end : suffix.Length)];
                    var at = previous.LastIndexOf(firstSegment, StringComparison.Ordinal);
                    path = (at >= 0 ? previous[..at] : previous[..previous.LastIndexOf('/')]) + suffix;
                }

                path = path.Split('?')[0].TrimEnd('.', ',', ')', '`');
                foreach (var expanded in Expand(path))
                {
                    foreach (var method in methods)
                    {
                        found.Add((method, expanded));
                    }
                }

                previous = path;
            }
        }

        return found;
    }

    /// <summary>
    /// The Project reference's operations by their legacy path, as written (ids in braces, a
    /// trailing slash kept, the query cut): a heading "### GET /sites", or a table row whose first
    /// two cells are the method and the path. Other paths in the text (notes) are not operations.
    /// </summary>
    private static List<(string Method, string Path)> ProjectOperations(string file)
    {
        var found = new List<(string, string)>();
        foreach (var line in File.ReadLines(file))
        {
            var match = ProjectHeadingRegex().Match(line.Trim()) is { Success: true } heading ? heading : ProjectTableRowRegex().Match(line.Trim());
            if (match.Success)
            {
                found.AddRange(match.Groups["methods"].Value.Split('|').Select(method => (method, match.Groups["path"].Value.Split('?')[0])));
            }
        }

        return found.Distinct().ToList();
    }

    /// <summary>
    /// The operations seranking-unified.md adds: rows of its map whose legacy cell names no path
    /// (an MCP tool), by their unified path (`P` = /v1/project-management).
    /// </summary>
    private static List<(string Method, string Path)> UnifiedOnlyOperations(string file)
    {
        var found = new List<(string, string)>();
        foreach (var line in File.ReadLines(file))
        {
            var cells = line.Trim().Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells.Length < 5 || !int.TryParse(cells[1], out _) || MethodRegex().IsMatch(cells[2]))
            {
                continue;
            }

            var unified = UnifiedCellRegex().Match(cells[3]);
            if (unified.Success)
            {
                found.Add((unified.Groups["method"].Value, "/v1/project-management" + unified.Groups["path"].Value));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^### (?<methods>(?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) (?<path>/\S*)")]
    private static partial Regex ProjectHeadingRegex();

    [GeneratedRegex(@"^\| (?<methods>(?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*) \| `?(?<path>/[^ |`]*)`? \|")]
    private static partial Regex ProjectTableRowRegex();

    [GeneratedRegex(@"^(?:GET|POST|PUT|PATCH|DELETE) [/…]")]
    private static partial Regex MethodRegex();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE) `P`(?<path>/\S*)")]
    private static partial Regex UnifiedCellRegex();

    /// <summary>/v1/x/{a|b}/y → /v1/x/a/y and /v1/x/b/y.</summary>
    private static IEnumerable<string> Expand(string path)
    {
        var open = path.IndexOf('{', StringComparison.Ordinal);
        var close = path.IndexOf('}', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return [path];
        }

        return path[(open + 1)..close].Split('|').SelectMany(choice => Expand(path[..open] + choice + path[(close + 1)..]));
    }

    /// <summary>"### SerpstatDomainProcedure.getDomainsInfo", "### tasks.addTask": a method heading of serpstat.md (§6–§17).</summary>
    [GeneratedRegex(@"^### (?<method>[A-Za-z]+\.[A-Za-z][A-Za-z0-9]*)$")]
    private static partial Regex MethodHeadingRegex();

    [GeneratedRegex(@"(?:(?<methods>(?:GET|POST|PUT|PATCH|DELETE)(?:\|(?:GET|POST|PUT|PATCH|DELETE))*)\s+)?(?<path>(?:/v1/|\.\.\./)[A-Za-z0-9_\-/{}|.]+(?:\?[^\s,]*)?)")]
    private static partial Regex OperationTokenRegex();
}
