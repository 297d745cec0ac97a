using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Data.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Domain;

/// <summary>A domain broken down by its pages or its subdomains: the same parameters, filters and paging (domain/pages, domain/subdomains).</summary>
public abstract class DomainBreakdownCmdlet : PagedCmdlet
{
    /// <summary>Root domains (target); from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Regional databases: two-letter codes such as us, uk, de.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Region", "Database")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    [ValidateRegion]
    public string[] Source { get; set; } = [];

    /// <summary>base_domain (the domain with all its subdomains; the default) or domain (the exact host).</summary>
    [Parameter]
    [ValidateSet("base_domain", "domain")]
    public string Scope { get; set; } = "base_domain";

    /// <summary>organic (the API's default) or adv (paid).</summary>
    [Parameter]
    [ValidateSet("organic", "adv")]
    public string? Type { get; set; }

    /// <summary>keywords_count (the API's default), traffic_sum, traffic_percent, price_sum.</summary>
    [Parameter]
    [Alias("order_field")]
    [ValidateSet("keywords_count", "traffic_sum", "traffic_percent", "price_sum")]
    public string? OrderBy { get; set; }

    /// <summary>desc (the API's default) or asc.</summary>
    [Parameter]
    [Alias("order_type")]
    [ValidateSet("asc", "desc")]
    public string? OrderType { get; set; }

    /// <summary>Text the page URL or subdomain contains (each word an alternative), or the filter's JSON (filter[domain_url]).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? UrlFilter { get; set; }

    /// <summary>Share of the domain's traffic, in percent, at least (filter[domain_traffic_percent]).</summary>
    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? TrafficPercentFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, 100.0)]
    public double? TrafficPercentTo { get; set; }

    /// <summary>Keywords ranked for, at least (filter[keywords_count]).</summary>
    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? KeywordCountFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? KeywordCountTo { get; set; }

    /// <summary>filter[traffic_sum].</summary>
    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficFrom { get; set; }

    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficTo { get; set; }

    /// <summary>filter[price_sum].</summary>
    [Parameter]
    [Alias("PriceFrom")]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficCostFrom { get; set; }

    [Parameter]
    [Alias("PriceTo")]
    [ValidateRange(0.0, double.MaxValue)]
    public double? TrafficCostTo { get; set; }

    protected override void OnProcess()
    {
        foreach (var domain in Domain.Select(d => d.Value))
        {
            foreach (var source in Source)
            {
                var query = new DomainBreakdownQuery
                {
                    Domain = domain,
                    Source = source,
                    Scope = Scope,
                    Type = Type,
                    OrderBy = OrderBy,
                    OrderType = OrderType,
                    UrlFilter = UrlFilter,
                    TrafficPercentFrom = TrafficPercentFrom,
                    TrafficPercentTo = TrafficPercentTo,
                    KeywordCountFrom = KeywordCountFrom,
                    KeywordCountTo = KeywordCountTo,
                    TrafficFrom = TrafficFrom,
                    TrafficTo = TrafficTo,
                    TrafficCostFrom = TrafficCostFrom,
                    TrafficCostTo = TrafficCostTo,
                };
                Read(query, $"{domain} in '{source}'");
            }
        }
    }

    /// <summary>Reads the breakdown of one domain in one database.</summary>
    private protected abstract void Read(DomainBreakdownQuery query, string about);
}
