using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.Keywords;

// What the keyword-research operations take (§5). Each query checks itself while it writes its
// parameters; property names are the cmdlets' parameter names, which the errors repeat.

/// <summary>The metrics of known keywords (POST keywords/export): 1 to 5,000 keywords of one regional database.</summary>
public sealed record KeywordMetricsQuery
{
    /// <summary>The columns keywords/export can answer (<c>cols</c>); keyword is always asked for.</summary>
    public static readonly IReadOnlyList<string> ColumnNames = ["volume", "cpc", "competition", "difficulty", "history_trend"];

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Regional database code (us, uk, de, …).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>volume, cpc (the API's default), difficulty, competition or history_trend.</summary>
    public string? Sort { get; init; }

    /// <summary>desc (the API's default) or asc.</summary>
    public string? SortOrder { get; init; }

    /// <summary>Only these columns besides the keyword (volume, cpc, competition, difficulty, history_trend); all when not given.</summary>
    public IReadOnlyList<string>? Column { get; init; }

    /// <summary>First month of the monthly history (the day is ignored).</summary>
    public DateTime? HistoryFrom { get; init; }

    /// <summary>Last month of the monthly history (the day is ignored); at most 12 months after <see cref="HistoryFrom"/>.</summary>
    public DateTime? HistoryTo { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        if (Keywords.Count == 0)
        {
            throw new InvalidInputException("Keyword", "-Keyword is required: give at least one keyword.");
        }

        var keywords = Keywords.Select(keyword => KeywordRules.Validate(keyword)).ToList();
        Check.MaxCount("Keyword", keywords, KeywordOperations.MaxKeywordsPerCall, "keyword");
        writer.Target = keywords.Count == 1 ? keywords[0] : keywords.Count.ToString("N0", CultureInfo.InvariantCulture) + " keywords";
        writer.AddToQuery("source", Check.Source("Source", Source));
        writer.AddList("keywords", keywords, ListStyle.Brackets);
        writer.Add("sort", Check.OneOf(nameof(Sort), Sort, "volume", "cpc", "difficulty", "competition", "history_trend"))
            .Add("sort_order", Check.OneOf(nameof(SortOrder), SortOrder, "desc", "asc"));
        WriteHistory(writer);
        if (Check.EachOneOf(nameof(Column), Column, [.. ColumnNames]) is { } columns)
        {
            // The keyword is how rows are matched to what was asked; history is asked for when its window is.
            var sent = new List<string> { "keyword" };
            sent.AddRange(columns);
            if ((HistoryFrom is not null || HistoryTo is not null) && !sent.Contains("history_trend"))
            {
                sent.Add("history_trend");
            }

            writer.Add("cols", string.Join(",", sent));
        }
    }

    private void WriteHistory(RequestWriter writer)
    {
        var from = HistoryFrom is { } start ? new DateTime(start.Year, start.Month, 1) : (DateTime?)null;
        var to = HistoryTo is { } end ? new DateTime(end.Year, end.Month, 1) : (DateTime?)null;
        var thisMonth = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(1); // a month of slack for time zones
        if (from > thisMonth || to > thisMonth)
        {
            throw new InvalidInputException(from > thisMonth ? nameof(HistoryFrom) : nameof(HistoryTo), "The keyword history ends with the current month; give an earlier month.");
        }

        if (from is { } first && to is { } last)
        {
            if (first > last)
            {
                throw new InvalidInputException(nameof(HistoryFrom), $"-HistoryFrom ({first:yyyy-MM}) is after -HistoryTo ({last:yyyy-MM}); give the earlier month first.");
            }

            var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
            if (months > KeywordOperations.MaxHistoryMonths)
            {
                throw new InvalidInputException(
                    nameof(HistoryFrom),
                    $"-HistoryFrom {first:yyyy-MM} to -HistoryTo {last:yyyy-MM} spans {months} months; the API answers at most {KeywordOperations.MaxHistoryMonths} (a window ending at -HistoryTo).");
            }
        }

        writer.Add("history_from", from).Add("history_to", to);
    }
}

/// <summary>Keyword ideas for a seed: similar, related, question or long-tail keywords (GET keywords/similar|related|questions|longtail).</summary>
public sealed record KeywordIdeaQuery
{
    /// <summary>The seed keyword.</summary>
    public string Keyword { get; init; } = string.Empty;

    /// <summary>Regional database code.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>keyword, volume, cpc, difficulty or competition.</summary>
    public string? Sort { get; init; }

    /// <summary>desc (the API's default) or asc.</summary>
    public string? SortOrder { get; init; }

    /// <summary>Adds each idea's monthly volumes (not for long-tail keywords).</summary>
    public bool HistoryTrend { get; init; }

    public long? VolumeFrom { get; init; }

    public long? VolumeTo { get; init; }

    /// <summary>0–100.</summary>
    public long? DifficultyFrom { get; init; }

    public long? DifficultyTo { get; init; }

    public double? CpcFrom { get; init; }

