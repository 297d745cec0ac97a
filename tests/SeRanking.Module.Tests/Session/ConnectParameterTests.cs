using System.Linq;
using System.Reflection;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Session;

/// <summary>Connect-SeRanking and Connect-Serpstat take the same connection parameters, with the same types and ranges.</summary>
[Collection(ModuleSurface.Name)]
public class ConnectParameterTests(ModuleMetadata module)
{
    private const string ValidateRange = ModuleMetadata.Sma + "ValidateRangeAttribute";

    [Theory]
    [InlineData("Connect-SeRanking")]
    [InlineData("Connect-Serpstat")]
    public void Both_Connect_cmdlets_take_the_proxy_and_session_parameters(string cmdletName)
    {
        var cmdlet = module.Cmdlet(cmdletName);

        Assert.Equal("System.Uri", cmdlet.Parameter("Proxy").PropertyType.FullName);
        Assert.Equal(ModuleMetadata.Sma + "PSCredential", cmdlet.Parameter("ProxyCredential").PropertyType.FullName);
        Assert.True(ModuleMetadata.Has(cmdlet.Parameter("ProxyCredential"), ModuleMetadata.Sma + "CredentialAttribute"), "-ProxyCredential has no [Credential].");
        Assert.Equal(ModuleMetadata.Sma + "SwitchParameter", cmdlet.Parameter("ProxyUseDefaultCredentials").PropertyType.FullName);
        Assert.Equal(ModuleMetadata.Sma + "SwitchParameter", cmdlet.Parameter("NoProxy").PropertyType.FullName);
        Assert.Equal("System.Int32", cmdlet.Parameter("TimeoutSec").PropertyType.FullName);
        Assert.Equal((1, 3600), Range(cmdlet.Parameter("TimeoutSec")));
        Assert.Equal("System.Int32", cmdlet.Parameter("MaxRetries").PropertyType.FullName);
        Assert.Equal((0, 20), Range(cmdlet.Parameter("MaxRetries")));
        var rate = cmdlet.Parameter("RequestsPerSecond").PropertyType;
        Assert.Equal("System.Int32", Assert.Single(rate.GetGenericArguments()).FullName);
        Assert.Equal((1, 1000), Range(cmdlet.Parameter("RequestsPerSecond")));
    }

    private static (int Min, int Max) Range(PropertyInfo parameter)
    {
        var range = Assert.Single(ModuleMetadata.AttributesOf(parameter, ValidateRange));
        return ((int)range.ConstructorArguments[0].Value!, (int)range.ConstructorArguments[1].Value!);
    }
}
