using System;
using System.Globalization;
using System.Threading;

namespace SeRanking.Session;

/// <summary>
/// A cap on the credits this session may spend with a key (Connect-SeRanking -CreditBudget).
/// A call reserves its forecast before anything is sent and is refused when the reservation does
/// not fit; when it ends, the reservation is replaced by what the calls really cost. Shared by
/// every runspace that uses the connection, so it is safe across threads.
/// </summary>
internal sealed class CreditBudget(long limit, string connectCommand = "Connect-SeRanking")
{
    private readonly object _gate = new();
    private long _spent;
    private long _reserved;

    public long Limit { get; } = limit;

    /// <summary>The cmdlet whose -CreditBudget set it, for the advice of a refusal.</summary>
    public string ConnectCommand { get; } = connectCommand;

    /// <summary>What is neither spent nor held for a call in flight.</summary>
    public long Left => LeftWith(null);

    /// <summary>
    /// What is left, also counting what the account itself has left (<paramref name="accountLeft"/>,
    /// as the API's latest answer said: Serpstat's left_lines) less the calls in flight.
    /// </summary>
    public long LeftWith(long? accountLeft)
    {
        lock (_gate)
        {
            var left = Limit - _spent - _reserved;
            return Math.Max(0, accountLeft is { } account ? Math.Min(left, account - _reserved) : left);
        }
    }

    public long Spent
    {
        get
        {
            lock (_gate)
            {
                return _spent;
            }
        }
    }

    /// <summary>Reserves <paramref name="credits"/> or throws when they do not fit in what is left.</summary>
    /// <exception cref="CreditBudgetExceededException">The call would take the session over its budget.</exception>
    public CreditReservation Reserve(long credits, string call, long? accountLeft = null)
    {
        lock (_gate)
        {
            var left = Limit - _spent - _reserved;
            if (credits > left || left <= 0)
            {
                throw new CreditBudgetExceededException(call, credits, Math.Max(0, left), Limit, ConnectCommand);
            }

            if (accountLeft is { } account && credits > account - _reserved)
            {
                throw new CreditBudgetExceededException(call, credits, Math.Max(0, account - _reserved), Limit, ConnectCommand, byAccount: true);
            }

            _reserved += credits;
        }

        return new CreditReservation(this, credits);
    }

    internal void Settle(long reserved, long spent)
    {
        lock (_gate)
        {
            _reserved -= reserved;
            _spent += spent;
        }
    }
}

/// <summary>Credits held for one call until it ends; records what the call really spent.</summary>
internal sealed class CreditReservation(CreditBudget budget, long reserved) : IDisposable
{
    private long _spent;
    private int _settled;

    /// <summary>Called with each answered request's cost (from any thread).</summary>
    public void Spend(long credits) => Interlocked.Add(ref _spent, credits);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _settled, 1) == 0)
        {
            budget.Settle(reserved, Interlocked.Read(ref _spent));
        }
    }
}

/// <summary>A call was refused because it would take the session over its credit budget; nothing was sent.</summary>
public sealed class CreditBudgetExceededException : InvalidOperationException
{
    internal CreditBudgetExceededException(string call, long requested, long left, long limit, string connectCommand = "Connect-SeRanking", bool byAccount = false)
        : base(byAccount
            ? string.Format(
                CultureInfo.InvariantCulture,
                "Refused before sending ({0}): the API's latest answer said the account has {1:N0} credits left, fewer than this call may cost ({2:N0}). Top the account up, or send less.",
                call,
                left,
                requested)
            : string.Format(
                CultureInfo.InvariantCulture,
                "Refused before sending ({0}): this session's credit budget has {1:N0} of {2:N0} credits left. Raise it with {3} -CreditBudget, or send less.",
                call,
                left,
                limit,
                connectCommand))
    {
        Requested = requested;
        Left = left;
        Limit = limit;
    }

    public long Requested { get; }

    public long Left { get; }

    public long Limit { get; }
}
