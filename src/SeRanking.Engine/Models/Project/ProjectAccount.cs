using System.Text.Json.Serialization;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Models.Project;

/// <summary>The account's money balance (Project API GET /account/balance).</summary>
public sealed class ProjectAccountBalance : IJsonOnDeserialized
{
    /// <summary>ISO 4217 currency code.</summary>
    [JsonPropertyName("currency_code")]
    public string? Currency { get; set; }

    [JsonPropertyName("value")]
    public decimal Balance { get; set; }

    /// <summary>The deprecated "currency" field, used when currency_code is absent.</summary>
    [JsonPropertyName("currency")]
    [JsonInclude]
    internal string? LegacyCurrency { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => Currency ??= LegacyCurrency;
}

/// <summary>The user behind the Project API key (GET /account/profile).</summary>
public sealed class ProjectAccountProfile
{
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("email_verified")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool EmailVerified { get; set; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Account language (ISO 639-1).</summary>
    [JsonPropertyName("lang")]
    public string? Language { get; set; }

    /// <summary>Link to the avatar, or null.</summary>
    [JsonPropertyName("picture")]
    public string? Picture { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>The plan of the Project API account (GET /account/subscription).</summary>
public sealed class ProjectAccountSubscription
{
    /// <summary>manual (pay per check), trial, or subscription.</summary>
    public string? Type { get; set; }

    public bool IsExpired { get; set; }

    public string? BalanceCurrency { get; set; }

    public decimal? BalanceAmount { get; set; }

    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Wire shape of GET /account/subscription.</summary>
internal sealed class ProjectSubscriptionWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("is_expired")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsExpired { get; set; }

    [JsonPropertyName("balance")]
    public ProjectSubscriptionBalance? Balance { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    internal ProjectAccountSubscription ToRecord() => new()
    {
        Type = Type,
        IsExpired = IsExpired,
        BalanceCurrency = Balance?.Currency,
        BalanceAmount = Balance?.Amount,
        AdditionalFields = ExtraFields.Merge((string.Empty, AdditionalFields), ("balance.", Balance?.AdditionalFields)),
    };
}

internal sealed class ProjectSubscriptionBalance
{
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
