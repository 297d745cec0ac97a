using System;

namespace SeRanking.Engine.Batching;

/// <summary>The outcome for one input target of a batched call: its record, or why there is none.</summary>
public sealed class TargetResult<T>
    where T : class
{
    private TargetResult(string target, T? value, Exception? error)
    {
        Target = target;
        Value = value;
        Error = error;
    }

    /// <summary>The target exactly as it was given.</summary>
    public string Target { get; }

    public T? Value { get; }

    /// <summary>An <see cref="Errors.ApiException"/> or <see cref="InvalidTargetException"/>.</summary>
    public Exception? Error { get; }

    public bool IsSuccess => Error is null;

#pragma warning disable CA1000 // Internal factory behind the non-generic TargetResult class.
    internal static TargetResult<T> Create(string target, T? value, Exception? error) => new(target, value, error);
#pragma warning restore CA1000
}

/// <summary>Creates <see cref="TargetResult{T}"/> values.</summary>
public static class TargetResult
{
    public static TargetResult<T> Success<T>(string target, T value)
        where T : class => TargetResult<T>.Create(target, value ?? throw new ArgumentNullException(nameof(value)), null);

    public static TargetResult<T> Failure<T>(string target, Exception error)
        where T : class => TargetResult<T>.Create(target, null, error ?? throw new ArgumentNullException(nameof(error)));
}

/// <summary>A target refused locally, before any request was sent (so nothing was charged).</summary>
public sealed class InvalidTargetException : ArgumentException
{
    private readonly string _message;

    public InvalidTargetException(string target, string message, string parameterName = "Target")
        : base(message, parameterName)
    {
        Target = target;
        _message = message;
    }

    /// <summary>The message alone: it names the input already (see <see cref="InvalidInputException.Message"/>).</summary>
    public override string Message => _message;

    public string Target { get; }
}
