using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>
/// Queues domains for category classification (DomainClassification.addTask), 1,000 a task;
/// billed 0.03 USD a domain from the crawling balance, not in lines. Returns each task at once.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SerpstatDomainClassification", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatClassificationTask)]
public sealed class StartSerpstatDomainClassificationCommand : SrCmdlet
{
    private readonly List<string> _domains = [];

    /// <summary>Domains; from the pipeline by value or by a Domain property. Every 1,000 make one task.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "domains")]
    [ValidateNotNullOrEmpty]
    public string[] Domain { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        // Each input is checked as it comes, so that a bad one is its own error and the rest still go.
        foreach (var domain in Domain)
        {
            try
            {
                _ = SerpstatClassificationOperations.Start.Prepare(new SerpstatClassificationQuery { Domains = [domain] });
                _domains.Add(domain);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, domain);
            }
        }
    }

    protected override void OnEnd()
    {
        var distinct = _domains.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        for (var start = 0; start < distinct.Count; start += SerpstatClassificationQuery.MaxDomains)
        {
            var batch = distinct.Skip(start).Take(SerpstatClassificationQuery.MaxDomains).ToList();
            var about = batch.Count == 1 ? batch[0] : $"{batch.Count:N0} domains ({batch[0]}…)";
            var rows = this.CallConfirmed(
                SerpstatClassificationOperations.Start,
                new SerpstatClassificationQuery { Domains = batch },
                $"Classify {about}",
                $"no credits (lines): 0.03 USD a domain from the crawling balance, {batch.Count * 0.03m:0.00} USD",
                about);
            foreach (var task in rows ?? [])
            {
                WriteObject(task);
            }
        }
    }
}
