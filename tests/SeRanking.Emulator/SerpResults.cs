using System;
using System.Collections.Generic;

namespace SeRanking.Emulator;

/// <summary>
/// Result pages of a SERP task, fixed by its query, location, language and device. Standard
/// results hold only organic, ads and featured-snippet items; advanced results add the other
/// element types among them, as the real service does.
/// </summary>
internal static class SerpResults
{
    private const int OrganicCount = 10;

    private static readonly string[] Domains =
    [
        "example-shop.com", "rival-store.net", "campingguide.org", "outdoorgiant.com", "reviewhub.com",
        "bestbuyersguide.net", "localmarket.de", "dealfinder.io", "expertadvice.co.uk", "forum-talk.com",
        "newsdaily.com", "wikipedia.org", "howto-central.com", "pricecompare.eu",
    ];

    public static SerpResultsBody For(SerpTask task, bool advanced)
    {
        var request = task.Request;
        var values = new SeededValues($"serp|{task.Query}|{request.LocationId}|{request.LanguageCode}|{request.Device}");
        var domains = values.Shuffle(Domains);
        var slug = Uri.EscapeDataString(task.Query.Replace(' ', '-'));
        var title = Hosts.TitleCase(task.Query);

        var items = new List<SerpItem>();
        void Add(string type, int position, string? domain, string? itemTitle, string? description) => items.Add(new SerpItem
        {
            Type = type,
            Position = position,
            RankAbsolute = items.Count + 1,
            Domain = domain,
            Url = domain is null ? null : $"https://{domain}/{slug}/",
            Title = itemTitle,
            Description = description,
        });

        if (advanced)
        {
            Add("ai_overview", 1, domains[12], null, $"{title} choices depend on how and where you use them; compare reviews before buying.");
        }

        Add("ads", 1, domains[10], $"{title} on Sale - {Hosts.BrandOf(domains[10])}", "Free shipping on orders over $50.");
        Add("featured_snippet", 1, domains[11], $"How to Choose {title}", $"Look at quality, price and reviews first when choosing {task.Query}.");
        for (var rank = 1; rank <= OrganicCount; rank++)
        {
            var domain = domains[rank - 1];
            Add("organic", rank, domain, $"{title} | {Hosts.BrandOf(domain)}", $"Everything about {task.Query} at {Hosts.BrandOf(domain)}.");
            if (advanced && rank == 3)
            {
                Add("people_also_ask", 1, domains[13], $"What is the best {task.Query}?", $"The best {task.Query} balances price and durability.");
            }

            if (advanced && rank == 6)
            {
                Add("local_pack", 1, domains[6], $"{Hosts.BrandOf(domains[6])} Store", "Open until 8 PM.");
            }
        }

        if (advanced)
        {
            Add("related_searches", 1, null, $"{task.Query} for sale", null);
        }

        var metadata = new SerpRequestMetadata(task.Id, task.Query, request.SearchEngine, request.Device, request.LocationId, request.LanguageCode);
        return new SerpResultsBody(metadata, new SerpResultsSummary(values.Between(10_000, 900_000_000)), items);
    }
}
