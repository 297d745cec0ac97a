using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeRanking.Engine.Tests.Support;

/// <summary>The API reference's sample bodies, in the repository's copy of the reference (tests/Reference).</summary>
internal static class Samples
{
    internal static string RepositoryRoot { get; } = Path.GetFullPath(
        typeof(Samples).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    internal static string Directory { get; } = Path.Combine(RepositoryRoot, "tests", "Reference", "api", "samples");

    internal static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".json"));

    /// <summary>The rows an operation reads from a body, as the engine reads an answer.</summary>
    internal static System.Collections.Generic.List<TRow> Rows<TQuery, TRow>(SeRanking.Engine.Operations.Operation<TQuery, TRow> operation, byte[] body)
        where TRow : class
    {
        using var reader = new SeRanking.Engine.Parsing.JsonRowReader<TRow>(new MemoryStream(body), operation.Rows, operation.RowTypeInfo);
        var rows = new System.Collections.Generic.List<TRow>();
        while (reader.ReadAsync(System.Threading.CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            rows.Add(reader.Current);
        }

        return rows;
    }

    /// <inheritdoc cref="Rows{TQuery, TRow}(SeRanking.Engine.Operations.Operation{TQuery, TRow}, byte[])"/>
    internal static System.Collections.Generic.List<TRow> Rows<TQuery, TRow>(SeRanking.Engine.Operations.Operation<TQuery, TRow> operation, string json)
        where TRow : class => Rows(operation, System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The one row an operation reads from a sample.</summary>
    internal static TRow Row<TQuery, TRow>(SeRanking.Engine.Operations.Operation<TQuery, TRow> operation, string sample)
        where TRow : class => Rows(operation, Read(sample)).Single();
}
