using System;
using System.Collections.Generic;

namespace SeRanking.Emulator;

// Bodies of the control endpoints under /_emulator/ (camelCase JSON, enum names as strings).

internal sealed record AccountsView(IReadOnlyList<DataAccount> Data, IReadOnlyList<ProjectAccount> Project, IReadOnlyList<SerpstatAccount> Serpstat);

internal sealed record NewDataAccountRequest(long? Credits, bool? LicenseExpired, InsufficientFundsStyle? FundsErrorStyle);

internal sealed record NewProjectAccountRequest(decimal? Balance, bool? LicenseExpired);

internal sealed record NewSerpstatAccountRequest(long? Lines);

/// <summary>A <see cref="Fault"/> as JSON: durations in plain numbers, absent fields take the <see cref="Fault"/> defaults.</summary>
internal sealed record FaultRequest(
    EmulatedApi? Api,
    string? Method,
    string? PathContains,
    FaultKind Kind,
    int? Status,
    int? Count,
    double? RetryAfterSeconds,
    DateTimeOffset? RetryAfterDate,
    int? DelayMs)
{
    public Fault ToFault() => new()
    {
        Api = Api,
        Method = Method,
        PathContains = PathContains,
        Kind = Kind,
        Status = Status ?? Fault.DefaultStatus,
        Count = Count ?? Fault.DefaultCount,
        RetryAfter = RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        RetryAfterDate = RetryAfterDate,
        Delay = TimeSpan.FromMilliseconds(DelayMs ?? 0),
    };
}

internal sealed record FaultsView(int Pending);

internal sealed record ControlMessage(string Message);
