using System;
using System.Collections;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>Gets the dated history of domains' keywords, traffic and visibility in Serpstat databases (1 line per row).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainHistory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatDomainHistoryPoint)]
public sealed class GetSerpstatDomainHistoryCommand : SerpstatListCmdlet
{
    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; one history per database.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>The first date of the history (filters.date_from).</summary>
    [Parameter]
    [Alias("date_from")]
    public DateTime? From { get; set; }

    /// <summary>The last date of the history (filters.date_to).</summary>
    [Parameter]
    [Alias("date_to")]
    public DateTime? To { get; set; }

    /// <summary>The whole history rather than the recent one (during_all_time).</summary>
    [Parameter]
    [Alias("during_all_time")]
    public SwitchParameter AllTime { get; set; }

    /// <summary>Only dates with at least this much traffic (filters.traff_from).</summary>
    [Parameter]
    [Alias("traff_from")]
    public double? TrafficFrom { get; set; }

    /// <summary>Only dates with at most this much traffic (filters.traff_to).</summary>
    [Parameter]
    [Alias("traff_to")]
    public double? TrafficTo { get; set; }

    /// <summary>The field to sort by, as Serpstat names it.</summary>
    [Parameter]
    [Alias("sort")]
    [ValidateSet("date", "keywords", "traff", "visible", "visible_static", "new_keywords", "out_keywords", "rised_keywords", "down_keywords", "ad_keywords", "ads")]
    public string? SortBy { get; set; }

    /// <summary>desc (the default with -SortBy) or asc.</summary>
    [Parameter]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other filters by Serpstat's names (visible, visible_from, visible_to…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            foreach (var database in SerpstatFilters.Databases(Database))
            {
                this.WriteRows(SerpstatDomainOperations.History, Query(domain.Value, database), Window, SerpstatFilters.About(domain.Value, database));
            }
        }
    }

    private SerpstatDomainQuery Query(string domain, string database) => new()
    {
        Domain = domain,
        Database = database,
        From = From,
        To = To,
        AllTime = AllTime.IsPresent ? true : null,
        Filter = Filters(Filter),
        SortBy = SortBy,
        SortOrder = SortOrder,
    };
}
