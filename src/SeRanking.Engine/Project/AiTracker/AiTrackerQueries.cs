using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.AiTracker;

/// <summary>The checks and spellings the AI Result Tracker queries share.</summary>
public static class AiTrackerChecks
{
    /// <summary>The engines the tracker offers (<c>base_name</c>), as the reference lists them.</summary>
    public static IReadOnlyList<string> Engines { get; } = ["chatgpt", "google_ai_overview", "google_ai_mode", "perplexity", "gemini"];

    /// <summary>The most characters of a prompt, a brand or a group name.</summary>
    public const int MaxText = 255;

    internal static string Engine(long siteId, long llmId) =>
        ProjectChecks.Project(siteId) + ", AI engine " + llmId.ToString(CultureInfo.InvariantCulture);

    internal static long Site(RequestWriter writer, long siteId)
    {
        var site = ProjectChecks.Id("SiteId", siteId);
        writer.AddId("site_id", site);
        writer.Target = ProjectChecks.Project(site);
        return site;
    }

    internal static void SiteAndEngine(RequestWriter writer, long siteId, long llmId)
    {
        var site = ProjectChecks.Id("SiteId", siteId);
        var llm = ProjectChecks.Id("LlmId", llmId);
        writer.AddId("site_id", site).AddId("llm_id", llm);
        writer.Target = Engine(site, llm);
    }

    /// <summary>
    /// An alpha-2 country as the tracker takes it (upper case, <c>GB</c> for the United Kingdom),
    /// from a code of SE Ranking's country list (<c>uk</c> or <c>gb</c>, any case).
    /// </summary>
    internal static string Country(string? value)
    {
        var given = Check.Required("CountryCode", value).Trim();
        if (given.Length == 2 && RegionCatalogue.TryGet(given, out var region) && !region.IsAggregate)
        {
            return region.Code == "uk" ? "GB" : region.Code.ToUpperInvariant();
        }

        throw new InvalidInputException("CountryCode", $"-CountryCode '{value}' is not a two-letter country code such as US, GB, DE or FR.");
    }

    /// <summary>An id list of the query string, with empty brackets in both dialects (as n8n sends <c>group_ids[]</c>, <c>site_llm_ids[]</c>…).</summary>
    internal static void AddIds(RequestWriter writer, string name, string parameter, IEnumerable<long>? ids) =>
        writer.AddList(name, ProjectChecks.Ids(parameter, ids)?.Select(id => id.ToString(CultureInfo.InvariantCulture)), ListStyle.Brackets);

    /// <summary>A date range of the tracker: in order, not in the future.</summary>
    internal static void Dates(RequestWriter writer, DateTime? from, DateTime? to, string fromName = "date_from", string toName = "date_to")
    {
        ProjectChecks.Dates("From", from, "To", to);
        writer.Add(fromName, from?.Date).Add(toName, to?.Date);
    }
}

/// <summary>A project: its brand, its engines, its prompt groups.</summary>
public sealed record AiTrackerSiteQuery
{
    public long SiteId { get; init; }

    internal void WriteTo(RequestWriter writer) => AiTrackerChecks.Site(writer, SiteId);
}

/// <summary>Sets the brand of a project (POST …/airt/brands: overwrites it).</summary>
public sealed record AiTrackerBrandQuery
{
    public long SiteId { get; init; }

    /// <summary>1–255 characters.</summary>
    public string? Brand { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.Site(writer, SiteId);
        writer.Add("brand", ProjectChecks.Text("Brand", Brand, AiTrackerChecks.MaxText, required: true));
    }
}

/// <summary>One engine of a project: read, remove, status.</summary>
public sealed record AiTrackerEngineQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    internal void WriteTo(RequestWriter writer) => AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
}

/// <summary>Adds an engine to a project (<see cref="LlmId"/> null) or changes its region and language.</summary>
public sealed record AiTrackerEngineSettingsQuery
{
    public long SiteId { get; init; }

    /// <summary>The engine to change; null when adding one.</summary>
    public long? LlmId { get; init; }

    /// <summary>chatgpt, google_ai_overview, google_ai_mode, perplexity or gemini; required when adding, fixed afterwards.</summary>
    public string? Engine { get; init; }

    /// <summary>Alpha-2 country; required when adding, fixed afterwards.</summary>
    public string? CountryCode { get; init; }

    public string? RegionName { get; init; }

    public string? Language { get; init; }

    internal bool Adding => LlmId is null;

    internal void WriteTo(RequestWriter writer)
    {
        if (Adding)
        {
            var site = AiTrackerChecks.Site(writer, SiteId);
            var engine = Check.OneOf("Engine", Check.Required("Engine", Engine), [.. AiTrackerChecks.Engines])!;
            writer.Target = ProjectChecks.Project(site) + ", AI engine " + engine;
            writer.Add("base_name", engine).Add("country_code", AiTrackerChecks.Country(CountryCode));
        }
        else
        {
            AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId!.Value);
            if (Engine is not null || CountryCode is not null)
            {
                throw new InvalidInputException(Engine is not null ? "Engine" : "CountryCode", "-Engine and -CountryCode cannot be changed on a tracked engine: remove it and add another.");
            }

            if (RegionName is null && Language is null)
            {
                throw new InvalidInputException("LlmId", $"Nothing to change for {writer.Target}: give -RegionName or -Language.");
            }
        }

