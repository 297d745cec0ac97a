using System;
using SeRanking.Engine;

namespace SeRanking.Session;

/// <summary>A cmdlet needs an API this session has no connection for.</summary>
public sealed class NotConnectedException : InvalidOperationException
{
    internal NotConnectedException(ApiKind api)
        : base($"Not connected to the {api.DisplayName()}. {RemedyFor(api)}")
    {
        Remedy = RemedyFor(api);
    }

    /// <summary>The Connect-* command to run.</summary>
    public string Remedy { get; }

    private static string RemedyFor(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => "Run Connect-SeRanking -DataApiKey <key>, or set SERANKING_DATA_API_KEY and run Connect-SeRanking.",
        ApiKind.SeRankingProject => "Run Connect-SeRanking -ProjectApiKey <key>, or set SERANKING_PROJECT_API_KEY and run Connect-SeRanking.",
        _ => "Run Connect-Serpstat -Token <token>, or set SERPSTAT_API_TOKEN and run Connect-Serpstat.",
    };
}
