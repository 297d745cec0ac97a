using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Serpstat;
using SeRanking.Engine.Serpstat.Domain;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Domain;

/// <summary>
/// Gets the visibility, keywords and traffic of domains in Serpstat databases, one row per domain
/// and database in input order; pipeline input is sent 10 domains a call (5 lines per domain).
/// </summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomain", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(OutputTypeNames.SerpstatDomainSummary)]
public sealed class GetSerpstatDomainCommand : SrCmdlet
{
    private readonly List<string> _pending = [];

    // The databases the pending batch is for: rows piped in carry their own (a Database column).
    private IReadOnlyList<string> _pendingDatabases = [];

    // Counted as the engine de-duplicates (the checked spelling, ordinal), so the forecast is what is charged.
    private readonly HashSet<string> _pendingDistinct = new(StringComparer.Ordinal);

    /// <summary>Domains; from the pipeline by value or by a Domain, Target, Host or Site property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host", "Site")]
    [ValidateNotNullOrEmpty]
    public DomainName[] Domain { get; set; } = [];

    /// <summary>Serpstat databases (se): g_us, g_uk, g_de…; every domain is read in each.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Database { get; set; } = [];

    /// <summary>Only domains with at least this much traffic (filters.traff_from).</summary>
    [Parameter]
    [Alias("traff_from")]
    public double? TrafficFrom { get; set; }

    /// <summary>Only domains with at most this much traffic (filters.traff_to).</summary>
    [Parameter]
    [Alias("traff_to")]
    public double? TrafficTo { get; set; }

    /// <summary>Other filters of getDomainsInfo by Serpstat's names (visible, visible_from, visible_to…).</summary>
    [Parameter]
    public Hashtable? Filter { get; set; }

    protected override void OnBegin()
    {
        // Databases and filters given on the command line are the same for every input: a bad one
        // stops the command before any input is read. Databases piped in are checked per batch.
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Database)))
        {
            CheckOnce(Database);
        }

        Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);
    }

    protected override void OnProcess()
    {
        var databases = SerpstatFilters.Databases(Database);
        if (!databases.SequenceEqual(_pendingDatabases))
        {
            Flush();
            _pendingDatabases = databases;
        }

        foreach (var domain in Domain)
        {
            string cleaned;
            try
            {
                cleaned = SerpstatDomainOperations.Summary.CheckBatchItem!(domain.Value);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, domain.Value);
                continue;
            }

            _pending.Add(domain.Value);
            _pendingDistinct.Add(cleaned);
            if (_pendingDistinct.Count == SerpstatDomainOperations.MaxDomainsPerCall)
            {
                Flush();
            }
        }
    }

    protected override void OnEnd() => Flush();

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
        foreach (var database in _pendingDatabases)
        {
            this.WriteBatch(SerpstatDomainOperations.Summary, batch, distinct, domains => QueryFor(domains, database), database);
        }
    }

    private void CheckOnce(IEnumerable<string> databases)
    {
        try
        {
            foreach (var database in databases)
            {
                _ = SerpstatDomainOperations.Summary.Prepare(QueryFor(["example.com"], database));
            }
        }
        catch (InvalidInputException refused)
        {
            ThrowFailure(refused, refused.ParamName);
        }
    }

    private SerpstatDomainsQuery QueryFor(IReadOnlyList<string> domains, string database) => new()
    {
        Domains = domains,
        Database = database,
        Filter = SerpstatFilters.From(this, Filter),
    };
}