        writer.Add("region_name", ProjectChecks.Text("RegionName", RegionName, AiTrackerChecks.MaxText))
            .Add("lang_code", Language is null ? null : Sites.ProjectSearchEngineSettingsQuery.LanguageCode(Language));
    }
}

/// <summary>An engine's statistics over a range (<c>from</c>, <c>to</c>, <c>top</c>).</summary>
public sealed record AiTrackerStatisticsQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    /// <summary>0–100 (0: all results).</summary>
    public int? Top { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        AiTrackerChecks.Dates(writer, From, To, "from", "to");
        writer.Add("top", Check.Range("Top", Top, 0, 100));
    }
}

/// <summary>The prompts of an engine, optionally of some groups (<c>group_ids[]</c>); paged by limit/offset.</summary>
public sealed record AiTrackerPromptListQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public IReadOnlyList<long>? GroupIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        AiTrackerChecks.AddIds(writer, "group_ids", "GroupId", GroupIds);
    }
}

/// <summary>Prompts to add to an engine in one request (<c>{"prompts": [...], "group_id"}</c>).</summary>
public sealed record AiTrackerPromptAddQuery
{
    /// <summary>Prompts a request carries (an assumption: no maximum is published; the list pages by 1,000).</summary>
    public const int BatchSize = 1000;

    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public IReadOnlyList<string> Prompts { get; init; } = [];

    /// <summary>The group; the default group when null (0 is refused by the API).</summary>
    public long? GroupId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var prompts = Prompts.Select(Checked).ToList();
        if (prompts.Count == 0)
        {
            throw new InvalidInputException("Prompt", "-Prompt is required: at least one prompt to track.");
        }

        Check.MaxCount("Prompt", prompts, BatchSize, "prompt");
        if (GroupId is { } group)
        {
            ProjectChecks.Id("GroupId", group);
        }

        writer.Target += ", " + prompts.Count.ToString("N0", CultureInfo.InvariantCulture) + (prompts.Count == 1 ? " prompt" : " prompts");
        writer.AddJson("prompts", prompts).Add("group_id", GroupId);
    }

    /// <summary>A prompt as sent: trimmed, 1–255 characters.</summary>
    public static string Checked(string? prompt) => ProjectChecks.Text("Prompt", prompt, AiTrackerChecks.MaxText, required: true)!;
}

/// <summary>Prompts to remove from an engine, by <c>prompt_llm_id</c> (<c>{"k2site_llm_ids": [...]}</c>).</summary>
public sealed record AiTrackerPromptRemoveQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public IReadOnlyList<long> PromptLlmIds { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var ids = ProjectChecks.Ids("PromptLlmId", PromptLlmIds) ?? throw new InvalidInputException("PromptLlmId", "-PromptLlmId is required: the prompts to remove.");
        writer.Target += ", " + ids.Count.ToString("N0", CultureInfo.InvariantCulture) + (ids.Count == 1 ? " prompt" : " prompts");
        writer.AddJson("k2site_llm_ids", ids);
    }
}

/// <summary>Rankings of an engine's prompts (or, <see cref="ByGroup"/>, of its groups) over a range.</summary>
public sealed record AiTrackerRankingQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public DateTime? From { get; init; }

    public DateTime? To { get; init; }

    public IReadOnlyList<long>? GroupIds { get; init; }

    /// <summary>One row per group and date (<c>mode=groups</c>).</summary>
    public bool ByGroup { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        AiTrackerChecks.Dates(writer, From, To);
        AiTrackerChecks.AddIds(writer, "group_ids", "GroupId", GroupIds);
        writer.Add("mode", ByGroup ? "groups" : null);
    }
}

/// <summary>An engine's answer to one prompt on a date (today when absent; at most a year back).</summary>
public sealed record AiTrackerAnswerQuery
{
    public long SiteId { get; init; }

    public long LlmId { get; init; }

    public long PromptLlmId { get; init; }

    public DateTime? Date { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.SiteAndEngine(writer, SiteId, LlmId);
        var prompt = ProjectChecks.Id("PromptLlmId", PromptLlmId);

        // The unified host takes it as prompt_llm_id in the query (k2site_llm_id gets 400); the legacy one in the path.
        writer.AddId("prompt_llm_id", prompt);
        writer.Target += ", prompt " + prompt.ToString(CultureInfo.InvariantCulture);
        if (Date is { } date)
        {
            Check.NotFuture("Date", date, DateTime.Today);
            if (date.Date < DateTime.Today.AddYears(-1))
            {
                throw new InvalidInputException("Date", $"-Date {date:yyyy-MM-dd} is more than a year back; answers are kept a year at most (30 days for the full text).");
            }
        }

        writer.Add("date", Date?.Date);
    }
}

