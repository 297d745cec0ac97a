namespace SeRanking.Emulator;

/// <summary>The three web APIs the emulator serves, each under its own base path.</summary>
public enum EmulatedApi
{
    /// <summary>SE Ranking Data API, under <c>/data/</c>.</summary>
    Data,

    /// <summary>SE Ranking Project API, under <c>/project/</c>.</summary>
    Project,

    /// <summary>Serpstat API v4, at <c>/serpstat/v4</c>.</summary>
    Serpstat,
}
