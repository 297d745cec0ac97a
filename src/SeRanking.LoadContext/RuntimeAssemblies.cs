using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeRanking.LoadContext;

/// <summary>
/// The assemblies the running .NET and PowerShell carry themselves: the trusted platform list
/// the host started with (the shared framework plus pwsh's own dependencies).
/// </summary>
internal sealed class RuntimeAssemblies
{
    private readonly Dictionary<string, string> _pathByName;
    private readonly ConcurrentDictionary<string, Version?> _versionByName = new(StringComparer.OrdinalIgnoreCase);

    internal RuntimeAssemblies(IEnumerable<string> paths)
    {
        _pathByName = paths
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
    }

    public static RuntimeAssemblies FromTrustedPlatformList() =>
        new(((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
            .Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the runtime has <paramref name="requested"/> at the version asked for or later.</summary>
    public bool Carries(AssemblyName requested)
    {
        if (requested.Name is null || !_pathByName.TryGetValue(requested.Name, out var path))
        {
            return false;
        }

        var version = _versionByName.GetOrAdd(requested.Name, _ => ReadVersion(path));
        return version is not null && (requested.Version is null || version >= requested.Version);
    }

    private static Version? ReadVersion(string path)
    {
        try
        {
            return AssemblyName.GetAssemblyName(path).Version;
        }
        catch (Exception unreadable) when (unreadable is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
