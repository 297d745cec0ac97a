using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SeRanking.Emulator;

// Response bodies of the Data API, shaped as the samples in shared/api/samples. Property names
// become snake_case through ApiJsonContext; only names that policy cannot produce are spelled out.

internal sealed record DataErrorBody(string ErrorDescription);

internal sealed record NestedErrorBody(NestedError Error);

internal sealed record NestedError(int Code, string Message, string Description);

internal sealed record SubscriptionBody(SubscriptionInfo SubscriptionInfo);

internal sealed record SubscriptionInfo(string Status, string StartDate, string ExpirationDate, long UnitsLimit, long UnitsLeft);

internal sealed record CreditBalanceBody(long Limit, long Used);

internal sealed record BacklinksSummaryBody(IReadOnlyList<BacklinksSummaryRow> Summary);

internal sealed class BacklinksSummaryRow
{
    public required string Target { get; init; }

    public required long Backlinks { get; init; }

    public required long Refdomains { get; init; }

    public required long Subnets { get; init; }

    public required long Ips { get; init; }

    public required long DofollowBacklinks { get; init; }

    public required long NofollowBacklinks { get; init; }

    public required long EduBacklinks { get; init; }

    public required long GovBacklinks { get; init; }

    public required long TextBacklinks { get; init; }

    public required long FromHomePageBacklinks { get; init; }

    public required long DofollowFromHomePageBacklinks { get; init; }

    public required long FromHomePageRefdomains { get; init; }

    public required long DofollowRefdomains { get; init; }

    public required long EduRefdomains { get; init; }

    public required long GovRefdomains { get; init; }

    public required long Anchors { get; init; }

    public required long DofollowAnchors { get; init; }

    public required long PagesWithBacklinks { get; init; }

    public required int InlinkRank { get; init; }

    public required int DomainInlinkRank { get; init; }

    public required IReadOnlyList<AnchorByBacklinks> TopAnchorsByBacklinks { get; init; }

    public required IReadOnlyList<AnchorByRefdomains> TopAnchorsByRefdomains { get; init; }

    public required IReadOnlyList<PageByBacklinks> TopPagesByBacklinks { get; init; }

    public required IReadOnlyList<PageByRefdomains> TopPagesByRefdomains { get; init; }

    public required IReadOnlyList<TldCount> TopTlds { get; init; }

    public required IReadOnlyList<CountryCount> TopCountries { get; init; }
}

internal sealed record AnchorByBacklinks(string Anchor, long Backlinks);

internal sealed record AnchorByRefdomains(string Anchor, long Refdomains);

internal sealed record PageByBacklinks(string Url, long Backlinks);

internal sealed record PageByRefdomains(string Url, long Refdomains);

internal sealed record TldCount(string Tld, long Count);

internal sealed record CountryCount(string Country, long Count);

internal sealed record DomainOverviewBody(OrganicOverview Organic, AdvOverview Adv);

internal sealed class OrganicOverview
{
    public required string BaseDomain { get; init; }

    public required long KeywordsCount { get; init; }

    public required long TrafficSum { get; init; }

    public required double PriceSum { get; init; }

    public required long KeywordsNewCount { get; init; }

    public required long KeywordsUpCount { get; init; }

    public required long KeywordsDownCount { get; init; }

    public required long KeywordsEqualCount { get; init; }

    public required long KeywordsLostCount { get; init; }

    [JsonPropertyName("top1_5")]
    public required long Top1To5 { get; init; }

    [JsonPropertyName("top6_10")]
    public required long Top6To10 { get; init; }

    [JsonPropertyName("top11_20")]
    public required long Top11To20 { get; init; }

    [JsonPropertyName("top21_50")]
    public required long Top21To50 { get; init; }

    [JsonPropertyName("top51_100")]
    public required long Top51To100 { get; init; }

    public required int Year { get; init; }

    public required int Month { get; init; }
}

internal sealed class AdvOverview
{
    public required string BaseDomain { get; init; }

    public required long KeywordsCount { get; init; }

    public required long TrafficSum { get; init; }

    public required double PriceSum { get; init; }

    public required long KeywordsNewCount { get; init; }

    public required long KeywordsUpCount { get; init; }

    public required long KeywordsDownCount { get; init; }

    public required long KeywordsEqualCount { get; init; }

    public required long KeywordsLostCount { get; init; }

    [JsonPropertyName("top1_2")]
    public required long Top1To2 { get; init; }

    [JsonPropertyName("top3_5")]
    public required long Top3To5 { get; init; }

    [JsonPropertyName("top6_8")]
    public required long Top6To8 { get; init; }

    [JsonPropertyName("top9_11")]
    public required long Top9To11 { get; init; }

    public required int Year { get; init; }

    public required int Month { get; init; }
}

internal sealed record SerpTaskCreated(long Id, string Query, string? Tag);

internal sealed record SerpTaskListEntry(long Id, string Query, string? Tag, string Status, string CreatedAt);

internal sealed record SerpStatusBody(string Status);

internal sealed record SerpResultsBody(SerpRequestMetadata RequestMetadata, SerpResultsSummary Summary, IReadOnlyList<SerpItem> Items);

internal sealed record SerpRequestMetadata(long TaskId, string Keyword, string SearchEngine, string Device, long LocationId, string LanguageCode);

internal sealed record SerpResultsSummary(long TotalResults);

/// <summary>One SERP element; fields an element type does not have (a related search has no URL) are left out.</summary>
internal sealed class SerpItem
{
    public required string Type { get; init; }

    public required int Position { get; init; }

    public required int RankAbsolute { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Domain { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Description { get; init; }
}
