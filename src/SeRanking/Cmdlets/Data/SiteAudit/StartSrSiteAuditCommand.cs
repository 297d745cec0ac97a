using System;
using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.SiteAudit;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data.SiteAudit;

/// <summary>Creates website audits and starts their crawl (2 credits per page crawled, 20 with -Advanced); returns each audit at once.</summary>
[Cmdlet(VerbsLifecycle.Start, "SrSiteAudit", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(OutputTypeNames.SiteAuditInfo)]
public sealed class StartSrSiteAuditCommand : SrCmdlet
{
    /// <summary>Sites to audit; from the pipeline by value or by a Domain, Target or Host property.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Target", "Host")]
    [ValidateNotNullOrEmpty]
    public string[] Domain { get; set; } = [];

    /// <summary>The audit's title (up to 300 characters; default the domain).</summary>
    [Parameter]
    [ValidateLength(1, 300)]
    public string? Title { get; set; }

    /// <summary>Render JavaScript (advanced audit, 20 credits per page) rather than crawl HTML (2 per page).</summary>
    [Parameter]
    public SwitchParameter Advanced { get; set; }

    /// <summary>Follow links from the home page (on by default).</summary>
    [Parameter]
    public SwitchParameter SourceSite { get; set; }

    /// <summary>Read sitemap.xml (on by default).</summary>
    [Parameter]
    public SwitchParameter SourceSitemap { get; set; }

    /// <summary>Crawl subdomains too (off by default).</summary>
    [Parameter]
    public SwitchParameter SourceSubdomain { get; set; }

    /// <summary>Crawl an uploaded URL list (off by default).</summary>
    [Parameter]
    public SwitchParameter SourceFile { get; set; }

    /// <summary>Obey robots.txt (on by default).</summary>
    [Parameter]
    public SwitchParameter CheckRobots { get; set; }

    /// <summary>Crawl pages marked noindex as others.</summary>
    [Parameter]
    public SwitchParameter IgnoreNoindex { get; set; }

    /// <summary>Follow links marked nofollow.</summary>
    [Parameter]
    public SwitchParameter IgnoreNofollow { get; set; }

    /// <summary>URL parameters to ignore: None (default), All, or Listed (those of -CustomParams).</summary>
    [Parameter]
    [ValidateSet("None", "All", "Listed")]
    [Alias("ignore_params")]
    public string? IgnoreParams { get; set; }

    /// <summary>The URL parameters to ignore (utm_source, sessionid…); implies -IgnoreParams Listed.</summary>
    [Parameter]
    [Alias("custom_params")]
    public string[]? CustomParams { get; set; }

    /// <summary>The crawler's user agent, 0 (SE Ranking bot, default) to 13 (1 Googlebot, 7 Chrome on Windows).</summary>
    [Parameter]
    [ValidateRange(0, 13)]
    [Alias("user_agent")]
    public int UserAgent { get; set; }

    /// <summary>User name and password for sites behind HTTP authentication.</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>The most pages to crawl, 1 to 300,000 (default 1,000): what the forecast multiplies by the rate.</summary>
    [Parameter]
    [ValidateRange(1, 300_000)]
    [Alias("max_pages")]
    public int MaxPages { get; set; }

    /// <summary>How deep to follow links, 1 to 100 (default 10).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    [Alias("max_depth")]
    public int MaxDepth { get; set; }

    /// <summary>Requests per second to the site, 1 to 500 (default 500).</summary>
    [Parameter]
    [ValidateRange(1, 500)]
    [Alias("max_req")]
    public int MaxRequests { get; set; }

    /// <summary>Redirects followed per URL, 1 to 50 (default 5).</summary>
    [Parameter]
    [ValidateRange(1, 50)]
    [Alias("max_redirects")]
    public int MaxRedirects { get; set; }

    /// <summary>The largest page read, in KB, 1 to 100,000 (default 3,000).</summary>
    [Parameter]
    [ValidateRange(1, 100_000)]
    [Alias("max_size")]
    public int MaxSizeKb { get; set; }

    /// <summary>Titles shorter than this are reported (1 to 10,000; default 20).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("min_title_len")]
    public int MinTitleLength { get; set; }

    /// <summary>Titles longer than this are reported (1 to 10,000; default 65).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("max_title_len")]
    public int MaxTitleLength { get; set; }

    /// <summary>Descriptions shorter than this are reported (1 to 10,000; default 1).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("min_description_len")]
    public int MinDescriptionLength { get; set; }

    /// <summary>Descriptions longer than this are reported (1 to 10,000; default 158).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("max_description_len")]
    public int MaxDescriptionLength { get; set; }

    /// <summary>Pages with fewer words are reported (1 to 10,000; default 250).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("min_words")]
    public int MinWords { get; set; }

    /// <summary>H1 headings longer than this are reported (1 to 10,000; default 100).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("max_h1_len")]
    public int MaxH1Length { get; set; }

    /// <summary>H2 headings longer than this are reported (1 to 10,000; default 100).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    [Alias("max_h2_len")]
    public int MaxH2Length { get; set; }

    /// <summary>Crawl only paths that start with these prefixes (/blog/…).</summary>
    [Parameter]
    public string[]? Allow { get; set; }

    /// <summary>Do not crawl paths that start with these prefixes.</summary>
    [Parameter]
    public string[]? Disallow { get; set; }

    /// <summary>Crawl, but leave out of the report, paths that start with these prefixes.</summary>
    [Parameter]
    public string[]? Hide { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        foreach (var domain in Domain)
        {
            var query = QueryFor(domain);
            var operation = Advanced ? SiteAuditOperations.CreateAdvanced : SiteAuditOperations.CreateStandard;
            try
            {
                _ = operation.Prepare(query);
            }
            catch (ArgumentException refused)
            {
                WriteFailure(refused, domain);
                continue;
            }

            var forecast = SiteAuditOperations.CrawlForecast(Advanced, query.PagesAtMost);
            var kind = Advanced ? "an advanced" : "a standard";
            if (!ShouldProcess(
                $"Start {kind} site audit of {domain} (up to {query.PagesAtMost:N0} pages): {forecast}.",
                $"Start {kind} site audit of {domain} (up to {query.PagesAtMost:N0} pages)? {forecast}.",
                "Spend SE Ranking Data API credits"))
            {
                continue;
            }

            var connection = ModuleSession.Require(ApiKind.SeRankingData);

            // Held until the crawl is seen finished (PendingCrawls), then settled on its pages.
            var hold = ModuleSession.Reserve(ApiKind.SeRankingData, forecast, $"{operation.CostRow} for {domain}");
            try
            {
                var audit = this.Run((trace, cancellationToken) => connection.CreateAsync(query, trace, cancellationToken));
                PendingCrawls.Keep(audit.Id, hold, SiteAuditOperations.RatePerPage(Advanced));
                hold = null;
                WriteObject(audit);
            }
            catch (Exception failure) when (ErrorIdentity.IsKnown(failure))
            {
                WriteFailure(failure, domain);
            }
            finally
            {
                hold?.Dispose();
            }
        }
    }

    private SiteAuditCreateQuery QueryFor(string domain) => new()
    {
        Domain = domain,
        Title = Title,
        Advanced = Advanced.IsPresent,
        SourceSite = Switch(nameof(SourceSite)),
        SourceSitemap = Switch(nameof(SourceSitemap)),
        SourceSubdomain = Switch(nameof(SourceSubdomain)),
        SourceFile = Switch(nameof(SourceFile)),
        CheckRobots = Switch(nameof(CheckRobots)),
        IgnoreNoindex = Switch(nameof(IgnoreNoindex)),
        IgnoreNofollow = Switch(nameof(IgnoreNofollow)),
        IgnoreParams = IgnoreParams,
        CustomParams = CustomParams,
        UserAgent = Number(nameof(UserAgent), UserAgent),
        Login = Credential?.UserName,
        Password = Credential?.GetNetworkCredential().Password,
        MaxPages = Number(nameof(MaxPages), MaxPages),
        MaxDepth = Number(nameof(MaxDepth), MaxDepth),
        MaxRequests = Number(nameof(MaxRequests), MaxRequests),
        MaxRedirects = Number(nameof(MaxRedirects), MaxRedirects),
        MaxSizeKb = Number(nameof(MaxSizeKb), MaxSizeKb),
        MinTitleLength = Number(nameof(MinTitleLength), MinTitleLength),
        MaxTitleLength = Number(nameof(MaxTitleLength), MaxTitleLength),
        MinDescriptionLength = Number(nameof(MinDescriptionLength), MinDescriptionLength),
        MaxDescriptionLength = Number(nameof(MaxDescriptionLength), MaxDescriptionLength),
        MinWords = Number(nameof(MinWords), MinWords),
        MaxH1Length = Number(nameof(MaxH1Length), MaxH1Length),
        MaxH2Length = Number(nameof(MaxH2Length), MaxH2Length),
        Allow = Allow,
        Disallow = Disallow,
        Hide = Hide,
    };

    // Only what the user gave is sent: the API's defaults apply to the rest.
    private bool? Switch(string name) => MyInvocation.BoundParameters.TryGetValue(name, out var value) ? ((SwitchParameter)value).IsPresent : null;

    private int? Number(string name, int value) => MyInvocation.BoundParameters.ContainsKey(name) ? value : null;
}
