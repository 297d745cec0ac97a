using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// The 25 backlinks paths (API reference §3). Lists hold a seeded number of rows per target
/// (20 to 600); a target named <c>rows-N.example.com</c> holds exactly N (rows-250000… for the
/// benchmark), <c>empty-*.com</c> none. Batched paths take up to 100 targets, as a repeated query
/// parameter or a JSON array.
/// </summary>
internal static class BacklinkRoutes
{
    private const int MaxTargets = 100;

    public static IEnumerable<DataRoute> All()
    {
        yield return Batched("summary", 100, "summary", (json, request, i) => JsonSerializer.Serialize(json, BacklinksSummaryEndpoint.RowFor(request.Targets[(int)i], Mode(request)), ApiJsonContext.Wire.BacklinksSummaryRow));
        yield return Batched("metrics", 100, "metrics", WriteMetrics);
        // The live backlinks are what the lists and the export of the target hold.
        yield return Batched("count", 10, "count", (json, request, i) => WriteTargetCount(json, request.Targets[(int)i], Size(request.Targets[(int)i])));
        yield return Batched("refdomains/count", 10, "refdomains", (json, request, i) => WriteCount(json, request.Targets[(int)i], 0.08));
        yield return Batched("referring-ips/count", 10, "referring_ips", (json, request, i) => WriteCount(json, request.Targets[(int)i], 0.06));
        yield return Batched("referring-subnets/count", 10, "referring_subnets", (json, request, i) => WriteCount(json, request.Targets[(int)i], 0.05));

        yield return List("all", "backlinks", 100, 10_000, WriteBacklink, Orders("date_found", "domain_inlink_rank", "inlink_rank"));
        yield return new DataRoute
        {
            Path = "v1/backlinks/raw",
            Paging = RoutePaging.Cursor,
            DefaultLimit = 10_000,
            MaxLimit = 100_000,
            Billing = RouteBilling.PerRow,
            Cost = 1,
            Required = ["target"],
            RefusesHugeSites = true,
            Validate = Orders("date_found", "domain_inlink_rank", "inlink_rank"),
            Count = request => Size(request.Target!),
            WriteRow = WriteBacklink,
            RowsProperty = "backlinks",
        };
        yield return List("history", "new_lost_backlinks", 100, 10_000, WriteNewLost, Orders("new_lost_date", "domain_inlink_rank", "inlink_rank"), divideBy: 8);
        yield return Daily("history/count", WriteDayCount);
        yield return Daily("history/cumulative", WriteDayTotal);
        yield return List("anchors", "anchors", 100, 10_000, WriteAnchor, Orders("backlinks", "refdomains"), divideBy: 10);
        yield return List("refdomains", "refdomains", 100, 10_000, WriteReferringDomain, Orders("date_found", "domain_inlink_rank", "inlink_rank"), divideBy: 12);
        yield return List("refdomains/history", "new_lost_refdomains", 100, 10_000, WriteReferringDomain, Orders("new_lost_date", "domain_inlink_rank", "inlink_rank"), divideBy: 20);
        yield return Daily("refdomains/history/count", WriteDayCount);
        yield return List("referring-ips", "referring_ips", 100, 10_000, WriteIp, Orders("backlinks", "refdomains"), divideBy: 15);
        yield return List("indexed-pages", "pages", 100, 10_000, WriteIndexedPage, Orders("backlinks", "refdomains"), divideBy: 6);
        yield return Single("authority", 100, (json, request) => WriteAuthority(json, request, page: true, domain: true));
        yield return Single("authority/domain", 10, (json, request) => WriteAuthority(json, request, page: false, domain: true));
        yield return Single("authority/page", 10, (json, request) => WriteAuthority(json, request, page: true, domain: false));
        yield return History("authority/domain/history");
        yield return History("authority/page/history");
        yield return new DataRoute
        {
            Path = "v1/backlinks/authority/domain/distribution",
            Billing = RouteBilling.PerRow,
            Cost = 1,
            Required = ["target"],
            RefusesHugeSites = true,
            Validate = request => request.Value("histogramMode") is null or "domain" or "host" ? null : "histogramMode must be domain or host.",
            Count = _ => 11,
            WriteRow = (json, request, i) =>
            {
                json.WriteStartObject();
                json.WriteNumber("domain_inlink_rank", i * 10);
                json.WriteNumber("count", Mix(request.Target!, i, 1, Math.Max(1, Size(request.Target!) / (i + 2))));
                json.WriteEndObject();
            },
            RowsProperty = "distribution",
        };
    }

