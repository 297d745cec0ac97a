using System;
using System.Globalization;
using System.Text;
using SeRanking.Engine.Errors;

namespace SeRanking.Engine.Data.Keywords;

/// <summary>
/// The one local check of a keyword (a seed of keyword ideas, a keyword whose metrics are asked
/// for): what is surely not a search query is refused before anything is sent, naming the value
/// and the fix. The API stays the judge of the rest.
/// </summary>
public static class KeywordRules
{
    /// <summary>
    /// The longest keyword taken. The reference states no limit; search engines stop reading a
    /// query long before this, and keyword databases store phrases in columns of this size, so a
    /// longer text is a paragraph pasted by mistake rather than a keyword.
    /// </summary>
    public const int MaxLength = 255;

    /// <summary>
    /// Returns the keyword as it is sent (trimmed, runs of spaces made one), or throws an
    /// <see cref="InvalidInputException"/> that names it and the fix.
    /// </summary>
    public static string Validate(string? keyword, string parameterName = "Keyword") => Validate(keyword, parameterName, MaxLength);

    /// <summary>As <see cref="Validate(string?, string)"/>, for an API whose keywords are shorter (Serpstat: 100 characters).</summary>
    public static string Validate(string? keyword, string parameterName, int maxLength)
    {
        var text = (keyword ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new InvalidInputException(parameterName, $"The {parameterName} is empty. Give a search phrase such as 'camping tent'.");
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                throw new InvalidInputException(
                    parameterName,
                    $"The {parameterName} '{Shorten(text)}' contains U+{(int)c:X4} (a line break or tab): give one keyword per value (split the text on new lines first: $text -split \"`n\").");
            }
        }

        if (text.StartsWith("@{", StringComparison.Ordinal) && text.EndsWith("}", StringComparison.Ordinal))
        {
            // What PowerShell makes of an object piped in without a Keyword property.
            throw new InvalidInputException(
                parameterName,
                $"The {parameterName} '{Shorten(text)}' is an object turned into text, not a keyword: pipe objects that have a Keyword property, or strings.");
        }

        var collapsed = Collapse(text);
        if (collapsed.Length > maxLength)
        {
            throw new InvalidInputException(
                parameterName,
                $"The {parameterName} '{Shorten(collapsed)}' is {collapsed.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; a keyword has at most {maxLength.ToString(CultureInfo.InvariantCulture)}.");
        }

        return collapsed;
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>At most 60 characters, line breaks and tabs shown as escapes so the message stays on one line.</summary>
    private static string Shorten(string text)
    {
        var shown = text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return shown.Length <= 60 ? shown : shown.Substring(0, 57) + "...";
    }
}
