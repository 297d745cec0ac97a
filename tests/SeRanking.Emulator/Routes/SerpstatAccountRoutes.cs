using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's free account methods with state: projects (§11) and team management (§17). Each
/// token has its own projects and team (the owner first); a create shows in the next list and a
/// delete or removal takes the row out, so writes round-trip as against the real API. A dry run
/// changes nothing.
/// </summary>
internal static class SerpstatAccountRoutes
{
    private const int NotFoundCode = -32000;

    private static readonly ConcurrentDictionary<string, AccountState> States = new(StringComparer.Ordinal);
    private static readonly ConditionalWeakTable<SerpstatRequest, string> Created = new();

    public static IEnumerable<SerpstatMethod> All()
    {
        // §11 projects.
        yield return new SerpstatMethod
        {
            Name = "ProjectProcedure.getProjects",
            Billing = SerpstatBilling.Free,
            Paging = SerpstatPaging.PageAndSize,
            Count = request => StateOf(request).Projects().Count,
            WriteRow = (json, request, i) => WriteProject(json, StateOf(request).Projects()[(int)i]),
            NoDataWhenEmpty = false,
        };
        yield return new SerpstatMethod
        {
            Name = "ProjectProcedure.createProject",
            Required = ["domain", "name"],
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.ResultFields,
            Count = request =>
            {
                var id = request.DryRun ? "0" : StateOf(request).AddProject(request.Text("domain")!, request.Text("name")!, request.List("groups"));
                Created.AddOrUpdate(request, id);
                return 1;
            },
            WriteRow = (json, request, _) =>
            {
                json.WriteStartObject();
                json.WriteString("project_id", Created.TryGetValue(request, out var id) ? id : "0");
                json.WriteEndObject();
            },
            Validate = request => request.Text("name")!.Length > 100 ? (-32602, "Invalid params: name is too long") : null,
        };
        yield return new SerpstatMethod
        {
            Name = "ProjectProcedure.deleteProject",
            Required = ["project_id"],
            Billing = SerpstatBilling.Free,
            Shape = SerpstatShape.ResultFields,
            Count = request =>
            {
                if (!request.DryRun)
                {
                    StateOf(request).RemoveProject(request.Text("project_id")!);
                }

                return 1;
            },
            WriteRow = (json, _, _) =>
            {
                json.WriteStartObject();
                json.WriteBoolean("success", true);
                json.WriteEndObject();
            },
            Validate = request => StateOf(request).HasProject(request.Text("project_id")!) ? null : (NotFoundCode, "Project not found"),
        };

        // §17 team management.
        yield return new SerpstatMethod
        {
            Name = "TeamManagement.getList",
            Billing = SerpstatBilling.Free,
            Paging = SerpstatPaging.PageAndSize,
            Count = request => StateOf(request).Members(request.Text("search")).Count,
            WriteRow = (json, request, i) => WriteMember(json, StateOf(request).Members(request.Text("search"))[(int)i]),
            NoDataWhenEmpty = false,
        };
        yield return Member("TeamManagement.addUser", ["email"], request => StateOf(request).AddMember(request.Text("email")!, request.DryRun),
            request => StateOf(request).Members(null).Any(m => string.Equals(m.Email, request.Text("email"), StringComparison.OrdinalIgnoreCase)) ? (NotFoundCode, "User is already in the team") : null);
        yield return Member("TeamManagement.removeUser", ["user_id", "merge_projects"], request => StateOf(request).RemoveMember(request.Text("user_id")!, request.DryRun), KnownMember);
        yield return Member("TeamManagement.activateUser", ["user_id"], request => StateOf(request).SetActive(request.Text("user_id")!, true, request.DryRun), KnownMember);
        yield return Member("TeamManagement.deactivateUser", ["user_id"], request => StateOf(request).SetActive(request.Text("user_id")!, false, request.DryRun), KnownMember);
    }

    private static AccountState StateOf(SerpstatRequest request) => States.GetOrAdd(request.Account.Token, _ => new AccountState(request.Account.UserId));

    private static (int, string)? KnownMember(SerpstatRequest request) =>
        StateOf(request).Members(null).Any(m => m.Id == request.Text("user_id") && !m.Owner) ? null : (NotFoundCode, "User not found in the team");

