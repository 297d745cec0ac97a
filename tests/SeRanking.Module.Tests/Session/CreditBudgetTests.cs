using System.Linq;
using System.Threading.Tasks;
using SeRanking.Session;

namespace SeRanking.Module.Tests.Session;

public class CreditBudgetTests
{
    [Fact]
    public void A_call_that_fits_is_let_through_and_what_it_really_spent_is_counted()
    {
        var budget = new CreditBudget(500);

        using (var reservation = budget.Reserve(300, "backlinks/summary: 3 targets"))
        {
            reservation.Spend(200);
        }

        Assert.Equal(200, budget.Spent);
    }

    [Fact]
    public void A_call_that_does_not_fit_is_refused_naming_the_cost_and_what_is_left()
    {
        var budget = new CreditBudget(250);
        using (var first = budget.Reserve(200, "backlinks/summary: 2 targets"))
        {
            first.Spend(200);
        }

        var refused = Assert.Throws<CreditBudgetExceededException>(() => budget.Reserve(100, "backlinks/summary: 1 target"));

        Assert.Equal((100, 50, 250), (refused.Requested, refused.Left, refused.Limit));
        Assert.Contains("backlinks/summary: 1 target", refused.Message, System.StringComparison.Ordinal);
        Assert.Contains("-CreditBudget", refused.Message, System.StringComparison.Ordinal);
        Assert.Equal(200, budget.Spent);
    }

    [Fact]
    public void Calls_in_flight_hold_their_forecast_so_parallel_runspaces_cannot_overspend_together()
    {
        var budget = new CreditBudget(1000);

        var outcomes = Enumerable.Range(0, 40).AsParallel().Select(_ =>
        {
            try
            {
                return budget.Reserve(100, "domain/overview/db");
            }
            catch (CreditBudgetExceededException)
            {
                return null;
            }
        }).ToList();

        Assert.Equal(10, outcomes.Count(r => r is not null));
        foreach (var reservation in outcomes.Where(r => r is not null))
        {
            reservation!.Spend(100);
            reservation.Dispose();
        }

        Assert.Equal(1000, budget.Spent);
    }

    [Fact]
    public void A_reservation_settles_once_and_gives_back_what_was_not_spent()
    {
        var budget = new CreditBudget(100);
        var reservation = budget.Reserve(100, "serp/classic/tasks/results_advanced");

        reservation.Dispose();
        reservation.Dispose();

        Assert.Equal(0, budget.Spent);
        using var again = budget.Reserve(100, "serp/classic/tasks/results_advanced");
    }
}
