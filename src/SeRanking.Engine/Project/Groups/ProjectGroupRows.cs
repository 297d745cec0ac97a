using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Project.Groups;

/// <summary>
/// A project group of the account (GET /site-groups, unified GET /sites/groups): a folder of
/// projects. <see cref="GroupId"/> is what Get-SrProject shows as a project's GroupId.
/// </summary>
[TableView("GroupId", "Name", "ProjectCount")]
public sealed class ProjectGroup : IJsonOnDeserialized
{
    /// <summary>The group's id (<c>group_id</c>).</summary>
    [JsonPropertyName("id")]
    public long GroupId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Projects in the group, where the answer says (unconfirmed field).</summary>
    [JsonIgnore]
    public long? ProjectCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            ProjectCount = extra.TakeLong("sites_count", "site_count", "projects_count");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// A keyword group of a project (GET /keyword-groups/{site_id}, unified GET /keywords/groups):
/// <see cref="GroupId"/> is what Get-SrProjectKeyword shows as a keyword's GroupId.
/// </summary>
[TableView("SiteId", "GroupId", "Name", "KeywordCount")]
public sealed class ProjectKeywordGroup : IJsonOnDeserialized
{
    /// <summary>The project (from the query).</summary>
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonPropertyName("id")]
    public long GroupId { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Keywords in the group, where the answer says (unconfirmed field).</summary>
    [JsonIgnore]
    public long? KeywordCount { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            KeywordCount = extra.TakeLong("keywords_count", "keyword_count", "count");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}
