#Requires -Version 5.1
<#
    Pester 5 tests of the SeRanking module as a user meets it: imported from out/SeRanking and
    run against the loopback emulator of the three APIs (tests/SeRanking.Emulator), started here
    as a separate process. No API key and no network beyond 127.0.0.1 are needed.

    Run them with tests/Invoke-PesterTests.ps1, which builds the module and the emulator first.
    The emulator assembly is taken from $env:SERANKING_EMULATOR_DLL when set (the runner sets
    it), else the newest tests/SeRanking.Emulator/bin/*/net*/SeRanking.Emulator.dll.
#>

BeforeDiscovery {
    # The cmdlet names for the per-cmdlet tests, read from the source manifest (the built one is a copy).
    $CmdletNames = @((Import-PowerShellDataFile -Path (Join-Path (Split-Path -Path $PSScriptRoot -Parent) 'SeRanking.psd1')).CmdletsToExport)
}

BeforeAll {
    $RepoRoot = Split-Path -Path $PSScriptRoot -Parent
    # Emulator, child-process and account helpers shared with the other Pester files.
    Import-Module -Name (Join-Path (Join-Path $PSScriptRoot 'Support') 'SeRanking.TestSupport.psm1') -Force
    $ModuleManifest = Join-Path (Join-Path (Join-Path $RepoRoot 'out') 'SeRanking') 'SeRanking.psd1'
    $EnvironmentNames = @(
        'SERANKING_API_KEY', 'SERANKING_DATA_API_KEY', 'SERANKING_PROJECT_API_KEY', 'SERANKING_DATA_API_URL',
        'SERANKING_PROJECT_API_URL', 'SERPSTAT_API_TOKEN', 'SERPSTAT_API_URL')

    function Get-EmulatorDataAccount {
        param([Parameter(Mandatory)] [hashtable] $Emulator, [Parameter(Mandatory)] [string] $Key)
        $accounts = Invoke-EmulatorControl -Emulator $Emulator -Path 'accounts'
        @($accounts.data) | Where-Object { $_.key -eq $Key } | Select-Object -First 1
    }

    function Get-EmulatorRequest {
        # The emulator's request log, optionally only the requests made with one key (matched by
        # the log's key fingerprint: the key's first eight characters).
        param([Parameter(Mandatory)] [hashtable] $Emulator, [string] $Key)
        $answer = Invoke-EmulatorControl -Emulator $Emulator -Path 'requests'
        $entries = @($answer | Where-Object { $null -ne $_ })
        if ($Key) {
            $fingerprint = $Key.Substring(0, [Math]::Min(8, $Key.Length))
            $entries = @($entries | Where-Object { $_.keyFingerprint -eq $fingerprint })
        }
        $entries
    }

    function Connect-TestApi {
        param(
            [Parameter(Mandatory)] [hashtable] $Emulator,
            [string] $DataKey,
            [string] $ProjectKey,
            [string] $SerpstatToken
        )
        if ($DataKey) {
            $null = Connect-SeRanking -DataApiKey $DataKey -DataApiUrl $Emulator.DataUrl
        }
        if ($ProjectKey) {
            $null = Connect-SeRanking -ProjectApiKey $ProjectKey -ProjectApiUrl $Emulator.ProjectUrl
        }
        if ($SerpstatToken) {
            $null = Connect-Serpstat -Token $SerpstatToken -ApiUrl $Emulator.SerpstatUrl
        }
    }

    function Get-Completion {
        param([Parameter(Mandatory)] [string] $Line)
        $result = TabExpansion2 -inputScript $Line -cursorColumn $Line.Length
        @($result.CompletionMatches)
    }

    function Get-TextOf {
        # Every text a user could see of one item written to any stream.
        param($Item)
        if ($null -eq $Item) {
            return
        }
        if ($Item -is [System.Management.Automation.ErrorRecord]) {
            [string] $Item
            [string] $Item.FullyQualifiedErrorId
            [string] $Item.CategoryInfo
            [string] $Item.TargetObject
            if ($null -ne $Item.ErrorDetails) {
                [string] $Item.ErrorDetails.Message
                [string] $Item.ErrorDetails.RecommendedAction
            }
            if ($null -ne $Item.Exception) {
                $Item.Exception.ToString()
            }
            return
        }
        if ($Item -is [System.Exception]) {
            $Item.ToString()
            return
        }
        if ($Item -is [System.Management.Automation.InformationalRecord]) {
            [string] $Item.Message
            return
        }
        if ($Item -is [System.Management.Automation.InformationRecord]) {
            [string] $Item.MessageData
            return
        }
        [string] $Item
        foreach ($property in $Item.PSObject.Properties) {
            try {
                [string] $property.Value
            }
            catch {
                # A property whose getter fails shows nothing either.
            }
        }
    }

    if (-not (Test-Path -LiteralPath $ModuleManifest)) {
        throw "The module is not built: $ModuleManifest is missing. Run tests/Invoke-PesterTests.ps1 (or dotnet build SeRanking.sln) first."
    }

    # Keys and URLs from the caller's environment must not change what the tests see.
    $SavedEnvironment = @{}
    foreach ($name in $EnvironmentNames) {
        $SavedEnvironment[$name] = [System.Environment]::GetEnvironmentVariable($name)
        Remove-Item -Path ('Env:' + $name) -ErrorAction SilentlyContinue
    }

    Import-Module -Name $ModuleManifest -Force -ErrorAction Stop
    $EmulatorAssembly = Find-EmulatorAssembly -Root $RepoRoot
    $Emu = Start-TestEmulator -Assembly $EmulatorAssembly
}

AfterAll {
    if (Get-Command -Name 'Disconnect-SeRanking' -ErrorAction SilentlyContinue) {
        Disconnect-SeRanking
        Disconnect-Serpstat
    }
    Stop-TestEmulator -Emulator $Emu
    foreach ($name in $EnvironmentNames) {
        Remove-Item -Path ('Env:' + $name) -ErrorAction SilentlyContinue
        if ($null -ne $SavedEnvironment -and $SavedEnvironment[$name]) {
            Set-Item -Path ('Env:' + $name) -Value $SavedEnvironment[$name]
        }
    }
}

Describe 'Importing the module' {
    It 'exports exactly the cmdlets the manifest lists' {
        $manifest = Import-PowerShellDataFile -Path $ModuleManifest
        $exported = @(Get-Command -Module SeRanking | ForEach-Object { $_.Name } | Sort-Object)
        $listed = @($manifest.CmdletsToExport | Sort-Object)
        $exported | Should -Be $listed
    }

    It 'declares an OutputType on <_>' -ForEach $CmdletNames {
        $command = Get-Command -Name $_ -Module SeRanking -CommandType Cmdlet
        @($command.OutputType).Count | Should -BeGreaterThan 0
    }
}

