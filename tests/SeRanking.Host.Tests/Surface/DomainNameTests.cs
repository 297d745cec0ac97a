using System;
using System.Linq;
using SeRanking.Host.Tests.Support;

namespace SeRanking.Host.Tests.Surface;

/// <summary>
/// The -Domain argument type of the domain cmdlets, as PowerShell converts to it: text converts and
/// nothing else does, which is what lets a piped record bind by its Url or Keyword property
/// instead of as its text ("@{Url=...}").
/// </summary>
[Collection(InModuleHost.Name)]
public sealed class DomainNameTests(ModuleHost host)
{
    [Fact]
    public void Text_converts_to_a_domain_name_that_reads_as_the_text()
    {
        var run = host.Run("$name = [SeRanking.Infrastructure.DomainName]'example.com'; $name.Value; \"$name\"").ThrowOnError();

        Assert.Equal(["example.com", "example.com"], run.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void A_record_does_not_convert_though_a_string_parameter_would_take_its_text()
    {
        var run = host.Run("$record = [pscustomobject]@{ Url = 'https://example.com/page' }; [string]$record; try { [SeRanking.Infrastructure.DomainName]$record } catch { $_.FullyQualifiedErrorId }").ThrowOnError();

        Assert.Equal("@{Url=https://example.com/page}", run.Output[0].ToString());
        Assert.Contains("InvalidCast", run.Output[1].ToString(), StringComparison.Ordinal);
    }
}
