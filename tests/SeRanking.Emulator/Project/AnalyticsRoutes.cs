using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.Emulator.Project;

/// <summary>Analytics and the marketing plan, in both dialects (Project reference §7; unified map #45–#50).</summary>
internal static class AnalyticsRoutes
{
    private static long _nextTaskId = 91_000;

    public static IEnumerable<ProjectRoute> All() =>
    [
        new("GET analytics/{site_id}/google", "GET analytics/gsc/queries", SearchQueries),
        new("GET analytics/{site_id}/potential", "GET analytics/seo-potential", Potential),
        new("GET checklist/{site_id}", "GET marketing-plan", Plan),
        new("POST checklist/{site_id}/task", "POST marketing-plan/tasks", CreateTask),
        new("PUT checklist/{site_id}/task", "PATCH marketing-plan/tasks", UpdateTask),
        new("DELETE checklist/{site_id}/task/{task_id}", "DELETE marketing-plan/tasks", DeleteTask),
    ];

    /// <summary>A query per tracked keyword, with figures fixed by the keyword.</summary>
    private static ApiResponse SearchQueries(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartArray();
            foreach (var keyword in site.Keywords)
            {
                var impressions = 100 + (keyword.Id % 900);
                var clicks = impressions / (2 + (keyword.Id % 9));
                json.WriteStartObject();
                json.WriteString("query", keyword.Name);
                json.WriteNumber("clicks", clicks);
                json.WriteNumber("impressions", impressions);
                json.WriteNumber("ctr", Math.Round(100.0 * clicks / impressions, 2));
                json.WriteNumber("position", 1 + (keyword.Id % 30));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }));
    }

    private static ApiResponse Potential(ProjectRequest request)
    {
        var site = request.Site();
        var top = request.QueryLong("top_n") ?? 10;
        var price = double.TryParse(request.QueryText("lead_price") ?? "0", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : throw new ProjectRefusal(400, "lead_price: expected a number");
        var rate = double.TryParse(request.QueryText("conversion_rate") ?? "1", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : throw new ProjectRefusal(400, "conversion_rate: expected a number");
        var traffic = 120.0 * Math.Min(top, Math.Max(1, site.Keywords.Count));
        var customers = Math.Round(traffic * rate / 100, 2);
        return ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("traffic", traffic);
            json.WriteNumber("traffic_cost", Math.Round(traffic * 0.8, 2));
            json.WriteNumber("customers", customers);
            json.WriteNumber("revenue", Math.Round(customers * price, 2));
            json.WriteEndObject();
        });
    }

    private static ApiResponse Plan(ProjectRequest request)
    {
        var site = request.Site();
        return request.Workspace.Read(() => ProjectJson.Write(200, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("sections");
            foreach (var section in site.Tasks.Where(t => t.BuiltIn).GroupBy(t => t.Section))
            {
                json.WriteStartObject();
                json.WriteString("title", section.Key);
                json.WriteStartArray("items");
                foreach (var task in section)
                {
                    WriteTask(json, task);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("tasks");
            foreach (var task in site.Tasks.Where(t => !t.BuiltIn))
            {
                WriteTask(json, task);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    private static void WriteTask(System.Text.Json.Utf8JsonWriter json, EmulatedTask task)
    {
        json.WriteStartObject();
        json.WriteNumber("id", task.Id);
        json.WriteString("title", task.Title);
        json.WriteString("text", task.Text);
        json.WriteBoolean("checked", task.Checked);
        json.WriteEndObject();
    }

    private static ApiResponse CreateTask(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var title = body.Text("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ProjectRefusal(400, "title: empty_field");
        }

        if (request.DryRun)
        {
            return ProjectJson.Created("task_id", 1);
        }

        var targets = body.Flag("for_all") == true ? request.Workspace.Sites.ToList() : [site];
        long first = 0;
        foreach (var target in targets)
        {
            var task = new EmulatedTask(System.Threading.Interlocked.Increment(ref _nextTaskId), "Tasks", title.Trim()) { Text = body.Text("text") };
            first = first == 0 ? task.Id : first;
            request.Workspace.Change(() => target.Tasks.Add(task));
        }

        return ProjectJson.Created("task_id", first);
    }

    private static ApiResponse UpdateTask(ProjectRequest request)
    {
        var site = request.Site();
        var body = BodyFields.Of(request);
        var id = body.Long("task_id") ?? throw new ProjectRefusal(400, "task_id: empty_field");
        var task = request.Workspace.Read(() => site.Tasks.FirstOrDefault(t => t.Id == id)) ?? throw new ProjectRefusal(404, "Task not found");
        var ticked = body.Flag("checked");
        if (ticked is not null && (body.Has("title") || body.Has("text")))
        {
            throw new ProjectRefusal(400, "checked: send it alone with task_id");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() =>
            {
                task.Checked = ticked ?? task.Checked;
                task.Title = body.Text("title") ?? task.Title;
                task.Text = body.Text("text") ?? task.Text;
            });
        }

        return ProjectJson.Done(request.Dialect);
    }

    private static ApiResponse DeleteTask(ProjectRequest request)
    {
        var site = request.Site();
        var id = request.RequireId("task_id");
        var task = request.Workspace.Read(() => site.Tasks.FirstOrDefault(t => t.Id == id)) ?? throw new ProjectRefusal(404, "Task not found");
        if (task.BuiltIn)
        {
            throw new ProjectRefusal(400, "Only tasks created through the API can be deleted");
        }

        if (!request.DryRun)
        {
            request.Workspace.Change(() => site.Tasks.Remove(task));
        }

        return ProjectJson.Done(request.Dialect);
    }
}
