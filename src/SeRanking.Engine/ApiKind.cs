namespace SeRanking.Engine;

/// <summary>The three web APIs the module wraps.</summary>
public enum ApiKind
{
    /// <summary>SE Ranking Data API (api.seranking.com/v1), billed in credits.</summary>
    SeRankingData,

    /// <summary>SE Ranking Project API (api4.seranking.com), billed against plan limits.</summary>
    SeRankingProject,

    /// <summary>Serpstat API v4 (api.serpstat.com/v4), billed in credit lines.</summary>
    Serpstat,
}

/// <summary>Human names for <see cref="ApiKind"/>, used in every message.</summary>
public static class ApiKindNames
{
    public static string DisplayName(this ApiKind kind) => ApiProfile.Of(kind).DisplayName;
}
