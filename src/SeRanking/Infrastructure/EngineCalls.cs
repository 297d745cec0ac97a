using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Transport;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>
/// Runs engine calls for a cmdlet: off the pipeline thread, cancelled by Ctrl+C, with the call's
/// trace written as verbose lines on the pipeline thread. Extension methods rather than cmdlet
/// members so that engine types stay out of every cmdlet's signature.
/// </summary>
internal static class EngineCalls
{
    /// <param name="cmdlet">The cmdlet whose pipeline thread writes, and whose Ctrl+C cancels.</param>
    /// <param name="call">The engine call.</param>
    /// <param name="credits">The call's hold on the session's credit budget, which learns what it really spent.</param>
    public static T Run<T>(this SrCmdlet cmdlet, Func<IApiTrace, CancellationToken, Task<T>> call, CreditReservation? credits = null) =>
        cmdlet.Run((_, trace, cancellationToken) => call(trace, cancellationToken), credits);

    /// <summary>
    /// As <see cref="Run{T}(SrCmdlet, Func{IApiTrace, CancellationToken, Task{T}})"/>, handing the
    /// call the pump so it can post output (WriteObject, WriteProgress) while it is still running.
    /// </summary>
    public static T Run<T>(this SrCmdlet cmdlet, Func<PipelineThreadPump, IApiTrace, CancellationToken, Task<T>> call, CreditReservation? credits = null)
    {
        using var pump = new PipelineThreadPump();
        using var work = CancellationTokenSource.CreateLinkedTokenSource(cmdlet.StopToken);
        var trace = new VerboseTrace(pump, cmdlet, credits);
        try
        {
            return pump.Run(() => call(pump, trace, work.Token));
        }
        catch when (!work.IsCancellationRequested)
        {
            // A posted Write* threw (a terminating error, the pipeline stopping): end the work too.
            work.Cancel();
            throw;
        }
    }

    /// <summary>
    /// Writes each target's record (or what <paramref name="expand"/> makes of it), or its failure
    /// as an ErrorRecord naming the target, in input order.
    /// </summary>
    public static void WriteResults<T>(this SrCmdlet cmdlet, IEnumerable<TargetResult<T>> results, Func<T, IEnumerable<object>>? expand = null)
        where T : class
    {
        foreach (var result in results)
        {
            if (result.IsSuccess && expand is not null)
            {
                foreach (var row in expand(result.Value!))
                {
                    cmdlet.WriteObject(row);
                }
            }
            else if (result.IsSuccess)
            {
                cmdlet.WriteObject(result.Value);
            }
            else
            {
                cmdlet.WriteFailure(result.Error!, result.Target);
            }
        }
    }

    /// <summary>Writes a call's trace as verbose lines on the pipeline thread, and tells the budget what each answer cost.</summary>
    internal sealed class VerboseTrace(PipelineThreadPump pump, SrCmdlet cmdlet, CreditReservation? credits) : IApiTrace
    {
        // The engine's messages carry method, path, status, time, retries and credits, and never a key.
        public void Write(ApiTraceEvent traceEvent)
        {
            if (traceEvent is { Kind: ApiTraceKind.Completed, Credits: { } spent })
            {
                credits?.Spend(spent);
            }

            if (traceEvent.Kind == ApiTraceKind.Warning)
            {
                pump.Post(() => cmdlet.WriteWarning(traceEvent.Message));
                return;
            }

            pump.Post(() => cmdlet.WriteVerbose(traceEvent.Message));
        }
    }
}
