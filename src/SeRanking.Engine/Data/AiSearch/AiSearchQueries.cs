using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Data.Keywords;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.AiSearch;

// What the AI search operations take (§6). Each query checks itself while it writes its
// parameters; property names are the cmdlets' parameter names, which the errors repeat.

/// <summary>The checks the AI search queries share: engines, scopes, targets by scope and brands.</summary>
public static class AiSearchRules
{
    /// <summary>The AI engines (§1 "AI engine").</summary>
    public static readonly IReadOnlyList<string> Engines = ["ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini"];

    /// <summary>The longest brand name taken (none is stated; a brand is a name, not a text).</summary>
    public const int MaxBrandLength = 255;

    internal static string Engine(string name, string? engine) =>
        Check.OneOf(name, Check.Required(name, engine), [.. Engines])!;

    /// <summary>base_domain, domain or url (overview, discover-brand, prompts by target).</summary>
    internal static string? Scope(string? scope) => Check.OneOf("Scope", scope, "base_domain", "domain", "url");

    /// <summary>A target as the scope reads it: a page URL for url (and exact_url), else a domain or host.</summary>
    internal static string Target(string name, string? target, string? scope) =>
        Check.Target(name, target, scope is "url" or "exact_url" ? TargetKind.Url : TargetKind.Domain);

    internal static string? Brand(string name, string? brand)
    {
        if (brand is null)
        {
            return null;
        }

        var text = brand.Trim();
        if (text.Length == 0 || text.Length > MaxBrandLength || text.Any(char.IsControl))
        {
            throw new InvalidInputException(name, $"-{name} must be a brand name of 1 to {MaxBrandLength} characters on one line; got '{(text.Length > 60 ? text.Substring(0, 57) + "..." : text)}'.");
        }

        return text;
    }
}

/// <summary>The AI search overview of a target: one engine (by-engine) or all together (aggregated).</summary>
public sealed record AiSearchOverviewQuery
{
    /// <summary>A domain or host; a page URL with scope url.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>Regional database code.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>ai-overview, ai-mode, chatgpt, perplexity or gemini; null for all engines together.</summary>
    public string? Engine { get; init; }

    /// <summary>base_domain (the API's default), domain or url.</summary>
    public string? Scope { get; init; }

    /// <summary>The brand to look for; the API resolves it from the target when not given.</summary>
    public string? Brand { get; init; }

    internal void WriteTo(RequestWriter writer, bool byEngine)
    {
        var scope = AiSearchRules.Scope(Scope);
        writer.Target = AiSearchRules.Target("Target", Target, scope);
        writer.Add("target", writer.Target).Add("source", Check.Source("Source", Source));
        if (byEngine)
        {
            writer.Add("engine", AiSearchRules.Engine("Engine", Engine));
        }
        else if (Engine is not null)
        {
            throw new InvalidInputException("Engine", "The aggregated overview covers every engine; leave -Engine out, or ask for one engine's overview.");
        }

        writer.Add("scope", scope).Add("brand", AiSearchRules.Brand("Brand", Brand));
    }
}

/// <summary>A leaderboard: a primary target against up to 10 competitors on one or more AI engines.</summary>
public sealed record AiSearchLeaderboardQuery
{
    /// <summary>The most competitors one leaderboard takes.</summary>
    public const int MaxCompetitors = 10;

    /// <summary>The primary target.</summary>
    public string Target { get; init; } = string.Empty;

    /// <summary>The primary target's brand; the API resolves it when not given.</summary>
    public string? Brand { get; init; }

    /// <summary>1 to 10 competitors.</summary>
    public IReadOnlyList<string> Competitor { get; init; } = [];

    /// <summary>The competitors' brands, in the same order (null or empty for one the API is to resolve).</summary>
    public IReadOnlyList<string?>? CompetitorBrand { get; init; }

    /// <summary>At least one of ai-overview, ai-mode, chatgpt, perplexity, gemini.</summary>
    public IReadOnlyList<string> Engine { get; init; } = [];

