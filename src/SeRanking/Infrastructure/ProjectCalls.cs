using System;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Transport;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>
/// How the Project API cmdlets confirm and run their calls. The Project API spends no credits,
/// so -WhatIf says "free" and what would change; the endpoint shown is the one of the connected
/// dialect (both when none is connected yet). Extension methods, so engine types stay out of
/// every cmdlet's public members.
/// </summary>
internal static class ProjectCalls
{
    private const string Free = "free (the Project API spends no credits; it counts against the plan's limits)";

    /// <summary>The dialect of the Project API connection, without connecting; null when there is none yet.</summary>
    public static ProjectDialect? ConnectedDialect => ModuleSession.Current(ApiKind.SeRankingProject)?.ProjectDialect;

    /// <summary>
    /// The local checks of a write, then -WhatIf/-Confirm naming what would change: true when it
    /// may go ahead. A refused input is written as this input's error and answers false.
    /// </summary>
    /// <param name="cmdlet">The cmdlet that asks.</param>
    /// <param name="operation">What would be called.</param>
    /// <param name="query">With what.</param>
    /// <param name="action">What it does, as a verb phrase: "Delete", "Add 500 keywords to".</param>
    public static bool ConfirmProjectChange<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, string action)
        where TRow : class
    {
        string target;
        try
        {
            target = operation.Prepare(query, ConnectedDialect).Target ?? operation.Endpoint;
        }
        catch (ArgumentException refused)
        {
            cmdlet.WriteFailure(refused, null);
            return false;
        }

        var endpoint = Endpoint(operation);
        return cmdlet.ShouldProcess(
            $"{endpoint}: {action} {target}; {Free}.",
            $"{action} {target}? ({endpoint}; {Free})",
            "Change the SE Ranking Project API");
    }

    /// <summary>
    /// Runs one engine call with the Project API connection, the cmdlet's Ctrl+C and -Verbose
    /// trace; a failure is this input's error (terminating when it concerns the key or the plan),
    /// and then the default of <typeparamref name="T"/> comes back.
    /// </summary>
    public static T? CallProject<T>(this SrCmdlet cmdlet, Func<ApiConnection, IApiTrace, CancellationToken, Task<T>> call, object? about)
    {
        var connection = ModuleSession.Require(ApiKind.SeRankingProject);
        try
        {
            return cmdlet.Run((trace, cancellationToken) => call(connection, trace, cancellationToken));
        }
        catch (Exception failure) when (failure is ApiException or ArgumentException)
        {
            cmdlet.WriteFailure(failure, about);
            return default;
        }
    }

    /// <summary>"DELETE /sites/{site_id}" on the connected dialect; with none connected, both forms.</summary>
    private static string Endpoint(Operation operation)
    {
        if (operation.Routes is not { } routes)
        {
            return operation.Endpoint;
        }

        if (ConnectedDialect is { } dialect)
        {
            return routes.For(dialect)?.ToString() ?? operation.Endpoint;
        }

        var legacy = routes.For(ProjectDialect.Legacy);
        var unified = routes.For(ProjectDialect.Unified);
        return legacy is not null && unified is not null ? $"{legacy} (unified host: {unified})" : (legacy ?? unified)!.ToString();
    }
}
