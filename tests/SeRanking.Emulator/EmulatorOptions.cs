using System;

namespace SeRanking.Emulator;

/// <summary>
/// How the emulator behaves. The limits are read on every request, so a test may change them
/// on a running emulator.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (see <see cref="ApiEmulator.BaseAddress"/>).</summary>
    public int Port { get; set; }

    /// <summary>Data API requests admitted per key in one <see cref="RateWindow"/>.</summary>
    public int DataRequestsPerSecond { get; set; } = 10;

    /// <summary>Project API requests admitted per key in one <see cref="RateWindow"/>.</summary>
    public int ProjectRequestsPerSecond { get; set; } = 5;

    /// <summary>Serpstat requests admitted per token in one <see cref="RateWindow"/>.</summary>
    public int SerpstatRequestsPerSecond { get; set; } = 1;

    /// <summary>
    /// Length of the rolling window the per-second limits apply to. Tests shorten it to keep
    /// timing-dependent checks fast.
    /// </summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many reads of a new SERP task answer <c>{"status":"processing"}</c> before its
    /// results are served; 0 makes tasks finish at once.
    /// </summary>
    public int SerpPollsUntilDone { get; set; } = 1;

    /// <summary>
    /// How long a site audit crawls: its pages grow with time and with each status read, and it
    /// finishes when either runs out (whichever first), so fast polls finish fast.
    /// </summary>
    public TimeSpan SiteAuditDuration { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Status reads of a site audit before it finishes (the first answers "queued").</summary>
    public int SiteAuditReadsUntilDone { get; set; } = 4;

    /// <summary>Status reads of a backlink export before it is complete (the first answers "queued_for_processing").</summary>
    public int ExportReadsUntilDone { get; set; } = 2;

    /// <summary>
    /// Where export files are served from: null for this emulator's own host; another base (a
    /// second emulator's Data API URL) plays a file store on another host.
    /// </summary>
    public Uri? ExportDownloadBase { get; set; }

    /// <summary>Gzip response bodies when the client sends <c>Accept-Encoding: gzip</c>.</summary>
    public bool CompressResponses { get; set; } = true;

    internal int RequestsPerWindow(EmulatedApi api) => api switch
    {
        EmulatedApi.Data => DataRequestsPerSecond,
        EmulatedApi.Project => ProjectRequestsPerSecond,
        _ => SerpstatRequestsPerSecond,
    };
}
