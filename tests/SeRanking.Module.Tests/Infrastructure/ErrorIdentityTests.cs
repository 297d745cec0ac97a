using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Infrastructure;
using SeRanking.Module.Tests.Support;
using SeRanking.Session;

namespace SeRanking.Module.Tests.Infrastructure;

public class ErrorIdentityTests
{
    // The first part of FullyQualifiedErrorId: scripts match on these, so they never change.
    private static readonly Dictionary<Type, (string ErrorId, string Category, bool Stops)> ApiContract = new()
    {
        [typeof(ApiAuthenticationException)] = ("ApiKeyRefused", "AuthenticationError", true),
        [typeof(InsufficientFundsException)] = ("InsufficientFunds", "QuotaExceeded", true),
        [typeof(LicenseExpiredException)] = ("LicenseExpired", "PermissionDenied", true),
        [typeof(RateLimitedException)] = ("RateLimited", "LimitsExceeded", false),
        [typeof(PlanLimitReachedException)] = ("PlanLimitReached", "QuotaExceeded", true),
        [typeof(TargetTooLargeException)] = ("TargetTooLarge", "LimitsExceeded", false),
        [typeof(NoDataException)] = ("NoData", "ObjectNotFound", false),
        [typeof(InvalidRequestException)] = ("ApiRefusedRequest", "InvalidArgument", false),
        [typeof(ServerErrorException)] = ("ApiServerError", "ResourceUnavailable", false),
        [typeof(MalformedResponseException)] = ("MalformedResponse", "InvalidData", false),
        [typeof(ApiTimeoutException)] = ("ApiTimeout", "OperationTimeout", false),
        [typeof(ApiConnectionException)] = ("ApiConnectionFailed", "ConnectionError", false),
    };

    [Fact]
    public void Every_API_failure_of_the_engine_is_in_the_error_id_contract()
    {
        Assert.Equal(
            ApiContract.Keys.Select(type => type.Name).Order(StringComparer.Ordinal),
            MappedFailures.ApiExceptionTypes.Select(type => type.Name));
    }

    [Fact]
    public void Every_API_failure_maps_to_its_own_stable_error_id_and_category()
    {
        foreach (var (type, expected) in ApiContract)
        {
            var identity = ErrorIdentity.Of(MappedFailures.Api(type));

            Assert.Equal((type.Name, expected.ErrorId, expected.Category), (type.Name, identity.ErrorId, identity.Category));
        }

        Assert.Equal(ApiContract.Count, ApiContract.Values.Select(value => value.ErrorId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Key_funds_and_licence_failures_stop_the_command_and_the_others_do_not()
    {
        foreach (var (type, expected) in ApiContract)
        {
            Assert.Equal((type.Name, expected.Stops), (type.Name, ErrorIdentity.Of(MappedFailures.Api(type)).StopsTheCommand));
        }
    }

    [Fact]
    public void An_API_failure_recommends_its_advice_and_nothing_when_it_has_none()
    {
        Assert.Equal(MappedFailures.Advice, ErrorIdentity.Of(MappedFailures.Api(typeof(InsufficientFundsException))).RecommendedAction);
        Assert.Null(ErrorIdentity.Of(MappedFailures.Api(typeof(InsufficientFundsException), advice: string.Empty)).RecommendedAction);
    }

    [Fact]
    public void An_operation_the_connected_dialect_lacks_stops_the_command_and_names_the_key_it_needs()
    {
        var balance = SeRanking.Engine.Project.Account.ProjectAccountOperations.Balance;
        var error = Assert.Throws<SeRanking.Engine.Operations.OperationNotInDialectException>(() => balance.RouteFor(ProjectDialect.Unified));
        var identity = ErrorIdentity.Of(error);

        Assert.Equal("NotInProjectDialect", identity.ErrorId);
        Assert.True(identity.StopsTheCommand);
        Assert.Contains("-ProjectApiKey", identity.RecommendedAction, StringComparison.Ordinal);
        Assert.Contains("api4.seranking.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("40 hexadecimal characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiKind.SeRankingData, "Connect-SeRanking -DataApiKey")]
    [InlineData(ApiKind.SeRankingProject, "Connect-SeRanking -ProjectApiKey")]
    [InlineData(ApiKind.Serpstat, "Connect-Serpstat -Token")]
    public void Not_being_connected_stops_the_command_and_names_the_Connect_command(ApiKind api, string remedy)
    {
        var identity = ErrorIdentity.Of(new NotConnectedException(api, disconnected: false));

        Assert.Equal("NotConnected", identity.ErrorId);
        Assert.Equal("AuthenticationError", identity.Category);
        Assert.True(identity.StopsTheCommand);
        Assert.Contains(remedy, identity.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_refused_locally_is_InvalidTarget_and_does_not_stop_the_command()
    {
        var identity = ErrorIdentity.Of(new InvalidTargetException("exa mple.com", "A target has no spaces."));

        Assert.Equal(new ErrorIdentity("InvalidTarget", "InvalidArgument", false, null), identity);
    }

    [Fact]
    public void An_input_refused_locally_is_InvalidInput_and_does_not_stop_the_command()
    {
        var identity = ErrorIdentity.Of(new InvalidInputException("Source", "Unknown source 'zz'."));

        Assert.Equal(new ErrorIdentity("InvalidInput", "InvalidArgument", false, null), identity);
    }

    [Fact]
    public void A_malformed_key_is_InvalidApiKey_and_stops_the_command()
    {
        var identity = ErrorIdentity.Of(MappedFailures.InvalidApiKey());

        Assert.Equal(new ErrorIdentity("InvalidApiKey", "InvalidArgument", true, null), identity);
    }

    [Fact]
    public void The_module_s_other_failures_keep_their_error_ids()
    {
        Assert.Equal("TargetNotAnswered", ErrorIdentity.Of(new MissingRowException("example.com", "No row.")).ErrorId);
        Assert.Equal("SerpTaskNotDone", ErrorIdentity.Of(new SerpTaskNotDoneException(42)).ErrorId);
        var overBudget = ErrorIdentity.Of(Assert.Throws<CreditBudgetExceededException>(() => new CreditBudget(10).Reserve(100, "backlinks/summary")));
        Assert.Equal(("CreditBudgetExceeded", "QuotaExceeded", true), (overBudget.ErrorId, overBudget.Category, overBudget.StopsTheCommand));
        Assert.Equal("WaitTimedOut", ErrorIdentity.Of(new TimeoutException("Still processing.")).ErrorId);
        Assert.Equal("InvalidInput", ErrorIdentity.Of(new ArgumentException("Bad value.", "Value")).ErrorId);
    }

    [Fact]
    public void Every_failure_the_module_maps_is_known_and_has_a_category()
    {
        var mapped = MappedFailures.All().Where(error => error.GetType() != typeof(InvalidOperationException)).ToList();

        Assert.All(mapped, error => Assert.True(ErrorIdentity.IsKnown(error), $"{error.GetType().Name} is not known."));
        Assert.All(mapped, error => Assert.False(string.IsNullOrEmpty(ErrorIdentity.Of(error).Category)));
    }

    [Fact]
    public void An_unknown_exception_is_not_known_so_PowerShell_reports_it_as_a_bug()
    {
        var error = new InvalidOperationException("A bug.");

        Assert.False(ErrorIdentity.IsKnown(error));
        Assert.Equal("UnexpectedError", ErrorIdentity.Of(error).ErrorId);
        Assert.False(ErrorIdentity.Of(error).StopsTheCommand);
    }
}
