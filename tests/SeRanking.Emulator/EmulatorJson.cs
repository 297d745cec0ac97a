using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SeRanking.Emulator;

/// <summary>Serialisation of the three APIs' bodies: snake_case, as all three spell their fields.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(DataErrorBody))]
[JsonSerializable(typeof(NestedErrorBody))]
[JsonSerializable(typeof(SubscriptionBody))]
[JsonSerializable(typeof(CreditBalanceBody))]
[JsonSerializable(typeof(BacklinksSummaryBody))]
[JsonSerializable(typeof(BacklinksSummaryRow))]
[JsonSerializable(typeof(DomainOverviewBody))]
[JsonSerializable(typeof(IReadOnlyList<SerpTaskCreated>))]
[JsonSerializable(typeof(IReadOnlyList<SerpTaskListEntry>))]
[JsonSerializable(typeof(SerpStatusBody))]
[JsonSerializable(typeof(SerpResultsBody))]
[JsonSerializable(typeof(ProjectErrorBody))]
[JsonSerializable(typeof(ProjectBalanceBody))]
[JsonSerializable(typeof(ProjectProfileBody))]
[JsonSerializable(typeof(ProjectSubscriptionBody))]
[JsonSerializable(typeof(SerpstatErrorBody))]
[JsonSerializable(typeof(SerpstatBareErrorBody))]
internal sealed partial class ApiJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context every API body is written with. The default encoder would write the seed's
    /// "'mode'" as "\u0027mode\u0027"; the real APIs send such characters as they are.
    /// </summary>
    public static ApiJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>Serialisation of the control endpoints: camelCase, enum names as strings.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountsView))]
[JsonSerializable(typeof(DataAccount))]
[JsonSerializable(typeof(ProjectAccount))]
[JsonSerializable(typeof(SerpstatAccount))]
[JsonSerializable(typeof(NewDataAccountRequest))]
[JsonSerializable(typeof(NewProjectAccountRequest))]
[JsonSerializable(typeof(NewSerpstatAccountRequest))]
[JsonSerializable(typeof(FaultRequest))]
[JsonSerializable(typeof(FaultsView))]
[JsonSerializable(typeof(IReadOnlyList<LoggedRequest>))]
[JsonSerializable(typeof(ControlMessage))]
internal sealed partial class ControlJsonContext : JsonSerializerContext
{
}
