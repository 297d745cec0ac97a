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
    private const string SerpstatDomain = "SeRanking.Engine.Serpstat.Domain.";
    private const string SerpstatKeywords = "SeRanking.Engine.Serpstat.Keywords.";
    private const string SerpstatUrl = "SeRanking.Engine.Serpstat.Url.";
    private const string SerpstatBacklinks = "SeRanking.Engine.Serpstat.Backlinks.";
    private const string SerpstatProjects = "SeRanking.Engine.Serpstat.Projects.";
    private const string SerpstatTeam = "SeRanking.Engine.Serpstat.Team.";
    private const string SerpstatRankTracker = "SeRanking.Engine.Serpstat.RankTracker.";

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
    public const string SerpLocation = Serp + "SerpLocation";

    public const string BacklinkExportTask = Backlinks + "BacklinkExportTask";

    public const string DownloadedFile = "SeRanking.Engine.Operations.Downloads.DownloadedFile";

    private const string SiteAudit = "SeRanking.Engine.Data.SiteAudit.";
    public const string SiteAuditInfo = SiteAudit + "SiteAuditInfo";
    public const string SiteAuditStatus = SiteAudit + "SiteAuditStatus";
    public const string SiteAuditCheck = SiteAudit + "SiteAuditCheck";
    public const string SiteAuditReport = SiteAudit + "SiteAuditReport";
    public const string SiteAuditPage = SiteAudit + "SiteAuditPage";
    public const string SiteAuditIssuePage = SiteAudit + "SiteAuditIssuePage";
    public const string SiteAuditIssue = SiteAudit + "SiteAuditIssue";
    public const string SiteAuditLink = SiteAudit + "SiteAuditLink";
    public const string SiteAuditSnapshot = SiteAudit + "SiteAuditSnapshot";

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

    public const string SerpstatAuditLimits = "SeRanking.Engine.Serpstat.Limits.SerpstatAuditLimits";
    public const string SerpstatDatabase = Catalogues + "SerpstatDatabase";
    public const string SerpstatDomainSummary = SerpstatDomain + "SerpstatDomainSummary";
    public const string SerpstatDomainHistoryPoint = SerpstatDomain + "SerpstatDomainHistoryPoint";
    public const string SerpstatRankedKeyword = SerpstatDomain + "SerpstatRankedKeyword";
    public const string SerpstatCompetitor = SerpstatDomain + "SerpstatCompetitor";
    public const string SerpstatAdKeyword = SerpstatDomain + "SerpstatAdKeyword";
    public const string SerpstatAdCompetitor = SerpstatDomain + "SerpstatAdCompetitor";
    public const string SerpstatDomainRegion = SerpstatDomain + "SerpstatDomainRegion";
    public const string SerpstatPage = SerpstatDomain + "SerpstatPage";
    public const string SerpstatKeywordIntersection = SerpstatDomain + "SerpstatKeywordIntersection";
    public const string SerpstatExport = SerpstatDomain + "SerpstatExport";
    public const string SerpstatKeyword = SerpstatKeywords + "SerpstatKeyword";
    public const string SerpstatSerpResult = SerpstatKeywords + "SerpstatSerpResult";
    public const string SerpstatUrlTraffic = SerpstatUrl + "SerpstatUrlTraffic";
    public const string SerpstatUrlCompetitor = SerpstatUrl + "SerpstatUrlCompetitor";
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
    public const string SerpstatBacklinkSummary = SerpstatBacklinks + "SerpstatBacklinkSummary";
    public const string SerpstatBacklink = SerpstatBacklinks + "SerpstatBacklink";
    public const string SerpstatLinkingDomain = SerpstatBacklinks + "SerpstatLinkingDomain";
    public const string SerpstatAnchor = SerpstatBacklinks + "SerpstatAnchor";
    public const string SerpstatBacklinkIntersectionSummary = SerpstatBacklinks + "SerpstatBacklinkIntersectionSummary";
    public const string SerpstatBacklinkDistribution = SerpstatBacklinks + "SerpstatBacklinkDistribution";
    public const string SerpstatBacklinkChange = SerpstatBacklinks + "SerpstatBacklinkChange";
    public const string SerpstatThreat = SerpstatBacklinks + "SerpstatThreat";
    public const string SerpstatLinkedPage = SerpstatBacklinks + "SerpstatLinkedPage";
    private const string AiTracker = "SeRanking.Engine.Project.AiTracker.";

    public const string AiTrackerBrand = AiTracker + "AiTrackerBrand";
    public const string AiTrackerEngine = AiTracker + "AiTrackerEngine";
    public const string AiTrackerStatus = AiTracker + "AiTrackerStatus";
    public const string AiTrackerStatistic = AiTracker + "AiTrackerStatistic";
    public const string AiTrackerPrompt = AiTracker + "AiTrackerPrompt";
    public const string AiTrackerPromptResult = AiTracker + "AiTrackerPromptResult";
    public const string AiTrackerRanking = AiTracker + "AiTrackerRanking";
    public const string AiTrackerAnswer = AiTracker + "AiTrackerAnswer";
    public const string AiTrackerPromptGroup = AiTracker + "AiTrackerPromptGroup";
    public const string AiTrackerSourceSummary = AiTracker + "AiTrackerSourceSummary";
    public const string AiTrackerSourceRecommendation = AiTracker + "AiTrackerSourceRecommendation";
    public const string AiTrackerSourceDomain = AiTracker + "AiTrackerSourceDomain";
    public const string AiTrackerSourcePage = AiTracker + "AiTrackerSourcePage";
    public const string AiTrackerCompetitor = AiTracker + "AiTrackerCompetitor";
    public const string AiTrackerCompetitorDate = AiTracker + "AiTrackerCompetitorDate";
    public const string AiTrackerCompetitorSource = AiTracker + "AiTrackerCompetitorSource";
    public const string SerpstatProject = SerpstatProjects + "SerpstatProject";
    public const string SerpstatWriteResult = SerpstatProjects + "SerpstatWriteResult";
    public const string SerpstatTeamMember = SerpstatTeam + "SerpstatTeamMember";
    public const string SerpstatRankProject = SerpstatRankTracker + "SerpstatRankProject";
    public const string SerpstatRankRegion = SerpstatRankTracker + "SerpstatRankRegion";
    public const string SerpstatRankStatus = SerpstatRankTracker + "SerpstatRankStatus";
    public const string SerpstatRankKeyword = SerpstatRankTracker + "SerpstatRankKeyword";
    public const string SerpstatRankCompetitor = SerpstatRankTracker + "SerpstatRankCompetitor";
    private const string SerpstatTasks = "SeRanking.Engine.Serpstat.Tasks.";

    public const string SerpstatVolumeTask = SerpstatTasks + "SerpstatVolumeTask";
    public const string SerpstatVolumeTaskStatus = SerpstatTasks + "SerpstatVolumeTaskStatus";
    public const string SerpstatKeywordVolume = SerpstatTasks + "SerpstatKeywordVolume";
    public const string SerpstatSerpCrawlTask = SerpstatTasks + "SerpstatSerpCrawlTask";
    public const string SerpstatSerpCrawlInfo = SerpstatTasks + "SerpstatSerpCrawlInfo";
    public const string SerpstatCrawledResult = SerpstatTasks + "SerpstatCrawledResult";
    public const string SerpstatSerpHtml = SerpstatTasks + "SerpstatSerpHtml";
    public const string SerpstatCrawlBalance = SerpstatTasks + "SerpstatCrawlBalance";
    public const string SerpstatClassificationTask = SerpstatTasks + "SerpstatClassificationTask";
    public const string SerpstatDomainCategories = SerpstatTasks + "SerpstatDomainCategories";

    private const string SerpstatAudit = "SeRanking.Engine.Serpstat.Audit.";

    public const string SerpstatAuditReportInfo = SerpstatAudit + "SerpstatAuditReportInfo";
    public const string SerpstatAuditBasicInfo = SerpstatAudit + "SerpstatAuditBasicInfo";
    public const string SerpstatAuditStart = SerpstatAudit + "SerpstatAuditStart";
    public const string SerpstatAuditIssue = SerpstatAudit + "SerpstatAuditIssue";
    public const string SerpstatAuditCategoryCount = SerpstatAudit + "SerpstatAuditCategoryCount";
    public const string SerpstatAuditIssueElement = SerpstatAudit + "SerpstatAuditIssueElement";
    public const string SerpstatAuditUrl = SerpstatAudit + "SerpstatAuditUrl";
    public const string SerpstatAuditIssueCount = SerpstatAudit + "SerpstatAuditIssueCount";
    public const string SerpstatAuditScanUrl = SerpstatAudit + "SerpstatAuditScanUrl";
    public const string SerpstatAuditSettings = SerpstatAudit + "SerpstatAuditSettings";
    public const string SerpstatOnePageReport = SerpstatAudit + "SerpstatOnePageReport";
    public const string SerpstatPageAuditInfo = SerpstatAudit + "SerpstatPageAuditInfo";
    public const string SerpstatPageAuditLogEntry = SerpstatAudit + "SerpstatPageAuditLogEntry";
    private const string ProjectAudits = "SeRanking.Engine.Project.Audits.";
    public const string ProjectAuditSetting = ProjectAudits + "ProjectAuditSetting";
    public const string ProjectAuditSitemap = ProjectAudits + "ProjectAuditSitemap";
    public const string ProjectAuditSourceList = ProjectAudits + "ProjectAuditSourceList";

    private const string ProjectBacklinks = "SeRanking.Engine.Project.Backlinks.";
    public const string ProjectBacklink = ProjectBacklinks + "ProjectBacklink";
    public const string ProjectBacklinkResult = ProjectBacklinks + "ProjectBacklinkResult";
    public const string ProjectBacklinkStat = ProjectBacklinks + "ProjectBacklinkStat";
    public const string ProjectBacklinkDisavow = ProjectBacklinks + "ProjectBacklinkDisavow";
    public const string ProjectBacklinkGroup = ProjectBacklinks + "ProjectBacklinkGroup";
    public const string ProjectBacklinkGscImport = ProjectBacklinks + "ProjectBacklinkGscImport";

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
