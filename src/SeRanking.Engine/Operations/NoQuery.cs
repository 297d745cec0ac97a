namespace SeRanking.Engine.Operations;

/// <summary>The query of an operation that takes no parameters.</summary>
public sealed class NoQuery
{
    private NoQuery()
    {
    }

    public static NoQuery Value { get; } = new();

    internal static void Write(NoQuery query, RequestWriter writer)
    {
    }
}
