using System.Collections.Generic;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models.Data;
using SeRanking.Engine.Models.Project;
using SeRanking.Engine.Models.Serpstat;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Compile-time JSON metadata for every wire shape: no reflection at run time, which keeps
/// parsing fast and the engine safe to trim. Numbers sent as strings are accepted, since the
/// APIs are not consistent about it.
/// </summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DataSubscriptionEnvelope))]
[JsonSerializable(typeof(BacklinkSummaryEnvelope))]
[JsonSerializable(typeof(BacklinkSummaryBody))]
[JsonSerializable(typeof(DomainOverviewEnvelope))]
[JsonSerializable(typeof(List<SerpTask>))]
[JsonSerializable(typeof(SerpTaskCreateBody))]
[JsonSerializable(typeof(SerpTaskReadEnvelope))]
[JsonSerializable(typeof(ProjectAccountBalance))]
[JsonSerializable(typeof(ProjectAccountProfile))]
[JsonSerializable(typeof(ProjectSubscriptionWire))]
[JsonSerializable(typeof(SerpstatRequestBody))]
[JsonSerializable(typeof(SerpstatEnvelope<SerpstatStatsResult>))]
[JsonSerializable(typeof(SerpstatEnvelope<System.Text.Json.JsonElement?>))]
internal sealed partial class EngineJsonContext : JsonSerializerContext
{
}
