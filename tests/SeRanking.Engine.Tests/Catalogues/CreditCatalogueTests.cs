using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Engine.Tests.Catalogues;

public sealed class CreditCatalogueTests
{
    [Fact]
    public void Every_row_of_the_seed_cost_matrix_is_in_the_catalogue_at_its_price()
    {
        foreach (var row in SeedDocument.CostMatrix)
        {
            var path = $"{row.Service}/{row.Command}";
            var cost = CreditCatalogue.Find("data", row.Method, path);
            Assert.True(cost is not null, $"The catalogue has no row for the seed's {row.Method} {path}.");

            // One unit in one call costs what the matrix says, whichever column the catalogue
            // files it under: SERP task creation is forecast per keyword (the newer SERP page)
            // and results_advanced per task, both equal to the matrix for one keyword / task.
            var seedRequest = long.Parse(Regex.Match(row.Request, @"^\d+").Value, CultureInfo.InvariantCulture);
            var forecast = CreditCatalogue.Forecast(cost, units: 1);
            Assert.True(
                seedRequest + row.PerRecord == forecast.Credits,
                $"{row.Method} {path}: the seed says {row.Request} per request + {row.PerRecord} per record; the catalogue forecasts {forecast}.");
        }
    }

    [Fact]
    public void Every_catalogue_row_is_found_by_its_own_name_and_by_no_other_row()
    {
        foreach (var cost in CreditCatalogue.All.Where(c => c.Service != "*"))
        {
            foreach (var method in cost.AlsoMethods.Prepend(cost.Method))
            {
                Assert.Same(cost, CreditCatalogue.Find(cost.Api, method, cost.Path));
                foreach (var alias in cost.Aliases)
                {
                    var separator = cost.Api == "serpstat" ? "." : "/";
                    Assert.Same(cost, CreditCatalogue.Find(cost.Api, method, cost.Service + separator + alias));
                }
            }
        }
    }

    [Theory]
    [InlineData("GET", "/v1/backlinks/summary")]
    [InlineData("POST", "backlinks/summary")]
    [InlineData("get", "summary")]
    [InlineData("GET", "https://api.seranking.com/v1/backlinks/summary?target=a.com&target=b.com")]
    public void Find_is_tolerant_of_how_the_endpoint_is_written(string method, string command)
    {
        var cost = CreditCatalogue.Find("data", method, command);

        Assert.NotNull(cost);
        Assert.Equal("backlinks/summary", cost.Path);
        Assert.Equal(100, cost.PerRecord);
        Assert.Equal("target", cost.Unit);
    }

    [Fact]
    public void Backlink_summaries_cost_100_per_target_not_the_worked_examples_10_per_call()
    {
        // The seed's "Forecasting Costs" example says 250 summaries batched by 100 cost
        // "3 calls × 10 credits = 30 credits"; its own cost matrix says 100 per record (per
        // target). We trust the matrix, the safe side: a forecast must never be too low.
        var forecast = CreditCatalogue.Forecast("data", "POST", "/v1/backlinks/summary", units: 250);

        Assert.Equal(3, forecast.Calls);
        Assert.Equal(250, forecast.Units);
        Assert.Equal(25_000, forecast.Credits);
        Assert.False(forecast.IsUpperBound);
        Assert.Equal("backlinks/summary: 3 calls, 250 targets × 100 = 25,000 credits", forecast.ToString());
    }

    [Fact]
    public void Domain_overview_costs_100_per_call()
    {
        var one = CreditCatalogue.Forecast(ApiKind.SeRankingData, "GET", "/v1/domain/overview/db", units: 1);
        var three = CreditCatalogue.Forecast("data", "GET", "domain/overview/db", units: 3, calls: 3);

        Assert.Equal(100, one.Credits);
        Assert.Equal(300, three.Credits);
        Assert.Equal("domain/overview/db: 3 calls × 100 = 300 credits", three.ToString());
    }

    [Fact]
    public void Advanced_SERP_results_are_forecast_at_100_per_task()
    {
        var forecast = SeRanking.Engine.Data.Serp.SerpOperations.AdvancedResultsForecast(3);

        Assert.Equal(300, forecast.Credits);
        Assert.Equal("task", forecast.Unit);
    }

