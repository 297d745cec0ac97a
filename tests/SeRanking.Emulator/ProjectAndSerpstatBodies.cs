using System.Text.Json.Serialization;

namespace SeRanking.Emulator;

// Response bodies of the Project API and Serpstat, shaped as the samples in shared/api/samples.

internal sealed record ProjectErrorBody(string Message);

internal sealed record ProjectBalanceBody(string Currency, string CurrencyCode, decimal Value);

internal sealed record ProjectProfileBody(string Email, bool EmailVerified, string FirstName, string LastName, string Lang, string? Picture);

/// <summary><c>is_expired</c> is a string ("true"/"false") in the real API.</summary>
internal sealed record ProjectSubscriptionBody(string Type, string IsExpired, ProjectMoney Balance);

internal sealed record ProjectMoney(string Currency, decimal Amount);

/// <summary>A JSON-RPC style error; <c>id</c> is written even when null, as JSON-RPC requires.</summary>
internal sealed record SerpstatErrorBody(string? Id, SerpstatError Error);

internal sealed record SerpstatBareErrorBody(SerpstatError Error);

internal sealed record SerpstatError(
    int Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SerpstatErrorData? Data);

/// <summary>Serpstat sends an empty object here.</summary>
internal sealed record SerpstatErrorData;
