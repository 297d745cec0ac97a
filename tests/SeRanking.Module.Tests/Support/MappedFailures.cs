using System;
using System.Collections.Generic;
using System.Linq;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Session;

namespace SeRanking.Module.Tests.Support;

/// <summary>An instance of every exception the module turns into an ErrorRecord of its own.</summary>
internal static class MappedFailures
{
    public const string Advice = "Check the key in the SE Ranking account.";

    public static ApiFailure Failure { get; } = new() { Api = ApiKind.SeRankingData, Endpoint = "POST /v1/backlinks/summary" };

    /// <summary>Every concrete ApiException of the engine, found by reflection so a new one is not missed.</summary>
    public static IReadOnlyList<Type> ApiExceptionTypes { get; } =
        typeof(ApiException).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(ApiException)) && !type.IsAbstract)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .ToList();

    public static ApiException Api(Type type, string advice = Advice) =>
        (ApiException)Activator.CreateInstance(type, Failure, advice, null)!;

    public static InvalidApiKeyException InvalidApiKey()
    {
        try
        {
            _ = DataApiKey.Parse("not a key");
        }
        catch (InvalidApiKeyException refused)
        {
            return refused;
        }

        throw new InvalidOperationException("DataApiKey.Parse accepted 'not a key'.");
    }

    public static IEnumerable<Exception> All() =>
        ApiExceptionTypes.Select(type => (Exception)Api(type)).Concat(
        [
            InvalidApiKey(),
            new InvalidTargetException("exa mple.com", "A target has no spaces."),
            new InvalidInputException("Source", "Unknown source 'zz'."),
            new MissingRowException("example.com", "The answer had no row for example.com."),
            new NotConnectedException(ApiKind.SeRankingData, disconnected: false),
            new NotConnectedException(ApiKind.SeRankingProject, disconnected: false),
            new NotConnectedException(ApiKind.Serpstat, disconnected: false),
            new SerpTaskNotDoneException(42),
            new JobEndedException("site audit 42", "cancelled"),
            new JobNotDoneException("backlink export 7_1", "processing", "Wait-SrBacklinkExport -TaskId 7_1"),
            Assert.Throws<SeRanking.Engine.Operations.OperationNotInDialectException>(() => SeRanking.Engine.Project.Account.ProjectAccountOperations.Balance.RouteFor(ProjectDialect.Unified)),
            Assert.Throws<CreditBudgetExceededException>(() => new CreditBudget(0).Reserve(100, "backlinks/summary")),
            new TimeoutException("Still processing."),
            new ArgumentException("Bad value.", "Value"),
            new InvalidOperationException("A bug."),
        ]);
}
