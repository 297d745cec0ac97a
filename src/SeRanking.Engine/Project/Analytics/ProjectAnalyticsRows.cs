using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Project.Positions;

namespace SeRanking.Engine.Project.Analytics;

/// <summary>
/// A popular Google Search Console query of a project (GET /analytics/{site_id}/google/, unified
/// GET /analytics/gsc/queries). The reference names no fields: the usual ones are read under the
/// names seen, the rest kept in <see cref="AdditionalFields"/>.
/// </summary>
[TableView("SiteId", "Query", "Clicks", "Impressions", "Ctr", "Position")]
public sealed class ProjectSearchQuery : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public string? Query { get; set; }

    [JsonIgnore]
    public long? Clicks { get; set; }

    [JsonIgnore]
    public long? Impressions { get; set; }

    /// <summary>Click-through rate as the API gives it (scale unconfirmed).</summary>
    [JsonIgnore]
    public double? Ctr { get; set; }

    [JsonIgnore]
    public double? Position { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Query = extra.TakeString("query", "keyword", "name", "keys");
            Clicks = extra.TakeLong("clicks");
            Impressions = extra.TakeLong("impressions", "shows");
            Ctr = extra.TakeDouble("ctr");
            Position = extra.TakeDouble("position", "avg_position", "pos");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// What a project could gain (GET /analytics/{site_id}/potential/, unified GET /analytics/seo-potential):
/// potential traffic, its cost and the customers it would bring, for the top N keywords.
/// </summary>
[TableView("SiteId", "Traffic", "TrafficCost", "Customers")]
public sealed class ProjectSeoPotential : IJsonOnDeserialized
{
    [JsonIgnore]
    public long SiteId { get; set; }

    [JsonIgnore]
    public double? Traffic { get; set; }

    [JsonIgnore]
    public double? TrafficCost { get; set; }

    [JsonIgnore]
    public double? Customers { get; set; }

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (AdditionalFields is { } extra)
        {
            Traffic = extra.TakeDouble("traffic", "potential_traffic");
            TrafficCost = extra.TakeDouble("traffic_cost", "cost", "potential_traffic_cost");
            Customers = extra.TakeDouble("customers", "clients", "leads", "potential_customers");
            AdditionalFields = extra.NullIfEmpty();
        }
    }
}

/// <summary>
/// An item of a project's marketing plan (GET /checklist/{site_id}, unified GET /marketing-plan):
/// one row per task of each section, with whether it is ticked. The reference says only
/// "sections, items, notes, tasks": sections of items and a list of tasks are both read.
/// </summary>
[TableView("SiteId", "Section", "TaskId", "Title", "Checked")]
[JsonConverter(typeof(RawJsonRowConverter<ProjectMarketingTask>))]
public sealed class ProjectMarketingTask : IRawJsonRow
{
    public long SiteId { get; set; }

    public string? Section { get; set; }

    public long? TaskId { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public bool? Checked { get; set; }

    /// <summary>A note on the item, where the answer has one.</summary>
    public string? Note { get; set; }

    JsonElement IRawJsonRow.Raw { get; set; }

    internal IEnumerable<ProjectMarketingTask> Spread()
    {
        var raw = ((IRawJsonRow)this).Raw;
        foreach (var row in Sections(raw, null))
        {
            row.SiteId = SiteId;
            yield return row;
        }
    }

    private static IEnumerable<ProjectMarketingTask> Sections(JsonElement raw, string? section)
    {
        if (raw.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in raw.EnumerateArray())
            {
                foreach (var row in Sections(item, section))
                {
                    yield return row;
                }
            }

            yield break;
        }

        if (raw.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        var nested = false;
        foreach (var key in new[] { "sections", "items", "tasks", "checklist" })
        {
            if (raw.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                nested = true;
                var name = key is "sections" or "checklist" ? section : TextIn(raw, "title", "name") ?? (key == "tasks" && section is null ? "Tasks" : section);
                foreach (var row in Sections(list, name))
                {
                    yield return row;
                }
            }
        }

        if (!nested)
        {
            yield return new ProjectMarketingTask
            {
                Section = section,
                TaskId = raw.TryGetProperty("task_id", out var task) || raw.TryGetProperty("id", out task) ? (task.ValueKind == JsonValueKind.Number ? task.GetInt64() : long.TryParse(task.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null) : null,
                Title = TextIn(raw, "title", "name"),
                Text = TextIn(raw, "text", "description"),
                Note = TextIn(raw, "note", "notes"),
                Checked = raw.TryGetProperty("checked", out var ticked) || raw.TryGetProperty("is_checked", out ticked) || raw.TryGetProperty("done", out ticked)
                    ? ticked.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, JsonValueKind.Number => ticked.GetInt64() != 0, JsonValueKind.String => ticked.GetString() is "1" or "true", _ => null }
                    : null,
            };
        }
    }

    private static string? TextIn(JsonElement item, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (item.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }
        }

        return null;
    }
}
