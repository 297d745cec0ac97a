using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Tests.Operations;

/// <summary>The streaming row reader: every wrapper shape, any chunking of the bytes, and what it says when an answer is wrong.</summary>
public class JsonRowReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Rows_under_a_named_array_come_out_alike_however_the_bytes_arrive(int chunk)
    {
        var json = """{"total": 3, "rows": [{"name": "a", "n": 1}, {"name": "b", "n": 2}, {"name": "c", "n": 3}], "next": "abc"}""";

        var (rows, captured) = await ReadAsync(json, RowLocation.InProperty("rows"), chunk);

        Assert.Equal(["a", "b", "c"], rows.Select(r => r.Name));
        Assert.Equal(3, captured["total"].GetInt32());
        Assert.Equal("abc", captured["next"].GetString());
    }

    [Fact]
    public async Task A_top_level_array_is_rows_and_nulls_in_it_are_skipped()
    {
        var (rows, _) = await ReadAsync("""[{"name": "a"}, null, {"name": "b"}]""", RowLocation.TopLevelArray);

        Assert.Equal(["a", "b"], rows.Select(r => r.Name));
    }

    [Fact]
    public async Task An_unconfirmed_wrapper_is_found_as_the_first_array_and_later_arrays_are_kept_aside()
    {
        var (rows, captured) = await ReadAsync("""{"status": "ok", "items": [{"name": "a"}], "extra": [1, 2]}""", RowLocation.InProperty("backlinks"));

        Assert.Equal(["a"], rows.Select(r => r.Name));
        Assert.Equal(2, captured["extra"].GetArrayLength());
    }

    [Fact]
    public async Task Sections_give_every_named_array_with_its_name()
    {
        var reader = Reader("""{"organic": [{"name": "o1"}, {"name": "o2"}], "adv": [{"name": "a1"}], "other": [{"name": "x"}]}""", RowLocation.Sections("organic", "adv"));
        var seen = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            seen.Add(reader.CurrentSection + ":" + reader.Current.Name);
        }

        Assert.Equal(["organic:o1", "organic:o2", "adv:a1"], seen);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    public async Task A_section_given_as_one_object_is_that_sections_one_row(int chunk)
    {
        var json = """{"organic": {"name": "o"}, "adv": [{"name": "a1"}, {"name": "a2"}], "other": {"name": "x"}, "total": 3}""";
        var reader = Reader(json, RowLocation.Sections("organic", "adv"), chunk);
        var seen = new List<string>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            seen.Add(reader.CurrentSection + ":" + reader.Current.Name);
        }

        Assert.Equal(["organic:o", "adv:a1", "adv:a2"], seen);
        Assert.Equal(3, reader.Captured["total"].GetInt32());
        Assert.Equal("x", reader.Captured["other"].GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_object_under_a_path_is_the_one_row_and_its_siblings_are_kept_by_path()
    {
        var json = """{"id": "7", "result": {"summary_info": {"left_lines": 99}, "data": {"name": "stats", "n": 5}}}""";

        var (rows, captured) = await ReadAsync(json, RowLocation.ObjectIn("data").Under("result"));

        Assert.Equal("stats", Assert.Single(rows).Name);
        Assert.Equal(99, captured["result.summary_info"].GetProperty("left_lines").GetInt32());
        Assert.Equal("7", captured["id"].GetString());
    }

    [Theory]
    [InlineData("""{"name": "single", "n": 1}""", new[] { "single" })]
    [InlineData("""{"authority": [{"name": "a"}, {"name": "b"}]}""", new[] { "a", "b" })]
    [InlineData("""[{"name": "x"}]""", new[] { "x" })]
    public async Task A_small_answer_of_unknown_shape_is_read_as_its_array_or_as_itself(string json, string[] names)
    {
        var (rows, _) = await ReadAsync(json, RowLocation.ArrayOrDocument("authority"));

        Assert.Equal(names, rows.Select(r => r.Name));
    }

    [Fact]
    public async Task A_byte_order_mark_is_ignored()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""[{"name": "a"}]""")).ToArray();
        using var reader = new JsonRowReader<Row>(new MemoryStream(bytes), RowLocation.TopLevelArray, RowContext.Default.Row);

        Assert.True(await reader.ReadAsync(CancellationToken.None));
        Assert.Equal("a", reader.Current.Name);
    }

    [Fact]
    public async Task A_row_larger_than_the_read_buffer_is_still_read_whole()
    {
        var big = new string('x', 200_000);

        var (rows, _) = await ReadAsync($$"""[{"name": "{{big}}"}, {"name": "after"}]""", RowLocation.TopLevelArray, chunk: 65_536);

        Assert.Equal(200_000, rows[0].Name.Length);
        Assert.Equal("after", rows[1].Name);
    }

    [Fact]
    public async Task An_answer_cut_off_says_so_and_after_how_many_rows()
    {
        var json = """{"rows": [{"name": "a"}, {"name": "b"}, {"name": "c""";

        var error = await Assert.ThrowsAsync<JsonException>(() => ReadAsync(json, RowLocation.InProperty("rows")));

        Assert.Contains("cut off", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_of_the_wrong_shape_names_the_row_and_its_field()
    {
        var error = await Assert.ThrowsAsync<JsonException>(() => ReadAsync("""{"rows": [{"name": "a", "n": 1}, {"name": "b", "n": "many"}]}""", RowLocation.InProperty("rows")));

        Assert.Contains("row 2 at rows", error.Message, StringComparison.Ordinal);
        Assert.Contains("n", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.n", error.Path);
    }

    [Fact]
    public async Task Trailing_text_after_the_document_is_an_error()
    {
        await Assert.ThrowsAsync<JsonException>(() => ReadAsync("""[{"name": "a"}] [{"name": "b"}]""", RowLocation.TopLevelArray));
    }

    [Fact]
    public async Task Nothing_past_the_rows_read_so_far_is_read_from_the_stream()
    {
        // A stream of 10,000 rows served 64 bytes a read: after the first row the reader has
        // consumed a few reads, not the stream.
        var json = "[" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"name": "r{{i}}"}""")) + "]";
        var stream = new ChunkedStream(Encoding.UTF8.GetBytes(json), 64);
        using var reader = new JsonRowReader<Row>(stream, RowLocation.TopLevelArray, RowContext.Default.Row);

        Assert.True(await reader.ReadAsync(CancellationToken.None));

        Assert.True(stream.Position < 64 * 1024, $"read {stream.Position} bytes for one row");
    }

    private static JsonRowReader<Row> Reader(string json, RowLocation location, int chunk = 4096) =>
        new(new ChunkedStream(Encoding.UTF8.GetBytes(json), chunk), location, RowContext.Default.Row);

    private static async Task<(List<Row> Rows, Dictionary<string, JsonElement> Captured)> ReadAsync(string json, RowLocation location, int chunk = 4096)
    {
        using var reader = Reader(json, location, chunk);
        var rows = new List<Row>();
        while (await reader.ReadAsync(CancellationToken.None))
        {
            rows.Add(reader.Current);
        }

        return (rows, reader.Captured.ToDictionary(p => p.Key, p => p.Value));
    }

    /// <summary>A stream that hands out at most <paramref name="chunk"/> bytes a read, as a slow network does.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}

public sealed class Row
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("n")]
    public int N { get; set; }
}

[JsonSerializable(typeof(Row))]
internal sealed partial class RowContext : JsonSerializerContext
{
}
