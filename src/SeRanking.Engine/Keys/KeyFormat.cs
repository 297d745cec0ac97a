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
        if (IsUuid(value))
        {
            return ApiKind.SeRankingData;
        }

        if (IsHex(value, 40))
        {
            return ApiKind.SeRankingProject;
        }

        if (IsHex(value, 32))
        {
            return ApiKind.Serpstat;
        }

        return null;
    }

    internal static string Expected(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => "a UUID such as 80cfee7d-xxxx-xxxx-xxxx-fc8500816bb3 (8-4-4-4-12 hexadecimal digits)",
        ApiKind.SeRankingProject => "40 hexadecimal characters such as 253a73adxxxxxxxxxxxxxxxxxxxxxxxx340aa0a939",
        ApiKind.Serpstat => "32 hexadecimal characters",
        _ => api.ToString(),
    };

    internal static string KeyName(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => "Data API key",
        ApiKind.SeRankingProject => "Project API key",
        ApiKind.Serpstat => "Serpstat API token",
        _ => api.ToString(),
    };

    private static string WhereToFind(ApiKind api) => api switch
    {
        ApiKind.SeRankingData => "Find it in SE Ranking under Profile & Preferences > API Dashboard.",
        ApiKind.SeRankingProject => "Find it in SE Ranking under Settings > API (Project API).",
        ApiKind.Serpstat => "Find it in your Serpstat profile under API.",
        _ => string.Empty,
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
