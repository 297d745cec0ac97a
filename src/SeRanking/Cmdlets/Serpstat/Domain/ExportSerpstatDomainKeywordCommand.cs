using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Asks Serpstat for a CSV file of a domain's keywords and positions (exportPositions, up to 60,000
/// rows: beyond what paging reaches) and writes where to download it; 1 line per row exported.
/// </summary>
[Cmdlet(VerbsData.Export, "SerpstatDomainKeyword", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatExport)]
public sealed class ExportSerpstatDomainKeywordCommand : SrCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; one file per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Rows to export, 1 to 60,000 (size): what the file may cost in lines.</summary>
    [Parameter]
    [Alias("size")]
    [ValidateRange(1, 60_000)]
    public int Rows { get; set; } = SerpstatDomainOperations.DefaultExportRows;

    /// <summary>Only keywords whose position is new, rose or fell (filters.position_dynamic).</summary>
    [Parameter]
    [ValidateSet("new", "rise", "down")]
    public string? PositionChange { get; set; }

    /// <summary>Only correctly spelt keywords (filters.right_spelling).</summary>
    [Parameter]
    public SwitchParameter RightSpelling { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("position", "region_queries_count", "region_queries_count_wide", "cost", "concurrency", "traff", "dynamic", "keyword_length", "found_results", "types", "geo_names")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var query = new SerpstatDomainQuery
                {
                    Domain = domain.Value,
                    Database = database,
                    Rows = Rows,
                    PositionChange = PositionChange,
                    Filter = SerpstatFilters.From(this, null),
                    SortBy = SortBy,
                    SortOrder = SortOrder,
                };
                this.WriteOne(SerpstatDomainOperations.ExportKeywords, query, SerpstatFilters.About(domain.Value, database));
            }
        }
    }
}