Describe 'Connecting' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        $project = New-TestAccount -Emulator $Emu -Api project
        $serpstat = New-TestAccount -Emulator $Emu -Api serpstat
        $secrets = @($data.key, $project.key, $serpstat.token)
    }

    AfterEach {
        foreach ($name in $EnvironmentNames) {
            Remove-Item -Path ('Env:' + $name) -ErrorAction SilentlyContinue
        }
    }

    It 'connects with keys given as strings' {
        $info = @(Connect-SeRanking -DataApiKey $data.key -ProjectApiKey $project.key -DataApiUrl $Emu.DataUrl -ProjectApiUrl $Emu.ProjectUrl)
        $info.Count | Should -Be 2
        $info.Api | Should -Contain 'SE Ranking Data API'
        $info.Api | Should -Contain 'SE Ranking Project API'
        $info.KeySource | Should -Contain '-DataApiKey'
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000
        (Get-SrAccountBalance).Currency | Should -Be 'EUR'
    }

    It 'connects with keys given as SecureString and PSCredential' {
        $secureData = ConvertTo-SecureString -String $data.key -AsPlainText -Force
        $info = Connect-SeRanking -DataApiKey $secureData -DataApiUrl $Emu.DataUrl
        $info.KeySource | Should -Be '-DataApiKey'
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000

        $secureToken = ConvertTo-SecureString -String $serpstat.token -AsPlainText -Force
        $credential = [System.Management.Automation.PSCredential]::new('serpstat', $secureToken)
        $tokenInfo = Connect-Serpstat -Token $credential -ApiUrl $Emu.SerpstatUrl
        $tokenInfo.Api | Should -Be 'Serpstat API'
        (Get-SerpstatLimits).MaxLines | Should -Be 500000
    }

    It 'connects from the environment variables when no key is given' {
        $env:SERANKING_DATA_API_KEY = $data.key
        $env:SERANKING_PROJECT_API_KEY = $project.key
        $env:SERANKING_DATA_API_URL = $Emu.DataUrl
        $env:SERANKING_PROJECT_API_URL = $Emu.ProjectUrl
        $env:SERPSTAT_API_TOKEN = $serpstat.token
        $env:SERPSTAT_API_URL = $Emu.SerpstatUrl

        $info = @(Connect-SeRanking)
        $tokenInfo = Connect-Serpstat

        $info.Count | Should -Be 2
        $info.KeySource | Should -Contain '$env:SERANKING_DATA_API_KEY'
        $info.KeySource | Should -Contain '$env:SERANKING_PROJECT_API_KEY'
        $tokenInfo.KeySource | Should -Be '$env:SERPSTAT_API_TOKEN'
        ($info | Where-Object { $_.Api -eq 'SE Ranking Data API' }).BaseUrl.AbsoluteUri | Should -Be $Emu.DataUrl
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000
        (Get-SrAccountProfile).Email | Should -Be $project.email
        (Get-SerpstatLimits).UserId | Should -Be $serpstat.userId
    }

    It 'connects both SE Ranking APIs from SERANKING_API_KEY, the Project API on the Data API host' {
        $env:SERANKING_API_KEY = $project.unifiedKey
        $env:SERANKING_DATA_API_URL = $Emu.DataUrl

        $info = @(Connect-SeRanking)

        $info.Count | Should -Be 2
        $info.KeySource | Should -Be @('$env:SERANKING_API_KEY', '$env:SERANKING_API_KEY')
        $projectInfo = $info | Where-Object { $_.Api -eq 'SE Ranking Project API' }
        $projectInfo.Dialect | Should -Be 'Unified'
        $projectInfo.BaseUrl.AbsoluteUri | Should -Be $Emu.DataUrl
        (Get-SrAccountProfile).Email | Should -Be $project.email
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000
    }

    It 'reads no environment variable when a key parameter is given' {
        $other = New-TestAccount -Emulator $Emu -Api data
        $null = Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl
        $env:SERANKING_DATA_API_KEY = $other.key
        $env:SERANKING_DATA_API_URL = $Emu.DataUrl

        $info = @(Connect-SeRanking -ProjectApiKey $project.key -ProjectApiUrl $Emu.ProjectUrl)

        $info.Count | Should -Be 1
        $info[0].Api | Should -Be 'SE Ranking Project API'
        $dataConnection = Get-SrConnection | Where-Object { $_.Api -eq 'SE Ranking Data API' }
        $dataConnection.KeySource | Should -Be '-DataApiKey' -Because 'the Data connection made with a parameter must stay'
        $dataConnection.Key | Should -BeLike ('*{0}*' -f $data.key.Substring(0, 4))
    }

    It 'shows connections with masked keys only' {
        Connect-TestApi -Emulator $Emu -DataKey $data.key -ProjectKey $project.key -SerpstatToken $serpstat.token
        $connections = @(Get-SrConnection)
        $connections.Count | Should -Be 3
        # The kind and the first four characters, then an ellipsis (U+2026).
        $connections.Key | Should -Contain ('Data API key {0}{1}' -f $data.key.Substring(0, 4), [char] 0x2026)
        $connections.Key | Should -Contain ('Project API key {0}{1}' -f $project.key.Substring(0, 4), [char] 0x2026)
        $connections.Key | Should -Contain ('Serpstat API token {0}{1}' -f $serpstat.token.Substring(0, 4), [char] 0x2026)

        $shown = @(
            $connections | Format-Table | Out-String
            $connections | Format-List -Property * | Out-String
            $connections | ForEach-Object { $_.ToString() }
        ) -join "`n"
        foreach ($secret in $secrets) {
            $shown.Contains($secret) | Should -BeFalse -Because 'Get-SrConnection must never show a whole key'
        }
    }

    It 'refuses a key of the wrong kind before sending anything, naming what it looks like' {
        $before = @(Get-EmulatorRequest -Emulator $Emu).Count

        $refused = { Connect-SeRanking -DataApiKey $project.key -DataApiUrl $Emu.DataUrl } | Should -Throw -PassThru
        $refused.FullyQualifiedErrorId | Should -BeLike 'InvalidApiKey,*'
        $refused.Exception.Message | Should -BeLike '*looks like a Project API key*'
        $refused.Exception.Message.Contains($project.key) | Should -BeFalse

        $refusedToken = { Connect-Serpstat -Token $data.key -ApiUrl $Emu.SerpstatUrl } | Should -Throw -PassThru
        $refusedToken.FullyQualifiedErrorId | Should -BeLike 'InvalidApiKey,*'
        $refusedToken.Exception.Message | Should -BeLike '*looks like a Data API key*'
        $refusedToken.Exception.Message.Contains($data.key) | Should -BeFalse

        @(Get-EmulatorRequest -Emulator $Emu).Count | Should -Be $before
    }

    It 'says how to give a key when none is given' {
        $noKey = { Connect-SeRanking } | Should -Throw -PassThru
        $noKey.Exception.Message | Should -BeLike '*No key was given*-DataApiKey*SERANKING_DATA_API_KEY*'

        $noToken = { Connect-Serpstat } | Should -Throw -PassThru
        $noToken.Exception.Message | Should -BeLike '*No token was given*-Token*SERPSTAT_API_TOKEN*'
    }

    It 'shows -TimeoutSec, -MaxRetries and -RequestsPerSecond in Get-SrConnection, and the last Connect sets them' {
        $info = Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -TimeoutSec 30 -MaxRetries 1 -RequestsPerSecond 3
        $info.TimeoutSec | Should -Be 30
        $info.MaxRetries | Should -Be 1
        $info.RequestsPerSecond | Should -Be 3

        $shown = Get-SrConnection | Where-Object { $_.Api -eq 'SE Ranking Data API' }
        $shown.TimeoutSec | Should -Be 30
        $shown.MaxRetries | Should -Be 1
        $shown.RequestsPerSecond | Should -Be 3
        $shown.Proxy | Should -Be 'system'
        $shown.ProxyAuthentication | Should -Be 'None'
        $shown.ProxyUserName | Should -BeNullOrEmpty
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000

        $null = Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl
        $again = Get-SrConnection | Where-Object { $_.Api -eq 'SE Ranking Data API' }
        $again.TimeoutSec | Should -Be 100
        $again.MaxRetries | Should -Be 4
        $again.RequestsPerSecond | Should -Be 10 -Because 'a Connect without -RequestsPerSecond puts the key back on the published rate'
    }

    It 'applies -RequestsPerSecond to each key Connect-SeRanking connects' {
        $info = @(Connect-SeRanking -DataApiKey $data.key -ProjectApiKey $project.key -DataApiUrl $Emu.DataUrl -ProjectApiUrl $Emu.ProjectUrl -RequestsPerSecond 2)
        $info.Count | Should -Be 2
        foreach ($connection in $info) {
            $connection.RequestsPerSecond | Should -Be 2
        }
    }

    It 'sends requests through -Proxy, so an API host no DNS resolves is reached' {
        # The emulator answers a proxy's absolute-form request line as if it were the API behind the proxy.
        $info = Connect-SeRanking -DataApiKey $data.key -DataApiUrl 'http://seranking.invalid/data/' -Proxy $Emu.BaseUrl -MaxRetries 0 -TimeoutSec 10
        $info.Proxy | Should -Be $Emu.BaseUrl
        $info.ProxyAuthentication | Should -Be 'None'
        (Get-SrDataSubscription).CreditsLimit | Should -Be 1000000
    }

    It 'goes straight to the API with -NoProxy' {
        $info = Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -NoProxy
        $info.Proxy | Should -Be 'none'
        (Get-SerpstatLimits).MaxLines | Should -Be 500000
    }

    It 'refuses a -Proxy URL holding credentials, naming -Proxy and -ProxyCredential, before sending anything' {
        $before = @(Get-EmulatorRequest -Emulator $Emu).Count

        $refused = { Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -Proxy 'http://proxyuser:Pr0xy-Pa55word@127.0.0.1:3128/' } | Should -Throw -PassThru
        $refused.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $refused.TargetObject | Should -Be 'Proxy'
        $refused.Exception.Message | Should -BeLike '*-Proxy *-ProxyCredential*'
        $refused.Exception.Message.Contains('Pr0xy-Pa55word') | Should -BeFalse

        $refusedToken = { Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -Proxy 'http://127.0.0.1:3128/?password=Pr0xy-Pa55word' } | Should -Throw -PassThru
        $refusedToken.Exception.Message | Should -BeLike '*-Proxy *'
        $refusedToken.Exception.Message.Contains('Pr0xy-Pa55word') | Should -BeFalse

        @(Get-EmulatorRequest -Emulator $Emu).Count | Should -Be $before
    }

    It 'refuses contradicting parameters, naming both, and keeps the previous connections and rates' {
        $null = Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -TimeoutSec 42 -RequestsPerSecond 4
        $null = Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -TimeoutSec 43
        $other = New-TestAccount -Emulator $Emu -Api data
        $credential = [System.Management.Automation.PSCredential]::new('proxyuser', (ConvertTo-SecureString -String 'Pr0xy-Pa55word' -AsPlainText -Force))

        $noProxy = { Connect-SeRanking -DataApiKey $other.key -DataApiUrl $Emu.DataUrl -NoProxy -Proxy 'http://127.0.0.1:3128/' } | Should -Throw -PassThru
        $noProxy.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $noProxy.Exception.Message | Should -BeLike '*-NoProxy*-Proxy *'

        $twoSignIns = { Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -ProxyCredential $credential -ProxyUseDefaultCredentials } | Should -Throw -PassThru
        $twoSignIns.Exception.Message | Should -BeLike '*-ProxyCredential*-ProxyUseDefaultCredentials*'

        $noProxyCredential = { Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -NoProxy -ProxyCredential $credential -RequestsPerSecond 9 } | Should -Throw -PassThru
        $noProxyCredential.Exception.Message | Should -BeLike '*-ProxyCredential*-NoProxy*'

        $kept = Get-SrConnection | Where-Object { $_.Api -eq 'SE Ranking Data API' }
        $kept.Key | Should -BeLike ('*{0}*' -f $data.key.Substring(0, 4)) -Because 'a refused Connect must leave the previous connection'
        $kept.TimeoutSec | Should -Be 42
        $kept.RequestsPerSecond | Should -Be 4 -Because 'a refused Connect must not change the key''s rate'
        (Get-SrConnection | Where-Object { $_.Api -eq 'Serpstat API' }).TimeoutSec | Should -Be 43
    }

    It 'never shows a -ProxyCredential password in any stream, error or output object' {
        $password = 'Pr0xy-Pa55word-' + [guid]::NewGuid().ToString('N')
        $credential = [System.Management.Automation.PSCredential]::new('proxyuser', (ConvertTo-SecureString -String $password -AsPlainText -Force))
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $closedPort = ([System.Net.IPEndPoint] $listener.LocalEndpoint).Port
        $listener.Stop()

        $steps = @(
            { Connect-SeRanking -DataApiKey $data.key -DataApiUrl 'http://seranking.invalid/data/' -Proxy $Emu.BaseUrl -ProxyCredential $credential -Verbose }
            { Get-SrDataSubscription -Verbose }
            { Get-SrConnection }
            { Get-SrConnection | Format-List -Property * | Out-String }
            { Get-SrConnection | Format-Table | Out-String }
            { Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -ProxyCredential $credential -Verbose }
            { Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -Proxy ('http://127.0.0.1:{0}/' -f $closedPort) -ProxyCredential $credential -MaxRetries 0 -TimeoutSec 5 -Verbose }
            { Get-SrDataSubscription -Verbose -ErrorAction Continue }
            { Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -NoProxy -ProxyCredential $credential }
        )

        $Error.Clear()
        $records = [System.Collections.Generic.List[object]]::new()
        foreach ($step in $steps) {
            $written = & { try { & $step } catch { $_ } } *>&1
            foreach ($item in @($written)) {
                $records.Add($item)
            }
        }

        # The steps did connect with the credential and run into failures (else the check below proves little).
        $shown = @($records | Where-Object { $null -ne $_ -and $_.PSObject.TypeNames -contains 'SeRanking.Session.ApiConnectionInfo' })
        $shown.ProxyAuthentication | Should -Contain 'Credential'
        $shown.ProxyUserName | Should -Contain 'proxyuser'
        $errorIds = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] })
        $errorIds | Should -Contain 'InvalidInput'
        $errorIds | Should -Contain 'ApiConnectionFailed'

        $texts = [System.Collections.Generic.List[string]]::new()
        foreach ($item in @($records) + @($Error)) {
            foreach ($text in @(Get-TextOf -Item $item)) {
                if ($text) {
                    $texts.Add($text)
                }
            }
        }
        $texts.Count | Should -BeGreaterThan 10
        @($texts | Where-Object { $_.Contains($password) }) | Should -BeNullOrEmpty -Because 'no text may hold the proxy password'
    }

    It 'names the Connect command to run when a cmdlet runs unconnected' {
        Disconnect-SeRanking
        Disconnect-Serpstat
        @(Get-SrConnection).Count | Should -Be 0

        $dataRefusal = { Get-SrBacklinkSummary -Target 'example.com' } | Should -Throw -PassThru
        $dataRefusal.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $dataRefusal.Exception.Message | Should -BeLike '*Connect-SeRanking -DataApiKey*'

        $projectRefusal = { Get-SrAccountBalance } | Should -Throw -PassThru
        $projectRefusal.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $projectRefusal.Exception.Message | Should -BeLike '*Connect-SeRanking -ProjectApiKey*'

        $serpstatRefusal = { Get-SerpstatLimits } | Should -Throw -PassThru
        $serpstatRefusal.FullyQualifiedErrorId | Should -BeLike 'NotConnected,*'
        $serpstatRefusal.Exception.Message | Should -BeLike '*Connect-Serpstat -Token*'
    }
}

