using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.UrlTags;

/// <summary>
/// A URL tag (landing-page tag) of a project with what it is attached to (GET /sites/{site_id}/url-tags,
/// unified GET /sites/url-tags). <see cref="TagId"/> binds to Set-SrProjectUrlTag and Remove-SrProjectUrlTag.
/// </summary>
[TableView("SiteId", "TagId", "Name", "Urls", "Domains")]
public sealed class ProjectUrlTag : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    /// <summary>The tag's id (<c>tag_id</c>).</summary>
    [JsonPropertyName("id")]
    public long TagId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>The pages tagged, as one CSV cell ("a; b").</summary>
    [JsonPropertyName("urls")]
    public TopList<string>? Urls { get; set; }

    /// <summary>The domains tagged (every page of each).</summary>
    [JsonPropertyName("domains")]
    public TopList<string>? Domains { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            if (TagId == 0 && extra.TakeLong("tag_id") is { } id)
            {
                TagId = id;
            }

            Name ??= extra.TakeString("tag", "title");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}
