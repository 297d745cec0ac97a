using System;
using System.Collections.Generic;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.Backlinks;

// What the backlinks operations take (§3). Each query checks itself while it writes its
// parameters, so nothing is sent that the API would surely refuse; property names are the
// cmdlets' parameter names, which the errors repeat.

/// <summary>Several targets of a batched operation (summary, metrics, the four counts): up to 100 a call.</summary>
public sealed record TargetsQuery
{
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>host (the API's default), domain or url.</summary>
    public string Mode { get; init; } = "host";

    internal void WriteTo(RequestWriter writer)
    {
        if (Targets.Count == 0)
        {
            throw new InvalidInputException("Target", "-Target is required: give at least one domain, host or URL.");
        }

        var targets = new List<string>(Targets.Count);
        foreach (var target in Targets)
        {
            targets.Add(Check.Target("Target", target));
        }

        writer.Target = targets.Count == 1 ? targets[0] : $"{targets.Count} targets";
        writer.AddList("target", Check.MaxCount("Target", targets, 100, "target"), ListStyle.Repeated);
        writer.Add("mode", BacklinkQuery.CheckMode(Mode));
    }
}

/// <summary>What every single-target backlinks list takes: the target and how it is read.</summary>
public abstract record BacklinkQuery
{
    /// <summary>A domain, host or URL.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>host (the API's default: the exact host), domain (with its subdomains) or url (one page).</summary>
    public string Mode { get; init; } = "host";

    internal static string CheckMode(string? mode) => Check.OneOf("Mode", mode ?? "host", "host", "domain", "url")!;

    private protected void WriteTarget(RequestWriter writer, bool withMode = true)
    {
        writer.Target = Check.Target("Target", Target);
        writer.Add("target", writer.Target);
        if (withMode)
        {
            writer.Add("mode", CheckMode(Mode));
        }
    }
}

/// <summary>The backlinks of a target, filtered and sorted (backlinks/all, up to 10,000), or all of them (backlinks/raw).</summary>
public sealed record BacklinkListQuery : BacklinkQuery
{
    /// <summary>Maximum length of a text filter.</summary>
    public const int MaxFilterLength = 2063;

    /// <summary>date_found (the API's default), domain_inlink_rank or inlink_rank.</summary>
    public string? OrderBy { get; init; }

    /// <summary>At most this many backlinks per referring domain (1–100).</summary>
    public int? PerDomain { get; init; }

    public int? InlinkRankFrom { get; init; }

    public int? InlinkRankTo { get; init; }

    public int? DomainInlinkRankFrom { get; init; }

    public int? DomainInlinkRankTo { get; init; }

    /// <summary>Text the linking URL contains (or, with <see cref="UrlFromFilterMode"/> does_not_contain, lacks).</summary>
    public string? UrlFromFilter { get; init; }

    public string? UrlFromFilterMode { get; init; }

    public string? UrlToFilter { get; init; }

    public string? UrlToFilterMode { get; init; }

    public string? AnchorFilter { get; init; }

    public string? AnchorFilterMode { get; init; }

    /// <summary>nofollow_only or dofollow_only; absent for both.</summary>
    public string? LinkFollow { get; init; }

    /// <summary>Whether any filter of backlinks/all (or the mode of one) is set: backlinks/raw takes none.</summary>
    public bool HasFilters =>
        InlinkRankFrom is not null || InlinkRankTo is not null || DomainInlinkRankFrom is not null || DomainInlinkRankTo is not null
        || UrlFromFilter is not null || UrlToFilter is not null || AnchorFilter is not null || LinkFollow is not null
        || UrlFromFilterMode is not null || UrlToFilterMode is not null || AnchorFilterMode is not null;