Describe 'Runbooks without a Connect line' {
    # Each case runs in a fresh PowerShell process: the module's connections belong to the
    # process, and only a process that never ran Connect-* may connect by itself.
    BeforeAll {
        $runbookData = New-TestAccount -Emulator $Emu -Api data
        $runbookSerpstat = New-TestAccount -Emulator $Emu -Api serpstat
        $runbookEnvironment = @{
            SERANKING_DATA_API_KEY = $runbookData.key
            SERANKING_DATA_API_URL = $Emu.DataUrl
            SERPSTAT_API_TOKEN     = $runbookSerpstat.token
            SERPSTAT_API_URL       = $Emu.SerpstatUrl
            SERANKING_TEST_MODULE  = $ModuleManifest
        }
    }

    It 'connects from the environment on the first command that needs the API, and says so' {
        $result = Invoke-ChildPowerShell -Environment $runbookEnvironment -Script @'
$ErrorActionPreference = 'Stop'
Import-Module $env:SERANKING_TEST_MODULE
$before = @(Get-SrConnection).Count
$subscription = Get-SrDataSubscription
$limits = Get-SerpstatLimits
$connections = @(Get-SrConnection)
ConvertTo-Json -Compress -InputObject @{
    Before = $before
    Status = $subscription.Status
    LinesLeft = $limits.LeftLines
    Sources = @($connections | ForEach-Object { $_.KeySource })
}
'@
        $result.Before | Should -Be 0
        $result.Status | Should -Be 'active'
        $result.LinesLeft | Should -BeGreaterThan 0
        $result.Sources | Should -Contain '$env:SERANKING_DATA_API_KEY (automatic)'
        $result.Sources | Should -Contain '$env:SERPSTAT_API_TOKEN (automatic)'
    }

    It 'stays disconnected after Disconnect-SeRanking, even with the variable set' {
        $result = Invoke-ChildPowerShell -Environment $runbookEnvironment -Script @'
Import-Module $env:SERANKING_TEST_MODULE
Disconnect-SeRanking -Api Data
$failure = $null
try { $null = Get-SrDataSubscription -ErrorAction Stop } catch { $failure = $_ }
ConvertTo-Json -Compress -InputObject @{ ErrorId = $failure.FullyQualifiedErrorId; Message = $failure.Exception.Message }
'@
        $result.ErrorId | Should -BeLike 'NotConnected,*'
        $result.Message | Should -BeLike '*Disconnect-*'
    }

    It 'lets an explicit Connect-SeRanking win over the environment' {
        $other = New-TestAccount -Emulator $Emu -Api data -Settings @{ credits = 4321 }
        $environment = $runbookEnvironment.Clone()
        $environment.SERANKING_OTHER_KEY = $other.key
        $result = Invoke-ChildPowerShell -Environment $environment -Script @'
$ErrorActionPreference = 'Stop'
Import-Module $env:SERANKING_TEST_MODULE
$null = Connect-SeRanking -DataApiKey $env:SERANKING_OTHER_KEY -DataApiUrl $env:SERANKING_DATA_API_URL
$subscription = Get-SrDataSubscription
ConvertTo-Json -Compress -InputObject @{ Left = $subscription.CreditsLeft; Source = (Get-SrConnection).KeySource }
'@
        $result.Left | Should -Be 4321
        $result.Source | Should -Be '-DataApiKey'
    }

    It 'names the variable when it holds a key of the wrong kind, and stops' {
        $environment = $runbookEnvironment.Clone()
        $environment.SERANKING_DATA_API_KEY = $runbookSerpstat.token
        $result = Invoke-ChildPowerShell -Environment $environment -Script @'
Import-Module $env:SERANKING_TEST_MODULE
$failure = $null
try { $null = Get-SrDataSubscription -ErrorAction Stop } catch { $failure = $_ }
ConvertTo-Json -Compress -InputObject @{ ErrorId = $failure.FullyQualifiedErrorId; Message = $failure.Exception.Message }
'@
        $result.ErrorId | Should -BeLike 'NotConnected,*'
        $result.Message | Should -BeLike '*$env:SERANKING_DATA_API_KEY*'
        $result.Message | Should -Not -BeLike ('*' + $runbookSerpstat.token + '*')
    }
}

