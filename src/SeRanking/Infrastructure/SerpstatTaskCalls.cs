using System;
using System.Collections.Generic;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>
/// How the Serpstat cmdlets that start or change something run their call: the local checks
/// first (nothing is sent when they fail), then -WhatIf/-Confirm naming what the call does and
/// what it costs (tasks and audits are billed outside the lines, so the line forecast alone
/// would say "free"), then the call; a failure is this input's error (terminating when it
/// concerns the token or the account). Extension methods, so engine types stay out of every
/// cmdlet's public members.
/// </summary>
internal static class SerpstatTaskCalls
{
    /// <summary>
    /// Checks <paramref name="query"/>, asks -WhatIf/-Confirm "<paramref name="action"/>
    /// (<paramref name="cost"/>)", and calls the operation; its rows (none for a bare
    /// acknowledgement), or null when refused, declined or failed (reported).
    /// </summary>
    public static IReadOnlyList<TRow>? CallConfirmed<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, string action, string cost, object? about)
        where TRow : class
    {
        try
        {
            _ = operation.Prepare(query);
        }
        catch (ArgumentException refused)
        {
            cmdlet.WriteFailure(refused, about);
            return null;
        }

        if (!cmdlet.ShouldProcess($"{operation.Endpoint}: {action}; {cost}.", $"{action}? ({operation.Endpoint}; {cost})", "Change Serpstat data or spend Serpstat credits"))
        {
            return null;
        }

        return cmdlet.CallSerpstat(operation, query, about);
    }

    /// <summary>Calls the operation (already checked and confirmed); its rows, or null on a failure (reported).</summary>
    public static IReadOnlyList<TRow>? CallSerpstat<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, object? about)
        where TRow : class
    {
        var connection = ModuleSession.Require(ApiKind.Serpstat);
        try
        {
            return cmdlet.Run((trace, cancellationToken) => connection.ListAsync(operation, query, trace, cancellationToken));
        }
        catch (NoDataException)
        {
            return [];
        }
        catch (Exception failure) when (failure is ApiException or ArgumentException)
        {
            cmdlet.WriteFailure(failure, about);
            return null;
        }
    }
}