    /// <summary>Regional database code.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>base_domain (the API's default) or exact_url.</summary>
    public string? Scope { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var scope = Check.OneOf("Scope", Scope, "base_domain", "exact_url");
        writer.Target = AiSearchRules.Target("Target", Target, scope);
        if (Competitor.Count == 0)
        {
            throw new InvalidInputException(nameof(Competitor), "-Competitor is required: give 1 to 10 competitors to compare the target with.");
        }

        Check.MaxCount(nameof(Competitor), Competitor, MaxCompetitors, "competitor");
        var brands = CompetitorBrand ?? [];
        if (brands.Count > Competitor.Count)
        {
            throw new InvalidInputException(nameof(CompetitorBrand), $"-CompetitorBrand has {brands.Count} brands for {Competitor.Count} competitors; give at most one per competitor, in the same order.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { TargetBatcher.Normalise(writer.Target) };
        var competitors = new List<Dictionary<string, object?>>();
        for (var i = 0; i < Competitor.Count; i++)
        {
            var competitor = AiSearchRules.Target(nameof(Competitor), Competitor[i], scope);
            if (!seen.Add(TargetBatcher.Normalise(competitor)))
            {
                throw new InvalidInputException(nameof(Competitor), $"-Competitor '{competitor}' is given twice, or is the target itself; each competitor once.");
            }

            var brand = i < brands.Count && !string.IsNullOrEmpty(brands[i]) ? AiSearchRules.Brand(nameof(CompetitorBrand), brands[i]) : null;
            competitors.Add(new Dictionary<string, object?> { ["target"] = competitor, ["brand"] = brand });
        }

        var engines = Check.EachOneOf(nameof(Engine), Engine, [.. AiSearchRules.Engines])
            ?? throw new InvalidInputException(nameof(Engine), $"-Engine is required: give at least one of {string.Join(", ", AiSearchRules.Engines)}.");

        writer.AddJson("primary", new Dictionary<string, object?> { ["target"] = writer.Target, ["brand"] = AiSearchRules.Brand(nameof(Brand), Brand) });
        writer.AddJson("competitors", competitors);
        writer.Add("source", Check.Source("Source", Source));
        writer.AddJson("engines", engines.ToList());
        writer.Add("scope", scope);
    }
}

/// <summary>The brand of a target (discover-brand).</summary>
public sealed record AiSearchBrandQuery
{
    public string Target { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>base_domain, domain or url; the API's default when not given.</summary>
    public string? Scope { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var scope = AiSearchRules.Scope(Scope);
        writer.Target = AiSearchRules.Target("Target", Target, scope);
        writer.Add("target", writer.Target).Add("source", Check.Source("Source", Source)).Add("scope", scope);
    }
}

/// <summary>The AI prompts of a target (prompts-by-target) or of a brand (prompts-by-brand).</summary>
public sealed record AiSearchPromptQuery
{
    /// <summary>The target (prompts by target); exactly one of this and <see cref="Brand"/>.</summary>
    public string? Target { get; init; }

    /// <summary>The brand (prompts by brand).</summary>
    public string? Brand { get; init; }

    public string Engine { get; init; } = string.Empty;

    public string Source { get; init; } = string.Empty;

    /// <summary>base_domain (the API's default), domain or url; prompts by target only.</summary>
    public string? Scope { get; init; }

    /// <summary>volume (the API's default), type or snippet_length.</summary>
    public string? Sort { get; init; }

    /// <summary>desc (the API's default) or asc.</summary>
    public string? SortOrder { get; init; }

    public long? VolumeFrom { get; init; }

    public long? VolumeTo { get; init; }

    /// <summary>Words in the prompt.</summary>
    public long? WordCountFrom { get; init; }

    public long? WordCountTo { get; init; }

    /// <summary>Characters in the prompt.</summary>
    public long? CharacterCountFrom { get; init; }

    public long? CharacterCountTo { get; init; }

    /// <summary>A multi-keyword filter (JSON) the prompt must match.</summary>
    public string? IncludeFilter { get; init; }

    /// <summary>A multi-keyword filter the prompt must not match.</summary>
    public string? ExcludeFilter { get; init; }

    /// <summary>Whether this asks for the prompts of a brand.</summary>
    public bool ByBrand => Brand is not null;

    internal void WriteTo(RequestWriter writer, bool byBrand)
    {
        Check.ExactlyOne(nameof(Target), Target is not null, nameof(Brand), Brand is not null);
        if (byBrand != ByBrand)
        {
            throw new InvalidInputException(byBrand ? nameof(Brand) : nameof(Target), byBrand ? "prompts-by-brand needs -Brand." : "prompts-by-target needs -Target.");
        }

        if (byBrand)
        {
            if (Scope is not null)
            {
                throw new InvalidInputException(nameof(Scope), "-Scope applies to the prompts of a target; a brand has none.");
            }

            writer.Target = AiSearchRules.Brand(nameof(Brand), Brand);
            writer.Add("brand", writer.Target);
        }
        else
        {
            var scope = AiSearchRules.Scope(Scope);
            writer.Target = AiSearchRules.Target(nameof(Target), Target, scope);
            writer.Add("target", writer.Target).Add("scope", scope);
        }

        writer.Add("engine", AiSearchRules.Engine(nameof(Engine), Engine)).Add("source", Check.Source(nameof(Source), Source));
        writer.Add("sort", Check.OneOf(nameof(Sort), Sort, "volume", "type", "snippet_length"))
            .Add("sort_order", Check.OneOf(nameof(SortOrder), SortOrder, "desc", "asc"));
        KeywordFilters.WriteRange(writer, "volume", nameof(VolumeFrom), VolumeFrom, nameof(VolumeTo), VolumeTo, 0, long.MaxValue);
        KeywordFilters.WriteRange(writer, "keyword_count", nameof(WordCountFrom), WordCountFrom, nameof(WordCountTo), WordCountTo, 1, 1000);
        KeywordFilters.WriteRange(writer, "characters_count", nameof(CharacterCountFrom), CharacterCountFrom, nameof(CharacterCountTo), CharacterCountTo, 1, 100_000);
        KeywordFilters.WriteText(writer, nameof(IncludeFilter), IncludeFilter, nameof(ExcludeFilter), ExcludeFilter);
    }
}
