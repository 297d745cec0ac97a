using System.Globalization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Project.Analytics;

/// <summary>A project's SEO potential: for its top N keywords, at a lead price and a conversion rate.</summary>
public sealed record ProjectSeoPotentialQuery
{
    public long SiteId { get; init; }

    /// <summary>How many top keywords count (<c>top_n</c>), 1–1000 (the range is an assumption).</summary>
    public int? TopN { get; init; }

    /// <summary>What one lead is worth (<c>lead_price</c>), 0 or more.</summary>
    public double? LeadPrice { get; init; }

    /// <summary>Visitors who become customers, in percent (<c>conversion_rate</c>, 0–100; the scale is unconfirmed).</summary>
    public double? ConversionRate { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        Check.Range("TopN", TopN, 1, 1000);
        Check.Range("LeadPrice", LeadPrice, 0, double.MaxValue);
        Check.Range("ConversionRate", ConversionRate, 0, 100);
        writer.AddId("site_id", site)
            .Add("top_n", (long?)TopN)
            .Add("lead_price", LeadPrice)
            .Add("conversion_rate", ConversionRate);
        writer.Target = ProjectChecks.Project(site);
    }
}

/// <summary>A marketing-plan task: create it (no <see cref="TaskId"/>), edit it, or tick it.</summary>
public sealed record ProjectMarketingTaskQuery
{
    public long SiteId { get; init; }

    /// <summary>The task to change; null when creating one.</summary>
    public long? TaskId { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    /// <summary>Create the task in every project (<c>for_all</c>).</summary>
    public bool? ForAllProjects { get; init; }

    /// <summary>Tick (true) or untick (false): a change of its own, without title or text.</summary>
    public bool? Checked { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        writer.AddId("site_id", site);
        if (TaskId is null)
        {
            if (Checked is not null)
            {
                throw new InvalidInputException("Checked", "-Checked goes with an existing task (Set-SrProjectMarketingTask).");
            }

            var title = ProjectChecks.Text("Title", Title, 255, required: true);
            writer.Add("title", title).Add("text", ProjectChecks.Text("Text", Text, 10_000)).Add("for_all", ForAllProjects, asWords: true);
            writer.Target = "'" + title + "' in " + ProjectChecks.Project(site);
            return;
        }

        var task = ProjectChecks.Id("TaskId", TaskId);
        writer.Target = ProjectChecks.Project(site) + ", task " + task.ToString(CultureInfo.InvariantCulture);
        if (ForAllProjects is not null)
        {
            throw new InvalidInputException("ForAllProjects", "-ForAllProjects goes with a new task only.");
        }

        // The reference shows two bodies for the one call: {task_id, title, text} or {task_id, checked}.
        if (Checked is { } ticked)
        {
            if (Title is not null || Text is not null)
            {
                throw new InvalidInputException("Checked", "-Checked is a change of its own: tick or untick without -Title or -Text (run the cmdlet twice for both).");
            }

            writer.Add("task_id", task).Add("checked", ticked, asWords: true);
            return;
        }

        var newTitle = ProjectChecks.Text("Title", Title, 255);
        var newText = ProjectChecks.Text("Text", Text, 10_000);
        if (newTitle is null && newText is null)
        {
            throw new InvalidInputException("TaskId", $"Nothing to change for {writer.Target}: give -Title, -Text or -Checked.");
        }

        writer.Add("task_id", task).Add("title", newTitle).Add("text", newText);
    }
}

/// <summary>One marketing-plan task by its id: delete it (only tasks created through the API can be).</summary>
public sealed record ProjectMarketingTaskDeleteQuery
{
    public long SiteId { get; init; }

    public long TaskId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var site = ProjectChecks.Id("SiteId", SiteId);
        var task = ProjectChecks.Id("TaskId", TaskId);
        writer.AddId("site_id", site).AddId("task_id", task);
        writer.Target = ProjectChecks.Project(site) + ", task " + task.ToString(CultureInfo.InvariantCulture);
    }
}
