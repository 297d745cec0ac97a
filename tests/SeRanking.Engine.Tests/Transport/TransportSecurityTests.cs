using System;
using System.Security.Authentication;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

public class TransportSecurityTests
{
    [Theory]
    [InlineData(false, "10.0.26100", SslProtocols.None)]
    [InlineData(false, "6.1.7601", SslProtocols.None)]
    [InlineData(true, "6.1.7601", SslProtocols.Tls12)]
    [InlineData(true, "6.2.9200", SslProtocols.Tls12)]
    [InlineData(true, "10.0.17763", SslProtocols.Tls12)]
    [InlineData(true, "10.0.19045", SslProtocols.Tls12)]
    [InlineData(true, "10.0.20348", SslProtocols.Tls12 | SslProtocols.Tls13)]
    [InlineData(true, "10.0.22000", SslProtocols.Tls12 | SslProtocols.Tls13)]
    [InlineData(true, "10.0.26100", SslProtocols.Tls12 | SslProtocols.Tls13)]
    public void Only_NET_Framework_gets_explicit_protocols_and_TLS_1_3_only_where_Windows_has_it(bool isNetFramework, string osVersion, SslProtocols expected)
    {
        Assert.Equal(expected, TransportSecurity.ProtocolsFor(isNetFramework, Version.Parse(osVersion)));
    }

    [Fact]
    public void The_hand_written_TLS_1_3_value_is_the_runtimes()
    {
        Assert.Equal(SslProtocols.Tls13, TransportSecurity.Tls13);
    }

    [Theory]
    [InlineData(".NET Framework 4.8.9232.0", true)]
    [InlineData(".NET Framework 4.7.2", true)]
    [InlineData(".NET 10.0.0", false)]
    [InlineData(".NET Core 3.1.32", false)]
    [InlineData(".NET Native", false)]
    public void NET_Framework_is_recognised_by_its_description(string description, bool expected)
    {
        Assert.Equal(expected, TransportSecurity.IsNetFramework(description));
    }

    [Theory]
    [InlineData("Microsoft Windows 10.0.22631 ", "10.0.22631")]
    [InlineData("Microsoft Windows 6.1.7601 S", "6.1.7601")]
    [InlineData("Microsoft Windows NT 10.0.20348.0", "10.0.20348.0")]
    [InlineData("Darwin 23.1.0 Darwin Kernel Version 23.1.0", "23.1.0")]
    [InlineData("Something without a version", "1.2.3")]
    [InlineData("", "1.2.3")]
    public void The_OS_version_is_read_from_the_OS_description_else_the_fallback(string description, string expected)
    {
        Assert.Equal(Version.Parse(expected), TransportSecurity.OsVersionFrom(description, new Version(1, 2, 3)));
    }

    [Fact]
    public void On_this_runtime_the_handler_leaves_the_protocols_to_the_OS()
    {
        using var handler = HttpClientCache.CreateHandler(new ConnectionOptions());

        Assert.Equal(SslProtocols.None, handler.SslProtocols);
    }
}