    private static SerpstatMethod Member(string name, string[] required, Func<SerpstatRequest, string> change, Func<SerpstatRequest, (int, string)?> validate) => new()
    {
        Name = name,
        Required = required,
        Billing = SerpstatBilling.Free,
        Shape = SerpstatShape.ResultFields,
        Count = request =>
        {
            Created.AddOrUpdate(request, change(request));
            return 1;
        },
        WriteRow = (json, request, _) =>
        {
            var state = StateOf(request);
            json.WriteStartObject();
            json.WriteBoolean("success", true);
            json.WriteNumber("user_id", long.Parse(Created.TryGetValue(request, out var id) ? id : "0", CultureInfo.InvariantCulture));
            json.WritePropertyName("limits");
            json.WriteStartObject();
            json.WriteNumber("total", AccountState.Seats);
            json.WriteNumber("used", state.Members(null).Count);
            json.WriteNumber("left", AccountState.Seats - state.Members(null).Count);
            json.WriteEndObject();
            json.WriteEndObject();
        },
        Validate = validate,
    };

    private static void WriteProject(Utf8JsonWriter json, Project project)
    {
        json.WriteStartObject();
        json.WriteString("project_id", project.Id);
        json.WriteString("project_name", project.Name);
        json.WriteString("domain", project.Domain);
        json.WriteString("created_at", project.Created);
        json.WriteString("group", project.Group);
        json.WriteString("type", "owner");
        json.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter json, TeamMember member)
    {
        json.WriteStartObject();
        json.WriteNumber("user_id", long.Parse(member.Id, CultureInfo.InvariantCulture));
        json.WriteString("email", member.Email);
        json.WriteNumber("status", member.Active ? 1 : 0);
        json.WriteString("first_name", member.FirstName);
        json.WriteString("last_name", member.LastName);
        json.WriteEndObject();
    }

    private sealed record Project(string Id, string Name, string Domain, string Group, string Created);

    private sealed record TeamMember(string Id, string Email, string FirstName, string LastName, bool Active, bool Owner);

    /// <summary>One token's projects and team.</summary>
    private sealed class AccountState
    {
        public const int Seats = 10;

        private readonly Lock _lock = new();
        private readonly List<Project> _projects = [];
        private readonly List<TeamMember> _members = [];
        private long _nextId;

        public AccountState(string ownerId)
        {
            _nextId = 700_000 + (Math.Abs(ownerId.GetHashCode(StringComparison.Ordinal)) % 100_000) * 10;
            _members.Add(new TeamMember(ownerId, "owner@example.com", "Account", "Owner", true, true));
        }

        public List<Project> Projects()
        {
            lock (_lock)
            {
                return [.. _projects];
            }
        }

        public bool HasProject(string id)
        {
            lock (_lock)
            {
                return _projects.Any(p => p.Id == id);
            }
        }

        public string AddProject(string domain, string name, IReadOnlyList<string> groups)
        {
            lock (_lock)
            {
                var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
                var group = groups.Select(g => g.StartsWith('{') ? JsonDocument.Parse(g).RootElement.TryGetProperty("name", out var n) ? n.GetString() : g : g).FirstOrDefault() ?? string.Empty;
                _projects.Add(new Project(id, name, domain, group!, "2026-11-30 10:00:00"));
                return id;
            }
        }

        public void RemoveProject(string id)
        {
            lock (_lock)
            {
                _projects.RemoveAll(p => p.Id == id);
            }
        }

        public List<TeamMember> Members(string? search)
        {
            lock (_lock)
            {
                return _members.Where(m => search is null || m.Email.Contains(search, StringComparison.OrdinalIgnoreCase) || m.FirstName.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
            }
        }

        public string AddMember(string email, bool dryRun)
        {
            lock (_lock)
            {
                var id = (dryRun ? _nextId + 1 : ++_nextId).ToString(CultureInfo.InvariantCulture);
                if (!dryRun)
                {
                    var name = email.Split('@')[0];
                    _members.Add(new TeamMember(id, email, char.ToUpperInvariant(name[0]) + name[1..], "Member", true, false));
                }

                return id;
            }
        }

        public string RemoveMember(string id, bool dryRun)
        {
            lock (_lock)
            {
                if (!dryRun)
                {
                    _members.RemoveAll(m => m.Id == id && !m.Owner);
                }

                return id;
            }
        }

        public string SetActive(string id, bool active, bool dryRun)
        {
            lock (_lock)
            {
                var index = _members.FindIndex(m => m.Id == id);
                if (!dryRun && index >= 0)
                {
                    _members[index] = _members[index] with { Active = active };
                }

                return id;
            }
        }
    }
}