    /// <summary>The rows a target has: rows-N.* has N, empty-* none, others a seeded 20 to 600.</summary>
    public static long Size(string target)
    {
        var host = Hosts.HostOf(target);
        if (host.StartsWith("rows-", StringComparison.OrdinalIgnoreCase))
        {
            var end = host.IndexOf('.', StringComparison.Ordinal);
            if (end > 5 && long.TryParse(host[5..end], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rows))
            {
                return rows;
            }
        }

        return host.StartsWith("empty-", StringComparison.OrdinalIgnoreCase) ? 0 : new SeededValues("size|" + Hosts.BaseDomainOf(target)).Between(20, 600);
    }

    /// <summary>A seeded whole number for row <paramref name="i"/> of a target, cheap enough for 250,000 rows.</summary>
    public static long Mix(string target, long i, long min, long max)
    {
        var z = unchecked((ulong)Hash(target) + ((ulong)i * 0x9E3779B97F4A7C15UL) + (ulong)max);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return min + (long)(z % (ulong)(max - min + 1));
    }

    private static DataRoute Batched(string command, long cost, string rows, Action<Utf8JsonWriter, RouteRequest, long> write) => new()
    {
        Path = "v1/backlinks/" + command,
        Methods = ["GET", "POST"],
        Billing = RouteBilling.PerTarget,
        Cost = cost,
        Required = ["target"],
        RefusesHugeSites = true,
        Validate = request => request.Targets.Count > MaxTargets ? $"Too many targets. Max targets for one request: {MaxTargets}" : null,
        Count = request => request.Targets.Count,
        WriteRow = write,
        RowsProperty = rows,
    };

    private static DataRoute List(string command, string rows, int defaultLimit, int maxLimit, Action<Utf8JsonWriter, RouteRequest, long> write, Func<RouteRequest, string?> validate, long divideBy = 1) => new()
    {
        Path = "v1/backlinks/" + command,
        Methods = ["GET", "POST"],
        Paging = RoutePaging.Limit,
        DefaultLimit = defaultLimit,
        MaxLimit = maxLimit,
        Billing = RouteBilling.PerRow,
        Cost = 1,
        Required = ["target"],
        RefusesHugeSites = true,
        Validate = validate,
        Count = request => Math.Max(Size(request.Target!) == 0 ? 0 : 1, Size(request.Target!) / divideBy),
        WriteRow = write,
        RowsProperty = rows,
    };

    private static DataRoute Daily(string command, Action<Utf8JsonWriter, RouteRequest, long> write) => new()
    {
        Path = "v1/backlinks/" + command,
        Methods = ["GET", "POST"],
        Billing = RouteBilling.PerTarget,
        Cost = 100,
        Required = ["target"],
        RefusesHugeSites = true,
        Validate = DateOrder,
        Count = request => Days(request).Count,
        WriteRow = write,
    };

    private static DataRoute Single(string command, long cost, Action<Utf8JsonWriter, RouteRequest> write) => new()
    {
        Path = "v1/backlinks/" + command,
        Methods = ["GET", "POST"],
        Billing = RouteBilling.PerTarget,
        Cost = cost,
        Required = ["target"],
        RefusesHugeSites = true,
        SingleObject = true,
        Count = _ => 1,
        WriteRow = (json, request, _) => write(json, request),
    };

    private static DataRoute History(string command) => new()
    {
        Path = "v1/backlinks/" + command,
        Billing = RouteBilling.PerRow,
        Cost = 1,
        Required = ["target"],
        RefusesHugeSites = true,
        Validate = request => DateOrder(request) ?? (request.Value("granularity") is null or "by_day" or "by_week" or "by_month" ? null : "granularity must be by_day, by_week or by_month."),
        Count = request => Days(request, Step(request)).Count,
        WriteRow = (json, request, i) =>
        {
            var day = Days(request, Step(request))[(int)i];
            json.WriteStartObject();
            json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("value", Mix(request.Target!, day.DayOfYear, 10, 80));
            json.WriteEndObject();
        },
        RowsProperty = "history",
    };

    private static string Mode(RouteRequest request) => request.Value("mode") is { Length: > 0 } mode ? mode : "host";

