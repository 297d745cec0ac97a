using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SeRanking.Emulator;

/// <summary><c>GET|POST v1/backlinks/summary</c>: up to 100 targets, 100 credits each.</summary>
internal static class BacklinksSummaryEndpoint
{
    private const int MaxTargets = 100;
    private const long CreditsPerTarget = 100;

    private const string UnsupportedMode =
        "Unsupported 'mode' format. Supported 'mode' formats are 'host' (default), 'domain', 'url'.";

    private static readonly string[] HugeSites = ["google.com", "twitter.com", "facebook.com", "youtube.com", "wikipedia.org"];

    public static ApiResponse Handle(ApiCall call, DataAccount account)
    {
        var request = call.Method == "POST" ? ReadPostBody(call.Body) : (call.QueryValues("target"), call.QueryValue("mode"));
        if (request is not { } parsed)
        {
            return ErrorBodies.Data(400, "Invalid JSON body. Send {\"target\": [\"a.com\"], \"mode\": \"host\"}.");
        }

        var (targets, mode) = parsed;
        mode = string.IsNullOrEmpty(mode) ? null : mode;

        if (targets.Count == 0)
        {
            return ErrorBodies.Data(400, "Parameter target is missing.");
        }

        if (targets.Count > MaxTargets)
        {
            return ErrorBodies.Data(400, $"Too many targets. Max targets for one request: {MaxTargets}");
        }

        if (mode is not (null or "host" or "domain" or "url"))
        {
            return ErrorBodies.Data(400, UnsupportedMode);
        }

        foreach (var target in targets)
        {
            if (target.Length == 0 || target.AsSpan().ContainsAny(" \t\r\n"))
            {
                return ErrorBodies.Data(400, "Invalid target");
            }
        }

        // One huge site fails the whole batch, before any charge.
        if (targets.Exists(IsHugeSite))
        {
            return ErrorBodies.Data(244, ErrorBodies.HugeWebsite);
        }

        if (DataApiEndpoints.Charge(call, account, CreditsPerTarget * targets.Count) is { } refusal)
        {
            return refusal;
        }

        var rows = targets.ConvertAll(target => RowFor(target, mode ?? "host"));
        return ApiResponse.Json(200, new BacklinksSummaryBody(rows), ApiJsonContext.Wire.BacklinksSummaryBody);
    }

    /// <summary>Reads <c>{"target": "a.com" | ["a.com", …], "mode": "host"}</c>; null when the body is not such an object.</summary>
    private static (List<string> Targets, string? Mode)? ReadPostBody(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? string.Empty);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var targets = new List<string>();
            if (root.TryGetProperty("target", out var target))
            {
                if (target.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in target.EnumerateArray())
                    {
                        // A non-string element is kept as empty text, which fails as "Invalid target".
                        targets.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty);
                    }
                }
                else
                {
                    targets.Add(target.ValueKind == JsonValueKind.String ? target.GetString()! : string.Empty);
                }
            }

            string? mode = root.TryGetProperty("mode", out var modeElement) && modeElement.ValueKind == JsonValueKind.String
                ? modeElement.GetString()
                : null;
            return (targets, mode);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsHugeSite(string target)
    {
        var domain = Hosts.BaseDomainOf(target);
        return target.StartsWith("huge-", StringComparison.OrdinalIgnoreCase)
            || domain.StartsWith("huge-", StringComparison.OrdinalIgnoreCase)
            || Array.Exists(HugeSites, huge => string.Equals(domain, huge, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A summary row whose figures hang together (dofollow + nofollow = backlinks, …) and depend only on the target and mode.</summary>
    private static BacklinksSummaryRow RowFor(string target, string mode)
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
