using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Catalogues;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Catalogues;

/// <summary>Lists the SE Ranking regional databases (the codes -Source takes), from the module's own catalogue; sends nothing.</summary>
[Cmdlet(VerbsCommon.Get, "SrRegion", DefaultParameterSetName = NameSet)]
[OutputType(OutputTypeNames.Region)]
public sealed class GetSrRegionCommand : SrCmdlet
{
    private const string NameSet = "Name";
    private const string CodeSet = "Code";

    /// <summary>Region codes (us, uk, de…, worldwide); Tab completes code or country name.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CodeSet)]
    [Alias("Source")]
    [ArgumentCompleter(typeof(RegionCompleter))]
    [ValidateRegion(AllowWorldwide = true)]
    public string[] Code { get; set; } = [];

    /// <summary>Codes or country names to match, wildcards allowed (de, Ger*, *land).</summary>
    [Parameter(Position = 0, ParameterSetName = NameSet)]
    [SupportsWildcards]
    public string Name { get; set; } = "*";

    protected override void OnProcess()
    {
        if (ParameterSetName == CodeSet)
        {
            foreach (var code in Code)
            {
                _ = RegionCatalogue.TryGet(code, out var region);
                WriteObject(region);
            }

            return;
        }

        var pattern = new WildcardPattern(Name, WildcardOptions.IgnoreCase);
        WriteObject(RegionCatalogue.All.Where(region => pattern.IsMatch(region.Code) || pattern.IsMatch(region.Name)), enumerateCollection: true);
    }
}
