using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Groups;

/// <summary>A project group or keyword group, by its id: delete it.</summary>
public sealed record ProjectGroupQuery
{
    public long GroupId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var id = ProjectChecks.Id("GroupId", GroupId);
        writer.AddId("group_id", id);
        writer.Target = "group " + id.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// A group's name: create a project group (no ids), create a keyword group (<see cref="SiteId"/>,
/// which stays in the body on both hosts), or rename either (<see cref="GroupId"/>).
/// </summary>
public sealed record ProjectGroupNameQuery
{
    /// <summary>The most characters a group name takes; an assumption (the reference names none), as for project titles.</summary>
    public const int MaxLength = 255;

    /// <summary>The group to rename; null when creating one.</summary>
    public long? GroupId { get; init; }

    /// <summary>The project a keyword group is created in; null otherwise.</summary>
    public long? SiteId { get; init; }

    public string? Name { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var name = ProjectChecks.Text("Name", Name, MaxLength, required: true);
        if (GroupId is { } group)
        {
            writer.AddId("group_id", ProjectChecks.Id("GroupId", group));
            writer.Target = "group " + group.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            writer.Target = "'" + name + "'";
        }

        writer.Add("name", name);
        if (SiteId is { } site)
        {
            // The reference keeps site_id in the body of a keyword group's creation, on the unified host too.
            writer.Add("site_id", ProjectChecks.Id("SiteId", site));
            writer.Target += " in " + ProjectChecks.Project(site);
        }
    }
}

/// <summary>
/// Ids to move into a group in one request: projects into a project group (<c>site_ids</c>) or
/// keywords into a keyword group (<c>keywords_ids</c>: the spelling the unified host takes; the
/// other got 400 "No keywords ids in request").
/// </summary>
public sealed record ProjectGroupMoveQuery
{
    /// <summary>Ids sent in one request; an assumption (the reference names no maximum), as for removing keywords.</summary>
    public const int BatchSize = 200;

    public long GroupId { get; init; }

    public IReadOnlyList<long> Ids { get; init; } = [];

    internal void WriteTo(RequestWriter writer, string listName, string idName, string what)
    {
        var group = ProjectChecks.Id("GroupId", GroupId);
        var ids = ProjectChecks.Ids(idName, Ids) ?? throw new InvalidInputException(idName, $"-{idName} is required: the {what} to move.");
        if (ids.Count > BatchSize)
        {
            throw new InvalidInputException(idName, string.Format(CultureInfo.InvariantCulture, "-{0} has {1:N0} ids; one request moves at most {2:N0}.", idName, ids.Count, BatchSize));
        }

        writer.AddId("group_id", group);
        writer.AddJson(listName, ids.ToList());
        writer.Target = ids.Count == 1
            ? what.TrimEnd('s') + " " + ids[0].ToString(CultureInfo.InvariantCulture) + " to group " + group.ToString(CultureInfo.InvariantCulture)
            : ids.Count.ToString("N0", CultureInfo.InvariantCulture) + " " + what + " to group " + group.ToString(CultureInfo.InvariantCulture);
    }
}
