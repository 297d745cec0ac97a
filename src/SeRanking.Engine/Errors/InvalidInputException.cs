using System;

namespace SeRanking.Engine.Errors;

/// <summary>
/// An input refused locally, before any request was sent (so nothing was charged). The message
/// names the value and the fix; <see cref="ArgumentException.ParamName"/> names the input as a
/// user knows it (Source, Query, LocationId…).
/// </summary>
public sealed class InvalidInputException : ArgumentException
{
    public InvalidInputException(string inputName, string message)
        : base(message, inputName)
    {
    }
}
