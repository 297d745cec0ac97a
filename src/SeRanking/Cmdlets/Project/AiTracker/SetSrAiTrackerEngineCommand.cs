using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Changes the region or language of a project's AI engine (free).</summary>
[Cmdlet(VerbsCommon.Set, "SrAiTrackerEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerEngine)]
public sealed class SetSrAiTrackerEngineCommand : AiTrackerEngineCmdlet
{
    /// <summary>A city or area, as Get-SrGoogleRegion names it; location-aware engines refuse an unknown one, chatgpt and perplexity ignore it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("region_name")]
    [ArgumentCompleter(typeof(GoogleRegionCompleter))]
    public string? RegionName { get; set; }

    /// <summary>The answers' language: a code such as en, de or pt-BR.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("lang_code")]
    [ArgumentCompleter(typeof(GoogleLanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Write the engine as it is afterwards (one more request).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void OnProcess()
    {
        var query = new AiTrackerEngineSettingsQuery { SiteId = SiteId, LlmId = LlmId, RegionName = RegionName, Language = Language };
        if (!this.ConfirmProjectChange(AiTrackerOperations.UpdateEngine, query, "Change"))
        {
            return;
        }

        var passThru = PassThru.IsPresent;
        var one = new AiTrackerEngineQuery { SiteId = SiteId, LlmId = LlmId };
        var engine = this.CallProject(
            async (connection, trace, token) =>
            {
                _ = await connection.SendAsync(AiTrackerOperations.UpdateEngine, query, trace, token).ConfigureAwait(false);
                return passThru ? await connection.GetAsync(AiTrackerOperations.Engine, one, trace, token).ConfigureAwait(false) : null;
            },
            LlmId);
        if (engine is not null)
        {
            WriteObject(engine);
        }
    }
}