    internal void WriteAll(RequestWriter writer)
    {
        WriteShared(writer);
        Check.RangePair(nameof(InlinkRankFrom), InlinkRankFrom, nameof(InlinkRankTo), InlinkRankTo, 0, 100);
        Check.RangePair(nameof(DomainInlinkRankFrom), DomainInlinkRankFrom, nameof(DomainInlinkRankTo), DomainInlinkRankTo, 0, 100);
        writer.Add("inlink_rank_from", (long?)InlinkRankFrom).Add("inlink_rank_to", (long?)InlinkRankTo)
            .Add("domain_inlink_rank_from", (long?)DomainInlinkRankFrom).Add("domain_inlink_rank_to", (long?)DomainInlinkRankTo);
        WriteTextFilter(writer, "url_from_filter", nameof(UrlFromFilter), UrlFromFilter, nameof(UrlFromFilterMode), UrlFromFilterMode);
        WriteTextFilter(writer, "url_to_filter", nameof(UrlToFilter), UrlToFilter, nameof(UrlToFilterMode), UrlToFilterMode);
        WriteTextFilter(writer, "anchor_filter", nameof(AnchorFilter), AnchorFilter, nameof(AnchorFilterMode), AnchorFilterMode);
        writer.Add("nofollow_filter", Check.OneOf(nameof(LinkFollow), LinkFollow, "nofollow_only", "dofollow_only"));
    }

    internal void WriteRaw(RequestWriter writer)
    {
        if (HasFilters)
        {
            throw new InvalidInputException(
                "All",
                "The whole backlink set (-All, or more than 10,000 rows) comes from backlinks/raw, which takes no filters; filters apply to the first 10,000 backlinks (backlinks/all). Drop the filters, or ask for at most 10,000 rows.");
        }

        WriteShared(writer);
    }

    private void WriteShared(RequestWriter writer)
    {
        WriteTarget(writer);
        writer.Add("order_by", Check.OneOf(nameof(OrderBy), OrderBy, "date_found", "domain_inlink_rank", "inlink_rank"));
        writer.Add("per_domain", Check.Range(nameof(PerDomain), PerDomain, 1, 100));
    }

    private static void WriteTextFilter(RequestWriter writer, string apiName, string name, string? text, string modeName, string? mode)
    {
        if (text is null)
        {
            if (mode is not null)
            {
                throw new InvalidInputException(modeName, $"-{modeName} says how -{name} is applied; give -{name} too.");
            }

            return;
        }

        if (text.Length == 0 || text.Length > MaxFilterLength)
        {
            throw new InvalidInputException(name, $"-{name} must hold 1 to {MaxFilterLength:N0} characters; got {text.Length:N0}.");
        }

        foreach (var c in text)
        {
            if (c > 127)
            {
                throw new InvalidInputException(name, $"-{name} '{text}' holds '{c}'; the API's text filters take ASCII only (encode the URL first: [uri]::EscapeUriString(...)).");
            }
        }

        writer.Add(apiName, text).Add(apiName + "_mode", Check.OneOf(modeName, mode ?? "contains", "contains", "does_not_contain"));
    }
}

/// <summary>Backlinks found or lost in a date range (backlinks/history).</summary>
public sealed record BacklinkHistoryQuery : BacklinkQuery
{
    /// <summary>new or lost; absent for both.</summary>
    public string? Type { get; init; }

    /// <summary>First day (the API's default: yesterday).</summary>
    public DateTime? From { get; init; }

    /// <summary>Last day (the API's default: today).</summary>
    public DateTime? To { get; init; }

    /// <summary>href or redirect.</summary>
    public string? LinkType { get; init; }

    /// <summary>text, image or undefined.</summary>
    public string? AnchorType { get; init; }

    /// <summary>dofollow, nofollow or undefined.</summary>
    public string? LinkFollow { get; init; }

    /// <summary>Only links from this page or domain.</summary>
    public string? UrlFrom { get; init; }

