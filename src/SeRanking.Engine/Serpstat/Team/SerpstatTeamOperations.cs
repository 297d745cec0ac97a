using System.Globalization;
using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Serpstat.Projects;

namespace SeRanking.Engine.Serpstat.Team;

/// <summary>A member of the Serpstat team, the owner included (TeamManagement.getList; free).</summary>
[TableView("UserId", "Email", "FirstName", "LastName", "Status")]
public sealed class SerpstatTeamMember : IJsonOnDeserialized
{
    [JsonPropertyName("user_id")]
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? UserId { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("first_name")]
    public string? FirstName { get; set; }

    [JsonPropertyName("last_name")]
    public string? LastName { get; set; }

    /// <summary>Serpstat's status code (its values are not documented; the emulator uses 1 active, 0 inactive).</summary>
    [JsonPropertyName("status")]
    public long? Status { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized() => AdditionalFields = AdditionalFields?.NullIfEmpty();
}

/// <summary>What TeamManagement's methods take (§17).</summary>
public sealed record SerpstatTeamQuery
{
    /// <summary>Text to look for in members' names and emails (getList's search).</summary>
    public string? Search { get; init; }

    /// <summary>The address to invite (addUser).</summary>
    public string? Email { get; init; }

    /// <summary>The member (activateUser, deactivateUser, removeUser).</summary>
    public long? UserId { get; init; }

    /// <summary>Give the removed member's projects to the owner (removeUser's merge_projects; false when not set).</summary>
    public bool MergeProjects { get; init; }

    internal void WriteList(RequestWriter writer)
    {
        if (Search is not null)
        {
            writer.Add("search", Check.Required("Search", Search.Trim()));
        }
    }

    internal void WriteEmail(RequestWriter writer)
    {
        var email = Check.Required("Email", Email?.Trim());
        var at = email.IndexOf('@');
        if (at < 1 || at != email.LastIndexOf('@') || email.IndexOf('.', at) < at + 2 || email.EndsWith(".", System.StringComparison.Ordinal) || email.IndexOfAny([' ', ',', ';']) >= 0)
        {
            throw new InvalidInputException("Email", $"-Email '{email}' is not an email address.");
        }

        writer.Target = email;
        writer.Add("email", email);
    }

    internal void WriteUser(RequestWriter writer, bool remove)
    {
        var id = Check.Range("UserId", UserId, 1, long.MaxValue) ?? throw new InvalidInputException("UserId", "-UserId is required.");
        writer.Target = "user " + id.ToString(CultureInfo.InvariantCulture);
        writer.Add("user_id", id);
        if (remove)
        {
            writer.Add("merge_projects", MergeProjects, asWords: true);
        }
    }
}

/// <summary>Serpstat's team management (§17, <c>TeamManagement</c>): list, add, remove, activate and deactivate members; all free.</summary>
public static class SerpstatTeamOperations
{
    private const string Procedure = "TeamManagement.";

    /// <summary>getList: the team's members, paged.</summary>
    public static Operation<SerpstatTeamQuery, SerpstatTeamMember> List { get; } = new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + "getList", SerpstatJsonContext.Default.SerpstatTeamMember, (q, w) => q.WriteList(w))
    {
        Paging = SerpstatRpc.Pages(),
        Rows = SerpstatRpc.DataRows,
    };

    /// <summary>addUser: invites an address to the team.</summary>
    public static Operation<SerpstatTeamQuery, SerpstatWriteResult> Add { get; } = Change("addUser", (q, w) => q.WriteEmail(w));

    /// <summary>removeUser: removes a member, optionally giving their projects to the owner.</summary>
    public static Operation<SerpstatTeamQuery, SerpstatWriteResult> Remove { get; } = Change("removeUser", (q, w) => q.WriteUser(w, remove: true));

    /// <summary>activateUser: re-activates a member.</summary>
    public static Operation<SerpstatTeamQuery, SerpstatWriteResult> Activate { get; } = Change("activateUser", (q, w) => q.WriteUser(w, remove: false));

    /// <summary>deactivateUser: deactivates a member (its answer is not documented).</summary>
    public static Operation<SerpstatTeamQuery, SerpstatWriteResult> Deactivate { get; } = Change("deactivateUser", (q, w) => q.WriteUser(w, remove: false));

    /// <summary>Every operation of this family.</summary>
    public static Operation[] AllOperations => [Activate, Add, List, Deactivate, Remove];

    private static Operation<SerpstatTeamQuery, SerpstatWriteResult> Change(string method, System.Action<SerpstatTeamQuery, RequestWriter> write) => new(
        ApiKind.Serpstat, HttpMethod.Post, SerpstatRpc.Url, Procedure + method, SerpstatJsonContext.Default.SerpstatWriteResult, write)
    {
        Rows = RowLocation.ArrayOrDocument("data").Under("result"),

        // A change is not repeated after a timeout: it may have been made (an invitation sent twice).
        Safety = Transport.RequestSafety.CreatesPaidWork,
        Stamp = (q, r, _) => (r.Method, r.Id) = (Procedure + method, r.Id ?? q.UserId?.ToString(CultureInfo.InvariantCulture)),
    };
}
