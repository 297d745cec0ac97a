using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Serpstat.Projects;

/// <summary>A Serpstat project (ProjectProcedure.getProjects; free).</summary>
[TableView("ProjectId", "Name", "Domain", "Group", "Type", "CreatedAt")]
public sealed class SerpstatProject : IJsonOnDeserialized
{
    [JsonPropertyName("project_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ProjectId { get; set; }

    [JsonPropertyName("project_name")]
    public string? Name { get; set; }

    [JsonPropertyName("domain")]
    public string? Domain { get; set; }

    [JsonPropertyName("group")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Group { get; set; }

    [JsonPropertyName("type")]
    [JsonConverter(typeof(LooseTextConverter))]
    public string? Type { get; set; }

    [JsonPropertyName("created_at")]
    [JsonConverter(typeof(LenientDateTimeConverter))]
    public DateTime? CreatedAt { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        AdditionalFields?.Remove("summary_info");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>What createProject, deleteProject and getProjects take (§11).</summary>
public sealed record SerpstatProjectQuery
{
    /// <summary>The project's domain (createProject).</summary>
    public string? Domain { get; init; }

    /// <summary>The project's name (createProject).</summary>
    public string? Name { get; init; }

    /// <summary>Groups to put the project in (createProject's groups; their object form is not documented, so names are sent as {"name": …}).</summary>
    public IReadOnlyList<string>? Group { get; init; }

    /// <summary>The project to delete (deleteProject).</summary>
    public long? ProjectId { get; init; }

    /// <summary>The longest project name the module sends; Serpstat states none, the SE Ranking projects take 100.</summary>
    public const int MaxNameLength = 100;

    internal void WriteCreate(RequestWriter writer)
    {
        var domain = SerpstatParams.Domain("Domain", Domain);
        var name = Check.Required("Name", Name?.Trim());
        if (name.Length > MaxNameLength)
        {
            throw new InvalidInputException("Name", $"-Name is {name.Length} characters long; at most {MaxNameLength} are taken.");
        }

        writer.Target = $"{name} ({domain})";
        writer.Add("domain", domain).Add("name", name);
        if (Group is { Count: > 0 })
        {
            var groups = Group.Select(g => Check.Required("Group", g?.Trim())).Distinct(StringComparer.Ordinal)
                .Select(g => (object?)new List<KeyValuePair<string, object?>> { new("name", g) }).ToList();
            writer.AddJson("groups", groups);
        }
    }

    internal void WriteDelete(RequestWriter writer)
    {
        var id = Check.Range("ProjectId", ProjectId, 1, long.MaxValue) ?? throw new InvalidInputException("ProjectId", "-ProjectId is required.");
        writer.Target = "project " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        writer.Add("project_id", id);
    }
}

/// <summary>What a Serpstat write answers: whether it worked, the id it concerns, and the limits it left (projects and team, §11 and §17).</summary>
[TableView("Id", "Success", "Method", "LimitLeft", "LimitTotal")]
public sealed class SerpstatWriteResult : IJsonOnDeserialized
{
    /// <summary>The project or user the change concerns (project_id, user_id).</summary>
    [JsonIgnore]
    public string? Id { get; set; }

    /// <summary>True unless Serpstat said otherwise (an empty or boolean answer counts as success).</summary>
    [JsonPropertyName("success")]
    [JsonConverter(typeof(FlexibleBooleanConverter))]
    public bool Success { get; set; } = true;

    /// <summary>The method called.</summary>
    [JsonIgnore]
    public string Method { get; set; } = string.Empty;

    /// <summary>Team seats in all, used and left after the change (limits).</summary>
    public long? LimitTotal => Limits?.Total;

    public long? LimitUsed => Limits?.Used;

    public long? LimitLeft => Limits?.Left;

    [JsonInclude]
    [JsonPropertyName("limits")]
    internal SerpstatSeatLimits? Limits { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Id = AdditionalFields?.TakeString("project_id", "user_id", "projectId", "id");
        AdditionalFields?.Remove("summary_info");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>Seats in a team: total, used, left.</summary>
internal sealed class SerpstatSeatLimits
{
    [JsonPropertyName("total")]
    public long? Total { get; set; }

    [JsonPropertyName("used")]
    public long? Used { get; set; }

    [JsonPropertyName("left")]
    public long? Left { get; set; }
}

/// <summary>Serpstat's projects (§11, <c>ProjectProcedure</c>): list, create, delete; all free (a project uses a slot of the plan).</summary>
public static class SerpstatProjectOperations
{
    private const string Procedure = "ProjectProcedure.";

    /// <summary>getProjects: the account's projects, paged.</summary>
    public static Operation<SerpstatProjectQuery, SerpstatProject> List { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getProjects", SerpstatJsonContext.Default.SerpstatProject, (_, _) => { })
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
    };

    /// <summary>createProject: a new project for a domain; answers its id.</summary>
    public static Operation<SerpstatProjectQuery, SerpstatWriteResult> Create { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "createProject", SerpstatJsonContext.Default.SerpstatWriteResult, (q, w) => q.WriteCreate(w))
    {
        // {"result": {"project_id": "…"}}: the result is the row; a data wrapper is read too.
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
        // A timeout may come after the project was made: never sent twice (a second would be a duplicate).
        Safety = Transport.RequestSafety.CreatesPaidWork,
        Stamp = (_, r, _) => r.Method = Procedure + "createProject",
    };

    /// <summary>deleteProject: deletes a project (its answer is not documented).</summary>
    public static Operation<SerpstatProjectQuery, SerpstatWriteResult> Delete { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "deleteProject", SerpstatJsonContext.Default.SerpstatWriteResult, (q, w) => q.WriteDelete(w))
    {
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),
        Safety = Transport.RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => (r.Method, r.Id) = (Procedure + "deleteProject", r.Id ?? q.ProjectId?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>Every operation of this family.</summary>
    public static Operation[] AllOperations => [List, Create, Delete];
}
