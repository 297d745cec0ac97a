using System;
using System.Linq;
using System.Net;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Tests.Transport;

public class ProxyOptionsTests
{
    private const string Password = "Pr0xy-Pa55word";
    private static readonly Uri ProxyAddress = new("http://127.0.0.1:3128/");

    [Fact]
    public void A_proxy_with_UseProxy_false_is_refused()
    {
        var options = new ConnectionOptions { Proxy = new WebProxy(ProxyAddress), UseProxy = false };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(ConnectionOptions.Proxy), refused.ParamName);
    }

    [Fact]
    public void Proxy_credentials_with_UseProxy_false_are_refused()
    {
        var options = new ConnectionOptions { ProxyCredentials = new NetworkCredential("user", Password), UseProxy = false };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(ConnectionOptions.ProxyCredentials), refused.ParamName);
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_given_both_on_the_proxy_and_as_proxy_credentials_are_refused()
    {
        var options = new ConnectionOptions
        {
            Proxy = new WebProxy(ProxyAddress) { Credentials = new NetworkCredential("one", Password) },
            ProxyCredentials = new NetworkCredential("other", Password),
        };

        var refused = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(ConnectionOptions.ProxyCredentials), refused.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(25 * 3600 * 1000.0)]
    public void A_timeout_the_retry_pipeline_cannot_take_is_refused_as_an_argument_error(double milliseconds)
    {
        var options = new ConnectionOptions { Timeout = TimeSpan.FromMilliseconds(milliseconds) };

        var refused = Assert.Throws<ArgumentException>(() => ApiConnection.Create(DataApiKey.Parse(Guid.NewGuid().ToString()), options));

        Assert.Equal(nameof(ConnectionOptions.Timeout), refused.ParamName);
    }

    [Fact]
    public void Options_shown_as_text_never_show_the_proxy_password()
    {
        var options = new ConnectionOptions { Proxy = new WebProxy(ProxyAddress), ProxyCredentials = new NetworkCredential("user", Password) };

        Assert.DoesNotContain(Password, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_proxy_turns_the_handlers_proxy_off()
    {
        using var handler = HttpClientCache.CreateHandler(new ConnectionOptions { UseProxy = false });

        Assert.False(handler.UseProxy);
        Assert.Null(handler.Proxy);
    }

    [Fact]
    public void Credentials_for_the_system_proxy_become_the_handlers_default_proxy_credentials()
    {
        var credentials = new NetworkCredential("user", Password);

        using var handler = HttpClientHandlerFor(new ConnectionOptions { ProxyCredentials = credentials });

        Assert.True(handler.UseProxy);
        Assert.Null(handler.Proxy);
        Assert.Same(credentials, handler.DefaultProxyCredentials);
    }

    [Fact]
    public void Credentials_for_a_given_proxy_go_with_that_proxy_and_leave_the_callers_proxy_as_it_was()
    {
        var given = new WebProxy(ProxyAddress);
        var credentials = new NetworkCredential("user", Password);

        using var handler = HttpClientHandlerFor(new ConnectionOptions { Proxy = given, ProxyCredentials = credentials });

        Assert.True(handler.UseProxy);
        Assert.Same(credentials, handler.Proxy!.Credentials);
        Assert.Equal(ProxyAddress, handler.Proxy.GetProxy(new Uri("http://api.example/")));
        Assert.Null(given.Credentials);
        Assert.Null(handler.DefaultProxyCredentials);
    }

    [Fact]
    public void The_client_cache_tells_every_proxy_setting_apart_and_keys_equal_ones_alike()
    {
        var credentials = new NetworkCredential("user", Password);
        var keys = new[]
        {
            HttpClientCache.ProxyKey(new ConnectionOptions()),
            HttpClientCache.ProxyKey(new ConnectionOptions { UseProxy = false }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = credentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = new NetworkCredential("user", Password + "x") }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = CredentialCache.DefaultCredentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = new WebProxy(ProxyAddress) }),
            HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = new WebProxy(ProxyAddress), ProxyCredentials = credentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = new WebProxy(ProxyAddress) { BypassProxyOnLocal = true } }),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.DoesNotContain(keys, key => key.Contains(Password, StringComparison.Ordinal) || key.Contains("user", StringComparison.Ordinal));

        // A new Connect-* builds new objects with the same values: one client, not one more each time.
        Assert.Equal(HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = new WebProxy(ProxyAddress) }), HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = new WebProxy(ProxyAddress) }));
        Assert.Equal(
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = new NetworkCredential("user", Password) }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = new NetworkCredential("user", Password) }));
    }

    [Fact]
    public void Connecting_again_with_the_same_proxy_and_credentials_objects_reuses_the_client()
    {
        var proxy = new WebProxy(ProxyAddress);
        var credentials = new NetworkCredential("user", Password);

        Assert.Equal(
            HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = proxy, ProxyCredentials = credentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { Proxy = proxy, ProxyCredentials = credentials }));
        Assert.Equal(
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = credentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = credentials }));
        Assert.Equal(
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = CredentialCache.DefaultCredentials }),
            HttpClientCache.ProxyKey(new ConnectionOptions { ProxyCredentials = CredentialCache.DefaultCredentials }));
    }

    private static System.Net.Http.HttpClientHandler HttpClientHandlerFor(ConnectionOptions options)
    {
        options.Validate();
        return HttpClientCache.CreateHandler(options);
    }
}
