using System;

namespace SeRanking.Engine.Errors;

/// <summary>The result of a long-running job was asked for while the job is still running (a backlink export, a SERP archive, an audit report).</summary>
public sealed class JobNotDoneException : InvalidOperationException
{
    public JobNotDoneException(string job, string status, string waitCommand)
        : base($"The {job} is still running ({status}). Wait for it first: {waitCommand}.")
    {
        Job = job;
        Status = status;
        WaitCommand = waitCommand;
    }

    /// <summary>The job as a user knows it: "backlink export 7_104233".</summary>
    public string Job { get; }

    /// <summary>What the API said it is doing.</summary>
    public string Status { get; }

    /// <summary>The command that waits for it.</summary>
    public string WaitCommand { get; }
}
