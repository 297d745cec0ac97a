using System;
using System.Threading;

namespace SeRanking.Emulator;

/// <summary>A Serpstat account: a 32-hex token and an allowance of API credits ("lines").</summary>
public sealed class SerpstatAccount
{
    private long _maxLines;
    private long _usedLines;

    internal SerpstatAccount(string token, long maxLines, string userId)
    {
        Token = token;
        _maxLines = maxLines;
        UserId = userId;
    }

    /// <summary>The API token (32 lowercase hexadecimal characters).</summary>
    public string Token { get; }

    /// <summary>The plan's allowance of lines for the period.</summary>
    public long MaxLines
    {
        get => Interlocked.Read(ref _maxLines);
        set => Interlocked.Exchange(ref _maxLines, value);
    }

    /// <summary>Lines used so far in the period.</summary>
    public long UsedLines
    {
        get => Interlocked.Read(ref _usedLines);
        set => Interlocked.Exchange(ref _usedLines, value);
    }

    /// <summary>Charges <paramref name="lines"/> if that many are left; false (nothing charged) otherwise.</summary>
    public bool TryCharge(long lines)
    {
        while (true)
        {
            var used = Interlocked.Read(ref _usedLines);
            if (MaxLines - used < lines)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _usedLines, used + lines, used) == used)
            {
                return true;
            }
        }
    }

    /// <summary>Lines left, never below zero.</summary>
    public long LeftLines => Math.Max(0, MaxLines - UsedLines);

    /// <summary>Serpstat's numeric user id, as a string like the real API sends it.</summary>
    public string UserId { get; }
}
