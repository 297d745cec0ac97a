using System.Net.Http;
using System.Text.Json.Serialization;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Domain;

/// <summary>What GET /v1/domain/overview/db takes.</summary>
public sealed record DomainOverviewQuery
{
    /// <summary>The domain; may be left out when <see cref="Url"/> is given (its host is sent).</summary>
    public string? Domain { get; init; }

    /// <summary>One page instead of the whole domain.</summary>
    public string? Url { get; init; }

    /// <summary>Regional database code (us, uk, de, …).</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>Count subdomains too (the API's default).</summary>
    public bool WithSubdomains { get; init; } = true;

    /// <summary>The domain as sent: the one given, else the URL's host.</summary>
    internal string DomainSent => string.IsNullOrWhiteSpace(Domain) && Url is not null ? TargetRules.HostOf(Url) : Check.Target("Domain", Domain, TargetKind.Domain);

    internal void WriteTo(RequestWriter writer)
    {
        var source = Check.Source("Source", Source);
        var url = Url is null ? null : Check.Target("Url", Url, TargetKind.Url);
        var domain = url is not null && string.IsNullOrWhiteSpace(Domain) ? TargetRules.HostOf(url) : Check.Target("Domain", Domain, TargetKind.Domain);
        writer.Target = url ?? domain;
        writer.Add("source", source).Add("domain", domain).Add("with_subdomains", WithSubdomains).Add("url", url);
    }
}

/// <summary>The domain-analysis operations of the Data API (§4).</summary>
public static class DomainOperations
{
    /// <summary>GET /v1/domain/overview/db: organic and paid summary in one regional database; 100 credits.</summary>
    public static Operation<DomainOverviewQuery, DomainOverview> OverviewDb { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/domain/overview/db", "domain/overview/db", DomainJsonContext.Default.DomainOverview, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
        Stamp = (q, r, _) =>
        {
            r.Domain = q.DomainSent;
            r.Url = q.Url?.Trim();
            r.Source = Check.Source("Source", q.Source);
            r.WithSubdomains = q.WithSubdomains;
        },
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations => [OverviewDb];
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(DomainOverview))]
internal sealed partial class DomainJsonContext : JsonSerializerContext
{
}
