using System;
using System.Management.Automation;
using System.Threading;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;

namespace SeRanking.Infrastructure;

/// <summary>
/// What every SeRanking cmdlet shares: a cancellation token that StopProcessing (Ctrl+C) cancels,
/// and one way of turning engine failures into ErrorRecords. Engine calls go through
/// <see cref="EngineCalls"/>, so no engine type appears in a cmdlet's members.
/// </summary>
public abstract class SrCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline is stopped.</summary>
    internal CancellationToken StopToken => _stopping.Token;

    protected sealed override void BeginProcessing() => Guard(OnBegin);

    protected sealed override void ProcessRecord() => Guard(OnProcess);

    protected sealed override void EndProcessing() => Guard(OnEnd);

    protected override void StopProcessing()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Stopped after the command had already finished and been disposed: nothing runs.
        }
    }

    /// <summary>Runs once before the first input (parameters not bound from the pipeline are set).</summary>
    protected virtual void OnBegin()
    {
    }

    /// <summary>Runs once per pipeline input (once when there is none).</summary>
    protected virtual void OnProcess()
    {
    }

    /// <summary>Runs after the last input: flush what was batched.</summary>
    protected virtual void OnEnd()
    {
    }

    /// <summary>
    /// Writes a failure as an ErrorRecord: a non-terminating error, or a terminating one when it
    /// concerns the key, the licence or the account's money (every further call would fail too).
    /// </summary>
    internal void WriteFailure(Exception error, object? target)
    {
        var identity = ErrorIdentity.Of(error);
        var record = ToErrorRecord(error, identity, target);
        if (identity.StopsTheCommand)
        {
            ThrowTerminatingError(record);
        }

        WriteError(record);
    }

    /// <summary>Stops the command with the failure, whatever its kind (a failed Connect-*).</summary>
    internal void ThrowFailure(Exception error, object? target) => ThrowTerminatingError(ToErrorRecord(error, ErrorIdentity.Of(error), target));

    public void Dispose()
    {
        // A command can end while engine work still runs (an error under -ErrorAction Stop,
        // Select-Object -First): cancel it rather than leave it polling in the background.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        _stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    private void Guard(Action step)
    {
        try
        {
            step();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        catch (Exception error) when (ErrorIdentity.IsKnown(error))
        {
            WriteFailure(error, null);
        }
    }

    private static ErrorRecord ToErrorRecord(Exception error, ErrorIdentity identity, object? target)
    {
        var category = (ErrorCategory)Enum.Parse(typeof(ErrorCategory), identity.Category);
        var record = new ErrorRecord(error, identity.ErrorId, category, target ?? TargetOf(error));
        if (identity.RecommendedAction is { } action)
        {
            record.ErrorDetails = new ErrorDetails(error.Message) { RecommendedAction = action };
        }

        return record;
    }

    private static string? TargetOf(Exception error) => error switch
    {
        ApiException api => api.Target,
        InvalidTargetException target => target.Target,
        MissingRowException row => row.Target,
        ArgumentException argument => argument.ParamName,
        _ => null,
    };
}
