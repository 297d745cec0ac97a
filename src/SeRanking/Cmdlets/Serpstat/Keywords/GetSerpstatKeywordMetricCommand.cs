using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>
/// Gets the volume, CPC, competition, difficulty and intents of given keywords in Serpstat
/// databases (getKeywordsInfo), one row per keyword in input order; pipeline input is sent 1,000
/// keywords a call (1 line per keyword returned).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatKeywordMetric", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatKeyword)]
public sealed class GetSerpstatKeywordMetricCommand : SrCmdlet
{
    private readonly List<string> _pending = [];

    // The databases the pending batch is for: rows piped in carry their own (a Database column).
    private IReadOnlyList<string> _pendingDatabases = [];

    // Counted as the engine de-duplicates (the checked spelling, ordinal), so the forecast is what is charged.
    private readonly HashSet<string> _pendingDistinct = new(StringComparer.Ordinal);

    /// <summary>Keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; every keyword is read in each.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Add each keyword's search intents (withIntents).</summary>
    [Parameter]
    public SwitchParameter WithIntents { get; set; }

    /// <summary>Monthly searches from (filters.region_queries_count_from).</summary>
    [Parameter]
    public double? VolumeFrom { get; set; }

    /// <summary>Monthly searches up to (filters.region_queries_count_to).</summary>
    [Parameter]
    public double? VolumeTo { get; set; }

    /// <summary>Cost per click from, USD (filters.cost_from).</summary>
    [Parameter]
    public double? CpcFrom { get; set; }

    /// <summary>Cost per click up to, USD (filters.cost_to).</summary>
    [Parameter]
    public double? CpcTo { get; set; }

    /// <summary>Paid competition from (filters.concurrency_from).</summary>
    [Parameter]
    public double? CompetitionFrom { get; set; }

    /// <summary>Paid competition up to (filters.concurrency_to).</summary>
    [Parameter]
    public double? CompetitionTo { get; set; }

    /// <summary>Keywords with any of these search intents (filters.intents_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? Intent { get; set; }

    /// <summary>Keywords with none of these search intents (filters.intents_not_contain).</summary>
    [Parameter]
    [ValidateSet("informational", "navigational", "commercial", "transactional")]
    public string[]? ExcludeIntent { get; set; }

    /// <summary>Only correctly spelt keywords (filters.right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>Other filters by Serpstat's names (found_results_from, minus_keywords…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnBegin()
    {
        // Databases and filters given on the command line are the same for every input: a bad one
        // stops the command before any input is read. Databases piped in are checked per batch.
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Database)))
        {
            CheckOnce(Database);
        }

        Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);
    }

    protected override void OnProcess()
    {
        var databases = SerpstatFilters.Databases(Database);
        if (!databases.SequenceEqual(_pendingDatabases))
        {
            Flush();
            _pendingDatabases = databases;
        }

        foreach (var keyword in Keyword)
        {
            string cleaned;
            try
            {
                cleaned = SerpstatKeywordOperations.Metrics.CheckBatchItem!(keyword);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, keyword);
                continue;
            }

            _pending.Add(keyword);
            _pendingDistinct.Add(cleaned);
            if (_pendingDistinct.Count == SerpstatKeywordOperations.MaxKeywordsPerCall)
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
        foreach (var database in _pendingDatabases)
        {
            this.WriteBatch(SerpstatKeywordOperations.Metrics, batch, distinct, keywords => QueryFor(keywords, database), database);
        }
    }

    private void CheckOnce(IEnumerable<string> databases)
    {
        try
        {
            foreach (var database in databases)
            {
                _ = SerpstatKeywordOperations.Metrics.Prepare(QueryFor(["keyword"], database));
            }
        }
        catch (InvalidInputException refused)
        {
            ThrowFailure(refused, refused.ParamName);
        }
    }

    private SerpstatKeywordsQuery QueryFor(IReadOnlyList<string> keywords, string database) => new()
    {
        Keywords = keywords,
        Database = database,
        WithIntents = WithIntents.IsPresent ? true : null,
        Filter = SerpstatFilters.From(this, Filter),
    };
}
