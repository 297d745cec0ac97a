using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeRanking.Infrastructure;

/// <summary>Short descriptions of what a call is about, for -WhatIf and -Confirm.</summary>
internal static class WhatIfText
{
    /// <summary>"a.com, b.com, c.com" or "a.com, b.com, c.com, d.com, e.com and 95 more".</summary>
    public static string List(IReadOnlyCollection<string> items, int shown = 5)
    {
        var head = string.Join(", ", items.Take(shown));
        return items.Count <= shown ? head : $"{head} and {(items.Count - shown).ToString("N0", CultureInfo.InvariantCulture)} more";
    }
}
