using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.UrlTags;

/// <summary>A URL tag to create and attach (POST /sites/{site_id}/url-tags): a name, with pages and domains.</summary>
public sealed record ProjectUrlTagCreateQuery
{
    public long SiteId { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string>? Urls { get; init; }

    public IReadOnlyList<string>? Domains { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var name = ProjectChecks.Text("Name", Name, 255, required: true);
        writer.AddId("site_id", site)
            .Add("name", name)
            .AddJson("urls", ProjectUrlTagChange.Pages("Url", Urls))
            .AddJson("domains", ProjectUrlTagChange.Sites("Domain", Domains));
        writer.Target = "'" + name + "' in " + ProjectChecks.Project(site);
    }
}

/// <summary>One URL tag by its id: delete it.</summary>
public sealed record ProjectUrlTagQuery
{
    public long SiteId { get; init; }

    public long TagId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var tag = ProjectChecks.Id("TagId", TagId);
        writer.AddId("site_id", site).AddId("tag_id", tag);
        writer.Target = ProjectChecks.Project(site) + ", URL tag " + tag.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// What PUT|PATCH /sites/{site_id}/url-tags sends: the API toggles each tag on each page and
/// domain given (attaches where absent, detaches where present), so this is the exact set of
/// changes, worked out from the tag's current state by the caller.
/// </summary>
public sealed record ProjectUrlTagChange
{
    public long SiteId { get; init; }

    public IReadOnlyList<long> TagIds { get; init; } = [];

    public IReadOnlyList<string>? Urls { get; init; }

    public IReadOnlyList<string>? Domains { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var tags = ProjectChecks.Ids("TagId", TagIds) ?? throw new InvalidInputException("TagId", "-TagId is required: the tag to change.");
        var urls = Pages("Url", Urls);
        var domains = Sites("Domain", Domains);
        if (urls is null && domains is null)
        {
            throw new InvalidInputException("TagId", "Nothing to change: give pages or domains to attach or detach.");
        }

        writer.AddId("site_id", site)
            .AddJson("tag_ids", tags.ToList())
            .AddJson("urls", urls ?? [])
            .AddJson("domains", domains ?? []);
        writer.Target = ProjectChecks.Project(site) + ", URL tag " + string.Join(", ", tags.Select(t => t.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Pages as sent: each a URL (TargetRules), duplicates dropped; null when none.</summary>
    internal static List<string>? Pages(string name, IEnumerable<string>? values)
    {
        var list = values?.Select(value => Check.Target(name, value, TargetKind.Url)).Distinct().ToList();
        return list is { Count: > 0 } ? list : null;
    }

    /// <summary>Domains as sent: each a domain or host (TargetRules), duplicates dropped; null when none.</summary>
    internal static List<string>? Sites(string name, IEnumerable<string>? values)
    {
        var list = values?.Select(value => Check.Target(name, value, TargetKind.Domain)).Distinct().ToList();
        return list is { Count: > 0 } ? list : null;
    }
}