Describe 'Data, Project and Serpstat cmdlets' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        $project = New-TestAccount -Emulator $Emu -Api project
        $serpstat = New-TestAccount -Emulator $Emu -Api serpstat
        Connect-TestApi -Emulator $Emu -DataKey $data.key -ProjectKey $project.key -SerpstatToken $serpstat.token
    }

    Context 'Get-SrBacklinkSummary' {
        It 'takes an array of targets and returns one summary each, in input order' {
            $summaries = @(Get-SrBacklinkSummary -Target 'example.com', 'example.org')
            $summaries.Count | Should -Be 2
            $summaries.Target | Should -Be @('example.com', 'example.org')
            $summaries[0].Backlinks | Should -BeGreaterThan 0
            $summaries[0].ReferringDomains | Should -BeGreaterThan 0
            $summaries[0].GetType().FullName | Should -Be (Get-Command -Name Get-SrBacklinkSummary).OutputType[0].Name
        }

        It 'takes strings from the pipeline' {
            $summaries = @('example.net', 'blog.example.com' | Get-SrBacklinkSummary)
            $summaries.Target | Should -Be @('example.net', 'blog.example.com')
        }

        It 'takes objects with a Domain, Url or Host property from the pipeline' {
            $inputs = @(
                [pscustomobject] @{ Domain = 'example.com' }
                [pscustomobject] @{ Url = 'https://example.org/page' }
                [pscustomobject] @{ Host = 'shop.example.net' }
            )
            $summaries = @($inputs | Get-SrBacklinkSummary)
            $summaries.Target | Should -Be @('example.com', 'https://example.org/page', 'shop.example.net')
        }

        It 'sends 250 targets in 3 calls and returns 250 summaries in input order' {
            $bulk = New-TestAccount -Emulator $Emu -Api data
            Connect-TestApi -Emulator $Emu -DataKey $bulk.key
            try {
                $targets = @(1..250 | ForEach-Object { 'site{0:000}.example.com' -f $_ })
                $summaries = @($targets | Get-SrBacklinkSummary)

                $summaries.Count | Should -Be 250
                $summaries.Target | Should -Be $targets
                $calls = @(Get-EmulatorRequest -Emulator $Emu -Key $bulk.key | Where-Object { $_.path -eq 'v1/backlinks/summary' })
                $calls.Count | Should -Be 3
                (Get-EmulatorDataAccount -Emulator $Emu -Key $bulk.key).creditsSpent | Should -Be 25000
            }
            finally {
                Connect-TestApi -Emulator $Emu -DataKey $data.key
            }
        }
    }

    Context 'Get-SrDomainOverview' {
        It 'returns one overview per domain of the -Source database' {
            $overviews = @(Get-SrDomainOverview -Domain 'example.com', 'example.org' -Source us)
            $overviews.Count | Should -Be 2
            $overviews.Domain | Should -Be @('example.com', 'example.org')
            $overviews.Source | Should -Be @('us', 'us')
            $overviews[0].OrganicKeywords | Should -BeGreaterThan 0
        }

        It 'takes domains and objects from the pipeline' {
            $fromStrings = @('example.com', 'example.net' | Get-SrDomainOverview -Source de)
            $fromStrings.Domain | Should -Be @('example.com', 'example.net')
            $fromStrings.Source | Should -Be @('de', 'de')

            $fromObjects = @([pscustomobject] @{ Domain = 'example.org' }, [pscustomobject] @{ Site = 'example.info' } | Get-SrDomainOverview -Source uk)
            $fromObjects.Domain | Should -Be @('example.org', 'example.info')

            $page = @([pscustomobject] @{ Url = 'https://example.com/blog/' } | Get-SrDomainOverview -Source us)
            $page.Count | Should -Be 1
            $page[0].Url | Should -Be 'https://example.com/blog/'
            $page[0].Domain | Should -Be 'example.com'
        }

        It "refuses 'worldwide' before sending anything, naming valid codes" {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $refused = { Get-SrDomainOverview -Domain 'example.com' -Source worldwide } | Should -Throw -PassThru
            $refused.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
            $refused.Exception.Message | Should -BeLike '*worldwide*'
            $refused.Exception.Message | Should -BeLike '*us, uk, de*'
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
        }

        It "refuses an unknown code such as 'xx', naming valid codes" {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $refused = { Get-SrDomainOverview -Domain 'example.com' -Source xx } | Should -Throw -PassThru
            $refused.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
            $refused.Exception.Message | Should -BeLike "*'xx'*"
            $refused.Exception.Message | Should -BeLike '*us, uk, de*'
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
        }
    }

    Context 'SERP tasks' {
        BeforeAll {
            $tag = 'pester-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        }

        It 'runs New-SrSerpTask | Wait-SrSerpTask | Get-SrSerpTaskResult to one row per result item' {
            $rows = @(New-SrSerpTask -Query 'camping tent', 'hiking boots' -LocationId 2840 -LanguageCode en -Tag ($tag + '-flow') |
                    Wait-SrSerpTask -PollIntervalSec 1 |
                    Get-SrSerpTaskResult)

            $rows.Count | Should -BeGreaterThan 0
            $rows[0].GetType().FullName | Should -Be 'SeRanking.Engine.Data.Serp.SerpResultItem'
            @($rows | Where-Object { $_.Type -eq 'organic' }).Count | Should -Be 20
            @($rows | ForEach-Object { $_.Keyword } | Sort-Object -Unique) | Should -Be @('camping tent', 'hiking boots')
            @($rows | Where-Object { -not $_.TaskId }).Count | Should -Be 0
        }

        It 'reads every item type with -Advanced' {
            $rows = @(New-SrSerpTask -Query 'trail shoes' -LocationId 2840 -LanguageCode en -Tag ($tag + '-advanced') |
                    Wait-SrSerpTask -PollIntervalSec 1 |
                    Get-SrSerpTaskResult -Advanced)

            $rows.Type | Should -Contain 'organic'
            $rows.Type | Should -Contain 'people_also_ask'
            $rows.Type | Should -Contain 'local_pack'
        }

        It 'lists the tasks of the key with Get-SrSerpTask, filtered by -Tag' {
            $created = @(New-SrSerpTask -Query 'tent pegs', 'tent poles' -LocationId 2840 -LanguageCode en -Tag ($tag + '-list'))
            $created.Count | Should -Be 2

            $listed = @(Get-SrSerpTask -Tag ($tag + '-list'))
            $listed.Count | Should -Be 2
            @($listed.Id | Sort-Object) | Should -Be @($created.Id | Sort-Object)
            $listed.Query | Should -Contain 'tent pegs'
            @(Get-SrSerpTask).Count | Should -BeGreaterOrEqual 2
        }

        It 'reads where a task stands with Get-SrSerpTask -Id' {
            $task = New-SrSerpTask -Query 'sleeping bag' -LocationId 2840 -LanguageCode en -Tag ($tag + '-id')

            $first = Get-SrSerpTask -Id $task.Id
            $first.TaskId | Should -Be $task.Id
            $first.Status | Should -Be 'processing'

            $second = Get-SrSerpTask -Id $task.Id
            $second.TaskId | Should -Be $task.Id
            $second.Status | Should -Be 'done'
        }
    }

    Context 'Account and catalogue cmdlets' {
        It 'Get-SrDataSubscription shows the credits of the Data API plan' {
            $subscription = Get-SrDataSubscription
            $subscription.Status | Should -Be 'active'
            $subscription.CreditsLimit | Should -Be 1000000
            $subscription.CreditsLeft | Should -BeLessOrEqual 1000000
        }

        It 'Get-SrAccountBalance shows the Project API balance' {
            $balance = Get-SrAccountBalance
            $balance.Balance | Should -Be ([decimal] '412.85')
            $balance.Currency | Should -Be 'EUR'
        }

        It 'Get-SrAccountProfile shows who the Project API key belongs to' {
            $accountProfile = Get-SrAccountProfile
            $accountProfile.Email | Should -Be $project.email
            $accountProfile.FirstName | Should -Be $project.firstName
            $accountProfile.LastName | Should -Be $project.lastName
        }

        It 'Get-SrAccountSubscription shows the Project API plan' {
            $subscription = Get-SrAccountSubscription
            $subscription.Type | Should -Be 'subscription'
            $subscription.IsExpired | Should -BeFalse
            $subscription.BalanceCurrency | Should -Be 'EUR'
        }

        It 'Get-SerpstatLimits shows the Serpstat credit lines' {
            $limits = Get-SerpstatLimits
            $limits.MaxLines | Should -Be 500000
            $limits.LeftLines | Should -Be 500000
            $limits.UserId | Should -Be $serpstat.userId
        }

        It 'Get-SrRegion looks regions up by code and by name' {
            (Get-SrRegion -Code de).Name | Should -Be 'Germany'
            @(Get-SrRegion -Name 'Ger*').Code | Should -Contain 'de'
            $all = @(Get-SrRegion)
            $all.Count | Should -BeGreaterThan 100
            $all.Code | Should -Contain 'worldwide'
        }

        It 'Get-SrSerpFeature looks features up by code and by name' {
            (Get-SrSerpFeature -Code featured_snippets).Name | Should -Be 'Featured Snippets'
            @(Get-SrSerpFeature -Name '*snippet*').Code | Should -Contain 'featured_snippets'
        }
    }
}

