using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>
/// Queues keywords for fresh search volumes in one Serpstat region (SerpstatTaskProcedure.addKeywordListFreq);
/// billed per keyword from the crawling balance, not in lines. Returns the task at once.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SerpstatVolumeCheck", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpstatVolumeTask)]
public sealed class StartSerpstatVolumeCheckCommand : SrCmdlet
{
    private readonly List<string> _keywords = [];

    /// <summary>Keywords (1–100 characters); from the pipeline by value or by a Keyword property. All of them go in one task.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("keywords", "Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Serpstat's region id (regionId).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateRange(1, long.MaxValue)]
    public long RegionId { get; set; }

    /// <summary>1 or 2 (typeId; Serpstat's default 1).</summary>
    [Parameter]
    [ValidateRange(1, 2)]
    public int TypeId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        // Each input is checked as it comes, so that a bad one is its own error and the rest still go.
        foreach (var keyword in Keyword)
        {
            try
            {
                _ = SerpstatVolumeOperations.Start.Prepare(new SerpstatVolumeCheckQuery { Keywords = [keyword], RegionId = RegionId });
                _keywords.Add(keyword);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, keyword);
            }
        }
    }

    protected override void OnEnd()
    {
        if (_keywords.Count == 0)
        {
            return;
        }

        var query = new SerpstatVolumeCheckQuery
        {
            Keywords = _keywords,
            RegionId = RegionId,
            TypeId = MyInvocation.BoundParameters.ContainsKey(nameof(TypeId)) ? TypeId : null,
        };
        var region = RegionId.ToString(CultureInfo.InvariantCulture);
        var rows = this.CallConfirmed(
            SerpstatVolumeOperations.Start,
            query,
            $"Start a volume check of {_keywords.Count:N0} keyword(s) in region {region}",
            "no credits (lines): billed per keyword from the crawling balance, in money (the price: Get-SerpstatCrawlBalance)",
            _keywords.Count == 1 ? _keywords[0] : $"{_keywords.Count:N0} keywords");
        foreach (var task in rows ?? [])
        {
            WriteObject(task);
        }
    }
}
