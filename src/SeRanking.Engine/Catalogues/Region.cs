using SeRanking.Engine.Models;

namespace SeRanking.Engine.Catalogues;

/// <summary>
/// A SE Ranking regional keyword database: the value of the Data API's <c>source</c> parameter.
/// </summary>
/// <param name="Code">The code to send: a lowercase ISO 3166-1 alpha-2 code (<c>uk</c>, not <c>gb</c>), or <c>worldwide</c>.</param>
/// <param name="Name">The country or region, as SE Ranking names it.</param>
/// <param name="IsAggregate">True for <c>worldwide</c>, the global aggregate, which only some endpoints accept.</param>
[TableView("Code", "Name", "IsAggregate")]
public sealed record Region(string Code, string Name, bool IsAggregate)
{
    public override string ToString() => $"{Code} ({Name})";
}
