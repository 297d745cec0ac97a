using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Catalogues;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Catalogues;

/// <summary>Lists the Serpstat databases (the codes -Database takes: g_us, g_uk…, bing_us) from the module's own catalogue; sends nothing.</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDatabase", DefaultParameterSetName = NameSet)]
[OutputType(OutputTypeNames.SerpstatDatabase)]
public sealed class GetSerpstatDatabaseCommand : SrCmdlet
{
    private const string NameSet = "Name";
    private const string CodeSet = "Code";

    /// <summary>Database codes (g_us, g_de…); Tab completes code or country.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CodeSet)]
    [Alias("Database", "se")]
    [ArgumentCompleter(typeof(SerpstatDatabaseCompleter))]
    [ValidateSerpstatDatabase]
    public string[] Code { get; set; } = [];

    /// <summary>Codes or country names to match, wildcards allowed (g_de, Ger*, *land).</summary>
    [Parameter(Position = 0, ParameterSetName = NameSet)]
    [SupportsWildcards]
    public string Name { get; set; } = "*";

    protected override void OnProcess()
    {
        if (ParameterSetName == CodeSet)
        {
            foreach (var code in Code)
            {
                _ = SerpstatDatabaseCatalogue.TryGet(code, out var database);
                WriteObject(database);
            }

            return;
        }

        var pattern = new WildcardPattern(Name, WildcardOptions.IgnoreCase);
        WriteObject(SerpstatDatabaseCatalogue.All.Where(database => pattern.IsMatch(database.Code) || pattern.IsMatch(database.Name)), enumerateCollection: true);
    }
}
