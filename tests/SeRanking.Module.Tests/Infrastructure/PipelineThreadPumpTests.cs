using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Module.Tests.Infrastructure;

public class PipelineThreadPumpTests
{
    [Fact]
    public void Posted_actions_run_on_the_calling_thread_in_order_before_Run_returns()
    {
        using var pump = new PipelineThreadPump();
        var pipelineThread = Environment.CurrentManagedThreadId;
        var ran = new List<(int Index, int Thread)>();
        var postedFrom = new HashSet<int>();

        pump.Run(async () =>
        {
            for (var i = 0; i < 50; i++)
            {
                // Each await may resume on another pool thread: posts come from several threads.
                await Task.Yield();
                lock (postedFrom)
                {
                    postedFrom.Add(Environment.CurrentManagedThreadId);
                }

                var index = i;
                pump.Post(() => ran.Add((index, Environment.CurrentManagedThreadId)));
            }

            return 0;
        });

        Assert.DoesNotContain(pipelineThread, postedFrom);
        Assert.Equal(50, ran.Count);
        for (var i = 0; i < ran.Count; i++)
        {
            Assert.Equal((i, pipelineThread), ran[i]);
        }
    }

    [Fact]
    public void Actions_posted_from_parallel_work_all_run_on_the_calling_thread()
    {
        using var pump = new PipelineThreadPump();
        var pipelineThread = Environment.CurrentManagedThreadId;
        var threads = new List<int>();

        pump.Run(async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => pump.Post(() => threads.Add(Environment.CurrentManagedThreadId)))));
            return 0;
        });

        Assert.Equal(20, threads.Count);
        Assert.All(threads, thread => Assert.Equal(pipelineThread, thread));
    }

    [Fact]
    public void Run_returns_the_result_of_the_work()
    {
        using var pump = new PipelineThreadPump();

        var result = pump.Run(async () =>
        {
            await Task.Delay(10);
            return "done";
        });

        Assert.Equal("done", result);
    }

    [Fact]
    public void An_exception_of_the_work_is_rethrown_as_it_is_not_wrapped()
    {
        using var pump = new PipelineThreadPump();

        var thrown = Assert.Throws<TimeoutException>(() => pump.Run<int>(async () =>
        {
            await Task.Yield();
            throw new TimeoutException("from the work");
        }));

        Assert.Equal("from the work", thrown.Message);
    }

    [Fact]
    public void An_exception_of_a_posted_action_ends_Run_with_that_exception()
    {
        using var pump = new PipelineThreadPump();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var thrown = Assert.Throws<InvalidOperationException>(() => pump.Run(async () =>
        {
            pump.Post(() => throw new InvalidOperationException("stopped by the pipeline"));

            // The work goes on until the cmdlet's cancellation would reach it; Run must not wait for it.
            return await release.Task;
        }));

        Assert.Equal("stopped by the pipeline", thrown.Message);
        release.SetResult(0);
    }

    [Fact]
    public void Post_after_Dispose_is_ignored()
    {
        var pump = new PipelineThreadPump();
        var ran = false;
        pump.Dispose();

        var posting = Record.Exception(() => pump.Post(() => ran = true));

        Assert.Null(posting);
        Assert.False(ran);
    }

    [Fact]
    public void Post_after_Run_has_returned_is_ignored()
    {
        using var pump = new PipelineThreadPump();
        pump.Run(() => Task.FromResult(0));

        var posting = Record.Exception(() => pump.Post(() => throw new InvalidOperationException("must not run")));

        Assert.Null(posting);
    }
}
