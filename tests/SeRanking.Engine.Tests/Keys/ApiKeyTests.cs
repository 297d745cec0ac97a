using System;
using System.Security.Cryptography;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Tests.Keys;

public class ApiKeyTests
{
    // Keys are made fresh for each run: no key-shaped literal lives in the repository.
    private static readonly string DataKey = Guid.NewGuid().ToString();
    private static readonly string ProjectKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
    private static readonly string SerpstatKey = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    [Fact]
    public void Each_kind_accepts_its_own_shape_and_trims_whitespace()
    {
        Assert.Equal(ApiKind.SeRankingData, DataApiKey.Parse("  " + DataKey + "\n").Api);
        Assert.Equal(ApiKind.SeRankingProject, ProjectApiKey.Parse(ProjectKey.ToUpperInvariant()).Api);
        Assert.Equal(ApiKind.Serpstat, SerpstatToken.Parse(SerpstatKey).Api);
        Assert.Equal(DataApiKey.Parse(DataKey), DataApiKey.Parse(" " + DataKey));
    }

    [Fact]
    public void A_data_key_given_as_a_project_key_is_the_unified_hosts_key()
    {
        // Since May 2026 the one SE Ranking token (a UUID) opens the Project API on the Data API's host.
        var key = ProjectApiKey.Parse(DataKey);

        Assert.Equal(ApiKind.SeRankingProject, key.Api);
        Assert.Equal(ProjectDialect.Unified, key.Dialect);
        Assert.Equal(ProjectDialect.Legacy, ProjectApiKey.Parse(ProjectKey).Dialect);
    }

    [Fact]
    public void A_project_key_given_as_a_data_key_is_named_as_a_project_key()
    {
        var error = Assert.Throws<InvalidApiKeyException>(() => DataApiKey.Parse(ProjectKey));

        Assert.Equal(ApiKind.SeRankingProject, error.LooksLike);
        Assert.Contains("looks like a Project API key", error.Message);
        Assert.Contains("UUID", error.Message);
    }

    [Fact]
    public void A_serpstat_token_given_as_a_data_key_is_named_as_such()
    {
        var error = Assert.Throws<InvalidApiKeyException>(() => DataApiKey.Parse(SerpstatKey));

        Assert.Equal(ApiKind.Serpstat, error.LooksLike);
        Assert.Contains("Serpstat API token", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_key_says_it_is_empty_and_what_was_expected(string? value)
    {
        var error = Assert.Throws<InvalidApiKeyException>(() => DataApiKey.Parse(value));

        Assert.Contains("Data API key is empty", error.Message);
        Assert.Contains("UUID", error.Message);
    }

    [Fact]
    public void A_garbled_key_is_refused_with_its_length_and_the_expected_shape()
    {
        var garbled = DataKey.Substring(0, 30);

        var error = Assert.Throws<InvalidApiKeyException>(() => DataApiKey.Parse(garbled));

        Assert.Null(error.LooksLike);
        Assert.Contains("30 characters", error.Message);
        Assert.Contains("8-4-4-4-12", error.Message);
    }

    [Fact]
    public void ToString_and_messages_show_no_more_than_four_characters_of_a_key()
    {
        foreach (var (parse, value) in new (Func<string, object>, string)[]
        {
            (v => DataApiKey.Parse(v), DataKey),
            (v => ProjectApiKey.Parse(v), ProjectKey),
            (v => SerpstatToken.Parse(v), SerpstatKey),
        })
        {
            var key = parse(value);
            Assert.Contains(value.Substring(0, 4) + "…", key.ToString());
            Assert.DoesNotContain(value.Substring(0, 5), key.ToString());
        }

        foreach (var (parse, value) in new (Action<string>, string)[]
        {
            (v => DataApiKey.Parse(v), ProjectKey),
            (v => ProjectApiKey.Parse(v), SerpstatKey),
            (v => SerpstatToken.Parse(v), DataKey),
            (v => DataApiKey.Parse(v), DataKey.Replace('-', 'x')),
        })
        {
            var error = Assert.Throws<InvalidApiKeyException>(() => parse(value));
            Assert.DoesNotContain(value.Substring(0, 5), error.ToString());
        }
    }
}
