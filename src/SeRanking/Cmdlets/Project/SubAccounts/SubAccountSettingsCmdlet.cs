using System.Management.Automation;
using System.Net;
using System.Security;
using SeRanking.Engine.Project.SubAccounts;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Project.SubAccounts;

/// <summary>The settings New-SrSubAccount and Set-SrSubAccount share.</summary>
public abstract class SubAccountSettingsCmdlet : SrCmdlet
{
    /// <summary>The sub-account's last name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? LastName { get; set; }

    /// <summary>Its interface language: a two-letter ISO 639-1 code (en, de…).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Lang")]
    public string? Language { get; set; }

    /// <summary>client or user.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("client", "user")]
    public string? Type { get; set; }

    /// <summary>A password; without one on create, SE Ranking mails a temporary one.</summary>
    [Parameter]
    public SecureString? Password { get; set; }

    /// <summary>The spending limit's period: day, week or month.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateSet("day", "week", "month")]
    public string? BalanceLimitPeriod { get; set; }

    /// <summary>The spending limit's amount per period.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, long.MaxValue)]
    public long? BalanceLimitAmount { get; set; }

    /// <summary>Access codes: the whole set (a change replaces it).</summary>
    [Parameter]
    public string[]? Access { get; set; }

    private protected SubAccountSettingsQuery Settings(long? userId, string? email, string? firstName) => new()
    {
        UserId = userId,
        Email = email,
        FirstName = firstName,
        LastName = LastName,
        Language = Language,
        Type = Type,
        Password = Password is null ? null : new NetworkCredential(string.Empty, Password).Password,
        BalanceLimitPeriod = BalanceLimitPeriod,
        BalanceLimitAmount = BalanceLimitAmount,
        Access = Access,
    };
}
