using System;
using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>
/// Queues keywords for live SERP crawling in one place (tasks.addKeywordList, or tasks.addTask with
/// -KeywordText); billed per keyword from the crawling balance, not in lines. Returns the task at once.
/// </summary>
[Cmdlet(VerbsLifecycle.Start, "SerpstatSerpCrawl", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ListSet)]
[OutputType(OutputTypeNames.SerpstatSerpCrawlTask)]
public sealed class StartSerpstatSerpCrawlCommand : SrCmdlet
{
    private const string ListSet = "List";
    private const string TextSet = "Text";
    private readonly List<string> _keywords = [];

    /// <summary>Keywords (1–100 characters), each an item even when it holds commas; from the pipeline by value or by a Keyword property. All go in one task.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ListSet)]
    [Alias("Query")]
    [ValidateNotNullOrEmpty]
    public string[] Keyword { get; set; } = [];

    /// <summary>Keywords as one comma-separated text ("iphone, iphone x"), sent as Serpstat's tasks.addTask splits it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = TextSet)]
    [ValidateNotNullOrEmpty]
    public string KeywordText { get; set; } = string.Empty;

    /// <summary>Serpstat's country id, 1 to 247 (countryId).</summary>
    [Parameter(Mandatory = true)]
    [ValidateRange(1, 247)]
    public long CountryId { get; set; }

    /// <summary>Serpstat's region id (regionId).</summary>
    [Parameter(Mandatory = true)]
    [ValidateRange(1, long.MaxValue)]
    public long RegionId { get; set; }

    /// <summary>Serpstat's language id, 1 to 48 (langId; default 1).</summary>
    [Parameter]
    [Alias("langId")]
    [ValidateRange(1, 48)]
    public long LanguageId { get; set; }

    /// <summary>The device, 1 or 2 (typeId; default 1).</summary>
    [Parameter]
    [Alias("typeId")]
    [ValidateRange(1, 2)]
    public long DeviceTypeId { get; set; }

    /// <summary>regular (default) or local results.</summary>
    [Parameter]
    [ValidateSet("regular", "local")]
    public string? Type { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.Serpstat);

    protected override void OnProcess()
    {
        if (ParameterSetName != ListSet)
        {
            return;
        }

        // Each input is checked as it comes, so that a bad one is its own error and the rest still go.
        foreach (var keyword in Keyword)
        {
            try
            {
                _ = SerpstatSerpCrawlOperations.StartList.Prepare(new SerpstatSerpCrawlQuery { Keywords = [keyword], CountryId = CountryId, RegionId = RegionId });
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
        var asText = ParameterSetName == TextSet;
        if (!asText && _keywords.Count == 0)
        {
            return;
        }

        var query = new SerpstatSerpCrawlQuery
        {
            Keywords = asText ? null : _keywords,
            KeywordText = asText ? KeywordText : null,
            CountryId = CountryId,
            RegionId = RegionId,
            LanguageId = Given(nameof(LanguageId)) ? LanguageId : null,
            DeviceTypeId = Given(nameof(DeviceTypeId)) ? DeviceTypeId : null,
            Type = Type,
        };
        var about = asText ? KeywordText : _keywords.Count == 1 ? _keywords[0] : $"{_keywords.Count:N0} keywords";
        var rows = this.CallConfirmed(
            asText ? SerpstatSerpCrawlOperations.StartText : SerpstatSerpCrawlOperations.StartList,
            query,
            $"Start a SERP crawl of {about} in country {CountryId}, region {RegionId}",
            "no credits (lines): billed per keyword from the crawling balance, in money (the price: Get-SerpstatCrawlBalance)",
            about);
        foreach (var task in rows ?? [])
        {
            WriteObject(task);
        }
    }

    private bool Given(string name) => MyInvocation.BoundParameters.ContainsKey(name);
}
