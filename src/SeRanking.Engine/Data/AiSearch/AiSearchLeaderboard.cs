using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;

namespace SeRanking.Engine.Data.AiSearch;

/// <summary>
/// The answer of POST ai-search/overview/leaderboard, whose shape no source shows: the whole
/// document, read into one <see cref="AiSearchLeaderboardEntry"/> per domain and engine by
/// <see cref="Entries"/>. Three shapes are understood, and any mix of them: a flat list of rows
/// that each name their domain and engine; domains (a list, or <c>primary</c> and
/// <c>competitors</c>) whose engines are nested (an object keyed by engine, or a list of rows
/// naming their engine); and engines whose domains are nested.
/// </summary>
[JsonConverter(typeof(AiSearchLeaderboardConverter))]
public sealed class AiSearchLeaderboard
{
    private static readonly string[] DomainNames = ["domain", "target", "url", "website", "site"];
    private static readonly string[] BrandNames = ["brand", "brand_name"];
    private static readonly string[] EngineNames = ["engine", "engine_name", "llm", "model"];
    private static readonly string[] EngineCodes = ["ai-overview", "ai-mode", "chatgpt", "perplexity", "gemini"];

    /// <summary>The answer, whole, by its top-level members (a top-level list is under <c>rows</c>).</summary>
    public ExtraFields? Document { get; set; }

    /// <summary>The primary target asked about, stamped by the operation.</summary>
    [JsonIgnore]
    public string Target { get; set; } = string.Empty;

    [JsonIgnore]
    public string Source { get; set; } = string.Empty;

    /// <summary>base_domain or exact_url; null for the API's default.</summary>
    [JsonIgnore]
    public string? Scope { get; set; }

    /// <summary>Whether <see cref="Entries"/> found rows; false when it returned the one row that holds the whole answer.</summary>
    [JsonIgnore]
    public bool RowsFound { get; private set; }

    /// <summary>
    /// One row per domain and engine, in the order the answer has them; when no row can be found,
    /// one row of the primary target whose AdditionalFields hold the whole answer.
    /// </summary>
    public IReadOnlyList<AiSearchLeaderboardEntry> Entries()
    {
        var entries = new List<AiSearchLeaderboardEntry>();
        var top = new Context(null, null, null, null);
        foreach (var pair in Document ?? [])
        {
            if (pair.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                Walk(pair.Value, Child(top, pair.Key, pair.Value), entries);
            }
        }

        RowsFound = entries.Count > 0;
        if (!RowsFound)
        {
            // Paid for (7,500 credits) but in no shape understood: hand the answer over whole rather than nothing.
            entries.Add(new AiSearchLeaderboardEntry { Domain = Target, Engine = "all", IsPrimary = true, AdditionalFields = Document });
        }

        foreach (var entry in entries)
        {
            (entry.Target, entry.Source, entry.Scope) = (Target, Source, Scope);
            entry.IsPrimary ??= string.Equals(Batching.TargetBatcher.Normalise(entry.Domain), Batching.TargetBatcher.Normalise(Target), StringComparison.Ordinal);
        }

        return entries;
    }

    /// <summary>Collects the rows under <paramref name="node"/>; returns how many it found.</summary>
    private static int Walk(JsonElement node, Context context, List<AiSearchLeaderboardEntry> entries)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var found = 0;
            foreach (var item in node.EnumerateArray())
            {
                found += Walk(item, context, entries);
            }

            return found;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        var here = context with
        {
            Domain = AiSearchJson.Text(AiSearchJson.Member(node, DomainNames)) ?? context.Domain,
            Brand = AiSearchJson.Text(AiSearchJson.Member(node, BrandNames)) ?? context.Brand,
            Engine = AiSearchJson.Text(AiSearchJson.Member(node, EngineNames)) ?? context.Engine,
        };

