using System.Linq;
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
}
