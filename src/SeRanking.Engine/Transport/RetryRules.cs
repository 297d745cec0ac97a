using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace SeRanking.Engine.Transport;

/// <summary>Which failed attempts may be repeated, by what the request does.</summary>
internal static class RetryRules
{
    internal static bool ShouldRetry(Outcome<RawResponse> outcome, RequestSafety safety, ConnectionOptions options)
    {
        if (outcome.Result is { } response)
        {
            if (response.RetryAfter is { } wait && wait > options.MaxRetryAfter)
            {
                return false;
            }

            return safety != RequestSafety.CreatesPaidWork
                ? response.StatusCode is 429 or 500 or 502 or 503 or 504
                : response.StatusCode is 429 or 503; // the server refused before acting
        }

        var exception = outcome.Exception;
        if (exception is null or OperationCanceledException)
        {
            return false; // cancelled by the caller
        }

        if (safety == RequestSafety.CreatesPaidWork)
        {
            // A timeout or a reset may come after the server created the work: never repeat those.
            return SurelyNeverReachedServer(exception);
        }

        return exception is TimeoutRejectedException or HttpRequestException or IOException or SocketException or WebException;
    }

    /// <summary>True only for failures that happen before a request can leave: refused, unresolved, unreachable.</summary>
    internal static bool SurelyNeverReachedServer(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket && socket.SocketErrorCode is SocketError.ConnectionRefused
                or SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData
                or SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.AddressNotAvailable)
            {
                return true;
            }

            if (current is WebException web && web.Status is WebExceptionStatus.ConnectFailure
                or WebExceptionStatus.NameResolutionFailure or WebExceptionStatus.ProxyNameResolutionFailure)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short description of a transport failure, for messages.</summary>
    internal static string Describe(Exception exception)
    {
        if (exception is TimeoutRejectedException)
        {
            return "no answer in time";
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused",
                    SocketError.ConnectionReset => "connection reset by the server",
                    SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "host name not found",
                    SocketError.TimedOut => "connection timed out",
                    _ => "network error (" + socket.SocketErrorCode + ")",
                };
            }
        }

        return exception switch
        {
            HttpRequestException { InnerException: IOException } => "the connection closed before the answer was complete",
            HttpRequestException http => http.Message,
            IOException => "the connection closed before the answer was complete",
            _ => exception.Message,
        };
    }
}
