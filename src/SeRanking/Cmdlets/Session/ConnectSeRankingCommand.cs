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
    private const string SharedKeyVariable = EnvironmentConnection.SharedKeyVariable;

    /// <summary>
    /// The SE Ranking API key (a UUID), which opens both the Data API and, on the unified host, the
    /// Project API. With no key parameter: $env:SERANKING_API_KEY.
    /// </summary>
    [Parameter]
    [SecretTransformation]
    public SecureString? ApiKey { get; set; }

    /// <summary>The Data API key (a UUID). With no key parameter: $env:SERANKING_DATA_API_KEY, else $env:SERANKING_API_KEY.</summary>
    [Parameter(Position = 0)]
    [SecretTransformation]
    public SecureString? DataApiKey { get; set; }

    /// <summary>
    /// The Project API key: the SE Ranking API key (a UUID: the unified host) or a legacy Project
    /// API key (40 hex characters: api4.seranking.com). With no key parameter:
    /// $env:SERANKING_PROJECT_API_KEY, else $env:SERANKING_API_KEY.
    /// </summary>
    [Parameter(Position = 1)]
    [SecretTransformation]
    public SecureString? ProjectApiKey { get; set; }

    /// <summary>Another Data API base URL (a proxy, a test server). Absent: $env:SERANKING_DATA_API_URL, else https://api.seranking.com/.</summary>
    [Parameter]
    public Uri? DataApiUrl { get; set; }

    /// <summary>
    /// Another Project API base URL. Absent: $env:SERANKING_PROJECT_API_URL, else for the unified
    /// host the Data API URL in use (the same host), else https://api.seranking.com/ (a UUID key)
    /// or https://api4.seranking.com/ (a legacy key).
    /// </summary>
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
        var fromEnvironment = ApiKey is null && DataApiKey is null && ProjectApiKey is null;
        if (ApiKey is not null && DataApiKey is not null)
        {
            ThrowFailure(new InvalidInputException(nameof(ApiKey), "-ApiKey is the one SE Ranking API key for both APIs, and -DataApiKey a key for the Data API alone: give one of them."), null);
        }

        var shared = Secrets.Resolve(ApiKey, nameof(ApiKey), fromEnvironment ? SharedKeyVariable : null);
        var data = Secrets.Resolve(DataApiKey, nameof(DataApiKey), fromEnvironment ? DataKeyVariable : null) ?? shared;
        var project = Secrets.Resolve(ProjectApiKey, nameof(ProjectApiKey), fromEnvironment ? ProjectKeyVariable : null) ?? shared;
        if (data is null && project is null)
        {
            ThrowFailure(new InvalidInputException(
                nameof(ApiKey),
                $"No key was given. Pass -ApiKey (the SE Ranking API key, for both APIs), or -DataApiKey and/or -ProjectApiKey (a string, a SecureString from Get-Secret, or a PSCredential), or set ${"env:"}{SharedKeyVariable}, ${"env:"}{DataKeyVariable} and/or ${"env:"}{ProjectKeyVariable}."),
                null);
        }

        if (CreditBudget is not null && data is null)
        {
            ThrowFailure(new InvalidInputException(nameof(CreditBudget), "-CreditBudget caps Data API credits: give it together with a Data API key (-ApiKey, -DataApiKey or $env:SERANKING_DATA_API_KEY)."), null);
        }

        // Every key, URL and setting is checked before anything changes (the session, the keys'
        // rates), so a refused call leaves the previous connections as they were.
        var planned = new List<(ApiKey Key, ConnectionOptions Options, string Source)>();
        try
        {
            var settings = ReadConnectionSettings();
            if (shared is { } one)
            {
                // -ApiKey must be the UUID token: a legacy 40-hex key opens the Project API alone.
                _ = Engine.Keys.DataApiKey.Parse(one.Value);
            }

            var dataUrl = Secrets.ResolveUrl(DataApiUrl, nameof(DataApiUrl), EnvironmentConnection.DataUrlVariable);
            if (data is { } dataKey)
            {
                var key = Engine.Keys.DataApiKey.Parse(dataKey.Value);
                planned.Add((key, settings.OptionsFor(key.Api, dataUrl, nameof(DataApiUrl)), dataKey.Source));
            }

            if (project is { } projectKey)
            {
                var key = Engine.Keys.ProjectApiKey.Parse(projectKey.Value);
                var url = Secrets.ResolveUrl(ProjectApiUrl, nameof(ProjectApiUrl), EnvironmentConnection.ProjectUrlVariable);
                var urlParameter = nameof(ProjectApiUrl);
                if (url is null && key.Dialect == Engine.ProjectDialect.Unified && dataUrl is not null)
                {
                    // The unified Project API is on the Data API's host: a Data URL (a gateway, the emulator) serves both.
                    (url, urlParameter) = (dataUrl, nameof(DataApiUrl));
                }

                planned.Add((key, settings.OptionsFor(key.Api, url, urlParameter), projectKey.Source));
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
