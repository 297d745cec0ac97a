#Requires -Version 5.1
<#
    Helpers shared by the Pester files under tests/: finding what the build made, starting the
    loopback emulator of the three APIs (tests/SeRanking.Emulator) and driving its control
    endpoints, and starting a child PowerShell of the same edition.
#>

function Find-EmulatorAssembly {
    param([Parameter(Mandatory)] [string] $Root)
    if ($env:SERANKING_EMULATOR_DLL) {
        if (-not (Test-Path -LiteralPath $env:SERANKING_EMULATOR_DLL)) {
            throw "SERANKING_EMULATOR_DLL names '$($env:SERANKING_EMULATOR_DLL)', which does not exist."
        }
        return $env:SERANKING_EMULATOR_DLL
    }

    $bin = Join-Path (Join-Path (Join-Path $Root 'tests') 'SeRanking.Emulator') 'bin'
    $found = @(Get-ChildItem -Path $bin -Recurse -Filter 'SeRanking.Emulator.dll' -File -ErrorAction SilentlyContinue |
            Where-Object { $_.Directory.Name -like 'net*' } |
            Sort-Object -Property LastWriteTimeUtc -Descending)
    if ($found.Count -eq 0) {
        throw "No built emulator under $bin. Build it first: dotnet build SeRanking.sln (or run tests/Invoke-PesterTests.ps1)."
    }
    $found[0].FullName
}

function Get-PowerShellExecutable {
    # The executable of this session (pwsh or powershell); as a .NET tool ("dotnet pwsh", whose
    # process is dotnet) the pwsh in $PSHOME; else whichever is on the PATH.
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
    throw 'Neither pwsh nor powershell was found to run a child PowerShell process.'
}

