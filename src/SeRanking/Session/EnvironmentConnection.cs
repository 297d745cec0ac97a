using System;
using SeRanking.Engine;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;
using SeRanking.Infrastructure;

namespace SeRanking.Session;

/// <summary>
/// The environment variables that hold each API's key and base URL, and the connection a
/// runbook gets from them without a Connect-* line (as AWS.Tools and gh read theirs).
/// </summary>
internal static class EnvironmentConnection
{
    /// <summary>The one SE Ranking API key (a UUID): the Data API and the unified Project API, where their own variables are not set.</summary>
    internal const string SharedKeyVariable = "SERANKING_API_KEY";
    internal const string DataKeyVariable = "SERANKING_DATA_API_KEY";
    internal const string DataUrlVariable = "SERANKING_DATA_API_URL";
    internal const string ProjectKeyVariable = "SERANKING_PROJECT_API_KEY";
    internal const string ProjectUrlVariable = "SERANKING_PROJECT_API_URL";
    internal const string SerpstatTokenVariable = "SERPSTAT_API_TOKEN";
    internal const string SerpstatUrlVariable = "SERPSTAT_API_URL";

    /// <summary>The names of the key and URL variables of <paramref name="api"/>.</summary>
    public static (string Key, string Url) VariablesOf(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => (DataKeyVariable, DataUrlVariable),
        ApiKind.SeRankingProject => (ProjectKeyVariable, ProjectUrlVariable),
        ApiKind.Serpstat => (SerpstatTokenVariable, SerpstatUrlVariable),
        _ => throw new ArgumentOutOfRangeException(nameof(api), api, "Unknown API."),
    };

    /// <summary>
    /// A connection made from the environment with the default settings, or null when the key
    /// variable is not set. A set variable that holds no usable key or URL is an error naming it.
    /// </summary>
    /// <exception cref="NotConnectedException">A variable is set but holds no usable key or URL (named, with the reason).</exception>
    public static (ApiConnection Connection, string KeySource)? TryCreate(ApiKind api)
    {
        var (keyVariable, urlVariable) = VariablesOf(api);
        var key = Secrets.Resolve(null, keyVariable, keyVariable);
        if (key is null && api != ApiKind.Serpstat && Secrets.Resolve(null, SharedKeyVariable, SharedKeyVariable) is { } shared)
        {
            // The one token serves both SE Ranking APIs; an API's own variable, when set, wins.
            (key, keyVariable) = (shared, SharedKeyVariable);
        }

        if (key is not { } found)
        {
            return null;
        }

        ApiKey parsed;
        try
        {
            parsed = ApiKey.Parse(api, found.Value);
        }
        catch (InvalidApiKeyException refused)
        {
            throw new NotConnectedException(api, keyVariable, refused);
        }

        ConnectionOptions options;
        try
        {
            var url = Secrets.ResolveUrl(null, urlVariable, urlVariable);
            if (url is null && parsed is ProjectApiKey { Dialect: ProjectDialect.Unified })
            {
                // The unified Project API lives on the Data API's host: a Data URL (a gateway, the emulator) serves both.
                (url, urlVariable) = (Secrets.ResolveUrl(null, DataUrlVariable, DataUrlVariable), DataUrlVariable);
            }

            options = new ConnectionSettings().OptionsFor(api, url, urlVariable);
        }
        catch (ArgumentException refused)
        {
            throw new NotConnectedException(api, urlVariable, refused);
        }

        return (ApiConnection.Create(parsed, options), found.Source + " (automatic)");
    }
}
