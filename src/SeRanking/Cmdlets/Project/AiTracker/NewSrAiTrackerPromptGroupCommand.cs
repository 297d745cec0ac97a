using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Creates AI-tracker prompt groups in a project (free) and writes each with its new GroupId.</summary>
[Cmdlet(VerbsCommon.New, "SrAiTrackerPromptGroup", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerPromptGroup)]
public sealed class NewSrAiTrackerPromptGroupCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>The names: 1–255 characters, not one the project has (the API answers 400 then).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [AllowEmptyString]
    public string[] Name { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        foreach (var name in Name)
        {
            var query = new AiTrackerPromptGroupQuery { SiteId = SiteId, Name = name };
            if (!this.ConfirmProjectChange(AiTrackerOperations.CreatePromptGroup, query, "Create"))
            {
                continue;
            }

            var answer = this.CallProject((connection, trace, token) => connection.SendAsync(AiTrackerOperations.CreatePromptGroup, query, trace, token), name);
            if (answer?.Id is { } id)
            {
                WriteObject(new AiTrackerPromptGroup { SiteId = SiteId, GroupId = id, Name = name.Trim(), CreatedAt = DateTime.Today, PromptCount = 0 });
            }
            else if (answer is not null)
            {
                WriteWarning($"The API created prompt group '{name}' without answering its id: Get-SrAiTrackerPromptGroup -SiteId {SiteId} lists it.");
            }
        }
    }
}