Describe 'Export-Csv' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        $serpstat = New-TestAccount -Emulator $Emu -Api serpstat
        Connect-TestApi -Emulator $Emu -DataKey $data.key -SerpstatToken $serpstat.token

        function Assert-PlainCsv {
            # Every cell is text a person can read: no cell holds a .NET type name instead of a value.
            param([Parameter(Mandatory)] [string] $Path)
            $text = Get-Content -LiteralPath $Path -Raw
            $text | Should -Not -BeNullOrEmpty
            foreach ($typeName in @('System.Object[]', 'System.Collections', 'SeRanking.Engine')) {
                $text.Contains($typeName) | Should -BeFalse -Because "no CSV cell should read '$typeName'"
            }
        }
    }

    It 'exports Get-SrBacklinkSummary with the top anchors as text' {
        $path = Join-Path $TestDrive 'backlinks.csv'
        Get-SrBacklinkSummary -Target 'example.com', 'example.org' | Export-Csv -LiteralPath $path -NoTypeInformation -Encoding UTF8
        Assert-PlainCsv -Path $path

        $rows = @(Import-Csv -LiteralPath $path)
        $rows.Count | Should -Be 2
        $rows[0].Target | Should -Be 'example.com'
        $rows[0].TopAnchorsByBacklinks | Should -Match '^Example \(\d+\); example\.com \(\d+\)$'
        $rows[1].TopAnchorsByBacklinks | Should -Match '^Example \(\d+\); example\.org \(\d+\)$'
    }

    It 'exports Get-SrDomainOverview' {
        $path = Join-Path $TestDrive 'overview.csv'
        Get-SrDomainOverview -Domain 'example.com', 'example.org' -Source us | Export-Csv -LiteralPath $path -NoTypeInformation -Encoding UTF8
        Assert-PlainCsv -Path $path

        $rows = @(Import-Csv -LiteralPath $path)
        $rows.Count | Should -Be 2
        $rows.Source | Should -Be @('us', 'us')
        $rows[0].OrganicKeywords | Should -Match '^\d+$'
    }

    It 'exports Get-SrSerpTaskResult' {
        $path = Join-Path $TestDrive 'serp.csv'
        New-SrSerpTask -Query 'camping stove' -LocationId 2840 -LanguageCode en |
            Wait-SrSerpTask -PollIntervalSec 1 |
            Get-SrSerpTaskResult |
            Export-Csv -LiteralPath $path -NoTypeInformation -Encoding UTF8
        Assert-PlainCsv -Path $path

        $rows = @(Import-Csv -LiteralPath $path)
        $rows.Count | Should -BeGreaterThan 10
        $rows[0].Keyword | Should -Be 'camping stove'
    }

    It 'exports Get-SerpstatLimits' {
        $path = Join-Path $TestDrive 'limits.csv'
        Get-SerpstatLimits | Export-Csv -LiteralPath $path -NoTypeInformation -Encoding UTF8
        Assert-PlainCsv -Path $path

        $rows = @(Import-Csv -LiteralPath $path)
        $rows.Count | Should -Be 1
        $rows[0].MaxLines | Should -Be '500000'
    }
}

