using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>
/// Adds prompts to a project's AI engine from the pipeline (free; counts against the plan's
/// prompts): all of one engine in one request, one result per prompt (Added, AlreadyTracked,
/// Duplicate, Failed).
/// </summary>
[Cmdlet(VerbsCommon.Add, "SrAiTrackerPrompt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerPromptResult)]
public sealed class AddSrAiTrackerPromptCommand : SrCmdlet
{
    private readonly Dictionary<(long Site, long Llm, long? Group), List<string>> _batches = [];

    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The project's AI engine; from the pipeline by an LlmId property.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("llm_id", "site_llm_id")]
    [ValidateRange(1, long.MaxValue)]
    public long LlmId { get; set; }

    /// <summary>The prompts: 1–255 characters each; from the pipeline by value or by a Prompt property (Import-Csv rows).</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("prompts", "Text")]
    [AllowEmptyString]
    public string[] Prompt { get; set; } = [];

    /// <summary>The group they join (Get-SrAiTrackerPromptGroup); the default group when absent.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("group_id")]
    [ValidateRange(1, long.MaxValue)]
    public long? GroupId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var key = (SiteId, LlmId, GroupId);
        if (!_batches.TryGetValue(key, out var prompts))
        {
            _batches[key] = prompts = [];
        }

        foreach (var prompt in Prompt)
        {
            try
            {
                prompts.Add(AiTrackerPromptAddQuery.Checked(prompt));
            }
            catch (System.ArgumentException refused)
            {
                WriteFailure(refused, prompt);
            }
        }
    }

    protected override void OnEnd()
    {
        foreach (var batch in _batches)
        {
            var ((site, llm, group), prompts) = (batch.Key, batch.Value);
            if (prompts.Count == 0)
            {
                continue;
            }

            var distinct = prompts.Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
            var query = new AiTrackerPromptAddQuery { SiteId = site, LlmId = llm, Prompts = distinct.Take(AiTrackerPromptAddQuery.BatchSize).ToList(), GroupId = group };
            var requests = (distinct.Count + AiTrackerPromptAddQuery.BatchSize - 1) / AiTrackerPromptAddQuery.BatchSize;
            var action = string.Format(CultureInfo.InvariantCulture, "Add {0:N0} prompts ({1} request{2}) to", distinct.Count, requests, requests == 1 ? string.Empty : "s");
            if (!this.ConfirmProjectChange(AiTrackerOperations.AddPrompts, query with { Prompts = [distinct[0]] }, action))
            {
                continue;
            }

            var results = this.CallProject((connection, trace, token) => connection.AddPromptsAsync(site, llm, prompts, group, trace, token), llm);
            foreach (var result in results ?? [])
            {
                WriteObject(result);
            }
        }
    }
}
