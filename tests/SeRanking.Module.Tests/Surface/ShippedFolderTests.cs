using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// The tests of this project and of the engine run the engine with the packages restored for
/// net10.0; PowerShell runs the netstandard2.0 builds shipped in out/SeRanking. Here those
/// shipped files are loaded as PowerShell 7 loads them (framework assemblies from the runtime,
/// everything else from the module folder) and make real calls to the emulator.
/// </summary>
public sealed class ShippedFolderTests
{
    [Fact]
    public async Task The_shipped_engine_and_its_dependencies_call_the_apis_from_the_module_folder()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        var account = emulator.Accounts.AddData();
        var context = new ModuleFolderLoadContext(ModuleLayout.ModuleFolder);
        var engine = context.LoadFromAssemblyPath(ModuleLayout.InModule("SeRanking.Engine.dll"));

        var client = DataClient(engine, account.Key, emulator.DataApiUrl);
        var subscription = await Invoke(client, "GetSubscriptionAsync", null, CancellationToken.None);
        var summaries = await Invoke(
            client, "GetBacklinkSummariesAsync", new[] { "example.com", "google.com" }, Enum.Parse(engine.GetType("SeRanking.Engine.Clients.BacklinkMode", true)!, "Host"), null, CancellationToken.None);

        Assert.Equal(account.CreditsLimit, (long)subscription.GetType().GetProperty("CreditsLimit")!.GetValue(subscription)!);
        var results = ((System.Collections.IEnumerable)summaries).Cast<object>().ToList();
        Assert.Equal(2, results.Count);
        Assert.True((bool)results[0].GetType().GetProperty("IsSuccess")!.GetValue(results[0])!);
        Assert.Equal("TargetTooLargeException", results[1].GetType().GetProperty("Error")!.GetValue(results[1])!.GetType().Name);
        var fromFolder = context.Assemblies.Select(a => Path.GetFileName(a.Location)).Order().ToList();
        Assert.Contains("Polly.Core.dll", fromFolder);
        Assert.Contains("Microsoft.Bcl.AsyncInterfaces.dll", fromFolder);
        Assert.All(context.Assemblies, a => Assert.StartsWith(ModuleLayout.ModuleFolder, a.Location, StringComparison.Ordinal));
    }

    private static object DataClient(Assembly engine, string key, Uri baseUri)
    {
        var parsedKey = engine.GetType("SeRanking.Engine.Keys.DataApiKey", true)!.GetMethod("Parse", [typeof(string)])!.Invoke(null, [key])!;
        var optionsType = engine.GetType("SeRanking.Engine.Transport.ConnectionOptions", true)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("BaseUri")!.SetValue(options, baseUri);
        var connectionType = engine.GetType("SeRanking.Engine.Transport.ApiConnection", true)!;
        var connection = connectionType.GetMethod("Create")!.Invoke(null, [parsedKey, options])!;
        return Activator.CreateInstance(engine.GetType("SeRanking.Engine.Clients.DataApiClient", true)!, connection)!;
    }

    private static async Task<object> Invoke(object target, string method, params object?[] arguments)
    {
        var task = (Task)target.GetType().GetMethod(method)!.Invoke(target, arguments)!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    /// <summary>
    /// PowerShell 7's default context in small: what the runtime has (System.Text.Json,
    /// System.Memory…) comes from the runtime at its own, newer version; what it lacks (the
    /// engine, Polly, Microsoft.Bcl.*) comes from the module folder.
    /// </summary>
    private sealed class ModuleFolderLoadContext(string folder) : AssemblyLoadContext("SeRanking shipped folder", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (File.Exists(Path.Combine(ModuleLayout.RuntimeDirectory, assemblyName.Name + ".dll")))
            {
                return null;
            }

            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
