using System;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Authentication;

namespace SeRanking.Engine.Transport;

/// <summary>
/// Which TLS versions a handler offers. Windows PowerShell 5.1 runs on .NET Framework, whose
/// default for an old host can still be SSL 3 / TLS 1.0, which the APIs refuse; .NET (PowerShell
/// 7) already leaves the choice to the OS, which offers TLS 1.2 and later.
/// </summary>
/// <remarks>
/// Set on each handler, never through ServicePointManager.SecurityProtocol: that one is
/// process-wide and belongs to every other module loaded in the session.
/// </remarks>
internal static class TransportSecurity
{
    /// <summary>SslProtocols.Tls13, missing from netstandard2.0's enum; the value is fixed by SChannel.</summary>
    internal const SslProtocols Tls13 = (SslProtocols)12288;

    /// <summary>Windows Server 2022; Windows 11 (22000) and later have TLS 1.3 on by default too.</summary>
    internal static readonly Version FirstWindowsWithTls13 = new(10, 0, 20348);

    /// <summary>None (the OS decides) except on .NET Framework, which gets TLS 1.2, and 1.3 where Windows has it.</summary>
    internal static SslProtocols ProtocolsFor(bool isNetFramework, Version osVersion)
    {
        if (!isNetFramework)
        {
            return SslProtocols.None;
        }

        return osVersion >= FirstWindowsWithTls13 ? SslProtocols.Tls12 | Tls13 : SslProtocols.Tls12;
    }

    internal static bool IsNetFramework(string frameworkDescription) =>
        frameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

    /// <summary>
    /// The version in an OS description such as "Microsoft Windows 10.0.22631", else the fallback.
    /// </summary>
    /// <remarks>
    /// Preferred to Environment.OSVersion, which .NET Framework reports as 6.2 (Windows 8) to a
    /// host without a Windows 10 compatibility manifest.
    /// </remarks>
    internal static Version OsVersionFrom(string osDescription, Version fallback)
    {
        var words = osDescription.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (words[i].IndexOf('.') > 0 && Version.TryParse(words[i], out var version))
            {
                return version;
            }
        }

        return fallback;
    }

    internal static void Apply(HttpClientHandler handler)
    {
        var isNetFramework = IsNetFramework(RuntimeInformation.FrameworkDescription);
        if (!isNetFramework)
        {
            return;
        }

        var protocols = ProtocolsFor(isNetFramework, OsVersionFrom(RuntimeInformation.OSDescription, Environment.OSVersion.Version));
        try
        {
            if (TrySet(handler, protocols) || protocols == SslProtocols.Tls12)
            {
                return;
            }

            // A .NET Framework older than 4.8 does not know TLS 1.3 and refuses the value.
            TrySet(handler, SslProtocols.Tls12);
        }
        catch (MissingMemberException)
        {
            // A .NET Framework before 4.7.1 has no HttpClientHandler.SslProtocols: keep its default
            // rather than fail every call.
        }
    }

    // Not inlined, so that a runtime without the property fails when this method is compiled,
    // inside Apply's catch, not when Apply itself is.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TrySet(HttpClientHandler handler, SslProtocols protocols)
    {
        try
        {
            handler.SslProtocols = protocols;
            return true;
        }
        catch (Exception refused) when (refused is ArgumentException or NotSupportedException)
        {
            // NotSupportedException includes PlatformNotSupportedException: a handler that cannot
            // choose keeps the runtime's default rather than failing every call.
            return false;
        }
    }
}
