using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Clients;
using SeRanking.Infrastructure;
using SeRanking.Session;

namespace SeRanking.Cmdlets.Data;

/// <summary>
/// <para type="synopsis">Gets the Data API subscription: status, dates, credits limit and credits left (free).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SrDataSubscription")]
[OutputType(OutputTypeNames.DataSubscription)]
public sealed class GetSrDataSubscriptionCommand : SrCmdlet
{
    protected override void OnEnd()
    {
        var client = new DataApiClient(ModuleSession.Require(ApiKind.SeRankingData));
        WriteObject(this.Run((trace, cancellationToken) => client.GetSubscriptionAsync(trace, cancellationToken)));
    }
}
