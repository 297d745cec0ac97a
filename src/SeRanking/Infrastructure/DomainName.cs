using System;

namespace SeRanking.Infrastructure;

/// <summary>
/// A domain given to a -Domain parameter that takes pipeline input by value. PowerShell converts
/// a string to it (its constructor) but no other object, so a piped object with a Url or Keyword
/// property and no Domain is bound by that property to its own parameter set instead of being
/// bound, as text such as "@{Url=...}", to -Domain (which a string[] parameter would accept).
/// </summary>
public sealed class DomainName
{
    public DomainName(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The text as given; the engine checks it.</summary>
    public string Value { get; }

    public override string ToString() => Value;
}
