using SeRanking.HelpGenerator.Markdown;

namespace SeRanking.Module.Tests.HelpGenerator;

public class InlineMarkdownTests
{
    [Theory]
    [InlineData("Use `Get-SrRegion` first.", "Use Get-SrRegion first.")]
    [InlineData("``a `tick` inside``", "a `tick` inside")]
    [InlineData("**Bold** and *emphasis*.", "Bold and emphasis.")]
    [InlineData("`**not bold**` in code", "**not bold** in code")]
    [InlineData("See [the API](https://seranking.com/api/).", "See the API (https://seranking.com/api/).")]
    [InlineData("See [Get-SrRegion](Get-SrRegion.md).", "See Get-SrRegion.")]
    [InlineData("See [https://example.com](https://example.com).", "See https://example.com.")]
    [InlineData("Go to <https://example.com/x>.", "Go to https://example.com/x.")]
    [InlineData("about_SeRanking_Regions and location_id stay", "about_SeRanking_Regions and location_id stay")]
    [InlineData(@"An escaped \*star\* and \`tick\`.", "An escaped *star* and `tick`.")]
    [InlineData("2 * 3 * 4 stays arithmetic", "2 * 3 * 4 stays arithmetic")]
    [InlineData("An unmatched ` backtick", "An unmatched ` backtick")]
    [InlineData("-Source ger<Tab> offers de", "-Source ger<Tab> offers de")]
    public void Inline_markup_becomes_plain_text(string markdown, string plain)
    {
        Assert.Equal(plain, InlineMarkdown.ToPlainText(markdown));
    }
}
