using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Project.Backlinks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Backlinks;

/// <summary>
/// Adds backlinks for a project's backlink checker to monitor, from the pipeline: one URL is one
/// add (with its new id), more are imported as one list a request, 500 a list (free); one result per URL.
/// </summary>
[Cmdlet(VerbsCommon.Add, "SrProjectBacklink", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.ProjectBacklinkResult)]
public sealed class AddSrProjectBacklinkCommand : SrCmdlet
{
    private readonly Dictionary<long, List<string>> _urls = [];

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The pages that link to the site; from the pipeline by value or by a Url property (Import-Csv rows).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("from_url", "backlink_urls")]
    [ValidateNotNullOrEmpty]
    public string[] Url { get; set; } = [];

    /// <summary>The backlink group they join (a list import).</summary>
    [Parameter]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    /// <summary>What the link costs (0 or more).</summary>
    [Parameter]
    [ValidateRange(0, double.MaxValue)]
    public double? Price { get; set; }

    /// <summary>The price's currency: an ISO 4217 code such as USD or EUR.</summary>
    [Parameter]
    public string? Currency { get; set; }

    /// <summary>How often it is paid: onetime, monthly, quarterly, 6months or year.</summary>
    [Parameter]
    [Alias("charge_period")]
    [ValidateSet("onetime", "monthly", "quarterly", "6months", "year")]
    public string? ChargePeriod { get; set; }

    /// <summary>When paying starts.</summary>
    [Parameter]
    [Alias("charge_start")]
    public DateTime? ChargeStart { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        if (!_urls.TryGetValue(SiteId, out var urls))
        {
            _urls[SiteId] = urls = [];
        }

        foreach (var url in Url)
        {
            try
            {
                urls.Add(TargetRules.Validate(url, TargetKind.Url, "Url"));
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, url);
            }
        }
    }

    protected override void OnEnd()
    {
        var charge = new ProjectBacklinkCharge { Price = Price, Currency = Currency, ChargePeriod = ChargePeriod, ChargeStart = ChargeStart };
        foreach (var (site, urls) in _urls.Select(p => (p.Key, p.Value.Distinct(StringComparer.Ordinal).ToList())).Where(p => p.Item2.Count > 0))
        {
            var confirmed = urls.Count == 1 && GroupId is null
                ? this.ConfirmProjectChange(ProjectBacklinkOperations.Add, new ProjectBacklinkAddQuery { SiteId = site, Url = urls[0], Charge = charge }, "Monitor")
                : this.ConfirmProjectChange(
                    ProjectBacklinkOperations.Import,
                    new ProjectBacklinkImportQuery { SiteId = site, Urls = urls.Take(ProjectBacklinkImportQuery.BatchSize).ToList(), GroupId = GroupId, Charge = charge },
                    urls.Count > ProjectBacklinkImportQuery.BatchSize ? $"Import, {ProjectBacklinkImportQuery.BatchSize} a request, {urls.Count:N0} URLs; first" : "Import");
            if (!confirmed)
            {
                continue;
            }

            var group = GroupId;
            var results = this.CallProject((connection, trace, token) => connection.AddAllAsync(site, urls, group, charge, trace, token), site);
            WriteObject(results ?? [], enumerateCollection: true);
        }
    }
}
