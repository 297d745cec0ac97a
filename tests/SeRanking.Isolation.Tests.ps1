#Requires -Version 5.1
<#
    Pester 5 tests of SeRanking beside other modules' dependencies. Each test starts a fresh
    PowerShell of this edition, loads other versions of Polly.Core and System.Text.Json the way
    another module would (tests/SeRanking.OtherVersions builds them), imports SeRanking from
    out/SeRanking, calls the loopback emulator and reports where each assembly landed.

    On PowerShell 7 the engine, Polly.Core and System.Text.Json must be SeRanking's own copies
    from Dependencies/, in the load context named 'SeRanking'; the other module's copies stay
    where that module put them. On Windows PowerShell 5.1 the cmdlets must work all the same.
#>

BeforeDiscovery {
    # -Skip is decided at discovery, before BeforeAll runs.
    $IsCoreEdition = $PSVersionTable.PSEdition -eq 'Core'
}

BeforeAll {
    $RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    Import-Module -Name (Join-Path (Join-Path $PSScriptRoot 'Support') 'SeRanking.TestSupport.psm1') -Force
    $ModuleFolder = Join-Path (Join-Path $RepoRoot 'out') 'SeRanking'
    $Dependencies = Join-Path $ModuleFolder 'Dependencies'
    $OtherVersions = Find-BuiltFolder -Root $RepoRoot -Project 'SeRanking.OtherVersions' -Marker 'SeRanking.OtherVersions.dll' -EnvironmentVariable 'SERANKING_OTHER_VERSIONS_DIR'
    $Emu = Start-TestEmulator -Assembly (Find-EmulatorAssembly -Root $RepoRoot)
    $IsCoreEdition = $PSVersionTable.PSEdition -eq 'Core'

    # Reports every loaded copy of the assemblies that matter, with its load context.
    $ReportScript = @'
function Get-LoadedAssemblyReport {
    $names = @('SeRanking', 'SeRanking.Engine', 'SeRanking.LoadContext', 'Polly.Core', 'System.Text.Json', 'Microsoft.Bcl.AsyncInterfaces')
    foreach ($assembly in [AppDomain]::CurrentDomain.GetAssemblies()) {
        $name = $assembly.GetName().Name
        if ($names -notcontains $name) {
            continue
        }
        $context = 'AppDomain'
        if ($PSVersionTable.PSEdition -eq 'Core') {
            $context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name
        }
        [pscustomobject]@{
            Name     = $name
            Location = $assembly.Location
            Context  = $context
        }
    }
}
'@
}

AfterAll {
    Stop-TestEmulator -Emulator $Emu
}

