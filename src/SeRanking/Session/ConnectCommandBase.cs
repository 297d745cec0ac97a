using System;
using System.Management.Automation;
using SeRanking.Infrastructure;

namespace SeRanking.Session;

/// <summary>
/// What Connect-SeRanking and Connect-Serpstat share: how requests reach the API (proxy,
/// timeout, retries, rate). Only BCL and PowerShell types here, as in every cmdlet.
/// </summary>
public abstract class ConnectCommandBase : SrCmdlet
{
    /// <summary>Send requests through this proxy (http:// or https://, no credentials in the URL). Absent: the system proxy.</summary>
    [Parameter]
    public Uri? Proxy { get; set; }

    /// <summary>The user name and password for the proxy in use (-Proxy, else the system proxy).</summary>
    [Parameter]
    [Credential]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>Sign in to the proxy as the signed-in Windows account. Not with -ProxyCredential.</summary>
    [Parameter]
    public SwitchParameter ProxyUseDefaultCredentials { get; set; }

    /// <summary>Send requests straight to the API, ignoring the system proxy. Not with -Proxy.</summary>
    [Parameter]
    public SwitchParameter NoProxy { get; set; }

    /// <summary>How long one attempt may take, in seconds.</summary>
    [Parameter]
    [ValidateRange(ConnectionSettings.MinTimeoutSec, ConnectionSettings.MaxTimeoutSec)]
    public int TimeoutSec { get; set; } = ConnectionSettings.DefaultTimeoutSec;

    /// <summary>Retries after the first attempt, for failures that are safe to retry.</summary>
    [Parameter]
    [ValidateRange(ConnectionSettings.MinMaxRetries, ConnectionSettings.MaxMaxRetries)]
    public int MaxRetries { get; set; } = ConnectionSettings.DefaultMaxRetries;

    /// <summary>
    /// The rate this process keeps to for each key connected (shared by every runspace using the
    /// key; the last Connect sets it). Absent: the API's published rate.
    /// </summary>
    [Parameter]
    [ValidateRange(ConnectionSettings.MinRequestsPerSecond, ConnectionSettings.MaxRequestsPerSecond)]
    public int? RequestsPerSecond { get; set; }

    /// <summary>The settings of this call, checked as a whole.</summary>
    /// <exception cref="Engine.Errors.InvalidInputException">A value or a combination cannot work.</exception>
    internal ConnectionSettings ReadConnectionSettings() => new ConnectionSettings
    {
        Proxy = Proxy,

        // [PSCredential]::Empty is how scripts pass "no credential" through a parameter of their own.
        ProxyCredential = ProxyCredential is { } credential && !ReferenceEquals(credential, PSCredential.Empty) ? credential.GetNetworkCredential() : null,
        ProxyUseDefaultCredentials = ProxyUseDefaultCredentials.IsPresent,
        NoProxy = NoProxy.IsPresent,
        TimeoutSec = TimeoutSec,
        MaxRetries = MaxRetries,
        RequestsPerSecond = RequestsPerSecond,
    }.Check();
}
