using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Keywords;

/// <summary>
/// Gets the pages that rank for the most variations of keywords (getTopUrls), with their keywords,
/// traffic and Facebook shares; pages of up to 1,000, 1 line per request.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatKeywordUrl", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatPage)]
public sealed class GetSerpstatKeywordUrlCommand : SerpstatListCmdlet
{
    /// <summary>Keywords; from the pipeline by value or by a Keyword (or Query) property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; Serpstat's default when absent.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[]? Database { get; set; }

    /// <summary>keywords, traff or fbShares (sort).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("keywords", "traff", "fbShares")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default) or asc (order).</summary>
    [Parameter]
    [Alias("order")]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnProcess()
    {
        foreach (var keyword in Keyword)
        {
            IReadOnlyList<string?> databases = Database is { Length: > 0 } ? [.. SerpstatFilters.Databases(Database)] : [null];
            foreach (var database in databases)
            {
                var query = new SerpstatKeywordQuery { Keyword = keyword, Database = database, SortBy = SortBy, SortOrder = SortOrder };
                this.WriteRows(SerpstatKeywordOperations.TopUrls, query, Window, SerpstatFilters.About(keyword, database));
            }
        }
    }
}
