namespace SeRanking.Engine.Tests.Support;

/// <summary>
/// Tests that measure time at a server run alone: on a two-core machine, other test classes
/// running beside them starve the thread pool and distort what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
