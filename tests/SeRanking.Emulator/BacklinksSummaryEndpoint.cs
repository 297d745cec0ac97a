using System;

namespace SeRanking.Emulator;

/// <summary>The rows of <c>backlinks/summary</c> (served by <see cref="Routes.BacklinkRoutes"/>): figures that hang together, seeded by target and mode.</summary>
internal static class BacklinksSummaryEndpoint
{
    /// <summary>A summary row whose figures hang together (dofollow + nofollow = backlinks, …) and depend only on the target and mode.</summary>
    internal static BacklinksSummaryRow RowFor(string target, string mode)
    {
        var values = new SeededValues($"backlinks|{mode}|{Hosts.BaseDomainOf(target)}|{target}");
        var host = Hosts.HostOf(target);
        var brand = Hosts.BrandOf(host);
        var home = $"https://{host}/";

        var backlinks = values.Between(50, 5_000_000);
        var refdomains = Math.Max(1, backlinks / values.Between(6, 40));
        var dofollowBacklinks = values.Share(backlinks, 0.7, 0.9);
        var fromHomePage = values.Share(backlinks, 0.005, 0.03);
        var edu = values.Share(refdomains, 0, 0.02);
        var gov = values.Share(refdomains, 0, 0.004);
        var anchors = values.Share(backlinks, 0.05, 0.15);
        var inlinkRank = (int)values.Between(0, 70);

        return new BacklinksSummaryRow
        {
            Target = target,
            Backlinks = backlinks,
            Refdomains = refdomains,
            Subnets = values.Share(refdomains, 0.55, 0.7),
            Ips = values.Share(refdomains, 0.75, 0.9),
            DofollowBacklinks = dofollowBacklinks,
            NofollowBacklinks = backlinks - dofollowBacklinks,
            EduBacklinks = edu * 2,
            GovBacklinks = gov * 2,
            TextBacklinks = values.Share(backlinks, 0.8, 0.95),
            FromHomePageBacklinks = fromHomePage,
            DofollowFromHomePageBacklinks = values.Share(fromHomePage, 0.7, 0.9),
            FromHomePageRefdomains = values.Share(refdomains, 0.05, 0.12),
            DofollowRefdomains = values.Share(refdomains, 0.7, 0.85),
            EduRefdomains = edu,
            GovRefdomains = gov,
            Anchors = anchors,
            DofollowAnchors = values.Share(anchors, 0.7, 0.85),
            PagesWithBacklinks = Math.Max(1, values.Share(backlinks, 0.02, 0.06)),
            InlinkRank = inlinkRank,
            DomainInlinkRank = Math.Min(100, inlinkRank + (int)values.Between(5, 30)),
            TopAnchorsByBacklinks = [new(brand, values.Share(backlinks, 0.08, 0.15)), new(host, values.Share(backlinks, 0.03, 0.08))],
            TopAnchorsByRefdomains = [new(brand, values.Share(refdomains, 0.15, 0.25)), new(home, values.Share(refdomains, 0.05, 0.1))],
            TopPagesByBacklinks = [new(home, values.Share(backlinks, 0.3, 0.5)), new(home + "blog/", values.Share(backlinks, 0.02, 0.06))],
            TopPagesByRefdomains = [new(home, values.Share(refdomains, 0.4, 0.65)), new(home + "blog/", values.Share(refdomains, 0.03, 0.08))],
            TopTlds = [new("com", values.Share(refdomains, 0.4, 0.55)), new("de", values.Share(refdomains, 0.04, 0.08)), new("org", values.Share(refdomains, 0.03, 0.07))],
            TopCountries = [new("us", values.Share(refdomains, 0.3, 0.45)), new("de", values.Share(refdomains, 0.05, 0.1))],
        };
    }
}
