using System.Linq;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Data;

/// <summary>The Data API account cmdlets: free reads of the plan and the credit counter.</summary>
[Collection(InModuleHost.Name)]
public sealed class AccountCmdletTests(ModuleHost host)
{
    [Fact]
    public void The_credit_balance_gives_limit_used_and_left()
    {
        var account = host.ConnectData(credits: 5_000);
        host.Run("Get-SrBacklinkSummary example.com").ThrowOnError();

        var balance = host.Run("Get-SrDataCreditBalance").ThrowOnError().Output.Single();

        Assert.Equal(5_000L, balance.Properties["Limit"].Value);
        Assert.Equal(100L, balance.Properties["Used"].Value);
        Assert.Equal(4_900L, balance.Properties["Left"].Value);
        Assert.Equal(100, account.CreditsSpent);
    }

    [Fact]
    public void The_subscription_gives_the_plans_status_and_credits_left()
    {
        host.ConnectData(credits: 7_000);

        var subscription = host.Run("Get-SrDataSubscription").ThrowOnError().Output.Single();

        Assert.Equal(7_000L, subscription.Properties["CreditsLeft"].Value);
        Assert.Equal("active", subscription.Properties["Status"].Value);
    }
}