Describe '-WhatIf' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        Connect-TestApi -Emulator $Emu -DataKey $data.key
    }

    Context 'sends nothing and spends nothing' {
        It 'Get-SrBacklinkSummary -WhatIf' {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $output = @(Get-SrBacklinkSummary -Target 'example.com', 'example.org' -WhatIf)
            $output.Count | Should -Be 0
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
            (Get-EmulatorDataAccount -Emulator $Emu -Key $data.key).creditsSpent | Should -Be 0
        }

        It 'Get-SrDomainOverview -WhatIf' {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $output = @(Get-SrDomainOverview -Domain 'example.com' -Source us -WhatIf)
            $output.Count | Should -Be 0
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
            (Get-EmulatorDataAccount -Emulator $Emu -Key $data.key).creditsSpent | Should -Be 0
        }

        It 'New-SrSerpTask -WhatIf' {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $output = @(New-SrSerpTask -Query 'tent', 'tarp' -LocationId 2840 -LanguageCode en -WhatIf)
            $output.Count | Should -Be 0
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
            (Get-EmulatorDataAccount -Emulator $Emu -Key $data.key).creditsSpent | Should -Be 0
        }

        It 'while the same call without -WhatIf is sent and charged (the checks above can fail)' {
            $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count
            $output = @(Get-SrBacklinkSummary -Target 'example.com', 'example.org')
            $output.Count | Should -Be 2
            @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be ($before + 1)
            (Get-EmulatorDataAccount -Emulator $Emu -Key $data.key).creditsSpent | Should -Be 200
        }
    }

    Context 'prints the credit forecast (in a new, unconnected PowerShell process)' {
        BeforeAll {
            # -WhatIf text goes to the host, not to a stream, so it is read from a child process's stdout.
            $scriptPath = Join-Path ([System.IO.Path]::GetTempPath()) ('seranking-whatif-{0}.ps1' -f [guid]::NewGuid().ToString('N'))
            $childScript = @(
                '$ErrorActionPreference = ''Stop'''
                '$ProgressPreference = ''SilentlyContinue'''
                ('Import-Module -Name ''{0}''' -f ($ModuleManifest -replace "'", "''"))
                'Get-SrBacklinkSummary -Target ''example.com'', ''example.org'' -WhatIf'
                'Get-SrDomainOverview -Domain ''example.net'' -Source us -WhatIf'
                'New-SrSerpTask -Query ''tent one'', ''tent two'', ''tent three'' -LocationId 2840 -LanguageCode en -WhatIf'
            ) -join [System.Environment]::NewLine
            Set-Content -LiteralPath $scriptPath -Value $childScript -Encoding UTF8

            $executable = Get-PowerShellExecutable
            $ErrorActionPreference = 'Continue'
            try {
                $lines = @(& $executable -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $scriptPath 2>&1 | ForEach-Object { [string] $_ })
            }
            finally {
                Remove-Item -LiteralPath $scriptPath -Force -ErrorAction SilentlyContinue
            }
            # Joined on spaces, so a line the console wrapped still reads as one.
            $Forecast = ($lines -join ' ') -replace '\s+', ' '
        }

        It 'says what Get-SrBacklinkSummary would spend' {
            $Forecast | Should -BeLike '*What if:*backlinks/summary*example.com, example.org*200 credits*'
        }

        It 'says what Get-SrDomainOverview would spend' {
            $Forecast | Should -BeLike '*What if:*domain/overview/db for example.net*100 credits*'
        }

        It 'says what New-SrSerpTask would spend' {
            $Forecast | Should -BeLike '*What if:*SERP tasks*tent one, tent two, tent three*30 credits*'
        }
    }
}

Describe 'Credit budget' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
    }

    AfterAll {
        Connect-TestApi -Emulator $Emu -DataKey $data.key
    }

    It 'lets calls through while they fit, then refuses before sending, and shows what was spent' {
        $null = Connect-SeRanking -DataApiKey $data.key -DataApiUrl $Emu.DataUrl -CreditBudget 250
        @(Get-SrBacklinkSummary -Target 'example.com', 'example.org').Count | Should -Be 2
        $before = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count

        $refusal = { Get-SrBacklinkSummary -Target 'example.net' } | Should -Throw -PassThru

        $refusal.FullyQualifiedErrorId | Should -BeLike 'CreditBudgetExceeded,*'
        [string] $refusal.CategoryInfo.Category | Should -Be 'QuotaExceeded'
        $refusal.Exception.Message | Should -BeLike '*100 credits*50 of 250 credits left*'
        @(Get-EmulatorRequest -Emulator $Emu -Key $data.key).Count | Should -Be $before
        (Get-EmulatorDataAccount -Emulator $Emu -Key $data.key).creditsSpent | Should -Be 200
        $connection = Get-SrConnection | Where-Object { $_.Api -eq 'SE Ranking Data API' }
        $connection.CreditBudget | Should -Be 250
        $connection.CreditsSpent | Should -Be 200
    }

    It 'is refused without a Data API key' {
        $project = New-TestAccount -Emulator $Emu -Api project
        $refusal = { Connect-SeRanking -ProjectApiKey $project.key -ProjectApiUrl $Emu.ProjectUrl -CreditBudget 100 } | Should -Throw -PassThru
        $refusal.FullyQualifiedErrorId | Should -BeLike 'InvalidInput,*'
        $refusal.Exception.Message | Should -BeLike '*Data API key*'
    }
}

