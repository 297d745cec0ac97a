#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests or packages the SeRanking module.

.DESCRIPTION
    Build    dotnet build SeRanking.sln; the importable module folder is out/SeRanking.
    Test     Build, then every test: the xunit projects (dotnet test) and the Pester files
             (tests/Invoke-PesterTests.ps1, run in a PowerShell process of its own so that this
             session never loads the module). Ends with one line that counts both, and fails
             when any test failed or when either kind ran no test at all.
    Package  Build, then out/SeRanking-<ModuleVersion>.zip with the SeRanking folder at its root,
             ready to unpack into a folder on $env:PSModulePath or to import into Azure
             Automation; the manifest is checked with Test-ModuleManifest. An existing zip is
             replaced. The same zip: dotnet build src/SeRanking -c Release -t:PackageModule.
    UpdateReference
             Copies the API reference kept beside the repository (../shared/api and the seed
             with the credit matrix) into tests/Reference, which the tests read; run the tests
             afterwards to see what the new reference changes.

    Works in Windows PowerShell 5.1 and PowerShell 7; needs the .NET SDK 10 on the PATH. On a
    machine without PowerShell, the repository's own copy runs it:
        dotnet tool restore
        dotnet pwsh ./build.ps1 -Task Test

.EXAMPLE
    ./build.ps1

.EXAMPLE
    ./build.ps1 -Task Test -Configuration Debug

.EXAMPLE
    ./build.ps1 -Task Package
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package', 'UpdateReference')]
    [string] $Task = 'Build',

    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$repoRoot = $PSScriptRoot
$solution = Join-Path $repoRoot 'SeRanking.sln'
$outFolder = Join-Path $repoRoot 'out'
$moduleFolder = Join-Path $outFolder 'SeRanking'
$moduleManifest = Join-Path $moduleFolder 'SeRanking.psd1'

function Invoke-Dotnet {
    # Runs dotnet with the arguments given and fails the build when it fails.
    param([Parameter(Mandatory)] [string[]] $ArgumentList)
    $dotnet = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $dotnet) {
        throw 'dotnet is not on the PATH: install the .NET SDK 10 (see README.md).'
    }
    Write-Host ('dotnet ' + ($ArgumentList -join ' '))
    & $dotnet.Source @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw ('dotnet {0} failed with exit code {1}.' -f $ArgumentList[0], $LASTEXITCODE)
    }
}

function Get-PowerShellExecutable {
    # This session's PowerShell: its own executable, or, when it runs as a .NET tool
    # ("dotnet pwsh", whose process is dotnet), the pwsh beside it in $PSHOME.
    $current = (Get-Process -Id $PID).Path
    if ($current -and ([System.IO.Path]::GetFileNameWithoutExtension($current) -in @('pwsh', 'powershell'))) {
        return $current
    }
    foreach ($name in @('pwsh.exe', 'pwsh', 'powershell.exe')) {
        $candidate = Join-Path $PSHOME $name
        if (Test-Path -LiteralPath $candidate -PathType Leaf) {
            return $candidate
        }
    }
    foreach ($name in @('pwsh', 'powershell')) {
        $command = Get-Command -Name $name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($command) {
            return $command.Source
        }
    }
    throw 'Neither pwsh nor powershell was found to run the Pester tests in; run "dotnet tool restore", then "dotnet pwsh ./build.ps1 -Task Test".'
}

