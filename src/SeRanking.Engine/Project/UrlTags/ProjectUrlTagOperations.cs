using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Sites;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Project.UrlTags;

/// <summary>
/// URL tags of a project (Project reference §6; unified map §5.5 #41–#44), each described once
/// with its form in both dialects. Free. The change call toggles, so it is sent only as the exact
/// set of changes (<see cref="ChangeAsync"/>), and never retried once it may have arrived: a
/// repeated toggle would undo itself.
/// </summary>
public static class ProjectUrlTagOperations
{
    public static Operation<ProjectSiteQuery, ProjectUrlTag> List { get; } = new(
        ProjectRoutes.Both("GET sites/{site_id}/url-tags", "GET sites/url-tags"), Json.ProjectUrlTag, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.ArrayOrDocument("tags", "items", "data"),
        Stamp = (q, r, _) => r.SiteId = q.SiteId,
    };

    public static Operation<ProjectUrlTagCreateQuery, ProjectWriteAnswer> Create { get; } = new(
        ProjectRoutes.Both("POST sites/{site_id}/url-tags", "POST sites/url-tags"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    /// <summary>Toggles tags on pages and domains (PUT on the legacy host, PATCH on the unified one): not idempotent.</summary>
    public static Operation<ProjectUrlTagChange, ProjectWriteAnswer> Toggle { get; } = new(
        ProjectRoutes.Both("PUT sites/{site_id}/url-tags", "PATCH sites/url-tags"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.CreatesPaidWork,
    };

    public static Operation<ProjectUrlTagQuery, ProjectWriteAnswer> Delete { get; } = new(
        ProjectRoutes.Both("DELETE sites/{site_id}/url-tags/{tag_id}", "DELETE sites/url-tags"), ProjectAnswerJsonContext.Default.ProjectWriteAnswer, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Acknowledgement,
        Safety = RequestSafety.Idempotent,
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrProjectApi.</summary>
    public static Operation[] AllOperations => [List, Create, Toggle, Delete];

    /// <summary>Creates a tag, then reads it back from the list (the reference does not show what the create answers).</summary>
    public static async Task<ProjectUrlTag?> CreateTagAsync(this ApiConnection connection, ProjectUrlTagCreateQuery query, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var answer = await connection.SendAsync(Create, query, trace, cancellationToken).ConfigureAwait(false);
        var tags = await connection.ListAsync(List, new ProjectSiteQuery { SiteId = query.SiteId }, trace, cancellationToken).ConfigureAwait(false);
        var name = query.Name?.Trim();
        return answer?.Id is { } id
            ? tags.FirstOrDefault(tag => tag.TagId == id)
            : tags.LastOrDefault(tag => string.Equals(tag.Name, name, StringComparison.Ordinal));
    }

    /// <summary>
    /// Attaches and detaches pages and domains of one tag, whatever its state: reads the tag
    /// first and sends only what must flip (the API toggles each one given). Answers the tag as
    /// it is afterwards when <paramref name="readBack"/>, else as it was computed to be.
    /// </summary>
    public static async Task<ProjectUrlTag> ChangeAsync(
        this ApiConnection connection, long siteId, long tagId, UrlTagEdit edit, bool readBack, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var tags = await connection.ListAsync(List, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
        var tag = tags.FirstOrDefault(t => t.TagId == tagId)
            ?? throw new InvalidInputException("TagId", $"{ProjectChecks.Project(siteId)} has no URL tag {tagId} (Get-SrProjectUrlTag lists them).");
        var urls = Flips(tag.Urls, edit.AddUrls, edit.RemoveUrls);
        var domains = Flips(tag.Domains, edit.AddDomains, edit.RemoveDomains);
        if (urls.Count + domains.Count > 0)
        {
            _ = await connection.SendAsync(Toggle, new ProjectUrlTagChange { SiteId = siteId, TagIds = [tagId], Urls = urls, Domains = domains }, trace, cancellationToken).ConfigureAwait(false);
        }

        if (readBack)
        {
            var after = await connection.ListAsync(List, new ProjectSiteQuery { SiteId = siteId }, trace, cancellationToken).ConfigureAwait(false);
            return after.FirstOrDefault(t => t.TagId == tagId) ?? tag;
        }

        return tag;
    }

    /// <summary>What must flip: additions not there yet, removals that are there.</summary>
    private static List<string> Flips(IEnumerable<string>? current, IReadOnlyList<string>? add, IReadOnlyList<string>? remove)
    {
        var present = new HashSet<string>((current ?? []).Select(Normal), StringComparer.OrdinalIgnoreCase);
        return (add ?? []).Where(item => !present.Contains(Normal(item)))
            .Concat((remove ?? []).Where(item => present.Contains(Normal(item))))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string Normal(string value) => value.Trim().TrimEnd('/');

    private static ProjectUrlTagJsonContext Json => ProjectUrlTagJsonContext.Default;
}

/// <summary>Pages and domains to attach to a tag or detach from it, each checked as it is given.</summary>
public sealed record UrlTagEdit
{
    public IReadOnlyList<string>? AddUrls { get; init; }

    public IReadOnlyList<string>? RemoveUrls { get; init; }

    public IReadOnlyList<string>? AddDomains { get; init; }

    public IReadOnlyList<string>? RemoveDomains { get; init; }

    /// <summary>Checks every page and domain (refusing with the parameter's name) and that there is something to do; the edit as it will be compared.</summary>
    public UrlTagEdit Checked()
    {
        var edit = new UrlTagEdit
        {
            AddUrls = ProjectUrlTagChange.Pages("AddUrl", AddUrls),
            RemoveUrls = ProjectUrlTagChange.Pages("RemoveUrl", RemoveUrls),
            AddDomains = ProjectUrlTagChange.Sites("AddDomain", AddDomains),
            RemoveDomains = ProjectUrlTagChange.Sites("RemoveDomain", RemoveDomains),
        };
        if (edit.AddUrls is null && edit.RemoveUrls is null && edit.AddDomains is null && edit.RemoveDomains is null)
        {
            throw new InvalidInputException("AddUrl", "Nothing to change: give -AddUrl, -RemoveUrl, -AddDomain or -RemoveDomain.");
        }

        if ((edit.AddUrls ?? []).Intersect(edit.RemoveUrls ?? [], StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } url)
        {
            throw new InvalidInputException("RemoveUrl", $"{url} is given to both -AddUrl and -RemoveUrl.");
        }

        if ((edit.AddDomains ?? []).Intersect(edit.RemoveDomains ?? [], StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } domain)
        {
            throw new InvalidInputException("RemoveDomain", $"{domain} is given to both -AddDomain and -RemoveDomain.");
        }

        return edit;
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ProjectUrlTag))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class ProjectUrlTagJsonContext : JsonSerializerContext
{
}
