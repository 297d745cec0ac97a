using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Invoke;

/// <summary>
/// Calls any Serpstat API method with the session's token, rate limit (1 request a second unless
/// raised), retries, error mapping, credit budget and -Verbose trace, and writes the rows of its
/// answer as PowerShell objects: for the methods no cmdlet covers yet.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "SerpstatMethod", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, SupportsPaging = true)]
[OutputType(typeof(PSObject))]
public sealed class InvokeSerpstatMethodCommand : PagedCmdlet
{
    /// <summary>The method, e.g. SerpstatDomainProcedure.getDomainsInfo (case-sensitive).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Method { get; set; } = string.Empty;

    /// <summary>The method's params: a hashtable, an object, or JSON text.</summary>
    [Parameter(Position = 1)]
    public object? Params { get; set; }

    /// <summary>How the answer pages with -All or -First: Auto (as the module knows the method, else one answer), None, or PageAndSize (page and size in params, up to 60,000 rows).</summary>
    [Parameter]
    [ValidateSet("Auto", "None", "PageAndSize")]
    public string Paging { get; set; } = "Auto";

    private protected override ApiKind ApiKind => ApiKind.Serpstat;

    protected override void OnProcess()
    {
        Operation<RpcQuery, Engine.Parsing.JsonRecord> operation;
        RpcQuery query;
        RowWindow window;
        try
        {
            var parameters = Params is string text ? (object)text : JsonValues.FromPowerShell(Params);
            bool? paged = Paging switch
            {
                _ when string.Equals(Paging, "None", StringComparison.OrdinalIgnoreCase) => false,
                _ when string.Equals(Paging, "PageAndSize", StringComparison.OrdinalIgnoreCase) => true,
                _ => null,
            };
            query = new RpcQuery { Method = Method, Params = parameters }.WithParsedParams();
            operation = RawOperations.ForRpc(ApiKind.Serpstat, query, paged);
            (query, window) = WindowFromParams(query, operation);
        }
        catch (ArgumentException refused)
        {
            WriteFailure(refused, Method);
            return;
        }

        this.WriteRows(operation, query, window, Describe(query), row => JsonValues.Rows(row.Value));
    }

    /// <summary>
    /// A page and size given in the params of a method that pages stand for -Skip and -First (the
    /// pager writes them): kept in the params too they would be sent twice. With -First, -Skip or
    /// -All as well, the parameters would disagree, and the call is refused.
    /// </summary>
    private (RpcQuery Query, RowWindow Window) WindowFromParams(RpcQuery query, Operation operation)
    {
        var window = Window;
        if (operation.Paging.Style == PagingStyle.None || query.Params is not IReadOnlyList<KeyValuePair<string, object?>> fields)
        {
            return (query, window);
        }

        var size = fields.FirstOrDefault(f => f.Key == operation.Paging.LimitName).Value;
        var page = fields.FirstOrDefault(f => f.Key == operation.Paging.PageName).Value;
        if (size is null && page is null)
        {
            return (query, window);
        }

        if (window.First is not null || window.Skip > 0 || window.All)
        {
            throw new Engine.Errors.InvalidInputException("Params", $"Give the rows either as {operation.Paging.PageName} and {operation.Paging.LimitName} in -Params or with -First, -Skip and -All, not both.");
        }

        var rows = size is long s ? s : operation.Paging.DefaultSize;
        var skip = page is long p && p > 1 ? (p - 1) * rows : 0;
        var rest = fields.Where(f => f.Key != operation.Paging.LimitName && f.Key != operation.Paging.PageName).ToList();
        return (query with { Params = rest }, RowWindow.Take(rows, skip));
    }

    /// <summary>What -WhatIf and -Confirm name the call by.</summary>
    private static string Describe(RpcQuery query) => query.Params switch
    {
        null => "no params",
        string => "its JSON params",
        IReadOnlyList<KeyValuePair<string, object?>> fields when fields.Count == 0 => "no params",
        IReadOnlyList<KeyValuePair<string, object?>> fields => string.Join(", ", fields.Select(f => f.Key + "=" + Short(f.Value))),
        _ => "its params",
    };

    private static string Short(object? value) => value switch
    {
        null => "null",
        string text => text.Length > 40 ? text.Substring(0, 37) + "..." : text,
        IReadOnlyList<KeyValuePair<string, object?>> => "{…}",
        IReadOnlyList<object?> items => $"[{items.Count} items]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
