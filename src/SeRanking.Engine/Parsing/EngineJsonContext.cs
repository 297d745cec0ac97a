using System.Text.Json.Serialization;
using SeRanking.Engine.Serpstat.Limits;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Compile-time JSON metadata for the Serpstat envelope of calls made by method name
/// (<see cref="Clients.SerpstatClient.InvokeAsync"/>). Each family's rows have a context of their
/// own beside them (BacklinksJsonContext, DomainJsonContext…). Source generation means no
/// reflection at run time, so parsing is fast and starts quickly.
/// </summary>
[JsonSourceGenerationOptions(
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SerpstatRequestBody))]
[JsonSerializable(typeof(SerpstatEnvelope<System.Text.Json.JsonElement?>))]
internal sealed partial class EngineJsonContext : JsonSerializerContext
{
}
