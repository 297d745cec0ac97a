using System;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Operations;

namespace SeRanking.Infrastructure;

/// <summary>
/// How a cmdlet runs a write (create, delete, invite, remove…): the local checks first, then
/// -WhatIf/-Confirm always, even where the call is free (reads that are free skip the prompt,
/// a change never does), then the call, its answer written to the pipeline.
/// </summary>
internal static class ChangeCalls
{
    /// <param name="cmdlet">The cmdlet making the change.</param>
    /// <param name="operation">The write.</param>
    /// <param name="query">What it changes.</param>
    /// <param name="action">What -WhatIf and -Confirm call it: "Create the Serpstat project".</param>
    public static void WriteChange<TQuery, TRow>(this SrCmdlet cmdlet, Operation<TQuery, TRow> operation, TQuery query, string action)
        where TRow : class
    {
        string target;
        CreditForecast forecast;
        try
        {
            target = operation.Prepare(query).Target ?? operation.Endpoint;
            forecast = operation.Forecast(1);
        }
        catch (ArgumentException refused)
        {
            cmdlet.WriteFailure(refused, null);
            return;
        }

        var cost = operation.Cost.IsFree ? "free, no credits spent" : forecast.ToString();
        if (cmdlet.ShouldProcess($"{action} {target} ({operation.Endpoint}): {cost}.", $"{action} {target}? {cost}.", action))
        {
            cmdlet.WriteMany(operation, [(query, target)], [forecast], concurrency: 1);
        }
    }
}
