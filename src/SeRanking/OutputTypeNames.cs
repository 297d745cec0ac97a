namespace SeRanking;

/// <summary>
/// Full names of the engine records the cmdlets emit, for [OutputType]. Names rather than
/// typeof() so that no engine type appears in a cmdlet's attributes (the engine may load in its
/// own load context); a test checks that every name is a public engine type.
/// </summary>
internal static class OutputTypeNames
{
    private const string DataAccount = "SeRanking.Engine.Data.Account.";
    private const string Backlinks = "SeRanking.Engine.Data.Backlinks.";
    private const string Domain = "SeRanking.Engine.Data.Domain.";
    private const string Serp = "SeRanking.Engine.Data.Serp.";
    private const string ProjectAccount = "SeRanking.Engine.Project.Account.";
    private const string Catalogues = "SeRanking.Engine.Catalogues.";
    private const string Keywords = "SeRanking.Engine.Data.Keywords.";
    private const string AiSearch = "SeRanking.Engine.Data.AiSearch.";

    public const string DataSubscription = DataAccount + "DataSubscription";
    public const string DataCreditBalance = DataAccount + "DataCreditBalance";

    public const string BacklinkSummary = Backlinks + "BacklinkSummary";
    public const string BacklinkMetrics = Backlinks + "BacklinkMetrics";
    public const string BacklinkCounts = Backlinks + "BacklinkCounts";
    public const string Backlink = Backlinks + "Backlink";
    public const string NewLostBacklink = Backlinks + "NewLostBacklink";
    public const string BacklinkDailyCount = Backlinks + "BacklinkDailyCount";
    public const string BacklinkAnchor = Backlinks + "BacklinkAnchor";
    public const string ReferringDomain = Backlinks + "ReferringDomain";
    public const string ReferringIp = Backlinks + "ReferringIp";
    public const string IndexedPage = Backlinks + "IndexedPage";
    public const string BacklinkAuthority = Backlinks + "BacklinkAuthority";
    public const string AuthorityHistoryPoint = Backlinks + "AuthorityHistoryPoint";
    public const string AuthorityDistributionBar = Backlinks + "AuthorityDistributionBar";

    public const string DomainOverview = Domain + "DomainOverview";
    public const string DomainWorldwideOverview = Domain + "DomainWorldwideOverview";
    public const string DomainHistoryPoint = Domain + "DomainHistoryPoint";
    public const string DomainKeyword = Domain + "DomainKeyword";
    public const string ComparedKeyword = Domain + "ComparedKeyword";
    public const string DomainPage = Domain + "DomainPage";
    public const string DomainSubdomain = Domain + "DomainSubdomain";
    public const string PaidAdKeyword = Domain + "PaidAdKeyword";
    public const string PaidAdAdvertiser = Domain + "PaidAdAdvertiser";
    public const string DomainCompetitor = Domain + "DomainCompetitor";

    public const string SerpTask = Serp + "SerpTask";
    public const string SerpTaskState = Serp + "SerpTaskState";
    public const string SerpResultItem = Serp + "SerpResultItem";

    public const string ProjectAccountBalance = ProjectAccount + "ProjectAccountBalance";
    public const string ProjectAccountProfile = ProjectAccount + "ProjectAccountProfile";
    public const string ProjectAccountSubscription = ProjectAccount + "ProjectAccountSubscription";

    public const string SerpstatLimits = "SeRanking.Engine.Serpstat.Limits.SerpstatLimits";

    public const string Region = Catalogues + "Region";
    public const string SerpFeature = Catalogues + "SerpFeature";

    public const string KeywordMetrics = Keywords + "KeywordMetrics";
    public const string KeywordMonthlyVolume = Keywords + "KeywordMonthlyVolume";
    public const string KeywordIdea = Keywords + "KeywordIdea";

    public const string AiSearchOverview = AiSearch + "AiSearchOverview";
    public const string AiSearchTrendPoint = AiSearch + "AiSearchTrendPoint";
    public const string AiSearchLeaderboardEntry = AiSearch + "AiSearchLeaderboardEntry";
    public const string AiSearchBrand = AiSearch + "AiSearchBrand";
    public const string AiSearchPrompt = AiSearch + "AiSearchPrompt";

    private const string ProjectSites = "SeRanking.Engine.Project.Sites.";
    private const string ProjectKeywords = "SeRanking.Engine.Project.Keywords.";
    private const string ProjectPositions = "SeRanking.Engine.Project.Positions.";
    private const string ProjectSystem = "SeRanking.Engine.Project.SystemLists.";

    public const string ProjectSite = ProjectSites + "ProjectSite";
    public const string ProjectSearchEngine = ProjectSites + "ProjectSearchEngine";
    public const string ProjectSummary = ProjectSites + "ProjectSummary";
    public const string ProjectKeyword = ProjectKeywords + "ProjectKeyword";
    public const string ProjectKeywordResult = ProjectKeywords + "ProjectKeywordResult";
    public const string ProjectPosition = ProjectPositions + "ProjectPosition";
    public const string ProjectHistoricalDate = ProjectPositions + "ProjectHistoricalDate";
    public const string ProjectCheckDate = ProjectPositions + "ProjectCheckDate";
    public const string ProjectRankingTrend = ProjectPositions + "ProjectRankingTrend";
    public const string ProjectAdStat = ProjectPositions + "ProjectAdStat";
    public const string ProjectRecheck = ProjectPositions + "ProjectRecheck";
    public const string SearchEngine = ProjectSystem + "SearchEngine";
    public const string GoogleRegion = ProjectSystem + "GoogleRegion";
    public const string GoogleLanguage = ProjectSystem + "GoogleLanguage";

    private const string ProjectGroups = "SeRanking.Engine.Project.Groups.";

    public const string ProjectGroup = ProjectGroups + "ProjectGroup";
    public const string ProjectKeywordGroup = ProjectGroups + "ProjectKeywordGroup";

    private const string ProjectCompetitors = "SeRanking.Engine.Project.Competitors.";

    public const string ProjectCompetitor = ProjectCompetitors + "ProjectCompetitor";
    public const string ProjectCompetitorPosition = ProjectCompetitors + "ProjectCompetitorPosition";
    public const string ProjectSerpCompetitor = ProjectCompetitors + "ProjectSerpCompetitor";
    public const string ProjectCompetitorMetric = ProjectCompetitors + "ProjectCompetitorMetric";

    public const string ProjectUrlTag = "SeRanking.Engine.Project.UrlTags.ProjectUrlTag";

    private const string SubAccounts = "SeRanking.Engine.Project.SubAccounts.";

    public const string SubAccount = SubAccounts + "SubAccount";
    public const string SubAccountProject = SubAccounts + "SubAccountProject";
    public const string SubAccountShare = SubAccounts + "SubAccountShare";

    private const string ProjectAnalytics = "SeRanking.Engine.Project.Analytics.";

    public const string ProjectSearchQuery = ProjectAnalytics + "ProjectSearchQuery";
    public const string ProjectSeoPotential = ProjectAnalytics + "ProjectSeoPotential";
    public const string ProjectMarketingTask = ProjectAnalytics + "ProjectMarketingTask";

    public const string VolumeRegion = ProjectSystem + "VolumeRegion";
    public const string KeywordVolume = ProjectSystem + "KeywordVolume";
}
