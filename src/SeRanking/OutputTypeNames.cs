namespace SeRanking;

/// <summary>
/// Full names of the engine records the cmdlets emit, for [OutputType]. Names rather than
/// typeof() so that no engine type appears in a cmdlet's attributes (the engine may load in its
/// own load context); a test checks that every name is a public engine type.
/// </summary>
internal static class OutputTypeNames
{
    private const string Data = "SeRanking.Engine.Models.Data.";
    private const string Project = "SeRanking.Engine.Models.Project.";
    private const string Catalogues = "SeRanking.Engine.Catalogues.";

    public const string DataSubscription = Data + "DataSubscription";
    public const string BacklinkSummary = Data + "BacklinkSummary";
    public const string DomainOverview = Data + "DomainOverview";
    public const string SerpTask = Data + "SerpTask";
    public const string SerpTaskState = Data + "SerpTaskState";
    public const string SerpResultItem = Data + "SerpResultItem";
    public const string ProjectAccountBalance = Project + "ProjectAccountBalance";
    public const string ProjectAccountProfile = Project + "ProjectAccountProfile";
    public const string ProjectAccountSubscription = Project + "ProjectAccountSubscription";
    public const string SerpstatLimits = "SeRanking.Engine.Models.Serpstat.SerpstatLimits";
    public const string Region = Catalogues + "Region";
    public const string SerpFeature = Catalogues + "SerpFeature";
}
