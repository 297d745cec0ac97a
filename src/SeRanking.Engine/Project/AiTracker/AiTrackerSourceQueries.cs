using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>Which source read a <see cref="AiTrackerSourceQuery"/> is for: the lists take more filters than the summaries.</summary>
public enum AiTrackerSourceRead
{
    Summary,
    Recommendations,
    Domains,
    Pages,
}

/// <summary>
/// The cited sources of a project's AI answers over a range (unified only): the last 30 days by
/// default, filtered by engines, prompts and groups; the domain and page lists also by brand
/// mention, link, a search text and competitors, sorted and paged (1–100 a page).
/// </summary>
public sealed record AiTrackerSourceQuery
{
    /// <summary>What the domain list sorts by (<c>ai_answers_total</c> by default).</summary>
    public static IReadOnlyList<string> DomainSorts { get; } =
        ["ai_answers_total", "backlinks_total", "brand_mentions_total", "coverage_percent", "dt", "domain", "mention_rate_percent", "pages_total", "prompts", "prompts_total", "referring_domains_total"];

    /// <summary>What the page list sorts by (<c>count_usage</c> by default).</summary>
    public static IReadOnlyList<string> PageSorts { get; } =
        ["count_usage", "answers_coverage", "brands_num", "competitors_num", "dt", "link", "mention", "prompt_coverage", "prompts", "url"];

    public long SiteId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>Engines (<c>site_llm_ids[]</c>); all when null.</summary>
    public IReadOnlyList<long>? LlmIds { get; init; }

    /// <summary>Prompts by their own id (<c>prompt_ids[]</c>).</summary>
    public IReadOnlyList<long>? PromptIds { get; init; }

    public IReadOnlyList<long>? GroupIds { get; init; }

    public bool? BrandMentioned { get; init; }

    public bool? HasLink { get; init; }

    /// <summary>A substring of the domain or URL.</summary>
    public string? Search { get; init; }

    public IReadOnlyList<long>? CompetitorIds { get; init; }

    public string? SortBy { get; init; }

    public bool Ascending { get; init; }

    /// <summary>Pages of one domain (from the domain list).</summary>
    public long? DomainId { get; init; }

    internal void WriteTo(RequestWriter writer, AiTrackerSourceRead read)
    {
        AiTrackerChecks.Site(writer, SiteId);
        AiTrackerChecks.Dates(writer, From, To);
        AiTrackerChecks.AddIds(writer, "site_llm_ids", "LlmId", LlmIds);
        AiTrackerChecks.AddIds(writer, "prompt_ids", "PromptId", PromptIds);
        AiTrackerChecks.AddIds(writer, "group_ids", "GroupId", GroupIds);
        var list = read is AiTrackerSourceRead.Domains or AiTrackerSourceRead.Pages;
        if (!list)
        {
            return;
        }

        writer.Add("is_brand_mentioned", BrandMentioned).Add("has_link", HasLink).Add("search", ProjectChecks.Text("Search", Search, 255));
        AiTrackerChecks.AddIds(writer, "competitor_ids", "CompetitorId", CompetitorIds);
        var sorts = read == AiTrackerSourceRead.Domains ? DomainSorts : PageSorts;
        writer.Add("sort", Check.OneOf("SortBy", SortBy, [.. sorts]));
        writer.Add("sort_order", SortBy is null && !Ascending ? null : Ascending ? "asc" : "desc");
        if (DomainId is { } domain)
        {
            if (read != AiTrackerSourceRead.Pages)
            {
                throw new InvalidInputException("DomainId", "-DomainId filters the page list only.");
            }

            writer.Add("domain_id", ProjectChecks.Id("DomainId", domain));
        }
    }
}

/// <summary>
/// The brands AI engines named for up to 50 prompts (unified GET airt/competitors): a range of at
/// most 366 days (the last 7 by default) and at most 3,660 prompt-days a call.
/// </summary>
public sealed record AiTrackerCompetitorQuery
{
    public const int MaxPrompts = 50;

