using System.Linq;
using System.Management.Automation;
using SeRanking.Completion;
using SeRanking.Engine.Catalogues;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Catalogues;

/// <summary>Lists the SERP feature codes SE Ranking filters take (featured_snippets, local_pack…), from the module's own catalogue; sends nothing.</summary>
[Cmdlet(VerbsCommon.Get, "SrSerpFeature", DefaultParameterSetName = NameSet)]
[OutputType(OutputTypeNames.SerpFeature)]
public sealed class GetSrSerpFeatureCommand : SrCmdlet
{
    private const string NameSet = "Name";
    private const string CodeSet = "Code";

    /// <summary>SERP feature codes; Tab completes code or name.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = CodeSet)]
    [ArgumentCompleter(typeof(SerpFeatureCompleter))]
    [ValidateSerpFeature]
    public string[] Code { get; set; } = [];

    /// <summary>Codes or feature names to match, wildcards allowed (local_pack, *snippet*).</summary>
    [Parameter(Position = 0, ParameterSetName = NameSet)]
    [SupportsWildcards]
    public string Name { get; set; } = "*";

    protected override void OnProcess()
    {
        if (ParameterSetName == CodeSet)
        {
            foreach (var code in Code)
            {
                _ = SerpFeatureCatalogue.TryGet(code, out var feature);
                WriteObject(feature);
            }

            return;
        }

        var pattern = new WildcardPattern(Name, WildcardOptions.IgnoreCase);
        WriteObject(SerpFeatureCatalogue.All.Where(feature => pattern.IsMatch(feature.Name) || pattern.IsMatch(feature.Code)), enumerateCollection: true);
    }
}
