using System;

namespace SeRanking.Engine.Keys;

/// <summary>Recognises the shape of each key kind and explains a mismatch without revealing the key.</summary>
internal static class KeyFormat
{
    private const int VisibleCharacters = 4;

    internal static string Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return "(empty)";
        }

        return secret!.Length <= VisibleCharacters
            ? new string('*', secret.Length)
            : secret.Substring(0, VisibleCharacters) + "…";
    }

    /// <summary>What a value looks like, judged by shape alone.</summary>
    internal static ApiKind? Recognise(string value)
    {
        foreach (var profile in ApiProfile.All)
        {
            if (HasShape(value, profile.KeyShape))
            {
                return profile.Kind;
            }
        }

        return null;
    }

    internal static string Expected(ApiKind api) => ApiProfile.Of(api).KeyExample;

    internal static string KeyName(ApiKind api) => ApiProfile.Of(api).KeyName;

    private static string WhereToFind(ApiKind api) => ApiProfile.Of(api).KeyWhereToFind;

    private static bool HasShape(string value, KeyShape shape) => shape switch
    {
        KeyShape.Uuid => IsUuid(value),
        KeyShape.Hex40 => IsHex(value, 40),
        _ => IsHex(value, 32),
    };

    /// <summary>Returns the trimmed key, or throws with a message that names the kind and the fix.</summary>
    internal static string Validate(ApiKind api, string? value)
    {
        var name = KeyName(api);
        if (value is null || value.Trim().Length == 0)
        {
            throw new InvalidApiKeyException(api, null, $"The {name} is empty. Expected {Expected(api)}. {WhereToFind(api)}");
        }

        var trimmed = value.Trim();
        if (Recognise(trimmed) == api)
        {
            return trimmed;
        }

        var looksLike = Recognise(trimmed);
        var masked = Mask(trimmed);
        string message = looksLike is { } other
            ? $"The value given as the {name} ({masked}) looks like a {KeyName(other)} ({Expected(other)}), not a {name}. " +
              $"{api.DisplayName()} and {other.DisplayName()} keys are not interchangeable: pass this value where the {KeyName(other)} belongs, " +
              $"and give the {name}: {Expected(api)}. {WhereToFind(api)}"
            : $"The value given as the {name} ({masked}, {trimmed.Length} characters) is not a {name}. " +
              $"Expected {Expected(api)}. {WhereToFind(api)}";
        throw new InvalidApiKeyException(api, looksLike, message);
    }

    private static bool IsUuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var isDashPosition = i is 8 or 13 or 18 or 23;
            if (isDashPosition ? value[i] != '-' : !IsHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHex(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}

/// <summary>A key of the wrong shape or kind, refused before any request is sent.</summary>
public sealed class InvalidApiKeyException : ArgumentException
{
    internal InvalidApiKeyException(ApiKind expected, ApiKind? looksLike, string message)
        : base(message)
    {
        Expected = expected;
        LooksLike = looksLike;
    }

    /// <summary>The kind of key that was asked for.</summary>
    public ApiKind Expected { get; }

    /// <summary>The kind the given value resembles, when it resembles one.</summary>
    public ApiKind? LooksLike { get; }
}