    [Theory]
    [InlineData("/v1/serp/classic/tasks")]
    [InlineData("serp/classic/task")]
    public void Creating_SERP_tasks_is_forecast_per_keyword(string command)
    {
        var forecast = CreditCatalogue.Forecast("data", "POST", command, units: 5);

        Assert.Equal(50, forecast.Credits);
        Assert.Equal("keyword", forecast.Unit);
        Assert.Contains("per keyword", forecast.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Advanced_SERP_results_cost_100_once_per_task()
    {
        var forecast = CreditCatalogue.Forecast("data", "GET", "/v1/serp/classic/tasks/results_advanced?task_id=42", units: 1);

        Assert.Equal(100, forecast.Credits);
        Assert.Equal("task", forecast.Unit);
        Assert.Contains("once per task", forecast.Note, StringComparison.Ordinal);
        Assert.Contains("10", forecast.Note, StringComparison.Ordinal);

        // Reading results of a task already fetched (no new task) is free.
        Assert.Equal(0, CreditCatalogue.Forecast("data", "GET", "serp/classic/tasks/results_advanced", units: 0).Credits);
    }

    [Fact]
    public void Free_calls_forecast_zero()
    {
        Assert.Equal(0, CreditCatalogue.Forecast("data", "GET", "/v1/account/subscription", units: 0).Credits);
        Assert.Equal(0, CreditCatalogue.Forecast("data", "GET", "/v1/backlinks/export/status?task_id=1", units: 0, calls: 2).Credits);
        Assert.Equal(0, CreditCatalogue.Forecast("serpstat", "POST", "SerpstatLimitsProcedure.getStats", units: 0).Credits);
        Assert.Equal(0, CreditCatalogue.Forecast(ApiKind.Serpstat, "POST", "getStats", units: 0).Credits);
    }

    [Theory]
    [InlineData("GET", "/sites")]
    [InlineData("POST", "/sites/123/keywords")]
    [InlineData("DELETE", "/sites/123")]
    public void The_Project_API_spends_no_credits(string method, string command)
    {
        var forecast = CreditCatalogue.Forecast(ApiKind.SeRankingProject, method, command, units: 10);

        Assert.Equal(0, forecast.Credits);
        Assert.Equal("sites", forecast.Command.Split('/')[0]);
        Assert.Contains("no Data API credits", forecast.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data", "GET", "/v1/domain/no-such-list", "domain/no-such-list")]
    [InlineData("data", "DELETE", "backlinks/summary", "backlinks/summary")]
    [InlineData("serpstat", "POST", "SerpstatDomainProcedure.noSuchMethod", "noSuchMethod")]
    [InlineData("nosuchapi", "GET", "backlinks/summary", "nosuchapi")]
    public void Unknown_endpoints_cannot_be_forecast(string api, string method, string command, string named)
    {
        Assert.Null(CreditCatalogue.Find(api, method, command));
        var error = Assert.Throws<ArgumentException>(() => CreditCatalogue.Forecast(api, method, command, units: 1));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_that_names_several_endpoints_is_refused_naming_them()
    {
        Assert.Null(CreditCatalogue.Find("data", "GET", "overview"));
        var error = Assert.Throws<ArgumentException>(() => CreditCatalogue.Forecast("data", "GET", "overview", units: 1));

        Assert.Contains("domain/overview", error.Message, StringComparison.Ordinal);
        Assert.Contains("ai-search/overview", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_billed_endpoints_forecast_an_upper_bound_and_split_into_calls()
    {
        var forecast = CreditCatalogue.Forecast("data", "GET", "backlinks/all", units: 25_000);

        Assert.True(forecast.IsUpperBound);
        Assert.Equal(3, forecast.Calls); // at most 10,000 backlinks per call
        Assert.Equal(25_000, forecast.Credits);
        Assert.EndsWith("(upper bound)", forecast.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keyword_export_is_100_per_call_of_up_to_5000_keywords()
    {
        var forecast = CreditCatalogue.Forecast("data", "POST", "keywords/export", units: 12_000);

        Assert.Equal(3, forecast.Calls);
        Assert.Equal(300, forecast.Credits);
        Assert.Equal("keywords/export: 3 calls × 100 = 300 credits (12,000 keywords)", forecast.ToString());
    }

    [Fact]
    public void Site_audits_are_forecast_per_page_as_an_upper_bound()
    {
        var standard = CreditCatalogue.Forecast("data", "POST", "/v1/site-audit/audits/standard", units: 1000);
        var advanced = CreditCatalogue.Forecast("data", "POST", "/v1/site-audit/audits/advanced", units: 1000);

        Assert.Equal(2_000, standard.Credits);
        Assert.Equal(20_000, advanced.Credits);
        Assert.True(standard.IsUpperBound);
    }

    [Fact]
    public void Serpstat_domain_info_takes_the_spec_figure_and_notes_the_R_client()
    {
        var forecast = CreditCatalogue.Forecast("serpstat", "POST", "SerpstatDomainProcedure.getDomainsInfo", units: 12);

        Assert.Equal(60, forecast.Credits);
        Assert.Equal(2, forecast.Calls); // at most 10 domains per call
        Assert.Contains("serpstatr", forecast.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Serpstat_list_methods_cost_a_line_per_row_and_at_least_one_per_call()
    {
        var some = CreditCatalogue.Forecast("serpstat", "POST", "SerpstatDomainProcedure.getDomainKeywords", units: 250);
        var none = CreditCatalogue.Forecast("serpstat", "POST", "SerpstatDomainProcedure.getDomainKeywords", units: 0);

        Assert.Equal(250, some.Credits);
        Assert.True(some.IsUpperBound);
        Assert.Equal(1, none.Credits);
        Assert.Contains("minimum 1 per call", none.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_adds_up_a_workflow()
    {
        var total = CreditCatalogue.Combine(
            CreditCatalogue.Forecast("data", "GET", "backlinks/summary", units: 250),
            CreditCatalogue.Forecast("data", "GET", "domain/overview/db", units: 1),
            CreditCatalogue.Forecast("data", "GET", "backlinks/export/status", units: 0, calls: 2));

        Assert.Equal(6, total.Calls);
        Assert.Equal(25_100, total.Credits);
        Assert.Equal(3, total.Parts.Count);
        Assert.Equal("total: 6 calls = 25,100 credits", total.ToString());
    }

    [Fact]
    public void Combine_refuses_to_add_different_currencies()
    {
        var data = CreditCatalogue.Forecast("data", "GET", "domain/overview/db", units: 1);
        var serpstat = CreditCatalogue.Forecast("serpstat", "POST", "SerpstatDomainProcedure.getDomainsInfo", units: 1);

        Assert.Throws<ArgumentException>(() => CreditCatalogue.Combine(data, serpstat));
    }

    [Fact]
    public void Forecast_refuses_negative_units_and_zero_calls()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditCatalogue.Forecast("data", "GET", "backlinks/summary", units: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditCatalogue.Forecast("data", "GET", "backlinks/summary", units: 1, calls: 0));
    }
}
