using System;
using System.Linq;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests;

public class ArchitectureTests
{
    [Fact]
    public void The_engine_references_nothing_of_PowerShell()
    {
        var references = typeof(ApiConnection).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.DoesNotContain(references, name => name!.StartsWith("System.Management.Automation", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(references, name => name!.StartsWith("Microsoft.PowerShell", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Polly.Core", references);
        Assert.Contains("System.Text.Json", references);
    }

    [Fact]
    public void The_engine_targets_netstandard2_0_so_both_PowerShell_editions_can_load_it()
    {
        var target = typeof(ApiConnection).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single();

        Assert.Equal(".NETStandard,Version=v2.0", target.FrameworkName);
    }
}
