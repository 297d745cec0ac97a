using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeRanking.Engine.Tests.Support;

/// <summary>Finds the API reference's sample bodies in ../shared/api/samples beside the repository.</summary>
internal static class Samples
{
    internal static string RepositoryRoot { get; } = Path.GetFullPath(
        typeof(Samples).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!);

    internal static string Directory
    {
        get
        {
            foreach (var candidate in new[]
            {
                Path.Combine(RepositoryRoot, "..", "shared", "api", "samples"),
                Path.Combine(RepositoryRoot, "shared", "api", "samples"),
            })
            {
                if (System.IO.Directory.Exists(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }

            throw new InvalidOperationException(
                $"The API samples were not found beside the repository ({RepositoryRoot}/../shared/api/samples). Clone with shared/ next to the repository.");
        }
    }

    internal static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".json"));
}
