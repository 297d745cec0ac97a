using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SeRanking.Module.Tests.Support;

/// <summary>
/// The module manifest (out/SeRanking/SeRanking.psd1) read as text: enough of PowerShell data
/// syntax for its flat keys, '…' strings and @(…) arrays of strings.
/// </summary>
internal sealed class Manifest
{
    private readonly string _text;

    private Manifest(string text) => _text = text;

    public static Manifest Load(string path) =>
        new(string.Join('\n', File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith('#'))));

    /// <summary>The value of <c>Key = '…'</c>; fails when the key is absent or not a string.</summary>
    public string Scalar(string key)
    {
        var match = Regex.Match(_text, $@"^\s*{Regex.Escape(key)}\s*=\s*'(?<value>[^']*)'", RegexOptions.Multiline);
        Assert.True(match.Success, $"The manifest has no {key} = '…'.");
        return match.Groups["value"].Value;
    }

    /// <summary>The strings of <c>Key = @(…)</c>; fails when the key is absent or not an array.</summary>
    public IReadOnlyList<string> Array(string key)
    {
        var match = Regex.Match(_text, $@"^\s*{Regex.Escape(key)}\s*=\s*@\((?<items>[^)]*)\)", RegexOptions.Multiline);
        Assert.True(match.Success, $"The manifest has no {key} = @(…).");
        var items = match.Groups["items"].Value;
        var strings = Regex.Matches(items, "'(?<item>[^']*)'").Select(m => m.Groups["item"].Value).ToList();
        var leftOver = Regex.Replace(items, "'[^']*'", string.Empty).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        Assert.True(leftOver.Length == 0, $"{key} holds something other than quoted strings: {leftOver}");
        return strings;
    }
}
