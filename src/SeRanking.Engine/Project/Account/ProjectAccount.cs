using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Account;

/// <summary>The account's money balance (Project API GET /account/balance).</summary>
[TableView("Balance", "Currency")]
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
[TableView("Email", "FirstName", "LastName", "Language", "EmailVerified")]
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
[TableView("Type", "IsExpired", "BalanceAmount", "BalanceCurrency")]
public sealed class ProjectAccountSubscription
{
    /// <summary>manual (pay per check), trial, or subscription.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("is_expired")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool IsExpired { get; set; }

    public string? BalanceCurrency => Balance?.Currency;

    public decimal? BalanceAmount => Balance?.Amount;

    /// <summary>Unknown fields of the answer and of its balance ("balance." prefix).</summary>
    public ExtraFields? AdditionalFields => ExtraFields.Merge((string.Empty, Extra), ("balance.", Balance?.AdditionalFields));

    [JsonInclude]
    [JsonPropertyName("balance")]
    internal ProjectSubscriptionBalance? Balance { get; set; }

    [JsonInclude]
    [JsonExtensionData]
    internal ExtraFields? Extra { get; set; }
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

/// <summary>
/// The Project API's account reads (§2 of the Project reference): free. On the unified host only
/// the profile is served (<c>/users/me</c>); the money balance and the Project subscription are
/// legacy reads, with no unified path (seranking-unified.md §5.1).
/// </summary>
public static class ProjectAccountOperations
{
    private const string NoUnifiedAccountRead =
        "The unified host has no path for it (SE Ranking's own n8n node sends it to the Data API's GET /v1/account/subscription, a different figure: Get-SrDataSubscription reads that)";

    public static Operations.Operation<Operations.NoQuery, ProjectAccountBalance> Balance { get; } = new(
        Operations.ProjectRoutes.LegacyOnly("GET account/balance", NoUnifiedAccountRead), ProjectAccountJsonContext.Default.ProjectAccountBalance, Operations.NoQuery.Write)
    {
        Rows = RowLocation.Document,
    };

    public static Operations.Operation<Operations.NoQuery, ProjectAccountProfile> Profile { get; } = new(
        Operations.ProjectRoutes.Both("GET account/profile", "GET users/me"), ProjectAccountJsonContext.Default.ProjectAccountProfile, Operations.NoQuery.Write)
    {
        Rows = RowLocation.Document,
    };

    public static Operations.Operation<Operations.NoQuery, ProjectAccountSubscription> Subscription { get; } = new(
        Operations.ProjectRoutes.LegacyOnly("GET account/subscription", NoUnifiedAccountRead), ProjectAccountJsonContext.Default.ProjectAccountSubscription, Operations.NoQuery.Write)
    {
        Rows = RowLocation.Document,
    };

    /// <summary>Every operation of this family, for tests and documentation.</summary>
    public static Operations.Operation[] AllOperations => [Balance, Profile, Subscription];
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectAccountBalance))]
[JsonSerializable(typeof(ProjectAccountProfile))]
[JsonSerializable(typeof(ProjectAccountSubscription))]
internal sealed partial class ProjectAccountJsonContext : JsonSerializerContext
{
}