function Start-TestEmulator {
    # Starts the emulator on a free loopback port and waits until its control endpoint answers.
    param(
        [Parameter(Mandatory)] [string] $Assembly,
        [string[]] $ExtraArgument = @()
    )

    $dotnet = Get-Command -Name 'dotnet' -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $dotnet) {
        throw 'dotnet is not on the PATH; the emulator cannot be started.'
    }

    $problems = @()
    for ($attempt = 1; $attempt -le 3; $attempt++) {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = ([System.Net.IPEndPoint] $listener.LocalEndpoint).Port
        $listener.Stop()

        $standardOutput = [System.IO.Path]::GetTempFileName()
        $standardError = [System.IO.Path]::GetTempFileName()
        $arguments = ('"{0}" --port {1} {2}' -f $Assembly, $port, ($ExtraArgument -join ' ')).Trim()
        $process = Start-Process -FilePath $dotnet.Source -ArgumentList $arguments -NoNewWindow -PassThru `
            -RedirectStandardOutput $standardOutput -RedirectStandardError $standardError
        $baseUrl = 'http://127.0.0.1:{0}/' -f $port
        $emulator = @{
            Process        = $process
            Port           = $port
            BaseUrl        = $baseUrl
            DataUrl        = $baseUrl + 'data/'
            ProjectUrl     = $baseUrl + 'project/'
            SerpstatUrl    = $baseUrl + 'serpstat/v4'
            StandardOutput = $standardOutput
            StandardError  = $standardError
        }

        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        while (-not $process.HasExited -and [DateTime]::UtcNow -lt $deadline) {
            try {
                $null = Invoke-RestMethod -Method Get -Uri ($baseUrl + '_emulator/accounts') -TimeoutSec 2
                return $emulator
            }
            catch {
                Start-Sleep -Milliseconds 200
            }
        }

        $said = (@(Get-Content -LiteralPath $standardOutput, $standardError -ErrorAction SilentlyContinue) -join ' ').Trim()
        $problems += 'port {0}: {1}' -f $port, $(if ($said) { $said } else { 'no answer within 30 s' })
        Stop-TestEmulator -Emulator $emulator
    }

    throw ('The emulator ({0}) did not start: {1}' -f $Assembly, ($problems -join '; '))
}

function Stop-TestEmulator {
    param([hashtable] $Emulator)
    if ($null -eq $Emulator) {
        return
    }
    $process = $Emulator.Process
    if ($null -ne $process -and -not $process.HasExited) {
        Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
        $null = $process.WaitForExit(5000)
    }
    foreach ($file in @($Emulator.StandardOutput, $Emulator.StandardError)) {
        if ($file) {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        }
    }
}

function Invoke-EmulatorControl {
    # Calls a control endpoint under /_emulator/ (camelCase JSON in and out).
    param(
        [Parameter(Mandatory)] [hashtable] $Emulator,
        [ValidateSet('Get', 'Post', 'Delete')] [string] $Method = 'Get',
        [Parameter(Mandatory)] [string] $Path,
        [hashtable] $Body
    )
    $request = @{
        Method     = $Method
        Uri        = $Emulator.BaseUrl + '_emulator/' + $Path
        TimeoutSec = 15
    }
    if ($null -ne $Body) {
        $request.Body = ConvertTo-Json -InputObject $Body -Compress -Depth 5
        $request.ContentType = 'application/json'
    }
    Invoke-RestMethod @request
}

function New-TestAccount {
    # A fresh account: data {key, credits, creditsLimit, creditsSpent, licenseExpired, fundsErrorStyle},
    # project {key, balance, currency, email, firstName, lastName, licenseExpired},
    # serpstat {token, maxLines, usedLines, leftLines, userId}.
    param(
        [Parameter(Mandatory)] [hashtable] $Emulator,
        [Parameter(Mandatory)] [ValidateSet('data', 'project', 'serpstat')] [string] $Api,
        [hashtable] $Settings = @{}
    )
    Invoke-EmulatorControl -Emulator $Emulator -Method Post -Path ('accounts/' + $Api) -Body $Settings
}

function Find-BuiltFolder {
    # The newest build output folder of a test-support project (tests/<Project>/bin/<config>/<tfm>/),
    # or the folder named by the environment variable the runner sets.
    param(
        [Parameter(Mandatory)] [string] $Root,
        [Parameter(Mandatory)] [string] $Project,
        [Parameter(Mandatory)] [string] $Marker,
        [string] $EnvironmentVariable
    )
    if ($EnvironmentVariable) {
        $given = [Environment]::GetEnvironmentVariable($EnvironmentVariable)
        if ($given) {
            if (-not (Test-Path -LiteralPath (Join-Path $given $Marker))) {
                throw "$EnvironmentVariable names '$given', which holds no $Marker."
            }
            return $given
        }
    }
    $bin = Join-Path (Join-Path (Join-Path $Root 'tests') $Project) 'bin'
    $found = @(Get-ChildItem -Path $bin -Recurse -Filter $Marker -File -ErrorAction SilentlyContinue |
            Sort-Object -Property LastWriteTimeUtc -Descending)
    if ($found.Count -eq 0) {
        throw "No built $Project under $bin. Build it first: dotnet build SeRanking.sln (or run tests/Invoke-PesterTests.ps1)."
    }
    $found[0].DirectoryName
}

function Invoke-ChildPowerShell {
    # Runs $Script in a new PowerShell process of this edition, with $Environment's names set
    # for it alone (inputs travel as environment variables, never on a command line), and
    # returns its last output line parsed from JSON. A failing child fails the caller.
    param(
        [Parameter(Mandatory)] [string] $Script,
        [hashtable] $Environment = @{}
    )
    foreach ($name in $Environment.Keys) {
        [Environment]::SetEnvironmentVariable($name, [string] $Environment[$name])
    }
    try {
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($Script))
        $output = @(& (Get-PowerShellExecutable) -NoProfile -NonInteractive -EncodedCommand $encoded 2>&1)
        if ($LASTEXITCODE -ne 0) {
            throw ('The child PowerShell failed (exit code {0}): {1}' -f $LASTEXITCODE, ($output -join [Environment]::NewLine))
        }
    }
    finally {
        foreach ($name in $Environment.Keys) {
            [Environment]::SetEnvironmentVariable($name, $null)
        }
    }
    $output[-1] | ConvertFrom-Json
}

Export-ModuleMember -Function @(
    'Find-EmulatorAssembly', 'Find-BuiltFolder', 'Get-PowerShellExecutable', 'Invoke-ChildPowerShell', 'Start-TestEmulator',
    'Stop-TestEmulator', 'Invoke-EmulatorControl', 'New-TestAccount')
