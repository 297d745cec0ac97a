#Requires -Version 5.1
<#
.SYNOPSIS
    Runs the Pester tests (tests/*.Tests.ps1) against the module built into out/SeRanking.

.DESCRIPTION
    Makes sure Pester 5.5 or later is there (restoring the Pester package from the configured
    NuGet source into .tools/packages when none is installed), builds the solution once (the module folder
    out/SeRanking and the API emulator) unless -NoBuild is given, then runs every
    tests/*.Tests.ps1 file with detailed output. Exits 1 when a test fails, 0 when all pass.

    The tests import the module into this PowerShell process; on Windows its DLLs then stay
    locked until the process ends, so run this script in its own process
    (pwsh -File tests/Invoke-PesterTests.ps1) rather than at a prompt you build from.

.PARAMETER NoBuild
    Use what is already built instead of running dotnet build first.

.PARAMETER SummaryPath
    Also write the counts as JSON ({"Passed":n,"Failed":n,"Skipped":n}) to this file, for
    build.ps1's closing line.

.PARAMETER Configuration
    The build configuration to build (and whose emulator to start): Debug by default, as a
    plain dotnet build, or Release (build.ps1 -Task Test).

.EXAMPLE
    pwsh -NoProfile -File tests/Invoke-PesterTests.ps1

.EXAMPLE
    pwsh -NoProfile -File tests/Invoke-PesterTests.ps1 -NoBuild -Configuration Release
#>
[CmdletBinding()]
param(
    [switch] $NoBuild,

    [ValidateNotNullOrEmpty()]
    [string] $Configuration = 'Debug',

    [string] $SummaryPath
)

$ErrorActionPreference = 'Stop'
$minimumPester = [version] '5.5.0'
$repoRoot = Split-Path -Path $PSScriptRoot -Parent

function Stop-Run {
    param([Parameter(Mandatory)] [string] $Message)
    $Host.UI.WriteErrorLine($Message)
    exit 1
}

# 1. Pester 5.5 or later. Windows PowerShell ships Pester 3.4, which must not be the one used.
# When none is installed, the Pester package is restored from the configured NuGet source (the
# same one the build uses) into .tools/packages, and imported from there: nothing is installed
# for the user, and it works the same offline against a local feed.
Get-Module -Name Pester | Where-Object { $_.Version -lt $minimumPester } | Remove-Module -Force
$installed = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge $minimumPester } | Sort-Object -Property Version -Descending | Select-Object -First 1
if ($installed) {
    Import-Module -Name $installed.Path -ErrorAction Stop
}
else {
    $pesterProject = Join-Path (Join-Path (Join-Path $PSScriptRoot 'Support') 'Pester') 'Pester.csproj'
    $pesterVersion = ([xml] (Get-Content -LiteralPath $pesterProject -Raw)).Project.ItemGroup.PackageDownload.Version.Trim('[', ']')
    $pesterManifest = Join-Path $repoRoot ('.tools/packages/pester/{0}/tools/Pester.psd1' -f $pesterVersion)
    if (-not (Test-Path -LiteralPath $pesterManifest)) {
        $dotnet = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if (-not $dotnet) {
            Stop-Run "Pester $minimumPester or later is not installed, and dotnet is not on the PATH to fetch it. Install-Module Pester -MinimumVersion $minimumPester, or install the .NET SDK 10."
        }
        Write-Host "Pester $minimumPester or later is not installed; restoring the Pester $pesterVersion package into .tools/packages."
        & $dotnet.Source restore $pesterProject --nologo --verbosity quiet
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $pesterManifest)) {
            Stop-Run "Restoring the Pester package failed (exit code $LASTEXITCODE); check the package source in nuget.config, or Install-Module Pester -MinimumVersion $minimumPester."
        }
    }
    Import-Module -Name $pesterManifest -ErrorAction Stop
}
$pester = Get-Module -Name Pester | Sort-Object -Property Version -Descending | Select-Object -First 1
Write-Host ('Pester {0}' -f $pester.Version)

# 2. The module folder and the emulator.
if (-not $NoBuild) {
    $dotnet = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $dotnet) {
        Stop-Run 'dotnet is not on the PATH: install the .NET SDK 10 (see README.md), or build first and pass -NoBuild.'
    }
    $solution = Join-Path $repoRoot 'SeRanking.sln'
    Write-Host "dotnet build $solution -c $Configuration"
    & $dotnet.Source build $solution -c $Configuration --nologo
    if ($LASTEXITCODE -ne 0) {
        Stop-Run "dotnet build failed (exit code $LASTEXITCODE); no test was run."
    }
}

$manifest = Join-Path (Join-Path (Join-Path $repoRoot 'out') 'SeRanking') 'SeRanking.psd1'
if (-not (Test-Path -LiteralPath $manifest)) {
    Stop-Run "The module folder is not built: $manifest is missing. Run without -NoBuild, or run dotnet build first."
}

if (-not $env:SERANKING_EMULATOR_DLL) {
    # The emulator of the configuration just built; the tests fall back to the newest one otherwise.
    $emulatorBin = Join-Path (Join-Path (Join-Path (Join-Path $repoRoot 'tests') 'SeRanking.Emulator') 'bin') $Configuration
    $emulator = Get-ChildItem -Path $emulatorBin -Recurse -Filter 'SeRanking.Emulator.dll' -File -ErrorAction SilentlyContinue |
        Where-Object { $_.Directory.Name -like 'net*' } |
        Sort-Object -Property LastWriteTimeUtc -Descending |
        Select-Object -First 1
    if ($emulator) {
        $env:SERANKING_EMULATOR_DLL = $emulator.FullName
    }
    elseif ($NoBuild) {
        Write-Host "No emulator built in $Configuration under $emulatorBin; the tests will look for any built one."
    }
    else {
        Stop-Run "The build left no emulator under $emulatorBin."
    }
}

if (-not $env:SERANKING_OTHER_VERSIONS_DIR) {
    # Other versions of Polly.Core and System.Text.Json, for the isolation tests.
    $otherBin = Join-Path (Join-Path (Join-Path (Join-Path $repoRoot 'tests') 'SeRanking.OtherVersions') 'bin') $Configuration
    $marker = Get-ChildItem -Path $otherBin -Recurse -Filter 'SeRanking.OtherVersions.dll' -File -ErrorAction SilentlyContinue |
        Sort-Object -Property LastWriteTimeUtc -Descending |
        Select-Object -First 1
    if ($marker) {
        $env:SERANKING_OTHER_VERSIONS_DIR = $marker.DirectoryName
    }
}

# 3. The tests.
$testFiles = @(Get-ChildItem -Path $PSScriptRoot -Filter '*.Tests.ps1' -File | Where-Object { $_.Name -like '*.Tests.ps1' })
if ($testFiles.Count -eq 0) {
    Stop-Run "No Pester files (*.Tests.ps1) under $PSScriptRoot."
}

# (Not $configuration: PowerShell names are case-insensitive, and that is the -Configuration parameter.)
$pesterConfiguration = New-PesterConfiguration
$pesterConfiguration.Run.Path = [string[]] @($testFiles | ForEach-Object { $_.FullName })
$pesterConfiguration.Run.PassThru = $true
$pesterConfiguration.Run.Exit = $false
$pesterConfiguration.Output.Verbosity = 'Detailed'

# The tests run with PowerShell's default error preference, not this script's 'Stop'.
$ErrorActionPreference = 'Continue'
$result = Invoke-Pester -Configuration $pesterConfiguration

$failedCount = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
Write-Host ('Pester: {0} passed, {1} failed, {2} skipped' -f $result.PassedCount, $failedCount, $result.SkippedCount)
if ($SummaryPath) {
    $summaryFolder = Split-Path -Path $SummaryPath -Parent
    if ($summaryFolder -and -not (Test-Path -LiteralPath $summaryFolder)) {
        $null = New-Item -ItemType Directory -Path $summaryFolder
    }
    ConvertTo-Json -InputObject @{ Passed = $result.PassedCount; Failed = $failedCount; Skipped = $result.SkippedCount } -Compress |
        Set-Content -LiteralPath $SummaryPath -Encoding UTF8
}
if ($result.Result -ne 'Passed' -or $failedCount -gt 0) {
    exit 1
}
if ($result.PassedCount -eq 0) {
    $Host.UI.WriteErrorLine('Pester ran no test.')
    exit 1
}
exit 0