    public const int MaxPromptDays = 3660;

    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public IReadOnlyList<long> PromptLlmIds { get; init; } = [];

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>False sends <c>include_cached_copy_url=0</c> (the link still points at api4).</summary>
    public bool CachedCopyUrl { get; init; } = true;

    /// <summary>Merge consecutive identical days into ranges (<c>compact=1</c>).</summary>
    public bool Compact { get; init; }

    /// <summary>Days the range spans, with the API's defaults.</summary>
    public static int DaysOf(DateTime? from, DateTime? to, int defaultDays)
    {
        var end = (to ?? DateTime.Today).Date;
        var start = (from ?? end.AddDays(-defaultDays)).Date;
        return (int)(end - start).TotalDays + 1;
    }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var ids = ProjectChecks.Ids("PromptLlmId", PromptLlmIds) ?? throw new InvalidInputException("PromptLlmId", "-PromptLlmId is required: 1 to 50 prompts.");
        Check.MaxCount("PromptLlmId", ids, MaxPrompts, "prompt");
        var days = AiTrackerDates.Span(From, To, 7);
        if (ids.Count * days > MaxPromptDays)
        {
            throw new InvalidInputException("From", string.Format(CultureInfo.InvariantCulture, "{0} prompts × {1} days is {2:N0} prompt-days; the API takes at most {3:N0} a call: shorten the range or give fewer prompts.", ids.Count, days, ids.Count * days, MaxPromptDays));
        }

        writer.Target += ", " + ids.Count.ToString(CultureInfo.InvariantCulture) + (ids.Count == 1 ? " prompt" : " prompts");
        AiTrackerChecks.AddIds(writer, "prompt_llm_ids", "PromptLlmId", ids);
        AiTrackerChecks.Dates(writer, From, To);
        writer.Add("include_cached_copy_url", CachedCopyUrl ? null : "0").Add("compact", Compact ? "1" : null);
    }
}

/// <summary>The days with competitor results for one prompt (unified GET airt/competitors/dates): at most 366 days, the last 30 by default.</summary>
public sealed record AiTrackerCompetitorDateQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public long PromptLlmId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var prompt = ProjectChecks.Id("PromptLlmId", PromptLlmId);
        _ = AiTrackerDates.Span(From, To, 30);
        writer.Target += ", prompt " + prompt.ToString(CultureInfo.InvariantCulture);
        writer.Add("prompt_llm_id", prompt);
        AiTrackerChecks.Dates(writer, From, To);
    }
}

/// <summary>What the answer to one prompt cited on a day (unified GET airt/competitors/source-metrics), per domain or per URL.</summary>
public sealed record AiTrackerCompetitorSourceQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public long PromptLlmId { get; init; }

    public DateTime? Date { get; init; }

    /// <summary>Per URL (<c>mode=url</c>) instead of per domain.</summary>
    public bool ByUrl { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var prompt = ProjectChecks.Id("PromptLlmId", PromptLlmId);
        var date = Date ?? throw new InvalidInputException("Date", "-Date is required: the day whose answer's sources to read.");
        Check.NotFuture("Date", date, DateTime.Today);
        writer.Target += ", prompt " + prompt.ToString(CultureInfo.InvariantCulture);
        writer.Add("prompt_llm_id", prompt).Add("date", date.Date).Add("mode", ByUrl ? "url" : null);
    }
}

/// <summary>The range rules of the competitor reads.</summary>
internal static class AiTrackerDates
{
    public const int MaxDays = 366;

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> with the API's defaults; refused beyond 366.</summary>
    public static int Span(DateTime? from, DateTime? to, int defaultDays)
    {
        ProjectChecks.Dates("From", from, "To", to);
        var days = AiTrackerCompetitorQuery.DaysOf(from, to, defaultDays);
        return days > MaxDays
            ? throw new InvalidInputException("From", string.Format(CultureInfo.InvariantCulture, "-From to -To spans {0} days; the API takes at most {1}.", days, MaxDays))
            : days;
    }
}
