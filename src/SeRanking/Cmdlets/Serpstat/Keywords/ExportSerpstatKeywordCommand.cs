using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>
/// Asks Serpstat for a CSV file of a keyword's phrase-match keywords (exportKeywordsPhrase) or
/// suggestions and questions (exportSuggestions) and writes where to download it; 1 line per row exported.
/// </summary>
[Cmdlet(VerbsData.Export, "SerpstatKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatExport)]
public sealed class ExportSerpstatKeywordCommand : SrCmdlet
{
    /// <summary>Keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; one file per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Phrase (exportKeywordsPhrase, the default) or Suggestion (exportSuggestions).</summary>
    [Parameter]
    [ValidateSet("Phrase", "Suggestion")]
    public string Type { get; set; } = "Phrase";

    /// <summary>Rows to export (size): up to 60,000 phrase-match keywords or 1,000 suggestions; what the file may cost in lines.</summary>
    [Parameter]
    [Alias("size")]
    [ValidateRange(1, 60_000)]
    public int Rows { get; set; } = SerpstatKeywordOperations.DefaultExportRows;

    /// <summary>Add question forms to the suggestions (withQuestions; -Type Suggestion).</summary>
    [Parameter]
    public SwitchParameter WithQuestions { get; set; }

    /// <summary>Monthly searches from (filters.region_queries_count_from).</summary>
    [Parameter]
    public double? VolumeFrom { get; set; }

    /// <summary>Monthly searches up to (filters.region_queries_count_to).</summary>
    [Parameter]
    public double? VolumeTo { get; set; }

    /// <summary>Cost per click from, USD (filters.cpc_from).</summary>
    [Parameter]
    public double? CpcFrom { get; set; }

    /// <summary>Cost per click up to, USD (filters.cpc_to).</summary>
    [Parameter]
    public double? CpcTo { get; set; }

    /// <summary>Keyword difficulty from (filters.difficulty_from).</summary>
    [Parameter]
    public double? DifficultyFrom { get; set; }

    /// <summary>Keyword difficulty up to (filters.difficulty_to).</summary>
    [Parameter]
    public double? DifficultyTo { get; set; }

    /// <summary>Words in the keyword from (filters.keyword_length_from).</summary>
    [Parameter]
    public double? WordCountFrom { get; set; }

    /// <summary>Words in the keyword up to (filters.keyword_length_to).</summary>
    [Parameter]
    public double? WordCountTo { get; set; }

    /// <summary>The field to sort by (-Type Phrase).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("region_queries_count", "cost", "concurrency", "difficulty", "keyword_length", "keyword")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (questions, keyword for suggestions).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        var suggestions = string.Equals(Type, "Suggestion", System.StringComparison.OrdinalIgnoreCase);
        var operation = suggestions ? SerpstatKeywordOperations.ExportSuggestions : SerpstatKeywordOperations.ExportPhrase;
        foreach (var keyword in Keyword)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatKeywordQuery
                {
                    Keyword = keyword,
                    Database = database,
                    Rows = Rows,
                    WithQuestions = WithQuestions.IsPresent ? true : null,
                    Filter = SerpstatFilters.From(this, Filter),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteOne(operation, query, SerpstatFilters.About(keyword, database));
            }
        }
    }
}
