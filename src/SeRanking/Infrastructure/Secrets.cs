using System;
using System.Net;
using System.Security;

namespace SeRanking.Infrastructure;

/// <summary>Where a key comes from: a parameter, else an environment variable (runbooks).</summary>
internal static class Secrets
{
    /// <summary>The parameter's value, else the environment variable's (when one is named); null when neither is set.</summary>
    public static (string Value, string Source)? Resolve(SecureString? parameter, string parameterName, string? environmentVariable)
    {
        if (parameter is not null)
        {
            return (new NetworkCredential(string.Empty, parameter).Password, "-" + parameterName);
        }

        if (environmentVariable is null)
        {
            return null;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? null : (fromEnvironment!, "$env:" + environmentVariable);
    }

    /// <summary>The parameter's URL, else the environment variable's; null for the API's default.</summary>
    public static Uri? ResolveUrl(Uri? parameter, string parameterName, string environmentVariable)
    {
        if (parameter is not null)
        {
            return parameter;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return null;
        }

        return Uri.TryCreate(fromEnvironment!.Trim(), UriKind.Absolute, out var url)
            ? url
            : throw new Engine.Errors.InvalidInputException(
                parameterName,
                $"The environment variable {environmentVariable} holds '{fromEnvironment}', which is not an absolute URL. Set it to the API's base URL (for example https://api.seranking.com/) or remove it, or pass -{parameterName}.");
    }
}
