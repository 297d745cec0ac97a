using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Url;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Url;

/// <summary>Gets the pages competing with given pages in Serpstat databases, by keywords in common (getUrlCompetitors); 1 line per row.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatUrlCompetitor", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatUrlCompetitor)]
public sealed class GetSerpstatUrlCompetitorCommand : SerpstatListCmdlet
{
    /// <summary>Pages (full URLs); from the pipeline by value or by a Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>cnt: keywords in common (sort).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("cnt")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnProcess()
    {
        foreach (var url in Url)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                this.WriteRows(SerpstatUrlOperations.Competitors, new SerpstatDomainQuery { Url = url, Database = database, SortBy = SortBy, SortOrder = SortOrder }, Window, SerpstatFilters.About(url, database));
            }
        }
    }
}
