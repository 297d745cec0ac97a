using System.Collections.Frozen;

namespace SeRanking.Emulator;

/// <summary>
/// The Data API's regional database codes (`source=`), copied from the seed's "Regional
/// Database Codes" table. The emulator keeps its own copy, independent of the engine's
/// catalogue, so a drift between the two shows up in tests. `worldwide` is not here: the
/// per-country endpoints refuse it.
/// </summary>
internal static class RegionCodes
{
    public static readonly FrozenSet<string> All = FrozenSet.ToFrozenSet(
    [
        "af", "al", "dz", "as", "ao", "ai", "ag", "ar", "am", "aw", "au", "at", "az", "bs", "bh", "bd",
        "bb", "by", "be", "bz", "bj", "bt", "bo", "ba", "bw", "br", "vg", "bn", "bg", "bf", "bi", "cv",
        "kh", "cm", "ca", "ky", "cf", "td", "cl", "cn", "co", "cd", "cg", "ck", "cr", "ci", "hr", "cu",
        "cy", "cz", "dk", "dj", "dm", "do", "ec", "eg", "sv", "gq", "ee", "et", "fo", "fj", "fi", "fr",
        "gf", "pf", "ga", "gm", "ge", "de", "gh", "gi", "gr", "gl", "gd", "gp", "gu", "gt", "gg", "gn",
        "gy", "ht", "hn", "hk", "hu", "is", "in", "id", "iq", "ie", "im", "il", "it", "jm", "jp", "je",
        "jo", "kz", "ke", "ki", "kw", "kg", "la", "lv", "lb", "ls", "ly", "li", "lt", "lu", "mg", "mw",
        "my", "mv", "ml", "mt", "mq", "mr", "mu", "yt", "mx", "fm", "md", "mc", "mn", "me", "ms", "ma",
        "mz", "mm", "na", "nr", "np", "nl", "nc", "nz", "ni", "ne", "ng", "nu", "mk", "no", "om", "pk",
        "pa", "pg", "py", "pe", "ph", "pn", "pl", "pt", "pr", "qa", "re", "ro", "ru", "rw", "sh", "kn",
        "lc", "vc", "ws", "sm", "st", "sa", "sn", "rs", "sc", "sl", "sg", "sk", "si", "sb", "so", "za",
        "kr", "es", "lk", "ps", "sr", "se", "ch", "tw", "tj", "tz", "th", "tl", "tg", "tk", "to", "tt",
        "tn", "tr", "tm", "vi", "ug", "ua", "ae", "uk", "us", "uy", "uz", "vu", "ve", "vn", "ye", "zm",
        "zw",
    ]);
}
