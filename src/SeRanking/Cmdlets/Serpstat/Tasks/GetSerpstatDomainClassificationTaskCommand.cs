using System.Management.Automation;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Serpstat.Tasks;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Serpstat.Tasks;

/// <summary>Gets the account's Serpstat domain classification tasks with their status (DomainClassification.getTaskList; free).</summary>
[Cmdlet(VerbsCommon.Get, "SerpstatDomainClassificationTask", SupportsPaging = true)]
[OutputType(OutputTypeNames.SerpstatClassificationTask)]
public sealed class GetSerpstatDomainClassificationTaskCommand : SerpstatListCmdlet
{
    protected override void OnEnd() => this.WriteRows(SerpstatClassificationOperations.List, NoQuery.Value, Window, "classification tasks");
}
