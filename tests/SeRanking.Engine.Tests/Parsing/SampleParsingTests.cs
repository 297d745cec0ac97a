using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeRanking.Engine.Data.Account;
using SeRanking.Engine.Data.Backlinks;
using SeRanking.Engine.Data.Domain;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Project.Account;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Engine.Tests.Support;

namespace SeRanking.Engine.Tests.Parsing;

/// <summary>Every sample body of the endpoints the engine covers parses into the typed records.</summary>
public class SampleParsingTests
{
    [Fact]
    public void Data_subscription_sample_gives_status_dates_and_credits()
    {
        var subscription = Samples.Row(AccountOperations.Subscription, "seranking-account-subscription");

        Assert.Equal("active", subscription.Status);
        Assert.Equal(new DateTime(2025, 11, 3, 9, 12, 44), subscription.StartDate);
        Assert.Equal(new DateTime(2026, 11, 3, 9, 12, 44), subscription.ExpirationDate);
        Assert.Equal(2_000_000, subscription.CreditsLimit);
        Assert.Equal(1_843_210, subscription.CreditsLeft);
        Assert.Equal(156_790, subscription.CreditsUsed);
        Assert.Null(subscription.AdditionalFields);
    }

    [Fact]
    public void The_misspelt_expiration_field_is_accepted()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("seranking-account-subscription")).Replace("expiration_date", "expiraton_date", StringComparison.Ordinal);

        var subscription = Samples.Rows(AccountOperations.Subscription, json).Single();

        Assert.Equal(new DateTime(2026, 11, 3, 9, 12, 44), subscription.ExpirationDate);
        Assert.True(subscription.AdditionalFields is null || !subscription.AdditionalFields.ContainsKey("expiraton_date"));
    }

    [Fact]
    public void Backlink_summary_sample_gives_one_record_per_target_with_readable_nested_lists()
    {
        var rows = Samples.Rows(BacklinkOperations.Summary, Samples.Read("seranking-backlinks-summary"));

        Assert.Equal(["example-shop.com", "rival-store.net"], rows.Select(r => r.Target));
        var first = rows[0];
        Assert.Equal(48213, first.Backlinks);
        Assert.Equal(3120, first.ReferringDomains);
        Assert.Equal(31, first.InlinkRank);
        Assert.Equal(54, first.DomainInlinkRank);
        Assert.Equal("Example Shop (6120); example-shop.com (3311)", first.TopAnchorsByBacklinks.ToString());
        Assert.Equal("Example Shop (702); https://example-shop.com/ (288)", first.TopAnchorsByReferringDomains.ToString());
        Assert.Equal("com (1520); de (214); org (190)", first.TopTlds.ToString());
        Assert.Equal("us (1210); de (260)", first.TopCountries.ToString());
        Assert.Equal("https://example-shop.com/ (20514); https://example-shop.com/sale/ (2210)", first.TopPagesByBacklinks.ToString());
    }

    [Fact]
    public void Unknown_fields_are_kept_and_read_well_in_one_cell()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("seranking-backlinks-summary"))
            .Replace("\"target\": \"example-shop.com\",", "\"target\": \"example-shop.com\", \"spam_score\": 7, \"trust_flag\": \"high\",", StringComparison.Ordinal);

        var first = Samples.Rows(BacklinkOperations.Summary, json)[0];

        Assert.Equal(7, first.AdditionalFields!["spam_score"].GetInt32());
        Assert.Equal("spam_score=7; trust_flag=high", first.AdditionalFields.ToString());
    }

    [Fact]
    public void Unknown_inlink_rank_of_minus_one_becomes_null()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("seranking-backlinks-summary")).Replace("\"inlink_rank\": 31", "\"inlink_rank\": -1", StringComparison.Ordinal);

        var first = Samples.Rows(BacklinkOperations.Summary, json)[0];

        Assert.Null(first.InlinkRank);
    }

    [Fact]
    public void Domain_overview_sample_has_organic_and_paid_blocks()
    {
        var overview = Samples.Row(DomainOperations.OverviewDb, "seranking-domain-overview-db");

        Assert.Equal(28417, overview.OrganicKeywords);
        Assert.Equal(48210.37, overview.OrganicTrafficCost);
        Assert.Equal(11934, overview.OrganicTop51To100);
        Assert.Equal(60, overview.PaidTop1To2);
        Assert.Equal(19, overview.PaidTop9To11);
        Assert.Equal(2026, overview.Year);
    }

    [Fact]
    public void Serp_samples_give_created_tasks_a_processing_state_and_results()
    {
        var created = Samples.Rows(SerpOperations.CreateTasks, Samples.Read("seranking-serp-classic-task-created"));
        var processing = Samples.Row(SerpOperations.Read, "seranking-serp-classic-processing");
        var results = Samples.Row(SerpOperations.Read, "seranking-serp-classic-results");

        Assert.Equal([51830042L, 51830043L], created.Select(t => t.Id));
        Assert.Equal("hiking boots", created[1].Query);
        Assert.Equal("processing", processing.Status);
        Assert.Null(processing.Items);
        Assert.Equal("camping tent", results.RequestMetadata!.Keyword);
        Assert.Equal(412000000, results.Summary!.TotalResults);
        Assert.Equal(["ads", "featured_snippet", "organic", "organic"], results.Items!.Select(i => i.Type));
        Assert.Equal(3, results.Items![2].RankAbsolute);
    }

    [Fact]
    public void Serp_results_under_the_other_list_name_are_read_too()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("seranking-serp-classic-results")).Replace("\"items\"", "\"results\"", StringComparison.Ordinal);

        var results = Samples.Rows(SerpOperations.Read, json).Single();

        Assert.Equal(4, results.Results!.Count);
    }

    [Fact]
    public void Project_account_samples_parse_with_string_booleans_and_null_picture()
    {
        var balance = Samples.Row(ProjectAccountOperations.Balance, "seranking-project-account-balance");
        var profile = Samples.Row(ProjectAccountOperations.Profile, "seranking-project-account-profile");
        var subscription = Samples.Row(ProjectAccountOperations.Subscription, "seranking-project-account-subscription");

        Assert.Equal("EUR", balance.Currency);
        Assert.Equal(412.85m, balance.Balance);
        Assert.Equal("Dana", profile.FirstName);
        Assert.True(profile.EmailVerified);
        Assert.Null(profile.Picture);
        Assert.Equal("en", profile.Language);
        Assert.Equal("subscription", subscription.Type);
        Assert.False(subscription.IsExpired);
        Assert.Equal(412.85m, subscription.BalanceAmount);
        Assert.Equal("EUR", subscription.BalanceCurrency);
    }

    [Fact]
    public void Deprecated_currency_field_is_used_when_currency_code_is_missing()
    {
        var balance = Samples.Rows(ProjectAccountOperations.Balance, """{"currency": "USD", "value": 9.5}""").Single();

        Assert.Equal("USD", balance.Currency);
    }

    [Fact]
    public void Serpstat_get_stats_sample_gives_lines_user_and_plugin_limits()
    {
        var limits = Samples.Row(SerpstatLimitOperations.Stats, "serpstat-getStats");

        Assert.Equal(500000, limits.MaxLines);
        Assert.Equal(12840, limits.UsedLines);
        Assert.Equal(487160, limits.LeftLines);
        Assert.Equal("204811", limits.UserId);
        Assert.True(limits.HasApiPlugin);
        Assert.Equal(1965, limits.PluginLeft);
    }

    [Fact]
    public void Serpstat_user_id_sent_as_a_number_is_read_as_text()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("serpstat-getStats")).Replace("\"user_id\": \"204811\"", "\"user_id\": 204811", StringComparison.Ordinal);

        var limits = Samples.Rows(SerpstatLimitOperations.Stats, json).Single();

        Assert.Equal("204811", limits.UserId);
    }

    [Theory]
    [InlineData("seranking-error-400", "Unsupported 'mode' format. Supported 'mode' formats are 'host' (default), 'domain', 'url'.", null)]
    [InlineData("seranking-error-429", "Too Many Requests: Call rate limit reached.", "429")]
    [InlineData("serpstat-error", "Wrong search engine provided", "32018")]
    public void Error_samples_give_the_apis_own_message_and_code(string sample, string message, string? code)
    {
        var body = ErrorBody.Read(Samples.Read(sample), "application/json");

        Assert.True(body.IsJson);
        Assert.Equal(message, body.Message);
        Assert.Equal(code, body.Code);
    }

    [Fact]
    public void Unknown_fields_of_nested_objects_survive_flattening_with_their_object_named()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("serpstat-getStats"))
            .Replace("\"user_id\": \"204811\"", "\"user_id\": \"204811\", \"ga_client_Id\": \"GA1.2\"", StringComparison.Ordinal)
            .Replace("\"left\": 1965", "\"left\": 1965, \"resets_at\": \"00:00\"", StringComparison.Ordinal);
        var subscriptionJson = Encoding.UTF8.GetString(Samples.Read("seranking-project-account-subscription"))
            .Replace("\"amount\": 412.85", "\"amount\": 412.85, \"credit\": 5", StringComparison.Ordinal);

        var limits = Samples.Rows(SerpstatLimitOperations.Stats, json).Single();
        var subscription = Samples.Rows(ProjectAccountOperations.Subscription, subscriptionJson).Single();

        Assert.Equal("plugin_limits.resets_at=00:00; user_info.ga_client_Id=GA1.2", limits.AdditionalFields!.ToString());
        Assert.Equal("balance.credit=5", subscription.AdditionalFields!.ToString());
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_json_error_with_its_path_not_a_crash()
    {
        var json = Encoding.UTF8.GetString(Samples.Read("seranking-backlinks-summary")).Replace("\"inlink_rank\": 31", "\"inlink_rank\": \"high\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => Samples.Rows(BacklinkOperations.Summary, json));

        Assert.Equal("$.inlink_rank", error.Path);
        Assert.Contains("inlink_rank", error.Message, StringComparison.Ordinal);
    }
}
