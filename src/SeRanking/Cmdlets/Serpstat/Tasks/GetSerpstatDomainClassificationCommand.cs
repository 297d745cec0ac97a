using System.Management.Automation;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the categories of the domains of a Serpstat classification task, one row per domain (DomainClassification.getTask; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainClassification")]
[OutputType(OutputTypeNames.SerpstatDomainCategories)]
public sealed class GetSerpstatDomainClassificationCommand : SrCmdlet
{
    /// <summary>Task ids; from the pipeline by value or by a TaskId property (Start- or Wait-SerpstatDomainClassification output).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "task_id")]
    [ValidateNotNullOrEmpty]
    public string[] TaskId { get; set; } = [];

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, Engine.ApiKind.Serpstat);

    protected override void OnProcess()
    {
        foreach (var id in TaskId)
        {
            foreach (var task in this.CallSerpstat(SerpstatClassificationOperations.Read, new SerpstatTaskQuery { TaskId = id }, SerpstatClassificationOperations.Describe(id)) ?? [])
            {
                foreach (var row in SerpstatClassificationOperations.CategoriesOf(task))
                {
                    WriteObject(row);
                }
            }
        }
    }
}
