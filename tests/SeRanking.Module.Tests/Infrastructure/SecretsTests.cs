using System;
using System.Security;
using SeRanking.Engine.Errors;
using SeRanking.Infrastructure;

namespace SeRanking.Module.Tests.Infrastructure;

public sealed class SecretsTests : IDisposable
{
    // One variable per test instance (xunit creates one per test), removed afterwards.
    private readonly string _variable = "SERANKING_MODULE_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();

    public void Dispose() => Environment.SetEnvironmentVariable(_variable, null);

    [Fact]
    public void The_parameter_wins_over_the_environment_variable()
    {
        Environment.SetEnvironmentVariable(_variable, "from-environment");
        using var parameter = Secure("from-parameter");

        var resolved = Secrets.Resolve(parameter, "DataApiKey", _variable);

        Assert.Equal(("from-parameter", "-DataApiKey"), resolved);
    }

    [Fact]
    public void The_environment_variable_is_used_when_the_parameter_is_absent()
    {
        Environment.SetEnvironmentVariable(_variable, "from-environment");

        var resolved = Secrets.Resolve(null, "DataApiKey", _variable);

        Assert.Equal(("from-environment", "$env:" + _variable), resolved);
    }

    [Fact]
    public void No_environment_variable_is_read_when_none_is_named()
    {
        Environment.SetEnvironmentVariable(_variable, "from-environment");

        Assert.Null(Secrets.Resolve(null, "DataApiKey", environmentVariable: null));
    }

    [Fact]
    public void Nothing_is_resolved_when_neither_is_set()
    {
        Assert.Null(Secrets.Resolve(null, "DataApiKey", _variable));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void A_whitespace_environment_variable_counts_as_absent(string value)
    {
        Environment.SetEnvironmentVariable(_variable, value);

        Assert.Null(Secrets.Resolve(null, "DataApiKey", _variable));
        Assert.Null(Secrets.ResolveUrl(null, "DataApiUrl", _variable));
    }

    [Fact]
    public void The_URL_parameter_wins_over_the_environment_variable()
    {
        Environment.SetEnvironmentVariable(_variable, "https://from-environment.example/");
        var parameter = new Uri("https://from-parameter.example/");

        Assert.Equal(parameter, Secrets.ResolveUrl(parameter, "DataApiUrl", _variable));
    }

    [Fact]
    public void The_URL_environment_variable_is_used_when_the_parameter_is_absent()
    {
        Environment.SetEnvironmentVariable(_variable, " https://proxy.example/seranking/ ");

        Assert.Equal(new Uri("https://proxy.example/seranking/"), Secrets.ResolveUrl(null, "DataApiUrl", _variable));
    }

    [Fact]
    public void No_URL_means_the_API_default()
    {
        Assert.Null(Secrets.ResolveUrl(null, "DataApiUrl", _variable));
    }

    [Fact]
    public void A_URL_environment_variable_that_is_no_URL_is_refused_naming_the_parameter_and_the_variable()
    {
        Environment.SetEnvironmentVariable(_variable, "not a url");

        var refused = Assert.Throws<InvalidInputException>(() => Secrets.ResolveUrl(null, "DataApiUrl", _variable));

        Assert.Equal("DataApiUrl", refused.ParamName);
        Assert.Contains(_variable, refused.Message, StringComparison.Ordinal);
        Assert.Contains("-DataApiUrl", refused.Message, StringComparison.Ordinal);
    }

    private static SecureString Secure(string text)
    {
        var secure = new SecureString();
        foreach (var character in text)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
