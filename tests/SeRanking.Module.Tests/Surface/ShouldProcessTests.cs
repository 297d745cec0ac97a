using System;
using System.Linq;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// -WhatIf and -Confirm follow the money, read from the descriptors: a cmdlet that serves an
/// operation the credit catalogue bills supports them; one that serves only free operations does
/// not offer them. Which cmdlet serves which operation comes from docs/coverage.md.
/// </summary>
[Collection(ModuleSurface.Name)]
public class ShouldProcessTests(ModuleMetadata module)
{
    public static TheoryData<string> PayingCmdlets() =>
        new(CoverageTable.Rows.Where(row => row.Operations.Any(operation => !operation.Cost.IsFree)).SelectMany(row => row.Cmdlets).Distinct(StringComparer.Ordinal));

    public static TheoryData<string> FreeCmdlets()
    {
        var rows = CoverageTable.Rows.Where(row => row.Cmdlets.Count > 0).ToList();
        return new(rows.SelectMany(row => row.Cmdlets).Distinct(StringComparer.Ordinal)
            .Where(cmdlet => rows.Where(row => row.Cmdlets.Contains(cmdlet)).All(row => row.Operations.All(operation => operation.Cost.IsFree))));
    }

    [Theory]
    [MemberData(nameof(PayingCmdlets))]
    public void A_cmdlet_that_spends_credits_supports_WhatIf_and_Confirm(string name)
    {
        Assert.True(SupportsShouldProcess(module.Cmdlet(name)), $"{name} serves a paid operation but has no SupportsShouldProcess = true.");
    }

    [Theory]
    [MemberData(nameof(FreeCmdlets))]
    public void A_free_read_does_not_offer_WhatIf(string name)
    {
        var cmdlet = module.Cmdlet(name);
        Assert.False(SupportsShouldProcess(cmdlet) && cmdlet.Verb == "Get", $"{name} serves only free reads but declares SupportsShouldProcess.");
    }

    [Fact]
    public void Both_kinds_are_found_in_the_table()
    {
        Assert.NotEmpty(PayingCmdlets());
        Assert.NotEmpty(FreeCmdlets());
    }

    private static bool SupportsShouldProcess(CmdletType cmdlet) =>
        ModuleMetadata.Named<bool>(cmdlet.Attribute, "SupportsShouldProcess");
}