    public double? CpcTo { get; init; }

    /// <summary>0–1.</summary>
    public double? CompetitionFrom { get; init; }

    public double? CompetitionTo { get; init; }

    /// <summary>Words in the keyword (<c>filter[keyword_count]</c>).</summary>
    public long? WordCountFrom { get; init; }

    public long? WordCountTo { get; init; }

    /// <summary>Characters in the keyword (<c>filter[characters_count]</c>).</summary>
    public long? CharacterCountFrom { get; init; }

    public long? CharacterCountTo { get; init; }

    /// <summary>Only ideas with these SERP features (catalogue codes).</summary>
    public IReadOnlyList<string>? SerpFeature { get; init; }

    /// <summary>Only ideas with these intents: I, N, T, C, L.</summary>
    public IReadOnlyList<string>? Intent { get; init; }

    /// <summary>A multi-keyword filter (JSON, see <see cref="MultiKeywordFilter"/>) the idea must match.</summary>
    public string? IncludeFilter { get; init; }

    /// <summary>A multi-keyword filter the idea must not match.</summary>
    public string? ExcludeFilter { get; init; }

    /// <summary>The seed as sent.</summary>
    internal string KeywordSent => KeywordRules.Validate(Keyword);

    internal void WriteTo(RequestWriter writer, bool takesHistory)
    {
        writer.Target = KeywordRules.Validate(Keyword);
        writer.Add("source", Check.Source("Source", Source)).Add("keyword", writer.Target);
        writer.Add("sort", Check.OneOf(nameof(Sort), Sort, "keyword", "volume", "cpc", "difficulty", "competition"))
            .Add("sort_order", Check.OneOf(nameof(SortOrder), SortOrder, "desc", "asc"));
        if (HistoryTrend)
        {
            if (!takesHistory)
            {
                throw new InvalidInputException(nameof(HistoryTrend), "Long-tail keywords come as phrases alone; -HistoryTrend applies to similar, related and question keywords.");
            }

            writer.Add("history_trend", true, asWords: true);
        }

        KeywordFilters.WriteRange(writer, "volume", nameof(VolumeFrom), VolumeFrom, nameof(VolumeTo), VolumeTo, 0, long.MaxValue);
        KeywordFilters.WriteRange(writer, "difficulty", nameof(DifficultyFrom), DifficultyFrom, nameof(DifficultyTo), DifficultyTo, 0, 100);
        Check.RangePair(nameof(CpcFrom), CpcFrom, nameof(CpcTo), CpcTo, 0);
        writer.AddRange("filter[cpc]", CpcFrom, CpcTo);
        Check.RangePair(nameof(CompetitionFrom), CompetitionFrom, nameof(CompetitionTo), CompetitionTo, 0, 1);
        writer.AddRange("filter[competition]", CompetitionFrom, CompetitionTo);
        KeywordFilters.WriteRange(writer, "keyword_count", nameof(WordCountFrom), WordCountFrom, nameof(WordCountTo), WordCountTo, 1, 100);
        KeywordFilters.WriteRange(writer, "characters_count", nameof(CharacterCountFrom), CharacterCountFrom, nameof(CharacterCountTo), CharacterCountTo, 1, KeywordRules.MaxLength);
        writer.Add("filter[serp_features]", Check.SerpFeatures(nameof(SerpFeature), SerpFeature) is { } features ? string.Join(",", features) : null);
        writer.Add("filter[intents]", KeywordFilters.Intents(nameof(Intent), Intent));
        KeywordFilters.WriteText(writer, nameof(IncludeFilter), IncludeFilter, nameof(ExcludeFilter), ExcludeFilter);
    }
}

/// <summary>The filters keyword ideas and AI prompts share, checked once for both.</summary>
internal static class KeywordFilters
{
    internal static void WriteRange(RequestWriter writer, string apiName, string fromName, long? from, string toName, long? to, long min, long max)
    {
        Check.Range(fromName, from, min, max);
        Check.Range(toName, to, min, max);
        if (from is { } low && to is { } high && low > high)
        {
            throw new InvalidInputException(fromName, FormattableString.Invariant($"-{fromName} ({low:N0}) is greater than -{toName} ({high:N0}); give the smaller value first."));
        }

        writer.Add("filter[" + apiName + "][from]", from).Add("filter[" + apiName + "][to]", to);
    }

    /// <summary>Intent codes as one comma-separated value (I,N,T,C,L, from codes or names in any case), null when none.</summary>
    internal static string? Intents(string name, IEnumerable<string>? intents) =>
        SearchIntents.Codes(name, intents) is { } codes ? string.Join(",", codes) : null;

    internal static void WriteText(RequestWriter writer, string includeName, string? include, string excludeName, string? exclude)
    {
        writer.Add("filter[multi_keyword_included]", MultiKeywordFilter.Check(includeName, include))
            .Add("filter[multi_keyword_excluded]", MultiKeywordFilter.Check(excludeName, exclude));
    }
}
