using System;
using SeRanking.Engine.Batching;

namespace SeRanking.Engine.Tests.Batching;

/// <summary>What is refused before a request is sent, and what a target may legitimately hold.</summary>
public class TargetRulesTests
{
    [Theory]
    [InlineData("a.com,b.com")]
    [InlineData("a.com;b.com")]
    [InlineData("https://a.com,b.com/page")]
    [InlineData("a.com,")]
    public void A_list_in_one_value_is_refused_before_it_is_sent_and_charged_as_one_target(string target)
    {
        var refused = Assert.Throws<InvalidTargetException>(() => TargetRules.Validate(target));

        Assert.Contains("looks like a list", refused.Message, StringComparison.Ordinal);
        Assert.Contains("one target per value", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Target", refused.ParamName);
    }

    [Theory]
    [InlineData("https://example.com/a,b;c")]
    [InlineData("example.com/search?q=a,b")]
    [InlineData("blog.example.com:8080")]
    public void Commas_and_semicolons_after_the_host_are_a_urls_own_business(string target)
    {
        Assert.Equal(target, TargetRules.Validate(target));
    }
}
