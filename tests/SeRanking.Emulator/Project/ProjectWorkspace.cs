using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace SeRanking.Emulator.Project;

/// <summary>
/// The in-memory state of one Project API account: its projects with their search engines and
/// keywords, positions set by hand, and position checks under way. Both dialects read and change
/// the same workspace, so a project created on one host is seen on the other. Positions are not
/// stored: each is computed from its keyword, engine and date (<see cref="PositionOf"/>), so a
/// project of 5,000 keywords costs nothing until it is read. Every public member is thread-safe.
/// Phase B's resources (groups, competitors, tags…) join as more collections here and route files.
/// </summary>
public sealed partial class ProjectWorkspace
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, EmulatedSite> _sites = [];
    private long _nextSiteId = 8_812_400;
    private long _nextEngineId = 31_100;
    private long _nextKeywordId = 990_100;

    /// <summary>Projects the plan allows; one more answers 403 "Limit reached".</summary>
    public int MaxSites { get; set; } = 100;

    /// <summary>Keywords the plan allows over all projects; more answer 403 "Limit reached".</summary>
    public int MaxKeywords { get; set; } = 100_000;

    /// <summary>When set, every call answers 403 "Subscription required" (a plan without the Project API).</summary>
    public bool SubscriptionRequired { get; set; }

    /// <summary>
    /// Days of daily checks before today that every project has, however new: so a fresh project
    /// can be read and exported at once. Today is a check date only once a recheck has finished.
    /// </summary>
    public int HistoryDays { get; set; } = 120;

    /// <summary>Reads of the check dates that still leave a recheck unfinished (0: done at once).</summary>
    public int RecheckReadsUntilDone { get; set; } = 1;

    /// <summary>Rechecks asked for so far (tests count them).</summary>
    public int RechecksStarted { get; private set; }

    /// <summary>Runs <paramref name="read"/> while no other request changes the workspace (a consistent snapshot).</summary>
    public T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    /// <summary>Changes the workspace (a project's settings, a keyword) while no other request reads or changes it.</summary>
    public void Change(Action change)
    {
        lock (_gate)
        {
            change();
        }
    }

    /// <summary>The projects, oldest first.</summary>
    public IReadOnlyList<EmulatedSite> Sites
    {
        get
        {
            lock (_gate)
            {
                return _sites.Values.OrderBy(site => site.Id).ToList();
            }
        }
    }

    /// <summary>The project, or null.</summary>
    public EmulatedSite? Site(long id)
    {
        lock (_gate)
        {
            return _sites.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds a project, as POST /sites does; null when the plan's limit is reached.</summary>
    public EmulatedSite? AddSite(string url, string title)
    {
        lock (_gate)
        {
            if (_sites.Count >= MaxSites)
            {
                return null;
            }

            var site = new EmulatedSite(_nextSiteId++, url, title);
            _sites[site.Id] = site;
            return site;
        }
    }

    public bool RemoveSite(long id)
    {
        lock (_gate)
        {
            return _sites.Remove(id);
        }
    }

    /// <summary>Attaches a search engine to a project.</summary>
    public EmulatedEngine AddEngine(EmulatedSite site, long searchEngineId)
    {
        lock (_gate)
        {
            var engine = new EmulatedEngine(_nextEngineId++, searchEngineId);
            site.Engines.Add(engine);
            return engine;
        }
    }

    /// <summary>
    /// Adds keywords to a project: those it tracks already (any case) are skipped. Returns the new
    /// keywords in the order given, or null when they would take the account over its limit.
    /// </summary>
    public IReadOnlyList<EmulatedKeyword>? AddKeywords(EmulatedSite site, IReadOnlyList<EmulatedKeyword> keywords)
    {
        lock (_gate)
        {
            var known = new HashSet<string>(site.Keywords.Select(keyword => keyword.Name), StringComparer.OrdinalIgnoreCase);
            var fresh = keywords.Where(keyword => known.Add(keyword.Name)).ToList();
            if (_sites.Values.Sum(s => s.Keywords.Count) + fresh.Count > MaxKeywords)
            {
                return null;
            }

            foreach (var keyword in fresh)
            {
                keyword.Id = _nextKeywordId++;
                site.Keywords.Add(keyword);
            }

            return fresh;
        }
    }

    /// <summary>Starts a check of some engines of a project (all when <paramref name="engines"/> is empty).</summary>
    public void StartRecheck(EmulatedSite site, IReadOnlyCollection<long> engines)
    {
        lock (_gate)
        {
            RechecksStarted++;
            foreach (var engine in engines.Count > 0 ? engines : site.Engines.Select(e => e.Id).ToList())
            {
                site.PendingChecks[engine] = RecheckReadsUntilDone;
                if (RecheckReadsUntilDone == 0)
                {
                    Finish(site, engine);
                }
            }
        }
    }

    /// <summary>
    /// The days positions were checked on, per engine, from <paramref name="from"/> to
    /// <paramref name="to"/>; a read moves checks under way one step closer to done.
    /// </summary>
    public IReadOnlyList<(long Engine, DateOnly Date)> CheckDates(EmulatedSite site, long? engine, DateOnly from, DateOnly to)
    {
        lock (_gate)
        {
            foreach (var pending in site.PendingChecks.ToList())
            {
                if (pending.Value <= 1)
                {
                    Finish(site, pending.Key);
                }
                else
                {
                    site.PendingChecks[pending.Key] = pending.Value - 1;
                }
            }

            var result = new List<(long, DateOnly)>();
            foreach (var e in site.Engines.Where(e => engine is null || e.Id == engine))
            {
                foreach (var date in DatesOf(site, e.Id))
                {
                    if (date >= from && date <= to)
                    {
                        result.Add((e.Id, date));
                    }
                }
            }

            return result;
        }
    }

    /// <summary>The check dates of one engine: every day of the history, and today once checked.</summary>
    public IEnumerable<DateOnly> DatesOf(EmulatedSite site, long engine)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        for (var day = today.AddDays(-HistoryDays); day < today; day = day.AddDays(1))
        {
            yield return day;
        }

        if (site.CheckedToday.Contains(engine))
        {
            yield return today;
        }
    }

    /// <summary>A keyword's position on an engine on a day: set by hand, else a figure fixed by the three. 0 is "not found".</summary>
    public static int PositionOf(EmulatedSite site, EmulatedKeyword keyword, long engine, DateOnly day)
    {
        if (site.ManualPositions.TryGetValue((keyword.Id, engine, day), out var manual))
        {
            return manual;
        }

        var mix = unchecked((ulong)keyword.Id * 0x9E3779B97F4A7C15UL ^ (ulong)engine * 0xC2B2AE3D27D4EB4FUL ^ (ulong)day.DayNumber * 0x165667B19E3779F9UL);
        mix ^= mix >> 31;
        mix *= 0xBF58476D1CE4E5B9UL;
        mix ^= mix >> 29;
        if (mix % 13 == 0)
        {
            return 0;
        }

        var home = 1 + (int)((ulong)(keyword.Id * 7 + engine) % 60);
        return Math.Clamp(home + (int)(mix % 7) - 3, 1, 100);
    }

    private static void Finish(EmulatedSite site, long engine)
    {
        site.PendingChecks.Remove(engine);
        site.CheckedToday.Add(engine);
    }
}

