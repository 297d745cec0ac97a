using System.Management.Automation;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Backlinks;

/// <summary>A list of the backlinks family read per target: the targets and how they are read.</summary>
public abstract class BacklinkListCmdlet : PagedCmdlet
{
    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>host (the API's default: the exact host), domain (with all subdomains) or url (one page).</summary>
    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";
}

/// <summary>A backlinks list of counted items (anchors, addresses, pages), sorted by either count.</summary>
public abstract class CountedBacklinkListCmdlet : BacklinkListCmdlet
{
    /// <summary>backlinks (the API's default) or refdomains, descending.</summary>
    [Parameter]
    [Alias("order_by")]
    [ValidateSet("backlinks", "refdomains")]
    public string? OrderBy { get; set; }
}
