using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Benchmarks;

/// <summary>The cost of reading one row of each large list from an answer streamed through the engine's row reader.</summary>
internal static class ListParsing
{
    private const int RowsPerBody = 10_000;

    public static void Measure()
    {
        Console.WriteLine();
        Console.WriteLine($"Parse cost per row of the large lists (answers of {RowsPerBody:N0} rows read through JsonRowReader):");
        Report("backlinks (all, raw)", BacklinkOperations.Raw, """{"url_from":"https://site123456.example.net/post-{0}","url_to":"https://example.com/page-{1}","anchor":"anchor {1}","nofollow":false,"inlink_rank":42,"domain_inlink_rank":57,"first_seen":"2024-05-17","last_visited":"2026-11-20"}""", "backlinks");
        Report("domain keywords", DomainOperations.Keywords, """{"keyword":"lightweight camping tent {0}","position":3,"prev_pos":5,"volume":9900,"cpc":1.82,"competition":0.71,"url":"https://example-shop.com/tents/{1}","difficulty":38,"total_sites":41200000,"traffic":842,"traffic_percent":1.37,"price":1532.44,"block_type":null,"block_position":3,"intents":["C","T"]}""", null);
        Report("keyword ideas (similar)", KeywordOperations.Similar, """{"keyword":"camping tent {0}","cpc":1.21,"difficulty":55,"volume":74000,"competition":0.88,"serp_features":["images","people_also_ask","shopping_results"],"intents":["C","T"],"history_trend":null}""", "keywords");
    }

    /// <summary>Times <paramref name="operation"/>'s reader over a body of rows built from <paramref name="rowTemplate"/>.</summary>
    internal static void Report<TQuery, TRow>(string name, Operation<TQuery, TRow> operation, string rowTemplate, string? wrapper)
        where TRow : class
    {
        var rows = string.Join(",", Enumerable.Range(0, RowsPerBody).Select(i => rowTemplate.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{1}", (i % 50).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        var body = Encoding.UTF8.GetBytes(wrapper is null ? "[" + rows + "]" : "{\"" + wrapper + "\":[" + rows + "]}");
        Read(operation, body);
        const int Bodies = 10;
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Bodies; i++)
        {
            Read(operation, body);
        }

        clock.Stop();
        var total = (double)Bodies * RowsPerBody;
        Console.WriteLine($"  {name,-28} {clock.Elapsed.TotalMilliseconds * 1_000_000 / total,7:N0} ns/row  {(GC.GetAllocatedBytesForCurrentThread() - allocated) / total,6:N0} bytes/row  {body.Length / (double)RowsPerBody,5:N0} bytes of JSON/row");
    }

    private static int Read<TQuery, TRow>(Operation<TQuery, TRow> operation, byte[] body)
        where TRow : class
    {
        using var reader = new JsonRowReader<TRow>(new MemoryStream(body), operation.Rows, operation.RowTypeInfo);
        var count = 0;
        while (reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
        {
            count++;
        }

        return count;
    }
}
