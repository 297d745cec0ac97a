namespace SeRanking.Engine;

/// <summary>
/// The two forms the SE Ranking Project API is served in. Real users hold a key for one or the
/// other, and the key's shape says which: the module serves both with the same cmdlets, each
/// operation described once with its path in each (<see cref="Operations.Operation.RouteFor"/>).
/// </summary>
public enum ProjectDialect
{
    /// <summary>
    /// The original host <c>api4.seranking.com</c> with a 40-hex Project API key: ids in the path,
    /// PUT for updates. Called deprecated since May 2026, not switched off.
    /// </summary>
    Legacy,

    /// <summary>
    /// The Data API's host since May 2026, <c>api.seranking.com/v1/project-management/…</c>, with
    /// the one SE Ranking token (a UUID) that also opens the Data API: ids in the query string,
    /// PATCH for updates, several resources renamed.
    /// </summary>
    Unified,
}