    /// <summary>new_lost_date (the API's default), domain_inlink_rank or inlink_rank.</summary>
    public string? OrderBy { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        WriteTarget(writer);
        BacklinkDates.Write(writer, From, To);
        writer.Add("new_lost_type", Check.OneOf(nameof(Type), Type, "new", "lost"))
            .Add("link_type", Check.OneOf(nameof(LinkType), LinkType, "href", "redirect"))
            .Add("anchor_type", Check.OneOf(nameof(AnchorType), AnchorType, "text", "image", "undefined"))
            .Add("dofollow", Check.OneOf(nameof(LinkFollow), LinkFollow, "dofollow", "nofollow", "undefined"))
            .Add("url_from", UrlFrom is null ? null : Check.Target(nameof(UrlFrom), UrlFrom))
            .Add("order_by", Check.OneOf(nameof(OrderBy), OrderBy, "new_lost_date", "domain_inlink_rank", "inlink_rank"));
    }
}

/// <summary>
/// A date range of a target (history/count, history/cumulative, refdomains/history,
/// refdomains/history/count), with the new/lost choice where the operation takes it.
/// </summary>
public sealed record BacklinkPeriodQuery : BacklinkQuery
{
    /// <summary>new or lost; absent for both.</summary>
    public string? Type { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>new_lost_date (the API's default), domain_inlink_rank or inlink_rank (refdomains/history only).</summary>
    public string? OrderBy { get; init; }

    internal void WriteTo(RequestWriter writer, bool takesType, bool takesOrder)
    {
        WriteTarget(writer);
        BacklinkDates.Write(writer, From, To);
        if (!takesType && Type is not null)
        {
            throw new InvalidInputException(nameof(Type), "The cumulative history counts every live backlink; -Type (new or lost) does not apply to it.");
        }

        writer.Add("new_lost_type", Check.OneOf(nameof(Type), Type, "new", "lost"));
        if (takesOrder)
        {
            writer.Add("order_by", Check.OneOf(nameof(OrderBy), OrderBy, "new_lost_date", "domain_inlink_rank", "inlink_rank"));
        }
    }
}

/// <summary>A sorted list of a target (anchors, refdomains, referring-ips, indexed-pages).</summary>
public sealed record BacklinkSortedQuery : BacklinkQuery
{
    /// <summary>How the list is sorted; what is allowed depends on the list.</summary>
    public string? OrderBy { get; init; }

    internal void WriteTo(RequestWriter writer, params string[] orders)
    {
        WriteTarget(writer);
        writer.Add("order_by", Check.OneOf(nameof(OrderBy), OrderBy, orders));
    }
}

/// <summary>The authority of a target (authority, authority/domain, authority/page).</summary>
public sealed record AuthorityQuery
{
    public string Target { get; init; } = string.Empty;

    internal void WriteTo(RequestWriter writer, TargetKind kind)
    {
        writer.Target = Check.Target("Target", Target, kind);
        writer.Add("target", writer.Target);
    }
}

/// <summary>The authority history of a domain or a page (authority/domain/history, authority/page/history).</summary>
public sealed record AuthorityHistoryQuery
{
    public string Target { get; init; } = string.Empty;

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>by_day (the API's default), by_week or by_month.</summary>
    public string? Granularity { get; init; }

    internal void WriteTo(RequestWriter writer, TargetKind kind)
    {
        writer.Target = Check.Target("Target", Target, kind);
        writer.Add("target", writer.Target);
        BacklinkDates.Write(writer, From, To);
        writer.Add("granularity", Check.OneOf(nameof(Granularity), Granularity, "by_day", "by_week", "by_month"));
    }
}

/// <summary>The histogram of the referring domains' authority (authority/domain/distribution).</summary>
public sealed record AuthorityDistributionQuery : BacklinkQuery
{
    /// <summary>host (the API's default: unique referring hosts) or domain (unique referring domains).</summary>
    public string? CountBy { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        WriteTarget(writer);
        writer.Add("histogramMode", Check.OneOf(nameof(CountBy), CountBy, "host", "domain"));
    }
}

/// <summary>The date pair of the history operations, checked once for all of them.</summary>
internal static class BacklinkDates
{
    internal static void Write(RequestWriter writer, DateTime? from, DateTime? to)
    {
        var today = DateTime.UtcNow.Date.AddDays(1); // a day of slack: the caller's today may be ahead of UTC
        Check.NotFuture("From", from, today);
        Check.NotFuture("To", to, today);
        Check.DateOrder("From", from, "To", to);
        writer.Add("date_from", from).Add("date_to", to);
    }
}
