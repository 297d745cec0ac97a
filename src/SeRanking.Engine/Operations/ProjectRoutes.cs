using System;
using System.Globalization;
using System.Net.Http;

namespace SeRanking.Engine.Operations;

/// <summary>
/// A method and a path template relative to the base URL: <c>sites/{site_id}/keywords</c>. A
/// <c>{name}</c> segment is filled from the id the query wrote under that name
/// (<see cref="RequestWriter.AddId(string, long?)"/>); an id the template does not name travels
/// in the query string.
/// </summary>
public sealed record DialectRoute(HttpMethod Method, string Path)
{
    public override string ToString() => Method.Method + " /" + Path;
}

/// <summary>
/// One Project API operation in both of its dialects: the legacy host's method and path
/// (<c>PUT sites/{site_id}</c>) and the unified host's (<c>PATCH sites</c>, under
/// <c>v1/project-management/</c>), as far as the reference knows each. The query writes its ids
/// once; where they go (a path segment, the query string) follows from the template of the
/// dialect in use. An operation one dialect lacks carries the reason, which the error names.
/// </summary>
public sealed class ProjectRoutes
{
    private ProjectRoutes(DialectRoute? legacy, DialectRoute? unified, string? whyNotLegacy, string? whyNotUnified)
    {
        Legacy = legacy;
        Unified = unified;
        WhyNotLegacy = whyNotLegacy;
        WhyNotUnified = whyNotUnified;
    }

    /// <summary>The form on api4.seranking.com: path relative to its root.</summary>
    public DialectRoute? Legacy { get; }

    /// <summary>The form on the unified host: path relative to <c>v1/project-management/</c>.</summary>
    public DialectRoute? Unified { get; }

    /// <summary>Why there is no legacy form (e.g. "published for the unified host only").</summary>
    public string? WhyNotLegacy { get; }

    /// <summary>Why there is no unified form, and what to use instead.</summary>
    public string? WhyNotUnified { get; }

    /// <summary>The form the descriptor is named and costed by: the legacy one where it exists.</summary>
    internal DialectRoute Primary => Legacy ?? Unified!;

    /// <summary>The primary form's path relative to the base URL of its host.</summary>
    internal string PrimaryPath => Legacy?.Path ?? UnifiedPrefix + Unified!.Path;

    private static string UnifiedPrefix => ApiProfile.Project.UnifiedPathPrefix!;

    /// <summary>Both forms, each written "METHOD path": <c>Both("PUT sites/{site_id}", "PATCH sites")</c>.</summary>
    public static ProjectRoutes Both(string legacy, string unified) => new(Parse(legacy), Parse(unified), null, null);

    /// <summary>Only the legacy form; <paramref name="whyNotUnified"/> says why and what to do instead.</summary>
    public static ProjectRoutes LegacyOnly(string legacy, string whyNotUnified) =>
        new(Parse(legacy), null, null, Required(whyNotUnified, nameof(whyNotUnified)));

    /// <summary>Only the unified form; <paramref name="whyNotLegacy"/> says why.</summary>
    public static ProjectRoutes UnifiedOnly(string unified, string whyNotLegacy) =>
        new(null, Parse(unified), Required(whyNotLegacy, nameof(whyNotLegacy)), null);

    /// <summary>The form of <paramref name="dialect"/> with its path relative to the base URL; null when there is none.</summary>
    public DialectRoute? For(ProjectDialect dialect) => dialect == ProjectDialect.Legacy
        ? Legacy
        : Unified is { } unified ? unified with { Path = UnifiedPrefix + unified.Path } : null;

    internal string? WhyNot(ProjectDialect dialect) => dialect == ProjectDialect.Legacy ? WhyNotLegacy : WhyNotUnified;

    public override string ToString() =>
        $"legacy {(Legacy?.ToString() ?? "none")}, unified {(Unified is { } u ? u.Method.Method + " /" + UnifiedPrefix + u.Path : "none")}";

    private static DialectRoute Parse(string form)
    {
        var parts = (form ?? string.Empty).Trim().Split([' '], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts[0] is not ("GET" or "POST" or "PUT" or "PATCH" or "DELETE") || parts[1].StartsWith("/", StringComparison.Ordinal))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not \"METHOD path\" with a relative path, such as \"GET sites/{{site_id}}/keywords\".", form), nameof(form));
        }

        return new DialectRoute(new HttpMethod(parts[0]), parts[1]);
    }

    private static string Required(string text, string name) =>
        string.IsNullOrWhiteSpace(text) ? throw new ArgumentException("Say why the operation is missing, and what to use instead.", name) : text;
}

/// <summary>
/// A Project API operation called on a connection of the dialect that lacks it (the account
/// balance on the unified host): refused before anything is sent, naming the key it needs.
/// </summary>
public sealed class OperationNotInDialectException : InvalidOperationException
{
    internal OperationNotInDialectException(Operation operation, ProjectDialect dialect, string? why)
        : base(Compose(operation, dialect, why))
    {
        Dialect = dialect;
        Remedy = dialect == ProjectDialect.Unified
            ? "Connect-SeRanking -ProjectApiKey <legacy 40-hex Project API key>"
            : "Connect-SeRanking -ApiKey <SE Ranking API key (a UUID)>";
    }

    /// <summary>The dialect of the connection that lacks the operation.</summary>
    public ProjectDialect Dialect { get; }

    /// <summary>The Connect-SeRanking line that gives a connection of the other dialect.</summary>
    public string Remedy { get; }

    private static string Compose(Operation operation, ProjectDialect dialect, string? why)
    {
        var name = operation.Routes?.For(dialect == ProjectDialect.Legacy ? ProjectDialect.Unified : ProjectDialect.Legacy)?.ToString() ?? operation.Endpoint;
        return dialect == ProjectDialect.Unified
            ? $"{name} is served only by the legacy Project API host (api4.seranking.com), but this session's Project API connection uses the unified host (api.seranking.com, an SE Ranking API key that is a UUID). {(why is null ? string.Empty : why.TrimEnd('.') + ". ")}To call it, connect the legacy Project API key (40 hexadecimal characters, Settings > API): Connect-SeRanking -ProjectApiKey <key>."
            : $"{name} is served only by the unified host (api.seranking.com/v1/project-management), but this session's Project API connection uses the legacy host (api4.seranking.com, a 40-hex Project API key). {(why is null ? string.Empty : why.TrimEnd('.') + ". ")}To call it, connect the SE Ranking API key (a UUID, Profile & Preferences > API Dashboard): Connect-SeRanking -ApiKey <key>.";
    }
}
