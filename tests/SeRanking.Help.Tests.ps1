#Requires -Version 5.1
<#
    Pester 5 tests of the help a user reads with Get-Help, from the module imported from
    out/SeRanking: the cmdlet help the build generates from docs/*.md into
    en-US/SeRanking.dll-Help.xml (tools/SeRanking.HelpGenerator), and the about topics.
    No emulator and no network: nothing here calls an API.
#>

BeforeDiscovery {
    # The cmdlet names for the per-cmdlet tests, read from the source manifest (the built one is a copy).
    $CmdletNames = @((Import-PowerShellDataFile -Path (Join-Path (Split-Path -Path $PSScriptRoot -Parent) 'SeRanking.psd1')).CmdletsToExport)
}

BeforeAll {
    $RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    $ModuleManifest = Join-Path (Join-Path (Join-Path $RepoRoot 'out') 'SeRanking') 'SeRanking.psd1'
    if (-not (Test-Path -LiteralPath $ModuleManifest)) {
        throw "$ModuleManifest is missing: build the solution first (dotnet build SeRanking.sln)."
    }
    Import-Module -Name $ModuleManifest -Force -ErrorAction Stop

    # Get-Help shows these as [<CommonParameters>] by itself; -WhatIf and -Confirm are not among them.
    $CommonParameterNames = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @('UseTransaction')

    function Get-ParagraphText {
        # The text of MAML paragraphs as Get-Help returns them (objects with a Text property).
        param($Paragraphs)
        ((@($Paragraphs) | Where-Object { $null -ne $_ } | ForEach-Object { $_.Text }) -join ' ').Trim()
    }
}

Describe 'Get-Help <_>' -ForEach $CmdletNames {
    BeforeAll {
        $Name = $_
        $Help = Get-Help -Name $Name -Full -ErrorAction Stop
        $Command = Get-Command -Name $Name -Module SeRanking -ErrorAction Stop
    }

    It 'has a written synopsis, not the syntax Get-Help shows when a command has no help' {
        $synopsis = ([string] $Help.Synopsis).Trim()

        $synopsis | Should -Not -BeNullOrEmpty
        $synopsis | Should -Not -BeLike '*<CommonParameters>*' -Because "docs/$Name.md needs a '## Synopsis'"
    }

    It 'has a description' {
        Get-ParagraphText $Help.description | Should -Not -BeNullOrEmpty -Because "docs/$Name.md needs a '## Description'"
    }

    It 'describes every parameter' {
        $documented = @($Help.parameters.parameter | Where-Object { $null -ne $_ })
        foreach ($parameter in @($Command.Parameters.Keys | Where-Object { $_ -notin $CommonParameterNames })) {
            $entry = $documented | Where-Object { $_.name -eq $parameter } | Select-Object -First 1
            $entry | Should -Not -BeNullOrEmpty -Because "Get-Help $Name should list -$parameter"
            Get-ParagraphText $entry.description | Should -Not -BeNullOrEmpty -Because "docs/$Name.md needs a '### -$parameter' section"
        }
    }

    It 'has at least two examples' {
        @($Help.examples.example | Where-Object { $null -ne $_ }).Count | Should -BeGreaterOrEqual 2 -Because "docs/$Name.md needs two '### Example N: title' sections"
    }
}

Describe 'About topics' {
    It 'Get-Help <_> returns its text' -ForEach @('about_SeRanking', 'about_SeRanking_Regions') {
        $text = (Get-Help -Name $_ -ErrorAction Stop | Out-String).Trim()

        $text.Length | Should -BeGreaterThan 200
        $text | Should -Match ([regex]::Escape($_))
    }
}
