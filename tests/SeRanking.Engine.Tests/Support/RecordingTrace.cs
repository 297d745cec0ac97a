using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Support;

/// <summary>Collects trace events the way a PowerShell host would queue them for -Verbose.</summary>
internal sealed class RecordingTrace : IApiTrace
{
    private readonly ConcurrentQueue<ApiTraceEvent> _events = new();

    public IReadOnlyList<ApiTraceEvent> Events => _events.ToArray();

    public IEnumerable<ApiTraceEvent> OfKind(ApiTraceKind kind) => _events.Where(e => e.Kind == kind);

    public void Write(ApiTraceEvent traceEvent) => _events.Enqueue(traceEvent);
}