Describe 'SeRanking beside other versions of its dependencies' {
    It 'imports and runs after another module loaded other versions of Polly.Core and System.Text.Json' {
        $account = New-TestAccount -Emulator $Emu -Api data
        $script = $ReportScript + @'

$ErrorActionPreference = 'Stop'
# Another module's dependencies, loaded first: Polly.Core into the default context (as
# Add-Type and most binary modules do), System.Text.Json into a load context of its own on
# PowerShell 7 (the runtime has its own System.Text.Json in the default context).
Add-Type -Path (Join-Path $env:SR_OTHER_VERSIONS 'Polly.Core.dll')
$otherJson = Join-Path $env:SR_OTHER_VERSIONS 'System.Text.Json.dll'
if ($PSVersionTable.PSEdition -eq 'Core') {
    $otherModuleContext = [System.Runtime.Loader.AssemblyLoadContext]::new('OtherModule', $false)
    $null = $otherModuleContext.LoadFromAssemblyPath($otherJson)
}
else {
    Add-Type -Path $otherJson
}

Import-Module -Name $env:SR_MANIFEST
$null = Connect-SeRanking -DataApiKey $env:SR_DATA_KEY -DataApiUrl $env:SR_DATA_URL
$subscription = Get-SrDataSubscription
$summary = Get-SrBacklinkSummary -Target 'example.com'
[pscustomobject]@{
    CreditsLimit = $subscription.CreditsLimit
    Target       = $summary.Target
    Assemblies   = @(Get-LoadedAssemblyReport)
} | ConvertTo-Json -Depth 4 -Compress
'@
        $report = Invoke-ChildPowerShell -Script $script -Environment @{
            SR_OTHER_VERSIONS = $OtherVersions
            SR_MANIFEST       = Join-Path $ModuleFolder 'SeRanking.psd1'
            SR_DATA_KEY       = $account.key
            SR_DATA_URL       = $Emu.DataUrl
        }

        $report.CreditsLimit | Should -Be $account.creditsLimit
        $report.Target | Should -Be 'example.com'

        $assemblies = @($report.Assemblies)
        $engine = @($assemblies | Where-Object Name -EQ 'SeRanking.Engine')
        $engine.Count | Should -Be 1
        $engine[0].Location | Should -Be (Join-Path $Dependencies 'SeRanking.Engine.dll')

        $otherPolly = @($assemblies | Where-Object { $_.Name -eq 'Polly.Core' -and $_.Location -like "$OtherVersions*" })
        $otherPolly.Count | Should -Be 1 -Because 'the other module keeps its Polly.Core'
        if ($IsCoreEdition) {
            foreach ($name in @('SeRanking.Engine', 'Polly.Core', 'System.Text.Json', 'Microsoft.Bcl.AsyncInterfaces')) {
                $ours = @($assemblies | Where-Object { $_.Name -eq $name -and $_.Context -eq 'SeRanking' })
                $ours.Count | Should -Be 1 -Because "$name must be SeRanking's own copy, in its load context"
                $ours[0].Location | Should -Be (Join-Path $Dependencies "$name.dll")
            }
            $otherPolly[0].Context | Should -Be 'Default'
            @($assemblies | Where-Object { $_.Name -eq 'System.Text.Json' -and $_.Context -eq 'OtherModule' }).Count | Should -Be 1
            @($assemblies | Where-Object { $_.Name -eq 'SeRanking' })[0].Context | Should -Be 'Default'
            @($assemblies | Where-Object { $_.Name -eq 'SeRanking.LoadContext' })[0].Context | Should -Be 'Default'
        }
    }

    It "keeps SeRanking's versions out of the default load context for modules loaded after it" -Skip:(-not $IsCoreEdition) {
        $account = New-TestAccount -Emulator $Emu -Api data
        $script = $ReportScript + @'

$ErrorActionPreference = 'Stop'
Import-Module -Name $env:SR_MANIFEST
$null = Connect-SeRanking -DataApiKey $env:SR_DATA_KEY -DataApiUrl $env:SR_DATA_URL
$null = Get-SrBacklinkSummary -Target 'example.com'

# A module imported later brings its own Polly.Core into the default context: nothing of
# SeRanking's is there to collide with it.
Add-Type -Path (Join-Path $env:SR_OTHER_VERSIONS 'Polly.Core.dll')
$inDefault = @([System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies | ForEach-Object { $_.GetName().Name })
[pscustomobject]@{
    DefaultHasEngine = $inDefault -contains 'SeRanking.Engine'
    Assemblies       = @(Get-LoadedAssemblyReport)
} | ConvertTo-Json -Depth 4 -Compress
'@
        $report = Invoke-ChildPowerShell -Script $script -Environment @{
            SR_OTHER_VERSIONS = $OtherVersions
            SR_MANIFEST       = Join-Path $ModuleFolder 'SeRanking.psd1'
            SR_DATA_KEY       = $account.key
            SR_DATA_URL       = $Emu.DataUrl
        }

        $report.DefaultHasEngine | Should -BeFalse
        $pollies = @($report.Assemblies | Where-Object Name -EQ 'Polly.Core')
        @($pollies | Where-Object Context -EQ 'Default').Location | Should -Be (Join-Path $OtherVersions 'Polly.Core.dll')
        @($pollies | Where-Object Context -EQ 'SeRanking').Location | Should -Be (Join-Path $Dependencies 'Polly.Core.dll')
    }

    It 'imports twice in one session and removes cleanly' {
        $script = @'
$ErrorActionPreference = 'Stop'
Import-Module -Name $env:SR_MANIFEST
Remove-Module -Name SeRanking
Import-Module -Name $env:SR_MANIFEST
$region = Get-SrRegion -Code 'de'
[pscustomobject]@{ Code = $region.Code; Commands = @(Get-Command -Module SeRanking).Count } | ConvertTo-Json -Compress
'@
        $report = Invoke-ChildPowerShell -Script $script -Environment @{ SR_MANIFEST = Join-Path $ModuleFolder 'SeRanking.psd1' }

        $report.Code | Should -Be 'de'
        $report.Commands | Should -Be @((Import-PowerShellDataFile -Path (Join-Path $ModuleFolder 'SeRanking.psd1')).CmdletsToExport).Count
    }
}
