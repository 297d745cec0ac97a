using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Project.AiTracker;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.AiTracker;

/// <summary>Adds an AI engine in a country to a project's AI Result Tracker (free) and writes it with its new LlmId. The project's brand must be set first.</summary>
[Cmdlet(VerbsCommon.Add, "SrAiTrackerEngine", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.AiTrackerEngine)]
public sealed class AddSrAiTrackerEngineCommand : SrCmdlet
{
    /// <summary>The project; from the pipeline by a SiteId property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("site_id")]
    [ValidateRange(1, long.MaxValue)]
    public long SiteId { get; set; }

    /// <summary>chatgpt, google_ai_overview, google_ai_mode, perplexity or gemini (Tab completes them).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("base_name")]
    [ArgumentCompleter(typeof(AiTrackerEngineCompleter))]
    public string Engine { get; set; } = string.Empty;

    /// <summary>The country: a two-letter code (US, GB or UK, DE…), checked locally.</summary>
    [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
    [Alias("country_code")]
    [ArgumentCompleter(typeof(CountryRegionCompleter))]
    public string CountryCode { get; set; } = string.Empty;

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

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingProject);

    protected override void OnProcess()
    {
        var query = new AiTrackerEngineSettingsQuery { SiteId = SiteId, Engine = Engine, CountryCode = CountryCode, RegionName = RegionName, Language = Language };
        if (this.ConfirmProjectChange(AiTrackerOperations.AddEngine, query, "Add")
            && this.CallProject((connection, trace, token) => connection.AddEngineAsync(query, trace, token), SiteId) is { } engine)
        {
            WriteObject(engine);
        }
    }
}

/// <summary>Completes -Engine with the AI Result Tracker's engines.</summary>
public sealed class AiTrackerEngineCompleter : IArgumentCompleter
{
    public System.Collections.Generic.IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, System.Management.Automation.Language.CommandAst commandAst, System.Collections.IDictionary fakeBoundParameters)
    {
        var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
        foreach (var engine in AiTrackerChecks.Engines)
        {
            if (engine.StartsWith(word, System.StringComparison.OrdinalIgnoreCase))
            {
                yield return new CompletionResult(engine, engine, CompletionResultType.ParameterValue, engine);
            }
        }
    }
}
