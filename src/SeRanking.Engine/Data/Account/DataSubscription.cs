using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Account;

/// <summary>The Data API plan and its credits (GET /v1/account/subscription, free).</summary>
[TableView("Status", "StartDate", "ExpirationDate", "CreditsLimit", "CreditsLeft")]
public sealed class DataSubscription : IJsonOnDeserialized
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("start_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? StartDate { get; set; }

    [JsonPropertyName("expiration_date")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? ExpirationDate { get; set; }

    /// <summary>Credits granted for the period (units_limit).</summary>
    [JsonPropertyName("units_limit")]
    public long CreditsLimit { get; set; }

    /// <summary>Credits left (units_left).</summary>
    [JsonPropertyName("units_left")]
    public long CreditsLeft { get; set; }

    /// <summary>Credits spent so far in the period.</summary>
    [JsonIgnore]
    public long CreditsUsed => Math.Max(0, CreditsLimit - CreditsLeft);

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        // One source spells the field "expiraton_date"; take it when the right spelling is absent.
        if (ExpirationDate is null && AdditionalFields is { } extra && extra.TryGetValue("expiraton_date", out var misspelt))
        {
            ExpirationDate = misspelt.ValueKind == JsonValueKind.String ? LenientDateTimeConverter.Parse(misspelt.GetString()) : null;
            extra.Remove("expiraton_date");
        }
    }
}

/// <summary>The account-wide credit counter (GET /v1/account/credit-balance, free).</summary>
[TableView("Limit", "Used", "Left")]
public sealed class DataCreditBalance
{
    /// <summary>Credits granted.</summary>
    [JsonPropertyName("limit")]
    public long Limit { get; set; }

    /// <summary>Credits used.</summary>
    [JsonPropertyName("used")]
    public long Used { get; set; }

    /// <summary>Limit minus used. SE Ranking notes it may differ from the subscription's credits left; the subscription is authoritative.</summary>
    [JsonIgnore]
    public long Left => Math.Max(0, Limit - Used);

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }
}
