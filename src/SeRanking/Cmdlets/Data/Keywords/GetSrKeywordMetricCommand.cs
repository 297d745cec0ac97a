using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Errors;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Keywords;

/// <summary>
/// Gets the search volume, CPC, competition, difficulty, intents and monthly history of known
/// keywords, one row per keyword in input order (100 credits per call of up to 5,000 keywords).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrKeywordMetric", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.KeywordMetrics, OutputTypeNames.KeywordMonthlyVolume)]
public sealed class GetSrKeywordMetricCommand : SrCmdlet
{
    private readonly List<string> _pending = [];

    // Counted as the engine de-duplicates (the checked spelling, ordinal), so the forecast is what is charged.
    private readonly HashSet<string> _pendingDistinct = new(StringComparer.Ordinal);

    /// <summary>Keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de; every keyword is read in each.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>Only these figures besides the keyword: volume, cpc, competition, difficulty, history_trend (all when not given).</summary>
    [Parameter]
    [Alias("cols")]
    [ValidateSet("volume", "cpc", "competition", "difficulty", "history_trend")]
    public string[]? Column { get; set; }

    /// <summary>First month of the monthly history (the day is ignored).</summary>
    [Parameter]
    [Alias("history_from")]
    public DateTime? HistoryFrom { get; set; }

    /// <summary>Last month of the monthly history (the day is ignored); at most 12 months in all.</summary>
    [Parameter]
    [Alias("history_to")]
    public DateTime? HistoryTo { get; set; }

    /// <summary>One row per keyword and month of its history instead of one row per keyword.</summary>
    [Parameter]
    public SwitchParameter ByMonth { get; set; }

    protected override void OnBegin()
    {
        try
        {
            // Source, columns and the history window are the same for every keyword: a bad one
            // stops the command before any input is read or any credit spent.
            foreach (var source in Source)
            {
                _ = KeywordOperations.Metrics.Prepare(QueryFor(["keyword"], source));
            }
        }
        catch (InvalidInputException refused)
        {
            ThrowFailure(refused, refused.ParamName);
        }

        Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingData);
    }

    protected override void OnProcess()
    {
        foreach (var keyword in Keyword)
        {
            string cleaned;
            try
            {
                cleaned = KeywordRules.Validate(keyword);
            }
            catch (InvalidInputException refused)
            {
                WriteFailure(refused, keyword);
                continue;
            }

            _pending.Add(keyword);
            _pendingDistinct.Add(cleaned);
            if (_pendingDistinct.Count == KeywordOperations.MaxKeywordsPerCall)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToArray();
        var distinct = _pendingDistinct.Count;
        _pending.Clear();
        _pendingDistinct.Clear();
        foreach (var source in Source)
        {
            this.WriteBatch(
                KeywordOperations.Metrics,
                batch,
                distinct,
                keywords => QueryFor(keywords, source),
                $"'{source}' database",
                ByMonth.IsPresent ? row => row.Months() : null);
        }
    }

    private KeywordMetricsQuery QueryFor(IReadOnlyList<string> keywords, string source) => new()
    {
        Keywords = keywords,
        Source = source,
        // Rows by month need the history, whatever columns were picked.
        Column = Column is null ? null : [.. Column.Select(c => c.ToLowerInvariant()), .. ByMonth.IsPresent ? ["history_trend"] : Array.Empty<string>()],
        HistoryFrom = HistoryFrom,
        HistoryTo = HistoryTo,
    };
}
