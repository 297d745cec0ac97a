using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Emulator;
using SeRanking.LoadContext;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Isolation;

/// <summary>
/// PowerShell 7's side of the isolation, over the shipped Dependencies folder: the
/// netstandard2.0 engine, Polly and System.Text.Json load in SeRanking's own context and make
/// real calls, beside the net10.0 copies this test process already has in its default context
/// (what another module's versions would be in a PowerShell session).
/// </summary>
public sealed class ModuleLoadContextTests
{
    private static readonly string[] AlwaysPrivate = ["SeRanking.Engine", "Polly.Core", "System.Text.Json", "Microsoft.Bcl.AsyncInterfaces"];

    [Fact]
    public async Task The_shipped_engine_and_its_dependencies_run_in_the_module_context_beside_other_versions()
    {
        await using var emulator = await ApiEmulator.StartAsync();
        var account = emulator.Accounts.AddData();
        var context = NewContext();
        var engine = context.LoadFromAssemblyName(new AssemblyName(ModuleLoadContext.EngineAssemblyName));

        var connection = DataConnection(engine, account.Key, emulator.DataApiUrl);
        var subscription = await Subscription(engine, connection);
        var summaries = await Summaries(engine, connection, ["example.com", "google.com"]);

        Assert.Equal(account.CreditsLimit, (long)subscription.GetType().GetProperty("CreditsLimit")!.GetValue(subscription)!);
        var results = ((System.Collections.IEnumerable)summaries).Cast<object>().ToList();
        Assert.Equal(2, results.Count);
        Assert.True((bool)results[0].GetType().GetProperty("IsSuccess")!.GetValue(results[0])!);
        Assert.Equal("TargetTooLargeException", results[1].GetType().GetProperty("Error")!.GetValue(results[1])!.GetType().Name);

        foreach (var name in AlwaysPrivate)
        {
            var loaded = context.Assemblies.SingleOrDefault(assembly => assembly.GetName().Name == name);
            Assert.True(loaded is not null, $"{name} was not loaded into the SeRanking context.");
            Assert.Same(context, AssemblyLoadContext.GetLoadContext(loaded));
            Assert.Equal(ModuleLayout.InDependencies(name + ".dll"), loaded.Location);
        }

        // The copies this process loaded first (net10.0 builds, default context) are untouched
        // and distinct: neither side sees the other's.
        Assert.NotSame(typeof(Polly.ResiliencePipeline).Assembly, context.Assemblies.Single(a => a.GetName().Name == "Polly.Core"));
        Assert.NotSame(typeof(System.Text.Json.JsonSerializer).Assembly, context.Assemblies.Single(a => a.GetName().Name == "System.Text.Json"));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(typeof(Polly.ResiliencePipeline).Assembly));
        Assert.Equal(ModuleLoadContext.ContextName, context.Name);
    }

    [Fact]
    public void Polyfills_the_runtime_carries_come_from_the_runtime_and_the_JSON_stack_never_does()
    {
        var context = NewContext();

        // The runtime has System.Text.Json 10 too; the module's own is used all the same.
        var json = context.LoadFromAssemblyName(new AssemblyName("System.Text.Json"));
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(json));

        // System.Memory's netstandard build would redefine Span<T>: the runtime's is used.
        var memory = context.LoadFromAssemblyName(new AssemblyName("System.Memory, Version=4.0.1.2"));
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(memory));
    }

    [Fact]
    public void A_polyfill_the_runtime_lacks_is_served_from_Dependencies()
    {
        var context = NewContext(runtime: new RuntimeAssemblies([]));

        var memory = context.LoadFromAssemblyName(new AssemblyName("System.Memory, Version=4.0.1.2"));

        Assert.Same(context, AssemblyLoadContext.GetLoadContext(memory));
        Assert.Equal(ModuleLayout.InDependencies("System.Memory.dll"), memory.Location);
    }

    [Fact]
    public void The_default_context_is_handed_the_engine_and_nothing_else()
    {
        var context = NewContext();
        var engineVersion = AssemblyName.GetAssemblyName(ModuleLayout.InDependencies("SeRanking.Engine.dll")).Version;

        var engine = context.ServeToDefault(new AssemblyName($"SeRanking.Engine, Version={engineVersion}"));

        Assert.NotNull(engine);
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(engine));
        Assert.Null(context.ServeToDefault(new AssemblyName("SeRanking.Engine, Version=99.0.0.0")));
        foreach (var dependency in new[] { "Polly.Core", "System.Text.Json", "Microsoft.Bcl.AsyncInterfaces", "System.Memory" })
        {
            Assert.Null(context.ServeToDefault(new AssemblyName(dependency)));
        }
    }

    [Fact]
    public void The_runtime_carries_an_assembly_only_at_the_version_asked_for_or_later()
    {
        var runtime = RuntimeAssemblies.FromTrustedPlatformList();
        var inBox = typeof(object).Assembly.GetName().Version!;

        Assert.True(runtime.Carries(new AssemblyName("System.Private.CoreLib")));
        Assert.True(runtime.Carries(new AssemblyName($"System.Private.CoreLib, Version={inBox}")));
        Assert.False(runtime.Carries(new AssemblyName($"System.Private.CoreLib, Version={inBox.Major + 1}.0.0.0")));
        Assert.False(runtime.Carries(new AssemblyName("SeRanking.NoSuchAssembly")));
    }

    [Fact]
    public void Installing_twice_for_one_folder_gives_one_context()
    {
        var first = ModuleLoadContext.Install(ModuleLayout.DependencyFolder);
        var second = ModuleLoadContext.Install(ModuleLayout.DependencyFolder + Path.DirectorySeparatorChar);
        ModuleLoadContext.Uninstall();

        Assert.Same(first, second);
    }

    private static ModuleLoadContext NewContext(RuntimeAssemblies? runtime = null) =>
        new(ModuleLayout.DependencyFolder, runtime ?? RuntimeAssemblies.FromTrustedPlatformList());

    private static object DataConnection(Assembly engine, string key, Uri baseUri)
    {
        var parsedKey = engine.GetType("SeRanking.Engine.Keys.DataApiKey", true)!.GetMethod("Parse", [typeof(string)])!.Invoke(null, [key])!;
        var optionsType = engine.GetType("SeRanking.Engine.Transport.ConnectionOptions", true)!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("BaseUri")!.SetValue(options, baseUri);
        var connectionType = engine.GetType("SeRanking.Engine.Transport.ApiConnection", true)!;
        return connectionType.GetMethod("Create")!.Invoke(null, [parsedKey, options])!;
    }

    /// <summary>OperationRunner.GetAsync(connection, AccountOperations.Subscription, NoQuery.Value), through reflection.</summary>
    private static Task<object> Subscription(Assembly engine, object connection)
    {
        var noQuery = engine.GetType("SeRanking.Engine.Operations.NoQuery", true)!;
        var operation = engine.GetType("SeRanking.Engine.Data.Account.AccountOperations", true)!.GetProperty("Subscription")!.GetValue(null)!;
        var get = Runner(engine).GetMethod("GetAsync")!.MakeGenericMethod(noQuery, engine.GetType("SeRanking.Engine.Data.Account.DataSubscription", true)!);
        return Await(get.Invoke(null, [connection, operation, noQuery.GetProperty("Value")!.GetValue(null), null, CancellationToken.None])!);
    }

    /// <summary>OperationRunner.BatchAsync(connection, BacklinkOperations.Summary, targets, batch => new TargetsQuery { Targets = batch }), through reflection.</summary>
    private static Task<object> Summaries(Assembly engine, object connection, string[] targets)
    {
        var queryType = engine.GetType("SeRanking.Engine.Data.Backlinks.TargetsQuery", true)!;
        var batch = Expression.Parameter(typeof(IReadOnlyList<string>), "batch");
        var queryFor = Expression.Lambda(
            typeof(Func<,>).MakeGenericType(typeof(IReadOnlyList<string>), queryType),
            Expression.MemberInit(Expression.New(queryType), Expression.Bind(queryType.GetProperty("Targets")!, batch)),
            batch).Compile();
        var operation = engine.GetType("SeRanking.Engine.Data.Backlinks.BacklinkOperations", true)!.GetProperty("Summary")!.GetValue(null)!;
        var run = Runner(engine).GetMethod("BatchAsync")!.MakeGenericMethod(queryType, engine.GetType("SeRanking.Engine.Data.Backlinks.BacklinkSummary", true)!);
        return Await(run.Invoke(null, [connection, operation, targets, queryFor, null, CancellationToken.None])!);
    }

    private static Type Runner(Assembly engine) => engine.GetType("SeRanking.Engine.Operations.OperationRunner", true)!;

    private static async Task<object> Await(object pending)
    {
        var task = (Task)pending;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }
}
