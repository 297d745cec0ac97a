using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine.Serpstat.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Backlinks;

/// <summary>
/// A Serpstat backlinks list: the domain (or page) analysed, from the pipeline, and the
/// complexFilter built from the cmdlet's plain filter parameters (those it declares, read by
/// name when bound) and its raw -Filter.
/// </summary>
public abstract class SerpstatBacklinkCmdlet : SerpstatListCmdlet
{
    /// <summary>Domains (or page URLs) to analyse (query); from the pipeline by value or by a Domain, Target, Host, Site or Url property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Query", "Target", "Host", "Site", "Url")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>desc (the default with -SortBy) or asc (order).</summary>
    [Parameter]
    [Alias("order")]
    [ValidateSet("asc", "desc")]
    public string? SortOrder { get; set; }

    /// <summary>Other complexFilter conditions by Serpstat's names: @{ field = …; compareType = …; value = … } or @{ additional_filters = … }; a list is ANDed, a list of lists ORed.</summary>
    [Parameter]
    [Alias("complexFilter")]
    public object[]? Filter { get; set; }

    /// <summary>The rows of <paramref name="operation"/> for each domain given, paged by -First, -Skip and -All.</summary>
    private protected void Run<TRow>(Engine.Operations.Operation<SerpstatBacklinkQuery, TRow> operation, SerpstatBacklinkQuery query)
        where TRow : class
    {
        var window = operation.Paging.CanContinue ? Window : Engine.Operations.RowWindow.Everything;
        foreach (var domain in Domain)
        {
            this.WriteRows(operation, query with { Query = domain.Value, SortOrder = SortOrder, Filter = LinkFilter() }, window, domain.Value);
        }
    }

    /// <summary>The filter from the bound plain parameters and -Filter; null when none is given.</summary>
    private protected SerpstatLinkFilter? LinkFilter()
    {
        var bound = MyInvocation.BoundParameters;
        T? Get<T>(string name) where T : class => bound.TryGetValue(name, out var value) ? value as T : null;
        double? Number(string name) => bound.TryGetValue(name, out var value) && value is double number ? number : null;
        bool? Follow() => Get<string>("Follow") is { } follow ? string.Equals(follow, "Nofollow", System.StringComparison.OrdinalIgnoreCase) : null;
        var filter = new SerpstatLinkFilter
        {
            LinkType = Get<string[]>("LinkType"),
            Nofollow = Follow(),
            UrlFromContains = Get<string>("UrlFromContains"),
            UrlToContains = Get<string>("UrlToContains"),
            AnchorContains = Get<string>("AnchorContains"),
            DomainContains = Get<string>("DomainContains"),
            DomainRankFrom = Number("DomainRankFrom"),
            DomainRankTo = Number("DomainRankTo"),
            Flag = Get<string[]>("Flag"),
            Raw = Filter is { Length: > 0 } ? JsonValues.FromPowerShell(Filter) as IReadOnlyList<object?> : null,
        };
        return filter == new SerpstatLinkFilter() ? null : filter;
    }
}
