using System;
using System.Collections.Generic;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Creates classic Google SERP tasks, one per query (10 credits each), and returns them at once.</summary>
[Cmdlet(VerbsCommon.New, "SrSerpTask", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SerpTask)]
public sealed class NewSrSerpTaskCommand : SrCmdlet
{
    private readonly List<string> _pending = [];

    /// <summary>Search queries; from the pipeline by value (Get-Content keywords.txt) or by a Query or Keyword property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Keyword")]
    [ValidateNotNullOrEmpty]
    public string[] Query { get; set; } = [];

    /// <summary>Google location id, e.g. 2840 for the United States.</summary>
    [Parameter(Mandatory = true)]
    [Alias("location_id")]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(SerpLocationCompleter))]
    public long LocationId { get; set; }

    /// <summary>Two-letter language code, e.g. en.</summary>
    [Parameter(Mandatory = true)]
    [Alias("Language", "language_code")]
    public string LanguageCode { get; set; } = string.Empty;

    /// <summary>desktop (the default) or mobile.</summary>
    [Parameter]
    [ValidateSet("desktop", "mobile")]
    public string? Device { get; set; }

    /// <summary>Free text kept with the tasks, to find them later with Get-SrSerpTask.</summary>
    [Parameter]
    public string? Tag { get; set; }

    /// <summary>A URL the API calls when a task is done.</summary>
    [Parameter]
    [Alias("pingback_url")]
    public Uri? PingbackUrl { get; set; }

    protected override void OnBegin()
    {
        try
        {
            // Location, language, device and tag are the same for every query: a bad one stops
            // the command before any input is read or any credit spent.
            _ = RequestFor(["query"]).Validate();
        }
        catch (InvalidInputException refused)
        {
            ThrowFailure(refused, refused.ParamName);
        }

        Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);
    }

    protected override void OnProcess()
    {
        foreach (var query in Query)
        {
            try
            {
                _ = RequestFor([query]).Validate();
            }
            catch (InvalidInputException refused)
            {
                WriteFailure(refused, query);
                continue;
            }

            _pending.Add(query);
            if (_pending.Count == SerpTaskRequest.MaxQueriesPerRequest)
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

        var queries = _pending.ToArray();
        _pending.Clear();
        var request = RequestFor(queries);
        var forecast = SerpOperations.CreateTasks.Forecast(queries.Length, 1);
        var where = $"location {LocationId}, language {LanguageCode}, {Device ?? "desktop"}";
        if (!ShouldProcess(
            $"Create SERP tasks ({where}) for {WhatIfText.List(queries)}: {forecast}.",
            $"Create {queries.Length} SERP task(s) ({where}) for {WhatIfText.List(queries)}? {forecast}.",
            "Spend SE Ranking Data API credits"))
        {
            return;
        }

        this.StreamRows(SerpOperations.CreateTasks, request, RowWindow.Everything, WhatIfText.List(queries));
    }

    private SerpTaskRequest RequestFor(IReadOnlyList<string> queries) => new()
    {
        Queries = queries,
        LocationId = LocationId,
        LanguageCode = LanguageCode,
        Device = Device?.ToLowerInvariant(),
        Tag = Tag,
        PingbackUrl = PingbackUrl,
    };
}
