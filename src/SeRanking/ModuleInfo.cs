namespace SeRanking;

/// <summary>Facts about the module shared by its cmdlets.</summary>
internal static class ModuleInfo
{
    internal const string Name = "SeRanking";
}
