using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Project;

/// <summary>
/// What a Project API write answers: 201 with the new id (<c>{"site_id": n}</c>,
/// <c>{"site_engine_id": n}</c>, <c>{"id": n}</c>), or an acknowledgement (an empty body, 204, or
/// an object such as <c>{"status": "ok"}</c>). The id is read whichever name it comes under.
/// </summary>
public sealed class ProjectWriteAnswer : IJsonOnDeserialized
{
    /// <summary>The id of what the call created; null when the answer carries none.</summary>
    [JsonIgnore]
    public long? Id { get; private set; }

    /// <summary>Everything the answer said besides the id.</summary>
    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Id = AdditionalFields?.TakeLong("site_id", "site_engine_id", "group_id", "keyword_id", "id");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectWriteAnswer))]
internal sealed partial class ProjectAnswerJsonContext : JsonSerializerContext
{
}
