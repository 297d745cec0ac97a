using System;

namespace SeRanking.Engine.Data.Serp;

/// <summary>The results of a SERP task were asked for while it is still processing.</summary>
public sealed class SerpTaskNotDoneException : InvalidOperationException
{
    public SerpTaskNotDoneException(long taskId)
        : base($"SERP task {taskId} is still processing. Wait for it first: Wait-SrSerpTask -Id {taskId} | Get-SrSerpTaskResult.")
    {
        TaskId = taskId;
    }

    public long TaskId { get; }
}
