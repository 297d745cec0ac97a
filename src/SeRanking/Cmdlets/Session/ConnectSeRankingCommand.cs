using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Session;

/// <summary>Connects this session to the SE Ranking Data API and/or Project API.</summary>
[Cmdlet(VerbsCommunications.Connect, "SeRanking")]
[OutputType(typeof(ApiConnectionInfo))]
public sealed class ConnectSeRankingCommand : ConnectCommandBase
{
    private const string DataKeyVariable = EnvironmentConnection.DataKeyVariable;
    private const string ProjectKeyVariable = EnvironmentConnection.ProjectKeyVariable;

    /// <summary>The Data API key (a UUID). With neither key parameter: $env:SERANKING_DATA_API_KEY.</summary>
    [Parameter(Position = 0)]
    [SecretTransformation]
    public SecureString? DataApiKey { get; set; }

    /// <summary>The Project API key (40 hex characters). With neither key parameter: $env:SERANKING_PROJECT_API_KEY.</summary>
    [Parameter(Position = 1)]
    [SecretTransformation]
    public SecureString? ProjectApiKey { get; set; }

    /// <summary>Another Data API base URL (a proxy, a test server). Absent: $env:SERANKING_DATA_API_URL, else https://api.seranking.com/.</summary>
    [Parameter]
    public Uri? DataApiUrl { get; set; }

    /// <summary>Another Project API base URL. Absent: $env:SERANKING_PROJECT_API_URL, else https://api4.seranking.com/.</summary>
    [Parameter]
    public Uri? ProjectApiUrl { get; set; }

    /// <summary>
    /// The most Data API credits this session may spend; a call whose forecast does not fit in
    /// what is left is refused before it is sent. Absent: no cap.
    /// </summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long? CreditBudget { get; set; }

    protected override void OnEnd()
    {
        // The environment is read only when no key parameter is given: adding a Project key at
        // the prompt must not silently replace a Data connection made earlier with another key.
        var fromEnvironment = DataApiKey is null && ProjectApiKey is null;
        var data = Secrets.Resolve(DataApiKey, nameof(DataApiKey), fromEnvironment ? DataKeyVariable : null);
        var project = Secrets.Resolve(ProjectApiKey, nameof(ProjectApiKey), fromEnvironment ? ProjectKeyVariable : null);
        if (data is null && project is null)
        {
            ThrowFailure(new InvalidInputException(
                nameof(DataApiKey),
                $"No key was given. Pass -DataApiKey and/or -ProjectApiKey (a string, a SecureString from Get-Secret, or a PSCredential), or set ${"env:"}{DataKeyVariable} and/or ${"env:"}{ProjectKeyVariable}."),
                null);
        }

        if (CreditBudget is not null && data is null)
        {
            ThrowFailure(new InvalidInputException(nameof(CreditBudget), "-CreditBudget caps Data API credits: give it together with a Data API key (-DataApiKey or $env:SERANKING_DATA_API_KEY)."), null);
        }

        // Every key, URL and setting is checked before anything changes (the session, the keys'
        // rates), so a refused call leaves the previous connections as they were.
        var planned = new List<(ApiKey Key, ConnectionOptions Options, string Source)>();
        try
        {
            var settings = ReadConnectionSettings();
            if (data is { } dataKey)
            {
                var key = Engine.Keys.DataApiKey.Parse(dataKey.Value);
                var url = Secrets.ResolveUrl(DataApiUrl, nameof(DataApiUrl), EnvironmentConnection.DataUrlVariable);
                planned.Add((key, settings.OptionsFor(key.Api, url, nameof(DataApiUrl)), dataKey.Source));
            }

            if (project is { } projectKey)
            {
                var key = Engine.Keys.ProjectApiKey.Parse(projectKey.Value);
                var url = Secrets.ResolveUrl(ProjectApiUrl, nameof(ProjectApiUrl), EnvironmentConnection.ProjectUrlVariable);
                planned.Add((key, settings.OptionsFor(key.Api, url, nameof(ProjectApiUrl)), projectKey.Source));
            }
        }
        catch (ArgumentException refused)
        {
            ThrowFailure(refused, refused.ParamName);
        }

        foreach (var (key, options, source) in planned)
        {
            var connection = ApiConnection.Create(key, options);
            var budget = connection.Api == Engine.ApiKind.SeRankingData ? CreditBudget : null;
            WriteObject(ModuleSession.Connect(connection, source, budget));
        }
    }
}
