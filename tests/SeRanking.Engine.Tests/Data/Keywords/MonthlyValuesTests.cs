using System;
using System.Linq;
using System.Text.Json;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Data.Keywords;

/// <summary>A month-keyed history reads as one CSV cell, oldest month first, whatever shape it comes in.</summary>
public class MonthlyValuesTests
{
    [Fact]
    public void An_object_keyed_by_day_reads_oldest_first_as_months_with_thousands()
    {
        var row = Row("""{"keyword":"tent","history_trend":{"2025-02-01": 900, "2025-01-01": 1200, "2024-12-01": 75000}}""");

        Assert.Equal("2024-12: 75,000; 2025-01: 1,200; 2025-02: 900", row.HistoryTrend!.ToString());
        Assert.Equal(new DateTime(2024, 12, 1), row.HistoryTrend[0].Month);
        Assert.Equal(1200, row.HistoryTrend.ValueOf(new DateTime(2025, 1, 17)));
        Assert.Null(row.HistoryTrend.ValueOf(new DateTime(2025, 3, 1)));
    }

    [Fact]
    public void Month_keys_points_and_numeric_strings_are_read_too()
    {
        Assert.Equal("2025-01: 10; 2025-02: 20", Row("""{"keyword":"a","history_trend":{"2025-01": 10, "2025-02": "20"}}""").HistoryTrend!.ToString());
        Assert.Equal("2025-01: 10; 2025-02: 20", Row("""{"keyword":"a","history_trend":[{"date":"2025-02-01","volume":20},{"month":"2025-01","value":10}]}""").HistoryTrend!.ToString());
    }

    [Fact]
    public void Null_is_no_history_and_an_empty_object_an_empty_one()
    {
        Assert.Null(Row("""{"keyword":"a","history_trend":null}""").HistoryTrend);
        Assert.Equal(string.Empty, Row("""{"keyword":"a","history_trend":{}}""").HistoryTrend!.ToString());
    }

    [Fact]
    public void A_key_that_is_not_a_date_is_kept_as_written_not_dropped()
    {
        var history = Row("""{"keyword":"a","history_trend":{"2025-01-01": 5, "last year": 7}}""").HistoryTrend!;

        Assert.Equal("2025-01: 5; last year: 7", history.ToString());
        Assert.Null(history[1].Month);
    }

    [Fact]
    public void Months_gives_one_row_per_month_with_the_keyword_and_source()
    {
        var row = Row("""{"keyword":"tent","history_trend":{"2025-01-01": 1200, "2025-02-01": 900}}""");
        row.Source = "de";

        var months = row.Months();

        Assert.Equal([1200L, 900L], months.Select(m => m.Volume!.Value));
        Assert.All(months, m => Assert.Equal(("tent", "de"), (m.Keyword, m.Source)));
        Assert.Equal(new DateTime(2025, 2, 1), months[1].Month);
    }

    [Fact]
    public void A_series_of_the_wrong_type_is_a_json_error_with_its_path()
    {
        var error = Assert.ThrowsAny<JsonException>(() => Row("""{"keyword":"a","history_trend":"often"}"""));

        Assert.Contains("history_trend", error.Path ?? error.Message, StringComparison.Ordinal);
    }

    private static KeywordMetrics Row(string json) => Samples.Rows(KeywordOperations.Metrics, "[" + json + "]").Single();
}
