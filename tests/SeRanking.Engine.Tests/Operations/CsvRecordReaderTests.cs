using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>The RFC 4180 reader of export files, at every buffer size so that no record boundary is special.</summary>
public class CsvRecordReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Quoted_fields_keep_commas_doubled_quotes_and_line_breaks_and_any_line_end_ends_a_record(int bufferSize)
    {
        const string Csv = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\r\nlast,\"\",end";

        var records = await ReadAllAsync(Csv, bufferSize);

        Assert.Equal(
            [
                ["a", "b", "c"],
                ["x, y", "say \"hi\"", "two\nlines"],
                ["", "", ""],
                ["last", "", "end"],
            ],
            records);
    }

    [Fact]
    public async Task Blank_lines_and_a_final_line_break_make_no_records()
    {
        var records = await ReadAllAsync("h1,h2\r\n\r\n1,2\r\n\n", 16);

        Assert.Equal([["h1", "h2"], ["1", "2"]], records);
    }

    [Fact]
    public async Task A_quoted_field_never_closed_is_refused()
    {
        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAllAsync("a,b\n\"open,field\n", 8));
    }

    private static async Task<List<string[]>> ReadAllAsync(string csv, int bufferSize)
    {
        var reader = new CsvRecordReader(new StringReader(csv), bufferSize);
        var records = new List<string[]>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
    }
}
