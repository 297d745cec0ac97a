using SeRanking.Engine.Models;

namespace SeRanking.Engine.Catalogues;

/// <summary>A SERP feature code of the SE Ranking Data API (values of <c>serp_features</c> filters).</summary>
/// <param name="Code">The code to send, e.g. <c>featured_snippets</c>.</param>
/// <param name="Name">The feature's name as SE Ranking lists it.</param>
[TableView("Code", "Name")]
public sealed record SerpFeature(string Code, string Name)
{
    public override string ToString() => $"{Code} ({Name})";
}