/// <summary>The prompt groups of a project, with their prompt counts, optionally of some engines (<c>site_llm_ids[]</c>).</summary>
public sealed record AiTrackerPromptGroupListQuery
{
    public long SiteId { get; init; }

    public IReadOnlyList<long>? LlmIds { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        AiTrackerChecks.Site(writer, SiteId);

        // The reference names the flag keys_count; SE Ranking's hosted tools call it prompts_count: both are sent.
        writer.Add("keys_count", "1").Add("prompts_count", "1");
        AiTrackerChecks.AddIds(writer, "site_llm_ids", "LlmId", LlmIds);
    }
}

/// <summary>A prompt group: create (<see cref="GroupId"/> null), rename, delete, empty.</summary>
public sealed record AiTrackerPromptGroupQuery
{
    public long SiteId { get; init; }

    public long? GroupId { get; init; }

    /// <summary>1–255 characters; required to create or rename.</summary>
    public string? Name { get; init; }

    internal void WriteTo(RequestWriter writer) => Write(writer, nameRequired: false);

    internal void WriteNamed(RequestWriter writer) => Write(writer, nameRequired: true);

    private void Write(RequestWriter writer, bool nameRequired)
    {
        var site = AiTrackerChecks.Site(writer, SiteId);
        if (GroupId is { } id)
        {
            var group = ProjectChecks.Id("GroupId", id);
            writer.AddId("group_id", group);
            writer.Target = ProjectChecks.Project(site) + ", prompt group " + group.ToString(CultureInfo.InvariantCulture);
        }

        if (nameRequired)
        {
            var name = ProjectChecks.Text("Name", Name, AiTrackerChecks.MaxText, required: true);
            writer.Add("name", name);
            writer.Target += GroupId is null ? ", prompt group '" + name + "'" : " → '" + name + "'";
        }
    }
}

/// <summary>Moves a prompt group before or after another (<c>{"before_id"}</c> or <c>{"after_id"}</c>).</summary>
public sealed record AiTrackerPromptGroupOrderQuery
{
    public long SiteId { get; init; }

    public long GroupId { get; init; }

    public long? BeforeId { get; init; }

    public long? AfterId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = AiTrackerChecks.Site(writer, SiteId);
        var group = ProjectChecks.Id("GroupId", GroupId);
        Check.ExactlyOne("Before", BeforeId is not null, "After", AfterId is not null);
        var other = ProjectChecks.Id(BeforeId is not null ? "Before" : "After", BeforeId ?? AfterId);
        if (other == group)
        {
            throw new InvalidInputException(BeforeId is not null ? "Before" : "After", "A prompt group cannot be placed next to itself.");
        }

        writer.AddId("group_id", group);
        writer.Target = ProjectChecks.Project(site) + ", prompt group " + group.ToString(CultureInfo.InvariantCulture) + (BeforeId is not null ? " before " : " after ") + other.ToString(CultureInfo.InvariantCulture);
        writer.Add(BeforeId is not null ? "before_id" : "after_id", other);
    }
}

/// <summary>Moves prompts into a group (<c>{"k2site_llm_ids": [...]}</c>).</summary>
public sealed record AiTrackerPromptMoveQuery
{
    public long SiteId { get; init; }

    /// <summary>The group the prompts go to.</summary>
    public long GroupId { get; init; }

    public IReadOnlyList<long> PromptLlmIds { get; init; } = [];

    internal void WriteTo(RequestWriter writer)
    {
        var site = AiTrackerChecks.Site(writer, SiteId);
        var group = ProjectChecks.Id("GroupId", GroupId);
        var ids = ProjectChecks.Ids("PromptLlmId", PromptLlmIds) ?? throw new InvalidInputException("PromptLlmId", "-PromptLlmId is required: the prompts to move.");
        writer.AddId("group_id", group);
        writer.Target = ProjectChecks.Project(site) + ", " + ids.Count.ToString("N0", CultureInfo.InvariantCulture) + (ids.Count == 1 ? " prompt" : " prompts") + " to prompt group " + group.ToString(CultureInfo.InvariantCulture);
        writer.AddJson("k2site_llm_ids", ids);
    }
}

/// <summary>Moves every prompt of one group to another (<c>{"from_group_id", "to_group_id"}</c>).</summary>
public sealed record AiTrackerPromptTransferQuery
{
    public long SiteId { get; init; }

    public long FromGroupId { get; init; }

    public long ToGroupId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = AiTrackerChecks.Site(writer, SiteId);
        var from = ProjectChecks.Id("FromGroupId", FromGroupId);
        var to = ProjectChecks.Id("GroupId", ToGroupId);
        if (from == to)
        {
            throw new InvalidInputException("FromGroupId", "-FromGroupId and -GroupId are the same group: nothing would move.");
        }

        writer.Target = ProjectChecks.Project(site) + ", every prompt of group " + from.ToString(CultureInfo.InvariantCulture) + " to group " + to.ToString(CultureInfo.InvariantCulture);
        writer.Add("from_group_id", from).Add("to_group_id", to);
    }
}
