using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Account;

/// <summary>The Data API's account operations (§2): both free.</summary>
public static class AccountOperations
{
    /// <summary>GET /v1/account/subscription: plan status and credits; the documented way to read the balance.</summary>
    public static Operation<NoQuery, DataSubscription> Subscription { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/account/subscription", "account/subscription", AccountJsonContext.Default.DataSubscription, NoQuery.Write)
    {
        Rows = RowLocation.ObjectIn("subscription_info"),
    };

    /// <summary>GET /v1/account/credit-balance: the account-wide credit counter.</summary>
    public static Operation<NoQuery, DataCreditBalance> CreditBalance { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/account/credit-balance", "account/credit-balance", AccountJsonContext.Default.DataCreditBalance, NoQuery.Write)
    {
        Rows = RowLocation.Document,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations => [Subscription, CreditBalance];
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(DataSubscription))]
[JsonSerializable(typeof(DataCreditBalance))]
internal sealed partial class AccountJsonContext : JsonSerializerContext
{
}
