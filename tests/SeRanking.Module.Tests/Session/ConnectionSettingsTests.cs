using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using SeRanking.Engine;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Transport;
using SeRanking.Session;

namespace SeRanking.Module.Tests.Session;

/// <summary>
/// What Connect-SeRanking and Connect-Serpstat do with -Proxy, -ProxyCredential,
/// -ProxyUseDefaultCredentials, -NoProxy, -TimeoutSec, -MaxRetries and -RequestsPerSecond: the
/// cmdlets only copy their parameters into <see cref="ConnectionSettings"/>, tested here.
/// </summary>
public class ConnectionSettingsTests
{
    private const string Password = "Pr0xy-Pa55word";
    private static readonly Uri ProxyUrl = new("http://proxy.example:8080/");

    // Cases by name: ConnectionSettings is internal, so it cannot appear in a public theory's signature.
    private static readonly Dictionary<string, ConnectionSettings> Cases = new()
    {
        ["NoProxy with Proxy"] = new ConnectionSettings { NoProxy = true, Proxy = ProxyUrl },
        ["NoProxy with ProxyCredential"] = new ConnectionSettings { NoProxy = true, ProxyCredential = new NetworkCredential("user", Password) },
        ["NoProxy with ProxyUseDefaultCredentials"] = new ConnectionSettings { NoProxy = true, ProxyUseDefaultCredentials = true },
        ["ProxyCredential with ProxyUseDefaultCredentials"] = new ConnectionSettings { ProxyCredential = new NetworkCredential("user", Password), ProxyUseDefaultCredentials = true },
        ["ProxyCredential without a user name"] = new ConnectionSettings { ProxyCredential = new NetworkCredential(string.Empty, Password) },
        ["TimeoutSec 0"] = new ConnectionSettings { TimeoutSec = 0 },
        ["TimeoutSec 3601"] = new ConnectionSettings { TimeoutSec = 3601 },
        ["MaxRetries -1"] = new ConnectionSettings { MaxRetries = -1 },
        ["MaxRetries 21"] = new ConnectionSettings { MaxRetries = 21 },
        ["RequestsPerSecond 0"] = new ConnectionSettings { RequestsPerSecond = 0 },
        ["RequestsPerSecond 1001"] = new ConnectionSettings { RequestsPerSecond = 1001 },
    };

    public static TheoryData<string, string, string[]> Conflicts => new()
    {
        { "NoProxy with Proxy", "NoProxy", ["-NoProxy", "-Proxy ", "Give only one"] },
        { "NoProxy with ProxyCredential", "ProxyCredential", ["-NoProxy", "-ProxyCredential", "Drop"] },
        { "NoProxy with ProxyUseDefaultCredentials", "ProxyUseDefaultCredentials", ["-NoProxy", "-ProxyUseDefaultCredentials", "Drop"] },
        { "ProxyCredential with ProxyUseDefaultCredentials", "ProxyUseDefaultCredentials", ["-ProxyCredential", "-ProxyUseDefaultCredentials", "not both"] },
        { "ProxyCredential without a user name", "ProxyCredential", ["-ProxyCredential", "no user name"] },
    };

    public static TheoryData<string, string> OutOfRange => new()
    {
        { "TimeoutSec 0", "TimeoutSec" },
        { "TimeoutSec 3601", "TimeoutSec" },
        { "MaxRetries -1", "MaxRetries" },
        { "MaxRetries 21", "MaxRetries" },
        { "RequestsPerSecond 0", "RequestsPerSecond" },
        { "RequestsPerSecond 1001", "RequestsPerSecond" },
    };

    [Fact]
    public void Without_parameters_a_connection_gets_the_engines_defaults_and_the_system_proxy()
    {
        var options = new ConnectionSettings().OptionsFor(ApiKind.SeRankingData, null, "DataApiUrl");
        var defaults = new ConnectionOptions();

        Assert.Equal(defaults.Timeout, options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(ConnectionSettings.DefaultTimeoutSec), options.Timeout);
        Assert.Equal(defaults.MaxRetries, options.MaxRetries);
        Assert.Equal(ConnectionSettings.DefaultMaxRetries, options.MaxRetries);
        Assert.Null(options.RequestsPerWindow);
        Assert.True(options.UseProxy);
        Assert.Null(options.Proxy);
        Assert.Null(options.ProxyCredentials);
    }

