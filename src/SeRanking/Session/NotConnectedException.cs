using System;
using SeRanking.Engine;

namespace SeRanking.Session;

/// <summary>A cmdlet needs an API this session has no connection for.</summary>
public sealed class NotConnectedException : InvalidOperationException
{
    internal NotConnectedException(ApiKind api, bool disconnected)
        : base((disconnected ? $"Not connected to the {api.DisplayName()}: Disconnect-* ended the connection, and the environment is not read again after that. " : $"Not connected to the {api.DisplayName()}. ") + RemedyFor(api))
    {
        Remedy = RemedyFor(api);
    }

    /// <summary>The API's key variable is set, but what it (or its URL variable) holds cannot be used.</summary>
    internal NotConnectedException(ApiKind api, string variable, Exception reason)
        : base($"Not connected to the {api.DisplayName()}: ${"env:"}{variable} is set, but it cannot be used. {reason.Message} Correct or remove the variable, or connect with Connect-*.", reason)
    {
        Remedy = RemedyFor(api);
    }

    /// <summary>The Connect-* command to run.</summary>
    public string Remedy { get; }

    private static string RemedyFor(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => "Run Connect-SeRanking -ApiKey <key> (the SE Ranking API key, for the Data and the Project API) or Connect-SeRanking -DataApiKey <key>, or set $env:SERANKING_API_KEY or $env:SERANKING_DATA_API_KEY (read by the first command that needs it, or by Connect-SeRanking).",
        ApiKind.SeRankingProject => "Run Connect-SeRanking -ApiKey <key> (the SE Ranking API key, a UUID: the unified host) or Connect-SeRanking -ProjectApiKey <key> (that key, or a legacy 40-hex Project API key for api4.seranking.com), or set $env:SERANKING_API_KEY or $env:SERANKING_PROJECT_API_KEY (read by the first command that needs it, or by Connect-SeRanking).",
        _ => "Run Connect-Serpstat -Token <token>, or set $env:SERPSTAT_API_TOKEN (read by the first command that needs it, or by Connect-Serpstat).",
    };
}
