using System;
using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Batching;

namespace SeRanking.Infrastructure;

/// <summary>
/// A cmdlet over an operation that takes up to 100 targets a call: pipeline input is gathered
/// into batches of 100 distinct targets (one call each), a target refused locally is reported at
/// once and never sent, and every input gets one result in input order.
/// </summary>
public abstract class TargetBatchCmdlet : SrCmdlet
{
    private readonly List<string> _pending = [];

    // Counted as the engine de-duplicates (the validated spelling, ordinal), so the forecast is what is charged.
    private readonly HashSet<string> _pendingDistinct = new(StringComparer.Ordinal);

    /// <summary>Domains, hosts or URLs; from the pipeline by value or by a Target, Domain, Url or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Domain", "Url", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Target { get; set; } = [];

    /// <summary>host (the API's default: the exact host), domain (with all subdomains) or url (one page).</summary>
    [Parameter]
    [ValidateSet("host", "domain", "url")]
    public string Mode { get; set; } = "host";

    /// <summary>The most distinct targets one call takes.</summary>
    private protected virtual int BatchSize => 100;

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var target in Target)
        {
            string cleaned;
            try
            {
                cleaned = TargetRules.Validate(target, nameof(Target));
            }
            catch (InvalidTargetException refused)
            {
                WriteFailure(refused, target);
                continue;
            }

            _pending.Add(target);
            _pendingDistinct.Add(cleaned);
            if (_pendingDistinct.Count == BatchSize)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

    /// <summary>Sends one batch (up to <see cref="BatchSize"/> distinct targets, in input order).</summary>
    private protected abstract void Send(IReadOnlyList<string> batch, int distinctTargets);

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToArray();
        var distinct = _pendingDistinct.Count;
        _pending.Clear();
        _pendingDistinct.Clear();
        Send(batch, distinct);
    }
}

/// <summary>
/// A cmdlet over a list the API pages (or caps): -First, -Skip and -IncludeTotalCount come with
/// SupportsPaging, -All asks for every row. Without either, the API's first page is returned.
/// </summary>
public abstract class PagedCmdlet : SrCmdlet
{
    /// <summary>Every row, page after page (rows stream as they arrive; Select-Object -First stops the fetching).</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind);

    /// <summary>The API the cmdlet calls.</summary>
    private protected virtual ApiKind ApiKind => ApiKind.SeRankingData;

    /// <summary>The rows -First, -Skip and -All ask for.</summary>
    private protected Engine.Operations.RowWindow Window => OperationCalls.WindowOf(this, All.IsPresent);

    /// <summary>Whether the user asked for more rows than <paramref name="rows"/> (or for all of them).</summary>
    private protected bool WantsMoreThan(long rows) => Window.First is { } first ? Window.Skip + first > rows : All.IsPresent;
}
