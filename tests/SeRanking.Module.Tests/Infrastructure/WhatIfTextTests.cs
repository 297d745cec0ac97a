using System.Linq;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Module.Tests.Infrastructure;

public class WhatIfTextTests
{
    [Fact]
    public void A_short_list_is_shown_in_full()
    {
        Assert.Equal("a.com, b.com, c.com", WhatIfText.List(["a.com", "b.com", "c.com"]));
    }

    [Fact]
    public void A_list_of_exactly_five_is_shown_in_full()
    {
        Assert.Equal("1.com, 2.com, 3.com, 4.com, 5.com", WhatIfText.List(Enumerable.Range(1, 5).Select(i => $"{i}.com").ToList()));
    }

    [Fact]
    public void A_long_list_shows_the_first_five_and_counts_the_rest()
    {
        var items = Enumerable.Range(1, 7).Select(i => $"{i}.com").ToList();

        Assert.Equal("1.com, 2.com, 3.com, 4.com, 5.com and 2 more", WhatIfText.List(items));
    }

    [Fact]
    public void The_rest_is_counted_with_an_invariant_thousands_separator()
    {
        var items = Enumerable.Range(1, 1005).Select(i => $"{i}.com").ToList();

        Assert.EndsWith("5.com and 1,000 more", WhatIfText.List(items), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unbounded_list_billed_per_page_says_what_each_page_costs()
    {
        var text = WhatIfText.Describe(DomainOperations.Keywords, "example.com in 'us'", RowWindow.Everything, DomainOperations.Keywords.Forecast(0, 1));

        Assert.Contains("every row (-All)", text, System.StringComparison.Ordinal);
        Assert.Contains("domain/keywords: 100 credits per page of up to 1,000 rows", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("0 credits per request", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bounded_list_billed_per_page_forecasts_its_pages()
    {
        var window = RowWindow.Take(2500);

        var text = WhatIfText.Describe(DomainOperations.Keywords, "example.com in 'us'", window, DomainOperations.Keywords.Forecast(window)!);

        Assert.EndsWith("2,500 rows: domain/keywords: 3 calls × 100 = 300 credits.", text, System.StringComparison.Ordinal);
    }
}