Describe 'Tab completion' {
    It "offers 'de' with a Germany tooltip for Get-SrDomainOverview -Source Ger" {
        $offered = @(Get-Completion -Line 'Get-SrDomainOverview -Source Ger')
        $germany = @($offered | Where-Object { $_.CompletionText -eq 'de' })
        $germany.Count | Should -Be 1
        $germany[0].ToolTip | Should -BeLike '*Germany*'
    }

    It "leaves 'worldwide' out for Get-SrDomainOverview -Source" {
        $offered = @(Get-Completion -Line 'Get-SrDomainOverview -Source ')
        $offered.CompletionText | Should -Contain 'us'
        $offered.CompletionText | Should -Not -Contain 'worldwide'
    }

    It "offers 'worldwide' for Get-SrRegion -Code world" {
        $offered = @(Get-Completion -Line 'Get-SrRegion -Code world')
        $offered.CompletionText | Should -Contain 'worldwide'
    }

    It 'offers featured_snippets for Get-SrSerpFeature -Code featured' {
        $offered = @(Get-Completion -Line 'Get-SrSerpFeature -Code featured')
        $offered.CompletionText | Should -Contain 'featured_snippets'
    }

    It 'offers SERP feature codes for Get-SrDomainKeyword -SerpFeature' {
        $offered = @(Get-Completion -Line 'Get-SrDomainKeyword example.com -Source us -SerpFeature featured')
        $offered.CompletionText | Should -Contain 'featured_snippets'
    }

    It "offers 'T' with a Transactional tooltip for -Intent tra, on every cmdlet that filters by intent" {
        foreach ($line in 'Get-SrKeywordIdea tent -Source us -Intent tra', 'Get-SrDomainKeyword example.com -Source us -Intent tra', 'Get-SrDomainKeywordComparison a.com b.com -Source us -Intent tra') {
            $offered = @(Get-Completion -Line $line)
            $offered.CompletionText | Should -Be @('T') -Because $line
            $offered[0].ToolTip | Should -Be 'Transactional'
        }
    }

    It 'takes an intent by name and refuses an unknown one while binding, listing the codes' {
        { Get-SrKeywordIdea tent -Source us -Intent Transactional, c -WhatIf } | Should -Not -Throw
        $refused = { Get-SrKeywordIdea tent -Source us -Intent shopping -WhatIf } | Should -Throw -PassThru
        $refused.FullyQualifiedErrorId | Should -BeLike 'ParameterArgumentValidationError,*'
        $refused.Exception.Message | Should -BeLike '*I (Informational)*L (Local)*'
    }
}

Describe 'Errors' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        Connect-TestApi -Emulator $Emu -DataKey $data.key
    }

    AfterEach {
        $null = Invoke-EmulatorControl -Emulator $Emu -Method Delete -Path 'faults'
        Connect-TestApi -Emulator $Emu -DataKey $data.key
    }

    It 'reports a target refused locally as a non-terminating InvalidTarget error, and returns the others' {
        $failures = $null
        $summaries = @(Get-SrBacklinkSummary -Target 'example.com', 'not a domain!', 'example.org' -ErrorAction SilentlyContinue -ErrorVariable failures)
        $summaries.Target | Should -Be @('example.com', 'example.org')
        @($failures).Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidTarget,*'
        $failures[0].TargetObject | Should -Be 'not a domain!'
        [string] $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'

        $overviewFailures = $null
        $overviews = @(Get-SrDomainOverview -Domain 'example.com', 'not a domain!' -Source us -ErrorAction SilentlyContinue -ErrorVariable overviewFailures)
        $overviews.Domain | Should -Be @('example.com')
        @($overviewFailures).Count | Should -Be 1
        $overviewFailures[0].FullyQualifiedErrorId | Should -BeLike 'InvalidTarget,*'
        $overviewFailures[0].TargetObject | Should -Be 'not a domain!'
    }

    It 'reports a site too large (google.com) as TargetTooLarge for that target only' {
        $failures = $null
        $summaries = @(Get-SrBacklinkSummary -Target 'example.com', 'google.com', 'example.org' -ErrorAction SilentlyContinue -ErrorVariable failures)
        $summaries.Target | Should -Be @('example.com', 'example.org')
        @($failures).Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'TargetTooLarge,*'
        $failures[0].TargetObject | Should -Be 'google.com'
    }

    It 'stops with a terminating InsufficientFunds error when the account has no credits' {
        $poor = New-TestAccount -Emulator $Emu -Api data -Settings @{ credits = 0 }
        Connect-TestApi -Emulator $Emu -DataKey $poor.key

        $stopped = { Get-SrBacklinkSummary -Target 'example.com', 'example.org' -ErrorAction SilentlyContinue } | Should -Throw -PassThru
        $stopped.FullyQualifiedErrorId | Should -BeLike 'InsufficientFunds,*'
        [string] $stopped.CategoryInfo.Category | Should -Be 'QuotaExceeded'
        (Get-EmulatorDataAccount -Emulator $Emu -Key $poor.key).credits | Should -Be 0
    }

    It 'stops with a terminating LicenseExpired error when the licence has expired' {
        $expired = New-TestAccount -Emulator $Emu -Api data -Settings @{ licenseExpired = $true }
        Connect-TestApi -Emulator $Emu -DataKey $expired.key

        $stopped = { Get-SrBacklinkSummary -Target 'example.com' -ErrorAction SilentlyContinue } | Should -Throw -PassThru
        $stopped.FullyQualifiedErrorId | Should -BeLike 'LicenseExpired,*'
        [string] $stopped.CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It 'stops with a terminating ApiKeyRefused error when the API does not know the key' {
        Connect-TestApi -Emulator $Emu -DataKey ([guid]::NewGuid().ToString())

        $stopped = { Get-SrDataSubscription -ErrorAction SilentlyContinue } | Should -Throw -PassThru
        $stopped.FullyQualifiedErrorId | Should -BeLike 'ApiKeyRefused,*'
        [string] $stopped.CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'retries an HTTP 503 transparently and shows the retry with -Verbose' {
        $null = Invoke-EmulatorControl -Emulator $Emu -Method Post -Path 'faults' -Body @{
            api = 'Data'; kind = 'Status'; status = 503; count = 1; pathContains = 'backlinks/summary'
        }

        $all = @(Get-SrBacklinkSummary -Target 'example.com' -Verbose 4>&1)
        $summaries = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $verbose = (@($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { $_.Message }) -join "`n")

        $summaries.Count | Should -Be 1
        $summaries[0].Target | Should -Be 'example.com'
        $verbose | Should -Match 'HTTP 503'
        $verbose | Should -Match 'retry'
        $calls = @(Get-EmulatorRequest -Emulator $Emu -Key $data.key | Where-Object { $_.path -eq 'v1/backlinks/summary' } | Select-Object -Last 2)
        $calls.statusCode | Should -Be @(503, 200)
    }
}

Describe 'Secrets' {
    BeforeAll {
        $data = New-TestAccount -Emulator $Emu -Api data
        $project = New-TestAccount -Emulator $Emu -Api project
        $serpstat = New-TestAccount -Emulator $Emu -Api serpstat
        $poor = New-TestAccount -Emulator $Emu -Api data -Settings @{ credits = 0 }
        $unknownDataKey = [guid]::NewGuid().ToString()
        $unknownToken = -join (1..32 | ForEach-Object { '{0:x}' -f (Get-Random -Maximum 16) })
        $secrets = @($data.key, $project.key, $serpstat.token, $poor.key, $unknownDataKey, $unknownToken)
    }

    AfterAll {
        $null = Invoke-EmulatorControl -Emulator $Emu -Method Delete -Path 'faults'
    }

    It 'never shows a whole key or token, in any stream, error or output object' {
        $null = Invoke-EmulatorControl -Emulator $Emu -Method Post -Path 'faults' -Body @{
            api = 'Serpstat'; kind = 'Status'; status = 503; count = 1
        }
        $steps = @(
            { Connect-SeRanking -DataApiKey $data.key -ProjectApiKey $project.key -DataApiUrl $Emu.DataUrl -ProjectApiUrl $Emu.ProjectUrl -Verbose }
            { Connect-Serpstat -Token $serpstat.token -ApiUrl $Emu.SerpstatUrl -Verbose }
            { Get-SrConnection }
            { Get-SrConnection | Format-List -Property * | Out-String }
            { Get-SrBacklinkSummary -Target 'example.com', 'not a domain!', 'google.com' -Verbose -ErrorAction Continue }
            { Get-SrDomainOverview -Domain 'example.com', 'not a domain!' -Source us -Verbose -ErrorAction Continue }
            { Get-SrDataSubscription -Verbose }
            { Get-SrAccountBalance -Verbose }
            { Get-SrAccountProfile -Verbose }
            { Get-SerpstatLimits -Verbose }
            { New-SrSerpTask -Query 'secret tent' -LocationId 2840 -LanguageCode en -Verbose | Wait-SrSerpTask -PollIntervalSec 1 -Verbose | Get-SrSerpTaskResult -Verbose }
            { Connect-SeRanking -ProjectApiKey $data.key -ProjectApiUrl $Emu.ProjectUrl }
            { Connect-Serpstat -Token $project.key -ApiUrl $Emu.SerpstatUrl }
            { $null = Connect-SeRanking -DataApiKey $poor.key -DataApiUrl $Emu.DataUrl; Get-SrBacklinkSummary -Target 'example.com' -Verbose }
            { $null = Connect-SeRanking -DataApiKey $unknownDataKey -DataApiUrl $Emu.DataUrl; Get-SrDataSubscription -Verbose }
            { $null = Connect-Serpstat -Token $unknownToken -ApiUrl $Emu.SerpstatUrl; Get-SerpstatLimits -Verbose }
            { Get-SrConnection | Format-Table | Out-String }
        )

        $Error.Clear()
        $records = [System.Collections.Generic.List[object]]::new()
        foreach ($step in $steps) {
            $written = & { try { & $step } catch { $_ } } *>&1
            foreach ($item in @($written)) {
                $records.Add($item)
            }
        }

        # The steps did run into the failures they are meant to (else the check below proves little).
        $errorIds = @($records | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] } | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] })
        foreach ($expected in @('InvalidTarget', 'TargetTooLarge', 'InvalidApiKey', 'InsufficientFunds', 'ApiKeyRefused')) {
            $errorIds | Should -Contain $expected
        }
        @($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Count | Should -BeGreaterThan 5

        $texts = [System.Collections.Generic.List[string]]::new()
        foreach ($item in @($records) + @($Error)) {
            foreach ($text in @(Get-TextOf -Item $item)) {
                if ($text) {
                    $texts.Add($text)
                }
            }
        }
        $texts.Count | Should -BeGreaterThan 20

        foreach ($secret in $secrets) {
            $leaks = @($texts | Where-Object { $_.IndexOf($secret, [System.StringComparison]::OrdinalIgnoreCase) -ge 0 })
            $leaks | Should -BeNullOrEmpty -Because ('no text may hold a whole key (key starting {0})' -f $secret.Substring(0, 4))
        }
    }
}

