#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests or packages the SeRanking module.

.DESCRIPTION
    Build    dotnet build SeRanking.sln; the importable module folder is out/SeRanking.
    Test     Build, then dotnet test, then the Pester tests (tests/Invoke-PesterTests.ps1, run in
             a PowerShell process of its own so that this session never loads the module).
    Package  Build, then out/SeRanking-<ModuleVersion>.zip with the SeRanking folder at its root,
             ready to unpack into a folder on $env:PSModulePath or to import into Azure
             Automation; the manifest is checked with Test-ModuleManifest. An existing zip is
             replaced. The same zip: dotnet build src/SeRanking -c Release -t:PackageModule.

    Works in Windows PowerShell 5.1 and PowerShell 7; needs the .NET SDK 10 on the PATH.

.EXAMPLE
    ./build.ps1

.EXAMPLE
    ./build.ps1 -Task Test -Configuration Debug

.EXAMPLE
    ./build.ps1 -Task Package
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package')]
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
    # This session's executable (pwsh or powershell), else whichever is on the PATH (ISE, other hosts).
    $current = (Get-Process -Id $PID).Path
    if ($current -and ([System.IO.Path]::GetFileNameWithoutExtension($current) -in @('pwsh', 'powershell'))) {
        return $current
    }
    foreach ($name in @('pwsh', 'powershell')) {
        $command = Get-Command -Name $name -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($command) {
            return $command.Source
        }
    }
    throw 'Neither pwsh nor powershell was found to run the Pester tests in.'
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
    Invoke-Dotnet -ArgumentList @('test', $solution, '-c', $Configuration, '--nologo', '--no-build')

    $pesterRunner = Join-Path (Join-Path $repoRoot 'tests') 'Invoke-PesterTests.ps1'
    $powershell = Get-PowerShellExecutable
    Write-Host "$powershell -File $pesterRunner -NoBuild -Configuration $Configuration"
    & $powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $pesterRunner -NoBuild -Configuration $Configuration
    if ($LASTEXITCODE -ne 0) {
        throw "The Pester tests failed (exit code $LASTEXITCODE)."
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

switch ($Task) {
    'Build' { Invoke-Build }
    'Test' { Invoke-Test }
    'Package' { Invoke-Package }
}
