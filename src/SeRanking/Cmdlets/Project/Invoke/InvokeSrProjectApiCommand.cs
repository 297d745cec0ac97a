using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.Invoke;

/// <summary>
/// Calls any SE Ranking Project API path, in the dialect of the connected key, with the session's
/// key, rate limit, retries, error mapping and -Verbose trace, and writes the answer as PowerShell
/// objects: for what no cmdlet covers yet.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "SrProjectApi", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, SupportsPaging = true)]
[OutputType(typeof(PSObject))]
public sealed class InvokeSrProjectApiCommand : PagedCmdlet
{
    /// <summary>
    /// The path, relative to the connected host's Project API root: sites/123/keywords on the legacy
    /// host; keywords on the unified host (v1/project-management/ may be written or left out), its ids in -Query.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>GET (the default), POST, PUT, PATCH or DELETE.</summary>
    [Parameter]
    [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE")]
    public string Method { get; set; } = "GET";

    /// <summary>Query parameters; a list value repeats the name (name it 'keywords_ids[]' for PHP brackets), a flag is sent as 1 or 0.</summary>
    [Parameter(Position = 1)]
    public IDictionary? Query { get; set; }

    /// <summary>The JSON body: a hashtable, an object, an array (sent as a JSON array), or JSON text.</summary>
    [Parameter]
    public object? Body { get; set; }

    /// <summary>How the list pages (with -All or -First): Auto (as the module knows the path, else one answer), None, Limit, PageAndLimit, OffsetAndLimit or Cursor.</summary>
    [Parameter]
    [ValidateSet("Auto", "None", "Limit", "PageAndLimit", "OffsetAndLimit", "Cursor")]
    public string Paging { get; set; } = "Auto";

    /// <summary>The property of the answer that holds the rows, when the module does not know the path.</summary>
    [Parameter]
    public string? RowsProperty { get; set; }

    private protected override ApiKind ApiKind => ApiKind.SeRankingProject;

    protected override void OnProcess()
    {
        Operation<RawQuery, Engine.Parsing.JsonRecord> operation;
        RawQuery query;

        // Before a connection exists (-WhatIf), the legacy form is shown.
        var dialect = ProjectCalls.ConnectedDialect ?? ProjectDialect.Legacy;
        try
        {
            query = new RawQuery
            {
                Path = Path,
                Method = Method,
                Query = JsonValues.QueryParameters(Query),
                Body = Body is string text ? text : JsonValues.FromPowerShell(Body),
            };
            PagingStyle? style = string.Equals(Paging, "Auto", StringComparison.OrdinalIgnoreCase) ? null : (PagingStyle)Enum.Parse(typeof(PagingStyle), Paging, ignoreCase: true);
            operation = RawOperations.ForProject(dialect, query, style, RowsProperty);
        }
        catch (ArgumentException refused)
        {
            WriteFailure(refused, Path);
            return;
        }

        var route = operation.RouteFor(dialect);
        var about = Describe(query);
        if (!ShouldProcess($"{route} with {about}: free (the Project API spends no credits; it counts against the plan's limits).", $"Call {route} with {about}?", "Call the SE Ranking Project API"))
        {
            return;
        }

        this.StreamRows(operation, query, Window, about, shape: row => JsonValues.Rows(row.Value));
    }

    /// <summary>What -WhatIf and -Confirm name the call by: its parameters, since the endpoint is already in the text.</summary>
    private static string Describe(RawQuery query)
    {
        var parameters = string.Join("&", query.Query.Select(pair => pair.Key + "=" + pair.Value));
        return (parameters.Length > 0, query.Body is not null) switch
        {
            (true, true) => parameters + " and a JSON body",
            (true, false) => parameters,
            (false, true) => "a JSON body",
            _ => "no parameters",
        };
    }
}
