using System.Linq;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

[Collection(ModuleSurface.Name)]
public class ShouldProcessTests(ModuleMetadata module)
{
    [Theory]
    [InlineData("Get-SrBacklinkSummary")]
    [InlineData("Get-SrDomainOverview")]
    [InlineData("New-SrSerpTask")]
    [InlineData("Get-SrSerpTaskResult")]
    public void A_cmdlet_that_spends_credits_supports_WhatIf_and_Confirm(string name)
    {
        Assert.True(SupportsShouldProcess(module.Cmdlet(name)), $"{name} spends credits but has no SupportsShouldProcess = true.");
    }

    [Theory]
    [InlineData("Get-SrDataSubscription")]
    [InlineData("Get-SrAccountBalance")]
    [InlineData("Get-SrAccountProfile")]
    [InlineData("Get-SrAccountSubscription")]
    [InlineData("Get-SerpstatLimits")]
    [InlineData("Get-SrConnection")]
    public void A_free_read_does_not_offer_WhatIf(string name)
    {
        Assert.False(SupportsShouldProcess(module.Cmdlet(name)), $"{name} is a free read but declares SupportsShouldProcess.");
    }

    [Fact]
    public void Every_account_read_is_among_the_free_reads_checked()
    {
        var accountReads = module.Cmdlets.Where(cmdlet => cmdlet.Noun.StartsWith("SrAccount", System.StringComparison.Ordinal)).Select(cmdlet => cmdlet.Name);

        Assert.Equal(["Get-SrAccountBalance", "Get-SrAccountProfile", "Get-SrAccountSubscription"], accountReads.Order(System.StringComparer.Ordinal));
    }

    private static bool SupportsShouldProcess(CmdletType cmdlet) =>
        ModuleMetadata.Named<bool>(cmdlet.Attribute, "SupportsShouldProcess");
}