        // Deeper rows first (a domain's engines, an engine's domains); this object is a row itself
        // only when nothing below it is, so a domain's totals never double its engines' rows.
        var below = 0;
        foreach (var property in node.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && !IsMetric(property))
            {
                below += Walk(property.Value, Child(here, property.Name, property.Value), entries);
            }
        }

        if (below > 0 || here.Domain is null || !node.EnumerateObject().Any(IsMetric))
        {
            return below;
        }

        entries.Add(Entry(node, here));
        return 1;
    }

    /// <summary>What a member's name says of the rows under it: their engine, their domain, or whether they are the primary target.</summary>
    private static Context Child(Context parent, string name, JsonElement value)
    {
        var child = parent with { IsPrimary = name == "primary" ? true : name is "competitors" or "competitor" ? false : parent.IsPrimary };
        if (IsEngine(name))
        {
            return child with { Engine = name };
        }

        return parent.Domain is null && name.IndexOf('.') > 0 && value.ValueKind == JsonValueKind.Object ? child with { Domain = name } : child;
    }

    private static AiSearchLeaderboardEntry Entry(JsonElement node, Context context)
    {
        var entry = new AiSearchLeaderboardEntry
        {
            Domain = context.Domain!,
            Brand = context.Brand,
            Engine = context.Engine is { } engine ? Canonical(engine) : "all",
            IsPrimary = context.IsPrimary,
        };
        var used = new HashSet<string>(DomainNames.Concat(BrandNames).Concat(EngineNames), StringComparer.Ordinal);
        entry.Rank = Take(node, used, "rank", "position_rank", "sov_rank", "place") is { } rank ? (long)Math.Round(rank) : null;
        entry.ShareOfVoice = Take(node, used, "share_of_voice", "sov", "share");
        entry.BrandPresence = Take(node, used, "brand_presence", "brand_mentions", "mentions");
        entry.LinkPresence = Take(node, used, "link_presence", "link_mentions", "links");
        entry.AveragePosition = Take(node, used, "average_position", "avg_position");
        entry.AdditionalFields = AiSearchJson.KeepRest(null, string.Empty, node, used);
        return entry;
    }

    /// <summary>A metric's value (a number, or an object's current value), its name marked as read.</summary>
    private static double? Take(JsonElement node, HashSet<string> used, params string[] names)
    {
        foreach (var name in names)
        {
            if (node.TryGetProperty(name, out var value))
            {
                var number = value.ValueKind == JsonValueKind.Object
                    ? AiSearchJson.Number(AiSearchJson.Member(value, "current", "value"))
                    : AiSearchJson.Number(value);
                if (number is not null)
                {
                    used.Add(name);
                    return number;
                }
            }
        }

        return null;
    }

    private static bool IsMetric(JsonProperty property) =>
        Array.IndexOf(DomainNames, property.Name) < 0 && Array.IndexOf(BrandNames, property.Name) < 0 && Array.IndexOf(EngineNames, property.Name) < 0
        && (property.Value.ValueKind == JsonValueKind.Number || (property.Value.ValueKind == JsonValueKind.Object && AiSearchJson.Member(property.Value, "current", "value") is { ValueKind: JsonValueKind.Number }));

    private static bool IsEngine(string name) => EngineCodes.Contains(Canonical(name), StringComparer.Ordinal);

    /// <summary>ai_overview and AI-Overview are ai-overview.</summary>
    private static string Canonical(string engine) => engine.Trim().ToLowerInvariant().Replace('_', '-');

    private sealed record Context(string? Domain, string? Brand, string? Engine, bool? IsPrimary);
}

/// <summary>One domain on one AI engine of a leaderboard (Get-SrAiSearchLeaderboard; 7,500 credits per leaderboard).</summary>
[TableView("Engine", "Rank", "Domain", "Brand", "ShareOfVoice", "BrandPresence", "LinkPresence")]
public sealed class AiSearchLeaderboardEntry
{
    /// <summary>The primary target the leaderboard was asked for.</summary>
    public string Target { get; set; } = string.Empty;

    public string Source { get; set; } = string.Empty;

    public string? Scope { get; set; }

    /// <summary>ai-overview, ai-mode, chatgpt, perplexity or gemini; "all" for a domain's figures over every engine.</summary>
    public string Engine { get; set; } = string.Empty;

    /// <summary>The primary target or a competitor, as the answer names it.</summary>
    public string Domain { get; set; } = string.Empty;

    public string? Brand { get; set; }

    /// <summary>Whether this is the primary target (false for a competitor).</summary>
    public bool? IsPrimary { get; set; }

    /// <summary>Place on the engine's leaderboard (1 = most visible).</summary>
    public long? Rank { get; set; }

    public double? ShareOfVoice { get; set; }

    public double? BrandPresence { get; set; }

    public double? LinkPresence { get; set; }

    public double? AveragePosition { get; set; }

    /// <summary>The row's other figures, as the API names them.</summary>
    public ExtraFields? AdditionalFields { get; set; }
}

/// <summary>Keeps the leaderboard answer whole, whether it is an object or a list.</summary>
internal sealed class AiSearchLeaderboardConverter : JsonConverter<AiSearchLeaderboard>
{
    public override AiSearchLeaderboard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var fields = new ExtraFields();
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.Clone();
            }
        }
        else
        {
            fields["rows"] = document.RootElement.Clone();
        }

        return new AiSearchLeaderboard { Document = fields };
    }

    public override void Write(Utf8JsonWriter writer, AiSearchLeaderboard value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in value?.Document ?? [])
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
