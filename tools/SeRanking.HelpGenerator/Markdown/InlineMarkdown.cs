using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SeRanking.HelpGenerator.Markdown;

/// <summary>
/// Get-Help prints plain text: `code`, **bold**, *emphasis*, [text](url), &lt;url&gt; and backslash
/// escapes lose their markup. Underscores are left alone: they are part of names here
/// (about_SeRanking, location_id), not emphasis.
/// </summary>
internal static partial class InlineMarkdown
{
    // Private-use characters stand in for escaped punctuation while the markup is removed.
    private const char EscapeBase = '\uE000';

    public static string ToPlainText(string markdown)
    {
        var text = new StringBuilder(markdown.Length);
        var index = 0;
        while (index < markdown.Length)
        {
            var open = UnescapedBacktick(markdown, index);
            if (open < 0)
            {
                text.Append(PlainOutsideCode(markdown[index..]));
                break;
            }

            var run = RunLength(markdown, open, '`');
            var close = FindClosingRun(markdown, open + run, run);
            if (close < 0)
            {
                // An unmatched backtick is a literal one.
                text.Append(PlainOutsideCode(markdown[index..(open + run)]));
                index = open + run;
                continue;
            }

            text.Append(PlainOutsideCode(markdown[index..open]));
            text.Append(CodeSpanContent(markdown[(open + run)..close]));
            index = close + run;
        }

        return text.ToString();
    }

    private static string PlainOutsideCode(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var escaped = Escape().Replace(text, match => ((char)(EscapeBase + match.Groups["char"].Value[0])).ToString());
        escaped = Image().Replace(escaped, match => match.Groups["text"].Value);
        escaped = Link().Replace(escaped, match => LinkText(match.Groups["text"].Value, match.Groups["url"].Value));
        escaped = ReferenceLink().Replace(escaped, match => match.Groups["text"].Value);
        escaped = AutoLink().Replace(escaped, match => match.Groups["url"].Value);
        escaped = Strong().Replace(escaped, match => match.Groups["text"].Value);
        escaped = Emphasis().Replace(escaped, match => match.Groups["text"].Value);

        var plain = new StringBuilder(escaped.Length);
        foreach (var character in escaped)
        {
            plain.Append(character >= EscapeBase && character < EscapeBase + 128 ? (char)(character - EscapeBase) : character);
        }

        return plain.ToString();
    }

    /// <summary>An absolute address stays readable in a terminal; a link to another page keeps its text only.</summary>
    private static string LinkText(string text, string url)
    {
        var isAbsolute = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        return isAbsolute && !text.Equals(url, StringComparison.OrdinalIgnoreCase) ? $"{text} ({url})" : text;
    }

    private static string CodeSpanContent(string content) =>
        content.Length >= 2 && content[0] == ' ' && content[^1] == ' ' && content.Trim().Length > 0 ? content[1..^1] : content;

    private static int UnescapedBacktick(string text, int from)
    {
        var index = from;
        while ((index = text.IndexOf('`', index)) >= 0)
        {
            var backslashes = 0;
            while (index - backslashes - 1 >= from && text[index - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 0)
            {
                return index;
            }

            index++;
        }

        return -1;
    }

    private static int RunLength(string text, int start, char character)
    {
        var end = start;
        while (end < text.Length && text[end] == character)
        {
            end++;
        }

        return end - start;
    }

    private static int FindClosingRun(string text, int from, int length)
    {
        var index = from;
        while ((index = text.IndexOf('`', index)) >= 0)
        {
            var run = RunLength(text, index, '`');
            if (run == length)
            {
                return index;
            }

            index += run;
        }

        return -1;
    }

    [GeneratedRegex(@"\\(?<char>[!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!\[(?<text>[^\]]*)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<url>https?://[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"\*\*(?=\S)(?<text>.+?)(?<=\S)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=[^\s*])(?<text>[^*]+?)(?<=\S)\*(?![\w*])")]
    private static partial Regex Emphasis();
}
