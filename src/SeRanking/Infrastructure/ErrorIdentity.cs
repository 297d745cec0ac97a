using System;
using SeRanking.Engine.Batching;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Keys;
using SeRanking.Engine.Data.Serp;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>
/// How a failure appears in PowerShell: a stable error id (the first part of
/// FullyQualifiedErrorId, which scripts match on), the ErrorCategory by name, and whether it
/// stops the command. Kept free of System.Management.Automation types so it is tested without a
/// PowerShell host; <see cref="SrCmdlet"/> turns it into an ErrorRecord.
/// </summary>
internal sealed record ErrorIdentity(string ErrorId, string Category, bool StopsTheCommand, string? RecommendedAction)
{
    public static ErrorIdentity Of(Exception error) => error switch
    {
        ApiAuthenticationException e => Api(e, "ApiKeyRefused", "AuthenticationError"),
        InsufficientFundsException e => Api(e, "InsufficientFunds", "QuotaExceeded"),
        LicenseExpiredException e => Api(e, "LicenseExpired", "PermissionDenied"),
        RateLimitedException e => Api(e, "RateLimited", "LimitsExceeded"),
        PlanLimitReachedException e => Api(e, "PlanLimitReached", "QuotaExceeded"),
        TargetTooLargeException e => Api(e, "TargetTooLarge", "LimitsExceeded"),
        NoDataException e => Api(e, "NoData", "ObjectNotFound"),
        InvalidRequestException e => Api(e, "ApiRefusedRequest", "InvalidArgument"),
        ServerErrorException e => Api(e, "ApiServerError", "ResourceUnavailable"),
        MalformedResponseException e => Api(e, "MalformedResponse", "InvalidData"),
        ApiTimeoutException e => Api(e, "ApiTimeout", "OperationTimeout"),
        ApiConnectionException e => Api(e, "ApiConnectionFailed", "ConnectionError"),
        ApiException e => Api(e, "ApiCallFailed", "NotSpecified"),
        InvalidApiKeyException => new("InvalidApiKey", "InvalidArgument", true, null),
        InvalidTargetException => new("InvalidTarget", "InvalidArgument", false, null),
        InvalidInputException => new("InvalidInput", "InvalidArgument", false, null),
        MissingRowException => new("TargetNotAnswered", "ObjectNotFound", false, null),
        NotConnectedException e => new("NotConnected", "AuthenticationError", true, e.Remedy),
        Engine.Operations.OperationNotInDialectException e => new("NotInProjectDialect", "InvalidOperation", true, e.Remedy),
        CreditBudgetExceededException => new("CreditBudgetExceeded", "QuotaExceeded", true, "Raise the budget with Connect-SeRanking or Connect-Serpstat -CreditBudget, or send less."),
        SerpTaskNotDoneException => new("SerpTaskNotDone", "ResourceBusy", false, "Wait-SrSerpTask, then read the results."),
        JobEndedException e => new("JobFailed", "OperationStopped", false, e.Advice),
        JobNotDoneException e => new("JobNotDone", "ResourceBusy", false, "Wait for it first: " + e.WaitCommand + "."),
        TimeoutException => new("WaitTimedOut", "OperationTimeout", false, null),
        ArgumentException => new("InvalidInput", "InvalidArgument", false, null),
        _ => Unexpected,
    };

    /// <summary>True for the failures this module reports itself; anything else is a bug PowerShell reports.</summary>
    public static bool IsKnown(Exception error) => Of(error).ErrorId != Unexpected.ErrorId;

    private static readonly ErrorIdentity Unexpected = new("UnexpectedError", "NotSpecified", false, null);

    private static ErrorIdentity Api(ApiException error, string id, string category) =>
        new(id, category, error.StopsTheCommand, error.Advice.Length > 0 ? error.Advice : null);
}