/// <summary>A project: its settings, search engines, keywords and what was checked.</summary>
public sealed partial class EmulatedSite(long id, string url, string title)
{
    public long Id { get; } = id;

    public string Url { get; set; } = url;

    public string Title { get; set; } = title;

    public long GroupId { get; set; }

    public bool IsActive { get; set; } = true;

    public bool ExactUrl { get; set; }

    public bool SubdomainMatch { get; set; }

    public int Depth { get; set; } = 100;

    public string CheckFrequency { get; set; } = "check_daily";

    public int? CheckDay { get; set; }

    public bool AutoReports { get; set; } = true;

    public bool DisableAudit { get; set; }

    public List<EmulatedEngine> Engines { get; } = [];

    public List<EmulatedKeyword> Keywords { get; } = [];

    internal Dictionary<(long Keyword, long Engine, DateOnly Day), int> ManualPositions { get; } = [];

    /// <summary>Engine → reads of the check dates left before its recheck is done.</summary>
    internal Dictionary<long, int> PendingChecks { get; } = [];

    internal HashSet<long> CheckedToday { get; } = [];
}

/// <summary>A search engine attached to a project.</summary>
public sealed class EmulatedEngine(long id, long searchEngineId)
{
    /// <summary>The <c>site_engine_id</c>.</summary>
    public long Id { get; } = id;

    public long SearchEngineId { get; } = searchEngineId;

    public string? RegionName { get; set; }

    public string Language { get; set; } = "en";

    public int MergeMap { get; set; }

    public string? BusinessName { get; set; }

    public string? Phone { get; set; }

    public bool PaidResults { get; set; }

    public bool FeaturedSnippet { get; set; } = true;
}

/// <summary>A keyword tracked in a project.</summary>
public sealed class EmulatedKeyword(string name)
{
    public long Id { get; internal set; }

    public string Name { get; set; } = name;

    public long GroupId { get; set; }

    public string? TargetUrl { get; set; }

    public bool IsStrict { get; set; }

    public string? Comment { get; set; }

    /// <summary>The engines it is tracked on; every engine of the project when null.</summary>
    public List<long>? SiteEngineIds { get; set; }

    public bool TrackedOn(long engine) => SiteEngineIds is null || SiteEngineIds.Contains(engine);
}
