using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Engine.Serpstat.Keywords;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets the domains competing in paid search: with domains (SerpstatDomainProcedure.getAdsCompetitors,
/// pages of 50 to 100) or on keywords (SerpstatKeywordProcedure.getAdsCompetitors); 1 line per row.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatAdCompetitor", DefaultParameterSetName = DomainSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatAdCompetitor)]
public sealed class GetSerpstatAdCompetitorCommand : SerpstatListCmdlet
{
    private const string DomainSet = "Domain";
    private const string KeywordSet = "Keyword";

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DomainSet)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Keywords whose advertisers to read; from the pipeline by a Keyword property.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = KeywordSet)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>The field to sort by: ads, keywords, intersected, missing_keywords (domains); ads, all, common (keywords).</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("ads", "keywords", "intersected", "missing_keywords", "all", "common")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    protected override void OnProcess()
    {
        var byKeyword = ParameterSetName == KeywordSet;
        foreach (var subject in byKeyword ? Keyword : Domain.Select(d => d.Value))
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                var about = SerpstatFilters.About(subject, database);
                if (byKeyword)
                {
                    this.WriteRows(SerpstatKeywordOperations.AdCompetitors, new SerpstatKeywordQuery { Keyword = subject, Database = database, SortBy = SortBy, SortOrder = SortOrder }, Window, about);
                }
                else
                {
                    this.WriteRows(SerpstatDomainOperations.AdCompetitors, new SerpstatDomainQuery { Domain = subject, Database = database, SortBy = SortBy, SortOrder = SortOrder }, Window, about);
                }
            }
        }
    }
}
