using System;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace SeRanking.Engine.Keys;

/// <summary>
/// A credential for one of the three APIs. The secret is never shown: <see cref="ToString"/>
/// and every message built from a key show at most its first four characters.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public abstract class ApiKey : IEquatable<ApiKey>
{
    private readonly string _secret;

    private protected ApiKey(string secret)
    {
        _secret = secret;
    }

    /// <summary>Which API this key belongs to.</summary>
    public abstract ApiKind Api { get; }

    /// <summary>What the key is called in the API's own documentation.</summary>
    public abstract string KindName { get; }

    /// <summary>The first characters of the key followed by an ellipsis, safe to print.</summary>
    public string Masked => KeyFormat.Mask(_secret);

    /// <summary>
    /// A stable, irreversible identity for the key (SHA-256), used to share one rate limiter
    /// between every connection that uses the same key without keeping the key as a map key.
    /// </summary>
    internal string Fingerprint
    {
        get
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(Api + ":" + _secret));
            return Convert.ToBase64String(hash);
        }
    }

    /// <summary>The secret itself; only the transport reads it, to authenticate a request.</summary>
    internal string Reveal() => _secret;

    public override string ToString() => $"{KindName} {Masked}";

    public bool Equals(ApiKey? other) =>
        other is not null && other.Api == Api && string.Equals(other._secret, _secret, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ApiKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_secret) ^ (int)Api;

    /// <summary>Parses a key for <paramref name="api"/>, throwing <see cref="InvalidApiKeyException"/>.</summary>
    public static ApiKey Parse(ApiKind api, string? value) => api switch
    {
        ApiKind.SeRankingData => DataApiKey.Parse(value),
        ApiKind.SeRankingProject => ProjectApiKey.Parse(value),
        ApiKind.Serpstat => SerpstatToken.Parse(value),
        _ => throw new ArgumentOutOfRangeException(nameof(api)),
    };
}

/// <summary>SE Ranking Data API key: a UUID (8-4-4-4-12 hexadecimal digits).</summary>
public sealed class DataApiKey : ApiKey
{
    private DataApiKey(string secret)
        : base(secret)
    {
    }

    public override ApiKind Api => ApiKind.SeRankingData;

    public override string KindName => "Data API key";

    public static DataApiKey Parse(string? value) => new(KeyFormat.Validate(ApiKind.SeRankingData, value));
}

/// <summary>
/// A key for the SE Ranking Project API, in either of its dialects: 40 hexadecimal characters
/// (the legacy key of api4.seranking.com), or a UUID (the one SE Ranking token, which since
/// May 2026 opens the Project API on the Data API's host as well as the Data API).
/// </summary>
public sealed class ProjectApiKey : ApiKey
{
    private ProjectApiKey(string secret, ProjectDialect dialect)
        : base(secret)
    {
        Dialect = dialect;
    }

    public override ApiKind Api => ApiKind.SeRankingProject;

    /// <summary>Which host and path forms the key is for: a UUID the unified host, 40 hex the legacy one.</summary>
    public ProjectDialect Dialect { get; }

    public override string KindName => Dialect == ProjectDialect.Unified ? "SE Ranking API key" : "Project API key";

    public static ProjectApiKey Parse(string? value)
    {
        // The UUID is the Data API key's shape: given for the Project API it means the unified host.
        var trimmed = value?.Trim();
        if (trimmed is not null && KeyFormat.Recognise(trimmed) == ApiKind.SeRankingData)
        {
            return new(trimmed, ProjectDialect.Unified);
        }

        return new(KeyFormat.Validate(ApiKind.SeRankingProject, value), ProjectDialect.Legacy);
    }
}

/// <summary>Serpstat API token: 32 hexadecimal characters.</summary>
public sealed class SerpstatToken : ApiKey
{
    private SerpstatToken(string secret)
        : base(secret)
    {
    }

    public override ApiKind Api => ApiKind.Serpstat;

    public override string KindName => "Serpstat API token";

    public static SerpstatToken Parse(string? value) => new(KeyFormat.Validate(ApiKind.Serpstat, value));
}