Describe 'Stopping Wait-SrSerpTask' {
    BeforeAll {
        # A second emulator whose SERP tasks stay "processing" for 1000 reads.
        $SlowEmu = Start-TestEmulator -Assembly $EmulatorAssembly -ExtraArgument @('--serp-polls-until-done', '1000')
        $slowData = New-TestAccount -Emulator $SlowEmu -Api data
        Connect-TestApi -Emulator $SlowEmu -DataKey $slowData.key
        $slowTask = New-SrSerpTask -Query 'never done' -LocationId 2840 -LanguageCode en
    }

    AfterAll {
        Disconnect-SeRanking
        Stop-TestEmulator -Emulator $SlowEmu
    }

    It 'stops within a few seconds when its pipeline is stopped, and polls no more' {
        $runspaceScript = @'
param($Manifest, $Key, $Url, $TaskId)
Import-Module -Name $Manifest -ErrorAction Stop
$null = Connect-SeRanking -DataApiKey $Key -DataApiUrl $Url
Wait-SrSerpTask -Id $TaskId -PollIntervalSec 1
'@
        $shell = [powershell]::Create()
        $canDispose = $true
        try {
            $null = $shell.AddScript($runspaceScript).AddArgument($ModuleManifest).AddArgument($slowData.key).AddArgument($SlowEmu.DataUrl).AddArgument($slowTask.Id)
            $null = $shell.BeginInvoke()

            # Wait for the first poll, then let it wait a moment.
            $deadline = [DateTime]::UtcNow.AddSeconds(20)
            do {
                Start-Sleep -Milliseconds 200
                $polls = @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key | Where-Object { $_.method -eq 'GET' -and $_.path -eq 'v1/serp/classic/tasks' })
            } until ($polls.Count -ge 1 -or [string] $shell.InvocationStateInfo.State -ne 'Running' -or [DateTime]::UtcNow -gt $deadline)
            Start-Sleep -Seconds 1
            [string] $shell.InvocationStateInfo.State | Should -Be 'Running' -Because ('Wait-SrSerpTask should still be waiting ({0})' -f $shell.InvocationStateInfo.Reason)
            $polls.Count | Should -BeGreaterThan 0

            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $stopping = $shell.BeginStop($null, $null)
            $stopped = $stopping.AsyncWaitHandle.WaitOne([TimeSpan]::FromSeconds(20))
            $clock.Stop()
            $canDispose = $stopped

            $stopped | Should -BeTrue -Because 'Stop() must return once Wait-SrSerpTask is stopped'
            $clock.Elapsed.TotalSeconds | Should -BeLessThan 5
            [string] $shell.InvocationStateInfo.State | Should -Be 'Stopped'

            # A read cut short by the stop is logged once aborted: let it land first.
            Start-Sleep -Milliseconds 500
            $afterStop = @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key).Count
            Start-Sleep -Milliseconds 2500
            @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key).Count | Should -Be $afterStop -Because 'a stopped wait must not keep polling'
        }
        finally {
            if ($canDispose) {
                $shell.Dispose()
            }
        }
    }

    # The command ends on the first error (-ErrorAction Stop); the wait it started must end with it.
    It 'polls no more once it has ended on an error' {
        $before = @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key).Count
        { Wait-SrSerpTask -Id $slowTask.Id, 999999999 -PollIntervalSec 1 -ErrorAction Stop } | Should -Throw
        $afterEnd = @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key).Count
        $afterEnd | Should -BeGreaterThan $before
        Start-Sleep -Milliseconds 2500
        @(Get-EmulatorRequest -Emulator $SlowEmu -Key $slowData.key).Count | Should -Be $afterEnd
    }
}
