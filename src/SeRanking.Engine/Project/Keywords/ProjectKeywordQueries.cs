using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Keywords;

/// <summary>The keywords of a project, optionally with their first check date on one engine.</summary>
public sealed record ProjectKeywordListQuery
{
    public long SiteId { get; init; }

    public long? SiteEngineId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", site);
        writer.Add("site_engine_id", SiteEngineId is { } engine ? ProjectChecks.Id("SiteEngineId", engine) : null);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>One keyword to add, as the bulk add's array carries it.</summary>
public sealed record NewProjectKeyword
{
    public string Keyword { get; init; } = string.Empty;

    public long? GroupId { get; init; }

    public string? TargetUrl { get; init; }

    public bool? IsStrict { get; init; }

    public string? Comment { get; init; }

    /// <summary>The project's engines to track it on (<c>site_engine_ids</c>); all when null.</summary>
    public IReadOnlyList<long>? SiteEngineIds { get; init; }

    /// <summary>Refuses the keyword (an <see cref="InvalidInputException"/> naming the parameter) when it cannot be sent: before it is batched with others.</summary>
    public void Validate() => _ = Fields().ToList();

    /// <summary>The keyword as sent: trimmed, 1–255 characters; refused with an ArgumentException otherwise.</summary>
    internal string Checked() => ProjectChecks.Text("Keyword", Keyword, MaxLength, required: true)!;

    /// <summary>The most characters a keyword may have (the reference's limit for AI prompts and SERP queries; assumed here).</summary>
    public const int MaxLength = 255;

    internal IEnumerable<KeyValuePair<string, object?>> Fields() =>
    [
        new("keyword", Checked()),
        new("group_id", GroupId is { } group ? ProjectChecks.Id("GroupId", group) : null),
        new("target_url", TargetUrl is { } url ? Check.Target("TargetUrl", url, TargetKind.Url) : null),
        new("is_strict", IsStrict),
        new("comment", ProjectChecks.Text("Comment", Comment, 1000)),
        new("site_engine_ids", ProjectChecks.Ids("SiteEngineId", SiteEngineIds)),
    ];
}

/// <summary>
/// Keywords to add to a project in one request (POST /sites/{site_id}/keywords, unified POST
/// /keywords): the body is a bare JSON array of keyword objects.
/// </summary>
public sealed record ProjectKeywordAddQuery
{
    /// <summary>Keywords sent in one request; an assumption (the reference names no maximum), kept so one failure stays small.</summary>
    public const int BatchSize = 500;

    public long SiteId { get; init; }

    public IReadOnlyList<NewProjectKeyword> Keywords { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        if (Keywords.Count == 0)
        {
            throw new InvalidInputException("Keyword", "Give at least one keyword to add.");
        }

        Check.MaxCount("Keyword", Keywords, BatchSize, "keyword");
        writer.AddId("site_id", site);
        writer.SetBody(Keywords.Select(keyword => keyword.Fields().Where(field => field.Value is not null).ToList()).ToList());
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>
/// A keyword's settings (PATCH on both hosts). The API refuses a change without the keyword's
/// text (400 <c>empty_field</c>) unless only <see cref="IsStrict"/> or <see cref="GroupId"/>
/// change, so that is checked here first.
/// </summary>
public sealed record ProjectKeywordUpdateQuery
{
    public long SiteId { get; init; }

    public long KeywordId { get; init; }

    /// <summary>The keyword's text (required with any change but -IsStrict and -GroupId).</summary>
    public string? Keyword { get; init; }

    public long? GroupId { get; init; }

    public string? TargetUrl { get; init; }

    public bool? IsStrict { get; init; }

    public string? Comment { get; init; }

    /// <summary>Replaces the whole set of engines the keyword is tracked on.</summary>
    public IReadOnlyList<long>? SiteEngineIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var keyword = ProjectChecks.Id("KeywordId", KeywordId);
        writer.AddId("site_id", site).AddId("keyword_id", keyword);
        writer.Target = ProjectChecks.Project(site) + ", keyword " + keyword.ToString(CultureInfo.InvariantCulture);
        var text = ProjectChecks.Text("Keyword", Keyword, NewProjectKeyword.MaxLength);
        var engines = ProjectChecks.Ids("SiteEngineId", SiteEngineIds);
        if (text is null && TargetUrl is null && Comment is null && engines is null && IsStrict is null && GroupId is null)
        {
            throw new InvalidInputException("KeywordId", $"Nothing to change for {writer.Target}: give at least one of -Keyword, -GroupId, -TargetUrl, -IsStrict, -Comment or -SiteEngineId.");
        }

        if (text is null && (TargetUrl is not null || Comment is not null || engines is not null))
        {
            throw new InvalidInputException("Keyword", "-Keyword (the keyword's text) is required with -TargetUrl, -Comment or -SiteEngineId: the API answers empty_field without it. Pipe the keyword from Get-SrProjectKeyword, which gives it.");
        }

        writer.Add("keyword", text)
            .Add("group_id", GroupId is { } group ? ProjectChecks.Id("GroupId", group) : null)
            .Add("target_url", TargetUrl is { } url ? Check.Target("TargetUrl", url, TargetKind.Url) : null)
            .Add("is_strict", IsStrict)
            .Add("comment", ProjectChecks.Text("Comment", Comment, 1000));
        if (engines is not null)
        {
            writer.AddJson("site_engine_ids", engines);
        }
    }
}

/// <summary>Keywords to remove from a project in one request, their ids in the query string.</summary>
public sealed record ProjectKeywordRemoveQuery
{
    /// <summary>Ids sent in one request: the ids travel in the URL, which servers cap at a few kilobytes.</summary>
    public const int BatchSize = 200;

    public long SiteId { get; init; }

    public IReadOnlyList<long> KeywordIds { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var ids = ProjectChecks.Ids("KeywordId", KeywordIds) ?? throw new InvalidInputException("KeywordId", "Give at least one keyword id to remove.");
        Check.MaxCount("KeywordId", ids, BatchSize, "keyword id");
        writer.AddId("site_id", site);
        ProjectChecks.AddIdList(writer, "keywords_ids", ids, indexedWhenUnified: true);
        writer.Target = ProjectChecks.Project(site);
    }
}
