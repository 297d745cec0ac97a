#Requires -Version 5.1
<#
    Pester 5 tests of the release zip (out/SeRanking-<version>.zip, made by every build of the
    solution through the module tests' project, or by build.ps1 -Task Package): it unpacks to a
    folder that passes Test-ModuleManifest and imports by name in a clean PowerShell, both as the
    zip lays it out (Azure Automation, a folder on $env:PSModulePath) and in the versioned layout
    Install-PSResource and Save-PSResource make.
#>

BeforeAll {
    $RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    Import-Module -Name (Join-Path (Join-Path $PSScriptRoot 'Support') 'SeRanking.TestSupport.psm1') -Force
    $SourceManifest = Import-PowerShellDataFile -Path (Join-Path $RepoRoot 'SeRanking.psd1')
    $Version = [string] $SourceManifest.ModuleVersion
    $Zip = Join-Path (Join-Path $RepoRoot 'out') "SeRanking-$Version.zip"
    if (-not (Test-Path -LiteralPath $Zip)) {
        throw "$Zip is missing: build the solution (dotnet build SeRanking.sln) or run build.ps1 -Task Package."
    }

    function Invoke-CleanImport {
        # Imports SeRanking by name, with $ModulePath first on PSModulePath, in a new PowerShell and reports what it sees.
        param([Parameter(Mandatory)] [string] $ModulePath)
        $script = @'
$ErrorActionPreference = 'Stop'
$env:PSModulePath = $env:SR_MODULE_PATH + [System.IO.Path]::PathSeparator + $env:PSModulePath
Import-Module -Name SeRanking
$module = Get-Module -Name SeRanking
$help = Get-Help -Name Get-SrBacklinkSummary -Full
[pscustomobject]@{
    ModuleBase = $module.ModuleBase
    Version    = [string] $module.Version
    Commands   = @(Get-Command -Module SeRanking).Count
    Region     = (Get-SrRegion -Code 'de').Code
    Examples   = @($help.examples.example).Count
} | ConvertTo-Json -Compress
'@
        Invoke-ChildPowerShell -Script $script -Environment @{ SR_MODULE_PATH = $ModulePath }
    }
}

Describe 'The release zip' {
    BeforeAll {
        $Unpacked = Join-Path $TestDrive 'zip'
        Expand-Archive -LiteralPath $Zip -DestinationPath $Unpacked
    }

    It 'holds one SeRanking folder at its root' {
        @(Get-ChildItem -LiteralPath $Unpacked -Force | ForEach-Object Name) | Should -Be @('SeRanking')
    }

    It 'unpacks to a manifest that passes Test-ModuleManifest' {
        $info = Test-ModuleManifest -Path (Join-Path (Join-Path $Unpacked 'SeRanking') 'SeRanking.psd1') -ErrorAction Stop
        $info.Name | Should -Be 'SeRanking'
        [string] $info.Version | Should -Be $Version
        @($info.ExportedCmdlets.Keys).Count | Should -Be @($SourceManifest.CmdletsToExport).Count
    }

    It 'imports by name in a clean PowerShell as the zip lays it out' {
        $seen = Invoke-CleanImport -ModulePath $Unpacked

        $seen.ModuleBase | Should -Be (Join-Path $Unpacked 'SeRanking')
        $seen.Version | Should -Be $Version
        $seen.Commands | Should -Be @($SourceManifest.CmdletsToExport).Count
        $seen.Region | Should -Be 'de'
        $seen.Examples | Should -BeGreaterOrEqual 2
    }

    It 'imports by name from the versioned layout Install-PSResource and Save-PSResource make' {
        $modules = Join-Path $TestDrive 'saved'
        $versioned = Join-Path (Join-Path $modules 'SeRanking') $Version
        $null = New-Item -ItemType Directory -Path $versioned -Force
        Copy-Item -Path (Join-Path (Join-Path $Unpacked 'SeRanking') '*') -Destination $versioned -Recurse

        $seen = Invoke-CleanImport -ModulePath $modules

        $seen.ModuleBase | Should -Be $versioned
        $seen.Region | Should -Be 'de'
    }
}
