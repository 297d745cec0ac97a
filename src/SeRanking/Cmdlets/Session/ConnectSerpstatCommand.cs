using System;
using System.Management.Automation;
using System.Security;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Session;

/// <summary>Connects this session to the Serpstat API.</summary>
[Cmdlet(VerbsCommunications.Connect, "Serpstat")]
[OutputType(typeof(ApiConnectionInfo))]
public sealed class ConnectSerpstatCommand : ConnectCommandBase
{
    private const string TokenVariable = EnvironmentConnection.SerpstatTokenVariable;

    /// <summary>The Serpstat API token (32 hex characters). Absent: $env:SERPSTAT_API_TOKEN.</summary>
    [Parameter(Position = 0)]
    [SecretTransformation]
    public SecureString? Token { get; set; }

    /// <summary>
    /// Another Serpstat endpoint (a proxy, a test server). It serves every method, the SERP-crawling
    /// ones included. Absent: $env:SERPSTAT_API_URL, else https://api.serpstat.com/v4 (and
    /// https://serpstat.com/rt/api/v2/ for SERP crawling).
    /// </summary>
    [Parameter]
    public Uri? ApiUrl { get; set; }

    /// <summary>
    /// The most Serpstat credits (lines) this session may spend; a call whose forecast does not
    /// fit in what is left, or in what Serpstat last said the account has left, is refused before
    /// it is sent. Absent: no cap.
    /// </summary>
    [Parameter]
    [ValidateRange(0, long.MaxValue)]
    public long? CreditBudget { get; set; }

    protected override void OnEnd()
    {
        var token = Secrets.Resolve(Token, nameof(Token), TokenVariable);
        if (token is not { } given)
        {
            ThrowFailure(new InvalidInputException(nameof(Token), $"No token was given. Pass -Token (a string, a SecureString from Get-Secret, or a PSCredential), or set ${"env:"}{TokenVariable}."), null);
            return;
        }

        ApiKey key;
        ConnectionOptions options;
        try
        {
            var settings = ReadConnectionSettings();
            key = SerpstatToken.Parse(given.Value);
            options = settings.OptionsFor(key.Api, Secrets.ResolveUrl(ApiUrl, nameof(ApiUrl), EnvironmentConnection.SerpstatUrlVariable), nameof(ApiUrl));
        }
        catch (ArgumentException refused)
        {
            ThrowFailure(refused, refused.ParamName);
            return;
        }

        WriteObject(ModuleSession.Connect(ApiConnection.Create(key, options), given.Source, CreditBudget));
    }
}
