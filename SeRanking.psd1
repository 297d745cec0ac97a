@{
    RootModule             = 'SeRanking.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = 'c0ba9049-ee2c-495e-9c50-a863202a8a0c'
    Author                 = 'SeRanking contributors'
    CompanyName            = 'SeRanking contributors'
    Copyright              = '(c) SeRanking contributors.'
    Description            = 'The SE Ranking Data API, the SE Ranking Project API and the Serpstat API on the PowerShell pipeline: typed objects, batching, rate limits per key, retries, credit forecasts with -WhatIf, and region completion.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    # netstandard2.0 assemblies need .NET Framework 4.7.2 under Windows PowerShell 5.1.
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('SeRanking.Format.ps1xml', 'SeRanking.Generated.Format.ps1xml')
    CmdletsToExport        = @(
        'Connect-SeRanking'
        'Disconnect-SeRanking'
        'Connect-Serpstat'
        'Disconnect-Serpstat'
        'Get-SrConnection'
        'Get-SrDataSubscription'
        'Get-SrDataCreditBalance'
        'Get-SrBacklinkSummary'
        'Get-SrBacklinkMetric'
        'Get-SrBacklinkCount'
        'Get-SrBacklink'
        'Get-SrBacklinkHistory'
        'Get-SrBacklinkHistoryCount'
        'Get-SrBacklinkAnchor'
        'Get-SrReferringDomain'
        'Get-SrReferringIp'
        'Get-SrBacklinkIndexedPage'
        'Get-SrBacklinkAuthority'
        'Get-SrBacklinkAuthorityHistory'
        'Get-SrBacklinkAuthorityDistribution'
        'Get-SrDomainOverview'
        'Invoke-SrDataApi'
        'New-SrSerpTask'
        'Get-SrSerpTask'
        'Wait-SrSerpTask'
        'Get-SrSerpTaskResult'
        'Get-SrSerpLocation'
        'Save-SrSerpTaskHtml'
        'Start-SrBacklinkExport'
        'Wait-SrBacklinkExport'
        'Receive-SrBacklinkExport'
        'Start-SrSiteAudit'
        'Restart-SrSiteAudit'
        'Get-SrSiteAudit'
        'Wait-SrSiteAudit'
        'Get-SrSiteAuditReport'
        'Get-SrSiteAuditPage'
        'Get-SrSiteAuditIssue'
        'Get-SrSiteAuditLink'
        'Get-SrSiteAuditHistory'
        'Set-SrSiteAudit'
        'Remove-SrSiteAudit'
        'Get-SrAccountBalance'
        'Get-SrAccountProfile'
        'Get-SrAccountSubscription'
        'Get-SerpstatLimits'
        'Get-SrRegion'
        'Get-SrSerpFeature'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('SEO', 'SERanking', 'Serpstat', 'Backlinks', 'SERP', 'Keywords', 'API', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = 'First release: Connect-SeRanking and Connect-Serpstat (proxy, timeout, retry and rate options); backlink summaries, domain overviews, classic SERP tasks (create, wait, results), Data and Project account details, Serpstat limits; region and SERP-feature completion; -WhatIf credit forecasts and a session credit budget; full Get-Help for every cmdlet; dependencies isolated from other modules (own load context on PowerShell 7).'
        }
    }
}