function Get-XunitCount {
    # Adds up the counters of every .trx file dotnet test wrote into $Folder.
    param([Parameter(Mandatory)] [string] $Folder)
    $count = @{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($file in @(Get-ChildItem -Path $Folder -Filter '*.trx' -File -Recurse -ErrorAction SilentlyContinue)) {
        $counters = ([xml] (Get-Content -LiteralPath $file.FullName -Raw)).TestRun.ResultSummary.Counters
        $count.Passed += [int] $counters.passed
        $count.Failed += [int] $counters.failed + [int] $counters.error + [int] $counters.timeout + [int] $counters.aborted
        $count.Skipped += [int] $counters.notExecuted
    }
    $count
}

function Invoke-Build {
    Invoke-Dotnet -ArgumentList @('build', $solution, '-c', $Configuration, '--nologo')
    if (-not (Test-Path -LiteralPath $moduleManifest)) {
        throw "The build succeeded but left no module manifest at $moduleManifest."
    }
    Write-Host "Module folder: $moduleFolder"
}

function Invoke-Test {
    Invoke-Build

    # Every kind of test runs even when an earlier one failed, so that one run tells everything.
    $results = Join-Path $outFolder 'TestResults'
    if (Test-Path -LiteralPath $results) {
        Remove-Item -LiteralPath $results -Recurse -Force
    }
    $xunitFailed = $false
    try {
        Invoke-Dotnet -ArgumentList @('test', $solution, '-c', $Configuration, '--nologo', '--no-build', '--logger', 'trx', '--results-directory', $results)
    }
    catch {
        Write-Host $_.Exception.Message
        $xunitFailed = $true
    }
    $xunit = Get-XunitCount -Folder $results

    $pesterRunner = Join-Path (Join-Path $repoRoot 'tests') 'Invoke-PesterTests.ps1'
    $pesterSummary = Join-Path $results 'pester-summary.json'
    $powershell = Get-PowerShellExecutable
    Write-Host "$powershell -File $pesterRunner -NoBuild -Configuration $Configuration"
    & $powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $pesterRunner -NoBuild -Configuration $Configuration -SummaryPath $pesterSummary
    $pesterExit = $LASTEXITCODE
    $pester = @{ Passed = 0; Failed = 0; Skipped = 0 }
    if (Test-Path -LiteralPath $pesterSummary) {
        $read = Get-Content -LiteralPath $pesterSummary -Raw | ConvertFrom-Json
        $pester = @{ Passed = [int] $read.Passed; Failed = [int] $read.Failed; Skipped = [int] $read.Skipped }
    }

    $problems = @()
    if ($xunitFailed -or $xunit.Failed -gt 0) { $problems += 'xunit tests failed' }
    if ($xunit.Passed -eq 0) { $problems += 'no xunit test ran' }
    if ($pesterExit -ne 0 -or $pester.Failed -gt 0) { $problems += "the Pester run failed (exit code $pesterExit)" }
    if ($pester.Passed -eq 0) { $problems += 'no Pester test ran' }

    Write-Host ('Tests: {0} passed, {1} failed, {2} skipped (xunit {3} passed, {4} failed; Pester {5} passed, {6} failed)' -f
        ($xunit.Passed + $pester.Passed), ($xunit.Failed + $pester.Failed), ($xunit.Skipped + $pester.Skipped),
        $xunit.Passed, $xunit.Failed, $pester.Passed, $pester.Failed)
    if ($problems.Count -gt 0) {
        throw ('Test run failed: {0}.' -f ($problems -join '; '))
    }
}

function Invoke-Package {
    Invoke-Build
    # The zip is made by the module project itself (target PackageModule), so that build.ps1 and
    # a plain "dotnet build src/SeRanking -t:PackageModule" give the same file, with forward
    # slashes in its entry names (Compress-Archive in Windows PowerShell 5.1 writes backslashes).
    $project = Join-Path (Join-Path (Join-Path $repoRoot 'src') 'SeRanking') 'SeRanking.csproj'
    Invoke-Dotnet -ArgumentList @('build', $project, '-c', $Configuration, '--nologo', '-t:PackageModule')

    $version = [string] (Import-PowerShellDataFile -Path $moduleManifest).ModuleVersion
    $zip = Join-Path $outFolder ('SeRanking-{0}.zip' -f $version)
    if (-not (Test-Path -LiteralPath $zip)) {
        throw "The package step succeeded but left no $zip."
    }
    if (Get-Command -Name 'Test-ModuleManifest' -ErrorAction SilentlyContinue) {
        $null = Test-ModuleManifest -Path $moduleManifest -ErrorAction Stop
    }
    Write-Host "Package: $zip"
}

function Update-Reference {
    # The tests read a copy, so that a clean clone needs nothing beside it (tests/Reference/README.md).
    $shared = Join-Path (Split-Path -Parent $repoRoot) 'shared'
    $sourceApi = Join-Path $shared 'api'
    if (-not (Test-Path -LiteralPath $sourceApi -PathType Container)) {
        throw "There is no reference to copy at ${sourceApi}: UpdateReference copies ../shared/api beside the repository."
    }
    $reference = Join-Path (Join-Path $repoRoot 'tests') 'Reference'
    $targetApi = Join-Path $reference 'api'
    if (Test-Path -LiteralPath $targetApi) {
        Remove-Item -LiteralPath $targetApi -Recurse -Force
    }
    Copy-Item -LiteralPath $sourceApi -Destination $targetApi -Recurse
    $seeds = Join-Path $reference 'seeds'
    $null = New-Item -ItemType Directory -Path $seeds -Force
    Get-ChildItem -LiteralPath $seeds -File | ForEach-Object {
        Copy-Item -LiteralPath (Join-Path (Join-Path $shared 'seeds') $_.Name) -Destination $_.FullName -Force
    }
    Write-Host "Reference copied into $reference; run ./build.ps1 -Task Test."
}

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
    'UpdateReference' { Update-Reference }
}