    [Fact]
    public void Each_parameter_reaches_the_engines_options()
    {
        var credential = new NetworkCredential("user", Password);

        var options = new ConnectionSettings { Proxy = ProxyUrl, ProxyCredential = credential, TimeoutSec = 7, MaxRetries = 0, RequestsPerSecond = 3 }
            .OptionsFor(ApiKind.SeRankingProject, new Uri("http://127.0.0.1:9/project/"), "ProjectApiUrl");

        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
        Assert.Equal(0, options.MaxRetries);
        Assert.Equal(3, options.RequestsPerWindow);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RateWindow);
        Assert.Equal(ProxyUrl, Assert.IsType<WebProxy>(options.Proxy).Address);
        Assert.Same(credential, options.ProxyCredentials);
        Assert.Equal(new Uri("http://127.0.0.1:9/project/"), options.BaseUri);
    }

    [Fact]
    public void ProxyUseDefaultCredentials_signs_in_as_the_Windows_account_and_NoProxy_turns_the_proxy_off()
    {
        Assert.Same(
            CredentialCache.DefaultCredentials,
            new ConnectionSettings { ProxyUseDefaultCredentials = true }.OptionsFor(ApiKind.Serpstat, null, "ApiUrl").ProxyCredentials);
        Assert.False(new ConnectionSettings { NoProxy = true }.OptionsFor(ApiKind.Serpstat, null, "ApiUrl").UseProxy);
    }

    [Fact]
    public void Connecting_again_with_the_same_proxy_and_credential_reuses_the_http_client()
    {
        var first = new ConnectionSettings { Proxy = ProxyUrl, ProxyCredential = new System.Net.NetworkCredential("proxyuser", "secret") }
            .OptionsFor(ApiKind.SeRankingData, null, "DataApiUrl");
        var second = new ConnectionSettings { Proxy = new Uri(ProxyUrl.AbsoluteUri), ProxyCredential = new System.Net.NetworkCredential("proxyuser", "secret") }
            .OptionsFor(ApiKind.SeRankingData, null, "DataApiUrl");

        Assert.Equal(Engine.Transport.HttpClientCache.ProxyKey(first), Engine.Transport.HttpClientCache.ProxyKey(second));
    }

    [Theory]
    [InlineData("http://proxyuser:Pr0xy-Pa55word@proxy.example:8080/", "user name or password")]
    [InlineData("http://proxy.example:8080/?password=Pr0xy-Pa55word", "query or fragment")]
    [InlineData("http://proxy.example:8080/#Pr0xy-Pa55word", "query or fragment")]
    [InlineData("socks5://proxy.example:1080/", "http:// or https://")]
    [InlineData("proxy.example:8080", "http:// or https://")]
    public void A_proxy_URL_that_cannot_work_or_would_carry_a_secret_is_refused_naming_Proxy_and_ProxyCredential(string url, string reason)
    {
        var refused = Assert.Throws<InvalidInputException>(() => new ConnectionSettings { Proxy = new Uri(url) }.Check());

        Assert.Equal("Proxy", refused.ParamName);
        Assert.Contains("-Proxy ", refused.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("proxyuser", refused.Message, StringComparison.Ordinal);
        if (url.Contains('@', StringComparison.Ordinal) || url.Contains('?', StringComparison.Ordinal))
        {
            Assert.Contains("-ProxyCredential", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_relative_proxy_URL_is_refused_naming_Proxy()
    {
        var refused = Assert.Throws<InvalidInputException>(() => new ConnectionSettings { Proxy = new Uri("proxy", UriKind.Relative) }.Check());

        Assert.Equal("Proxy", refused.ParamName);
        Assert.Contains("absolute URL", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://proxy.example:8080")]
    [InlineData("https://proxy.example/")]
    [InlineData("http://10.0.0.1:3128/")]
    public void Plain_http_and_https_proxy_URLs_are_taken(string url)
    {
        var settings = new ConnectionSettings { Proxy = new Uri(url) };

        Assert.Same(settings, settings.Check());
    }

    [Theory]
    [MemberData(nameof(Conflicts))]
    public void Parameters_that_contradict_each_other_are_refused_naming_both_and_the_fix(string @case, string parameter, string[] said)
    {
        var refused = Assert.Throws<InvalidInputException>(() => Cases[@case].Check());

        Assert.Equal(parameter, refused.ParamName);
        Assert.All(said, text => Assert.Contains(text, refused.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(Password, refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Values_out_of_range_are_refused_naming_the_parameter_and_the_range(string @case, string parameter)
    {
        var refused = Assert.Throws<InvalidInputException>(() => Cases[@case].OptionsFor(ApiKind.SeRankingData, null, "DataApiUrl"));

        Assert.Equal(parameter, refused.ParamName);
        Assert.Contains("-" + parameter + " must be between", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_URL_the_API_cannot_use_is_refused_naming_the_URL_parameter()
    {
        var refused = Assert.Throws<InvalidInputException>(
            () => new ConnectionSettings().OptionsFor(ApiKind.SeRankingData, new Uri("ftp://files.example/"), "DataApiUrl"));

        Assert.Equal("DataApiUrl", refused.ParamName);
    }

    [Theory]
    [InlineData(false, false, false, null, "system", "None", null)]
    [InlineData(true, false, false, null, "none", "None", null)]
    [InlineData(false, true, false, null, "http://proxy.example:8080/", "None", null)]
    [InlineData(false, true, false, "", "http://proxy.example:8080/", "Credential", "jdoe")]
    [InlineData(false, true, false, "CORP", "http://proxy.example:8080/", "Credential", "CORP\\jdoe")]
    [InlineData(false, false, false, "CORP", "system", "Credential", "CORP\\jdoe")]
    [InlineData(false, false, true, null, "system", "DefaultCredentials", null)]
    public void The_connection_shows_which_proxy_it_uses_and_how_it_signs_in(
        bool noProxy, bool proxy, bool useDefaultCredentials, string? domain, string shownProxy, string shownAuthentication, string? shownUser)
    {
        var options = new ConnectionSettings
        {
            NoProxy = noProxy,
            Proxy = proxy ? ProxyUrl : null,
            ProxyCredential = domain is null ? null : new NetworkCredential("jdoe", Password, domain),
            ProxyUseDefaultCredentials = useDefaultCredentials,
        }.OptionsFor(ApiKind.SeRankingData, null, "DataApiUrl");

        Assert.Equal((shownProxy, shownAuthentication, shownUser), ConnectionSettings.Describe(options));
    }

    [Fact]
    public void The_connection_object_shows_the_settings_and_never_the_proxy_password()
    {
        var secret = Guid.NewGuid().ToString("N");
        var token = SerpstatToken.Parse(secret);
        var settings = new ConnectionSettings
        {
            Proxy = ProxyUrl,
            ProxyCredential = new NetworkCredential("jdoe", Password),
            TimeoutSec = 12,
            MaxRetries = 1,
            RequestsPerSecond = 3,
        };
        try
        {
            var info = ModuleSession.Connect(ApiConnection.Create(token, settings.OptionsFor(token.Api, null, "ApiUrl")), "-Token");

            Assert.Equal(12, info.TimeoutSec);
            Assert.Equal(1, info.MaxRetries);
            Assert.Equal(3, info.RequestsPerSecond);
            Assert.Equal("http://proxy.example:8080/", info.Proxy);
            Assert.Equal("Credential", info.ProxyAuthentication);
            Assert.Equal("jdoe", info.ProxyUserName);
            var shown = ShownText(info).Concat(ModuleSession.Describe().SelectMany(ShownText)).ToList();
            Assert.DoesNotContain(shown, text => text.Contains(Password, StringComparison.Ordinal));
            Assert.DoesNotContain(shown, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            ModuleSession.Disconnect(ApiKind.Serpstat);
        }
    }

    [Fact]
    public void A_refused_connect_leaves_the_keys_rate_and_the_last_connect_sets_it()
    {
        var key = DataApiKey.Parse(Guid.NewGuid().ToString());
        try
        {
            ModuleSession.Connect(ApiConnection.Create(key, new ConnectionSettings { RequestsPerSecond = 7 }.OptionsFor(key.Api, null, "DataApiUrl")), "-DataApiKey");

            // What Connect-SeRanking does before anything changes: check everything, create nothing.
            var faster = new ConnectionSettings { RequestsPerSecond = 3 };
            Assert.Throws<InvalidInputException>(() => faster.OptionsFor(key.Api, new Uri("ftp://files.example/"), "DataApiUrl"));
            var planned = faster.OptionsFor(key.Api, null, "DataApiUrl");
            Assert.Equal(7, DataConnection().RequestsPerSecond);

            ModuleSession.Connect(ApiConnection.Create(key, planned), "-DataApiKey");
            Assert.Equal(3, DataConnection().RequestsPerSecond);

            ModuleSession.Connect(ApiConnection.Create(key, new ConnectionSettings().OptionsFor(key.Api, null, "DataApiUrl")), "-DataApiKey");
            Assert.Equal(ConnectionOptions.DefaultRequestsPerSecond(ApiKind.SeRankingData), DataConnection().RequestsPerSecond);
        }
        finally
        {
            ModuleSession.Disconnect(ApiKind.SeRankingData);
        }
    }

    private static ApiConnectionInfo DataConnection() => ModuleSession.Describe().Single(c => c.Api == ApiKind.SeRankingData.DisplayName());

    /// <summary>Every text a user could see of the connection object: ToString and each property.</summary>
    private static IEnumerable<string> ShownText(ApiConnectionInfo info) =>
        typeof(ApiConnectionInfo).GetProperties().Select(p => Convert.ToString(p.GetValue(info), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Append(info.ToString());
}
