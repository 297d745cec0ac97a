using System;

namespace SeRanking.Emulator;

/// <summary><c>GET v1/domain/overview/db</c>: organic and paid summary of a domain in one regional database, 100 credits.</summary>
internal static class DomainOverviewEndpoint
{
    private const long Cost = 100;

    public static ApiResponse Handle(ApiCall call, DataAccount account)
    {
        var source = call.QueryValue("source");
        if (source is null || !RegionCodes.All.Contains(source))
        {
            return ErrorBodies.Data(400, "Invalid source");
        }

        // The API ignores domain when url is given.
        var target = call.QueryValue("url") is { Length: > 0 } url ? url : call.QueryValue("domain");
        if (string.IsNullOrWhiteSpace(target))
        {
            return ErrorBodies.Data(400, "Parameter domain is missing.");
        }

        var withSubdomains = call.QueryValue("with_subdomains") ?? "1";
        if (withSubdomains is not ("0" or "1"))
        {
            return ErrorBodies.Data(400, "Parameter with_subdomains is invalid.");
        }

        if (DataApiEndpoints.Charge(call, account, Cost) is { } refusal)
        {
            return refusal;
        }

        var baseDomain = Hosts.BaseDomainOf(target);
        var values = new SeededValues($"overview|{source}|{withSubdomains}|{target}");
        var month = DateTime.UtcNow;
        var body = new DomainOverviewBody(Organic(baseDomain, values, month), Adv(baseDomain, values, month));
        return ApiResponse.Json(200, body, ApiJsonContext.Wire.DomainOverviewBody);
    }

    private static OrganicOverview Organic(string baseDomain, SeededValues values, DateTime month)
    {
        var keywords = values.Between(20, 2_000_000);
        var traffic = values.Share(keywords, 0.5, 4);
        var top1To5 = values.Share(keywords, 0.05, 0.1);
        var top6To10 = values.Share(keywords, 0.05, 0.09);
        var top11To20 = values.Share(keywords, 0.1, 0.14);
        var top21To50 = values.Share(keywords, 0.28, 0.34);
        var added = values.Share(keywords, 0.08, 0.14);
        var up = values.Share(keywords, 0.15, 0.22);
        var down = values.Share(keywords, 0.14, 0.2);
        return new OrganicOverview
        {
            BaseDomain = baseDomain,
            KeywordsCount = keywords,
            TrafficSum = traffic,
            PriceSum = Math.Round(traffic * values.Fraction(0.2, 1.5), 2),
            KeywordsNewCount = added,
            KeywordsUpCount = up,
            KeywordsDownCount = down,
            KeywordsEqualCount = keywords - added - up - down,
            KeywordsLostCount = values.Share(keywords, 0.06, 0.12),
            Top1To5 = top1To5,
            Top6To10 = top6To10,
            Top11To20 = top11To20,
            Top21To50 = top21To50,
            Top51To100 = keywords - top1To5 - top6To10 - top11To20 - top21To50,
            Year = month.Year,
            Month = month.Month,
        };
    }

    private static AdvOverview Adv(string baseDomain, SeededValues values, DateTime month)
    {
        var keywords = values.Between(0, 5_000);
        var top1To2 = values.Share(keywords, 0.35, 0.45);
        var top3To5 = values.Share(keywords, 0.25, 0.3);
        var top6To8 = values.Share(keywords, 0.12, 0.16);
        var added = values.Share(keywords, 0.1, 0.2);
        var up = values.Share(keywords, 0, 0.05);
        var down = values.Share(keywords, 0, 0.05);
        var traffic = values.Share(keywords, 3, 8);
        return new AdvOverview
        {
            BaseDomain = baseDomain,
            KeywordsCount = keywords,
            TrafficSum = traffic,
            PriceSum = Math.Round(traffic * values.Fraction(1, 4), 2),
            KeywordsNewCount = added,
            KeywordsUpCount = up,
            KeywordsDownCount = down,
            KeywordsEqualCount = keywords - added - up - down,
            KeywordsLostCount = values.Share(keywords, 0.1, 0.2),
            Top1To2 = top1To2,
            Top3To5 = top3To5,
            Top6To8 = top6To8,
            Top9To11 = keywords - top1To2 - top3To5 - top6To8,
            Year = month.Year,
            Month = month.Month,
        };
    }
}
