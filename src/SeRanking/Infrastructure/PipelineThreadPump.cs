using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Infrastructure;

/// <summary>
/// Runs asynchronous engine work on the thread pool while the calling (pipeline) thread executes
/// what the work posts back: PowerShell allows WriteObject, WriteError, WriteVerbose and
/// WriteProgress only on the pipeline thread, and the engine reports from whatever thread its
/// continuations run on. Hand-written because no library offers a pump for a thread that is not
/// a SynchronizationContext owner; it is a queue and a loop.
/// </summary>
internal sealed class PipelineThreadPump : IDisposable
{
    private readonly BlockingCollection<Action> _posted = new();
    private readonly object _gate = new();
    private bool _closed;

    /// <summary>Queues an action for the pipeline thread; ignored once the pump has stopped.</summary>
    public void Post(Action action)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _posted.Add(action);
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="work"/> on the thread pool and runs posted actions on this thread
    /// until the work ends; then returns its result or rethrows its exception unwrapped. An
    /// exception thrown by a posted action (PipelineStoppedException, a terminating error) ends
    /// the pump at once; the work is expected to observe the cancellation the cmdlet raised.
    /// </summary>
    public T Run<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work);
        _ = task.ContinueWith(_ => Close(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        foreach (var action in _posted.GetConsumingEnumerable())
        {
            action();
        }

        // The loop ends only after the task has completed, so this never blocks.
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Waits on this (pipeline) thread for a step of work that may already be done, running what
    /// the work posts meanwhile; returns its result or rethrows its exception unwrapped. Used to
    /// pull a stream of rows one at a time, so the engine never reads ahead of the pipeline.
    /// </summary>
    public T Await<T>(Task<T> step)
    {
        if (!step.IsCompleted)
        {
            // The continuation wakes the loop below once the step is done; until then it runs
            // whatever the work posts (verbose lines, progress).
            _ = step.ContinueWith(static (_, pump) => ((PipelineThreadPump)pump!).Post(static () => { }), this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            while (!step.IsCompleted)
            {
                if (_posted.TryTake(out var action, Timeout.Infinite))
                {
                    action();
                }
            }
        }

        Drain();

        // Done by now: this only unwraps the result or the exception.
        return step.GetAwaiter().GetResult();
    }

    /// <summary>Runs what has been posted so far, without waiting for more.</summary>
    public void Drain()
    {
        while (_posted.TryTake(out var action))
        {
            action();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
            _posted.Dispose();
        }
    }

    private void Close()
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _closed = true;
                _posted.CompleteAdding();
            }
        }
    }
}