    private static Func<RouteRequest, string?> Orders(params string[] allowed) =>
        request => request.Value("order_by") is { } order && Array.IndexOf(allowed, order) < 0
            ? $"Incorrect order field {order} desc"
            : request.Long("per_domain") is { } perDomain && (perDomain < 1 || perDomain > 100)
                ? $"per_domain={perDomain} is not within required bounds!"
                : DateOrder(request);

    private static string? DateOrder(RouteRequest request) =>
        request.Date("date_from") is { } from && request.Date("date_to") is { } to && from > to ? "date_from must not be after date_to." : null;

    private static int Step(RouteRequest request) => request.Value("granularity") switch
    {
        "by_week" => 7,
        "by_month" => 30,
        _ => 1,
    };

    /// <summary>The days of the request's range (yesterday to today when not given).</summary>
    private static List<DateTime> Days(RouteRequest request, int step = 1)
    {
        var to = request.Date("date_to") ?? DateTime.UtcNow.Date;
        var from = request.Date("date_from") ?? to.AddDays(-1);
        var days = new List<DateTime>();
        for (var day = from; day <= to && days.Count < 3660; day = day.AddDays(step))
        {
            days.Add(day);
        }

        return days;
    }

    private static long Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= char.ToUpperInvariant(c);
            hash *= 1099511628211UL;
        }

        return (long)hash;
    }

    private static string Day(string target, long i) => DateTime.UtcNow.Date.AddDays(-Mix(target, i, 1, 2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteBacklink(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var target = request.Target!;
        var host = Hosts.HostOf(target);
        var from = Mix(target, i, 1, 999_999);
        json.WriteStartObject();
        json.WriteString("url_from", $"https://site{from.ToString(CultureInfo.InvariantCulture)}.example.net/post-{i.ToString(CultureInfo.InvariantCulture)}");
        json.WriteString("url_to", $"https://{host}/{(i % 7 == 0 ? string.Empty : "page-" + (i % 50).ToString(CultureInfo.InvariantCulture))}");
        json.WriteString("anchor", i % 5 == 0 ? Hosts.BrandOf(host) : "anchor " + (i % 97).ToString(CultureInfo.InvariantCulture));
        json.WriteBoolean("nofollow", i % 5 == 3);
        json.WriteNumber("inlink_rank", Mix(target, i, -1, 100));
        json.WriteNumber("domain_inlink_rank", Mix(target, i + 1, 0, 100));
        json.WriteString("first_seen", Day(target, i));
        json.WriteString("last_visited", DateTime.UtcNow.Date.AddDays(-(i % 30)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteNewLost(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var target = request.Target!;
        var type = request.Value("new_lost_type") ?? (i % 3 == 0 ? "lost" : "new");
        var days = Days(request);
        json.WriteStartObject();
        json.WriteString("new_lost_date", days[(int)(i % days.Count)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("new_lost_type", type);
        json.WriteString("url_from", $"https://site{Mix(target, i, 1, 99_999).ToString(CultureInfo.InvariantCulture)}.example.org/");
        json.WriteString("url_to", $"https://{Hosts.HostOf(target)}/");
        json.WriteString("anchor", "anchor " + (i % 31).ToString(CultureInfo.InvariantCulture));
        json.WriteBoolean("nofollow", i % 4 == 1);
        json.WriteNumber("inlink_rank", Mix(target, i, 0, 100));
        json.WriteNumber("domain_inlink_rank", Mix(target, i + 3, 0, 100));
        if (type == "lost")
        {
            json.WriteString("reason_lost", (i % 4) switch { 0 => "page_not_found", 1 => "link_removed", 2 => "redirect", _ => "noindex" });
        }

        json.WriteEndObject();
    }

    private static void WriteDayCount(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var day = Days(request)[(int)i];
        json.WriteStartObject();
        json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("new", Mix(request.Target!, day.DayOfYear, 0, 200));
        json.WriteNumber("lost", Mix(request.Target!, day.DayOfYear + 400, 0, 150));
        json.WriteEndObject();
    }

    private static void WriteDayTotal(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var day = Days(request)[(int)i];
        json.WriteStartObject();
        json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("total", (Size(request.Target!) * 10) + Mix(request.Target!, day.DayOfYear, 0, 500));
        json.WriteEndObject();
    }

    private static void WriteAnchor(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var backlinks = Mix(request.Target!, i, 1, 5000) / (i + 1);
        var dofollow = backlinks * 4 / 5;
        json.WriteStartObject();
        json.WriteString("anchor", i == 0 ? Hosts.BrandOf(Hosts.HostOf(request.Target!)) : "anchor " + i.ToString(CultureInfo.InvariantCulture));
        json.WriteNumber("backlinks", backlinks);
        json.WriteNumber("refdomains", Math.Max(1, backlinks / 7));
        json.WriteNumber("dofollow_backlinks", dofollow);
        json.WriteNumber("nofollow_backlinks", backlinks - dofollow);
        json.WriteEndObject();
    }

    private static void WriteReferringDomain(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var target = request.Target!;
        var backlinks = Mix(target, i, 1, 400);
        json.WriteStartObject();
        json.WriteString("refdomain", $"ref{Mix(target, i, 1, 99_999).ToString(CultureInfo.InvariantCulture)}.example.com");
        json.WriteNumber("domain_inlink_rank", Mix(target, i + 5, 0, 100));
        json.WriteNumber("backlinks", backlinks);
        json.WriteNumber("dofollow_backlinks", backlinks * 3 / 4);
        json.WriteString("first_seen", Day(target, i));
        if (request.Call.Path.EndsWith("history", StringComparison.Ordinal))
        {
            var days = Days(request);
            json.WriteString("new_lost_date", days[(int)(i % days.Count)].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("new_lost_type", request.Value("new_lost_type") ?? (i % 2 == 0 ? "new" : "lost"));
        }

        json.WriteEndObject();
    }

    private static void WriteIp(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var target = request.Target!;
        json.WriteStartObject();
        json.WriteString("ip", $"203.0.{(i / 250 % 250).ToString(CultureInfo.InvariantCulture)}.{(1 + (i % 250)).ToString(CultureInfo.InvariantCulture)}");
        json.WriteNumber("backlinks", Mix(target, i, 1, 900));
        json.WriteNumber("refdomains", Mix(target, i + 9, 1, 40));
        json.WriteEndObject();
    }

    private static void WriteIndexedPage(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var target = request.Target!;
        json.WriteStartObject();
        json.WriteString("url", $"https://{Hosts.HostOf(target)}/{(i == 0 ? string.Empty : "page-" + i.ToString(CultureInfo.InvariantCulture))}");
        json.WriteNumber("backlinks", Mix(target, i, 1, 3000) / (i + 1));
        json.WriteNumber("refdomains", Mix(target, i + 2, 1, 300) / (i + 1));
        json.WriteString("first_seen", Day(target, i));
        json.WriteString("last_visited", DateTime.UtcNow.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter json, RouteRequest request, long i)
    {
        var row = BacklinksSummaryEndpoint.RowFor(request.Targets[(int)i], Mode(request));
        json.WriteStartObject();
        json.WriteString("target", row.Target);
        json.WriteNumber("backlinks", row.Backlinks);
        json.WriteNumber("refdomains", row.Refdomains);
        json.WriteNumber("subnets", row.Subnets);
        json.WriteNumber("ips", row.Ips);
        json.WriteNumber("dofollow_backlinks", row.DofollowBacklinks);
        json.WriteNumber("nofollow_backlinks", row.NofollowBacklinks);
        json.WriteNumber("edu_backlinks", row.EduBacklinks);
        json.WriteNumber("gov_backlinks", row.GovBacklinks);
        json.WriteEndObject();
    }

    // Referring domains, addresses and subnets: a share of the summary's backlinks.
    private static void WriteCount(Utf8JsonWriter json, string target, double share) =>
        WriteTargetCount(json, target, Math.Max(1, (long)(BacklinksSummaryEndpoint.RowFor(target, "host").Backlinks * share)));

    private static void WriteTargetCount(Utf8JsonWriter json, string target, long count)
    {
        json.WriteStartObject();
        json.WriteString("target", target);
        json.WriteNumber("count", count);
        json.WriteEndObject();
    }

    private static void WriteAuthority(Utf8JsonWriter json, RouteRequest request, bool page, bool domain)
    {
        var row = BacklinksSummaryEndpoint.RowFor(request.Target!, "host");
        json.WriteStartObject();
        json.WriteString("target", request.Target);
        if (page)
        {
            json.WriteNumber("inlink_rank", row.InlinkRank);
        }

        if (domain)
        {
            json.WriteNumber("domain_inlink_rank", row.DomainInlinkRank);
        }

        json.WriteEndObject();
    }
}
