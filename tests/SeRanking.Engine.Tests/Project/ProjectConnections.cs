using System.Collections.Generic;
using System.Linq;
using SeRanking.Emulator;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Tests.Support;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Project;

/// <summary>Connections to the emulated Project API in either dialect, and the requests one account sent.</summary>
internal static class ProjectConnections
{
    public static TheoryData<ProjectDialect> Dialects => new(ProjectDialect.Legacy, ProjectDialect.Unified);

    /// <summary>The legacy key to api4's emulation, or the account's UUID to the Data API's host.</summary>
    public static ApiConnection Connect(ApiEmulator emulator, ProjectAccount account, ProjectDialect dialect) => dialect == ProjectDialect.Legacy
        ? ApiConnection.Create(ProjectApiKey.Parse(account.Key), Support.Connect.Fast(emulator.ProjectApiUrl))
        : ApiConnection.Create(ProjectApiKey.Parse(account.UnifiedKey), Support.Connect.Fast(emulator.DataApiUrl));

    /// <summary>What this account sent, in either dialect, in order.</summary>
    public static IReadOnlyList<LoggedRequest> Requests(ApiEmulator emulator, ProjectAccount account) =>
        emulator.Requests.Snapshot()
            .Where(r => r.KeyFingerprint == RequestLog.FingerprintOf(account.Key) || r.KeyFingerprint == RequestLog.FingerprintOf(account.UnifiedKey))
            .ToList();

    /// <summary>"GET sites/1/keywords?…" or "GET v1/project-management/keywords?site_id=1": what a request looked like.</summary>
    public static string Line(LoggedRequest request) =>
        request.Method + " " + request.Path + (request.QueryRedacted.Length > 0 ? "?" + System.Uri.UnescapeDataString(request.QueryRedacted) : string.Empty);
}
