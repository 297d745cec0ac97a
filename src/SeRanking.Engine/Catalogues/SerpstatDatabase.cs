namespace SeRanking.Engine.Catalogues;

/// <summary>A Serpstat database: the <c>se</c> code a Serpstat method takes (g_us, g_uk, bing_us…), the country and the search engine.</summary>
/// <param name="Code">The code, as Serpstat spells it (lower case).</param>
/// <param name="Name">The country in English; Bing's database says so.</param>
/// <param name="Engine">Google or Bing.</param>
[Models.TableView("Code", "Name", "Engine")]
public sealed record SerpstatDatabase(string Code, string Name, string Engine)
{
    /// <summary>"g_de (Germany)".</summary>
    public override string ToString() => $"{Code} ({Name})";
}
