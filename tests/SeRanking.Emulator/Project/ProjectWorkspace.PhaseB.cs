using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>Phase B's resources of the account: project groups (keyword groups, competitors and URL tags live on their project).</summary>
public sealed partial class ProjectWorkspace
{
    private readonly Dictionary<long, string> _groups = [];
    private long _nextGroupId = 4_100;
    private long _nextCompetitorId = 77_000;
    private long _nextTagId = 5_300;

    /// <summary>The project groups, id → name, oldest first.</summary>
    public IReadOnlyList<(long Id, string Name)> Groups
    {
        get
        {
            lock (_gate)
            {
                return _groups.OrderBy(pair => pair.Key).Select(pair => (pair.Key, pair.Value)).ToList();
            }
        }
    }

    /// <summary>Adds a project group or a keyword group (one id space, as the API's <c>group_id</c> answers suggest).</summary>
    public long AddGroup(string name, EmulatedSite? site = null)
    {
        lock (_gate)
        {
            var id = _nextGroupId++;
            if (site is null)
            {
                _groups[id] = name;
            }
            else
            {
                site.KeywordGroups[id] = name;
            }

            return id;
        }
    }

    /// <summary>The project that holds a keyword group, or null.</summary>
    public EmulatedSite? SiteOfKeywordGroup(long groupId)
    {
        lock (_gate)
        {
            return _sites.Values.FirstOrDefault(site => site.KeywordGroups.ContainsKey(groupId));
        }
    }

    public bool HasGroup(long id)
    {
        lock (_gate)
        {
            return _groups.ContainsKey(id);
        }
    }

    public void RenameGroup(long id, string name) => Change(() => _groups[id] = name);

    /// <summary>Deletes a project group; its projects stay, ungrouped.</summary>
    public void RemoveGroup(long id) => Change(() =>
    {
        _groups.Remove(id);
        foreach (var site in _sites.Values.Where(site => site.GroupId == id))
        {
            site.GroupId = 0;
        }
    });

    internal long NextCompetitorId()
    {
        lock (_gate)
        {
            return _nextCompetitorId++;
        }
    }

    internal long NextTagId()
    {
        lock (_gate)
        {
            return _nextTagId++;
        }
    }

    /// <summary>The project that has a competitor, with it; null when none has.</summary>
    public (EmulatedSite Site, EmulatedCompetitor Competitor)? FindCompetitor(long id)
    {
        lock (_gate)
        {
            foreach (var site in _sites.Values)
            {
                if (site.Competitors.FirstOrDefault(c => c.Id == id) is { } competitor)
                {
                    return (site, competitor);
                }
            }

            return null;
        }
    }
}

/// <summary>Phase B's resources of a project.</summary>
public sealed partial class EmulatedSite
{
    /// <summary>Keyword groups: id → name.</summary>
    public Dictionary<long, string> KeywordGroups { get; } = [];

    public List<EmulatedCompetitor> Competitors { get; } = [];

    public List<EmulatedUrlTag> UrlTags { get; } = [];
}

/// <summary>A competitor tracked in a project.</summary>
public sealed class EmulatedCompetitor(long id, string url, string name, bool subdomainMatch)
{
    public long Id { get; } = id;

    public string Url { get; } = url;

    public string Name { get; } = name;

    public bool SubdomainMatch { get; } = subdomainMatch;
}

/// <summary>A URL tag of a project and what it is attached to.</summary>
public sealed class EmulatedUrlTag(long id, string name)
{
    public long Id { get; } = id;

    public string Name { get; set; } = name;

    public HashSet<string> Urls { get; } = [];

    public HashSet<string> Domains { get; } = [];
}

/// <summary>Sub-accounts of the account.</summary>
public sealed partial class ProjectWorkspace
{
    private readonly Dictionary<long, EmulatedUser> _users = [];
    private long _nextUserId = 610_000;

    /// <summary>
    /// Whether a unified <c>POST users/shared-sites</c> (one project a call) replaces the shared set
    /// instead of adding to it: the reference does not know (seranking-unified.md, open question 8).
    /// </summary>
    public bool UnifiedShareReplaces { get; set; }

    public IReadOnlyList<EmulatedUser> Users
    {
        get
        {
            lock (_gate)
            {
                return _users.Values.OrderBy(user => user.Id).ToList();
            }
        }
    }

    public EmulatedUser? User(long id)
    {
        lock (_gate)
        {
            return _users.GetValueOrDefault(id);
        }
    }

    public EmulatedUser AddUser(string email)
    {
        lock (_gate)
        {
            var user = new EmulatedUser(_nextUserId++, email);
            _users[user.Id] = user;
            return user;
        }
    }

    public bool RemoveUser(long id)
    {
        lock (_gate)
        {
            return _users.Remove(id);
        }
    }
}

/// <summary>A sub-account: its settings, limits, access and projects.</summary>
public sealed class EmulatedUser(long id, string email)
{
    public long Id { get; } = id;

    public string Email { get; set; } = email;

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string Language { get; set; } = "en";

    public string Type { get; set; } = "user";

    public string? Password { get; set; }

    public string? BalancePeriod { get; set; }

    public long? BalanceAmount { get; set; }

    public List<string> Access { get; set; } = [];

    public HashSet<long> OwnedSites { get; } = [];

    public HashSet<long> SharedSites { get; } = [];
}

/// <summary>Marketing-plan tasks of a project.</summary>
public sealed partial class EmulatedSite
{
    /// <summary>The plan: SE Ranking's own items (not deletable), then tasks created through the API.</summary>
    public List<EmulatedTask> Tasks { get; } =
    [
        new(1, "Technical", "Verify the site in Google Search Console", builtIn: true),
        new(2, "Technical", "Create a sitemap.xml", builtIn: true),
        new(3, "Content", "Write unique titles for every page", builtIn: true),
    ];
}

/// <summary>An item of a project's marketing plan.</summary>
public sealed class EmulatedTask(long id, string section, string title, bool builtIn = false)
{
    public long Id { get; } = id;

    public string Section { get; } = section;

    public string Title { get; set; } = title;

    public string? Text { get; set; }

    public bool Checked { get; set; }

    public bool BuiltIn { get; } = builtIn;
}
