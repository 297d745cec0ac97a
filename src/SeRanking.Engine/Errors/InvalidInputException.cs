using System;

namespace SeRanking.Engine.Errors;

/// <summary>
/// An input refused locally, before any request was sent (so nothing was charged). The message
/// names the value and the fix; <see cref="ArgumentException.ParamName"/> names the input as a
/// user knows it (Source, Query, LocationId…).
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    private readonly string _message;

    public InvalidInputException(string inputName, string message)
        : base(message, inputName)
    {
        _message = message;
    }

    // ArgumentException appends "(Parameter 'X')" (.NET) or "Parameter name: X" on a new line
    // (.NET Framework) to its message; the message already names the parameter as a user types it.
    public override string Message => _message;
}
