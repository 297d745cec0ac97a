using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeRanking.Module.Tests.Support;

/// <summary>
/// The built module read as metadata (MetadataLoadContext): SeRanking.dll from out/SeRanking and
/// SeRanking.Engine.dll from its Dependencies folder, System.Management.Automation from PowerShellStandard.Library. Nothing is
/// executed, so PowerShellStandard's throwing method bodies never run; attributes are compared by
/// full type name because these types are not runtime types.
/// </summary>
public sealed class ModuleMetadata : IDisposable
{
    public const string Sma = "System.Management.Automation.";
    public const string CmdletAttribute = Sma + "CmdletAttribute";
    public const string OutputTypeAttribute = Sma + "OutputTypeAttribute";
    public const string ParameterAttribute = Sma + "ParameterAttribute";
    public const string AliasAttribute = Sma + "AliasAttribute";
    public const string ArgumentCompleterAttribute = Sma + "ArgumentCompleterAttribute";

    private readonly MetadataLoadContext _context;

    public ModuleMetadata()
    {
        // One file per simple name: the module's own copies of its dependencies win over the
        // runtime's, so a type that comes from a shipped package resolves into the module folder.
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.GetFiles(ModuleLayout.RuntimeDirectory, "*.dll"))
        {
            files[Path.GetFileName(file)] = file;
        }

        foreach (var file in Directory.GetFiles(ModuleLayout.ModuleFolder, "*.dll").Concat(Directory.GetFiles(ModuleLayout.DependencyFolder, "*.dll")))
        {
            files[Path.GetFileName(file)] = file;
        }

        files["System.Management.Automation.dll"] = ModuleLayout.SystemManagementAutomation;
        _context = new MetadataLoadContext(new PathAssemblyResolver(files.Values));

        Module = _context.LoadFromAssemblyPath(ModuleLayout.InModule("SeRanking.dll"));
        Engine = _context.LoadFromAssemblyPath(ModuleLayout.InDependencies("SeRanking.Engine.dll"));
        PowerShell = _context.LoadFromAssemblyPath(ModuleLayout.SystemManagementAutomation);
        Cmdlets = Module.GetTypes()
            .Where(type => type.IsPublic && !type.IsAbstract)
            .Select(type => (Type: type, Attribute: AttributesOf(type, CmdletAttribute).SingleOrDefault()))
            .Where(pair => pair.Attribute is not null)
            .Select(pair => new CmdletType(pair.Type, (string)pair.Attribute!.ConstructorArguments[0].Value!, (string)pair.Attribute.ConstructorArguments[1].Value!, pair.Attribute))
            .OrderBy(cmdlet => cmdlet.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>SeRanking.dll as shipped in out/SeRanking.</summary>
    public Assembly Module { get; }

    /// <summary>SeRanking.Engine.dll as shipped in out/SeRanking/Dependencies.</summary>
    public Assembly Engine { get; }

    /// <summary>System.Management.Automation of PowerShellStandard.Library (metadata only).</summary>
    public Assembly PowerShell { get; }

    /// <summary>Every public, non-abstract type of SeRanking.dll with a [Cmdlet] attribute.</summary>
    public IReadOnlyList<CmdletType> Cmdlets { get; }

    public CmdletType Cmdlet(string name) =>
        Cmdlets.SingleOrDefault(cmdlet => cmdlet.Name == name) ?? throw new InvalidOperationException($"SeRanking.dll has no cmdlet {name}.");

    public Assembly Load(string path) => _context.LoadFromAssemblyPath(path);

    /// <summary>A public type of SeRanking.Engine.dll or SeRanking.dll by full name, or null.</summary>
    public Type? PublicModuleType(string fullName) =>
        new[] { Engine, Module }.Select(assembly => assembly.GetType(fullName, throwOnError: false)).FirstOrDefault(type => type is { IsPublic: true });

    public Type PowerShellType(string fullName) =>
        PowerShell.GetType(fullName, throwOnError: true)!;

    public void Dispose() => _context.Dispose();

    public static IEnumerable<CustomAttributeData> AttributesOf(MemberInfo member, string attributeFullName) =>
        member.GetCustomAttributesData().Where(attribute => attribute.AttributeType.FullName == attributeFullName);

    public static bool Has(MemberInfo member, string attributeFullName) => AttributesOf(member, attributeFullName).Any();

    /// <summary>A named argument's value (SupportsShouldProcess = true), or the default when not set.</summary>
    public static T? Named<T>(CustomAttributeData attribute, string name)
    {
        var argument = attribute.NamedArguments.Where(named => named.MemberName == name).Select(named => (CustomAttributeTypedArgument?)named.TypedValue).SingleOrDefault();
        return argument is { Value: T value } ? value : default;
    }

    /// <summary>The values of a constructor argument or a params array, flattened.</summary>
    public static IEnumerable<object?> Values(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> many ? many.Select(item => item.Value) : [argument.Value];

    /// <summary>Every value given to an attribute, positional and named, arrays flattened.</summary>
    public static IEnumerable<object?> AllValues(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)).SelectMany(Values);
}

/// <summary>A cmdlet class with the verb and noun of its [Cmdlet] attribute.</summary>
public sealed record CmdletType(Type Type, string Verb, string Noun, CustomAttributeData Attribute)
{
    public string Name => $"{Verb}-{Noun}";

    /// <summary>A public property with at least one [Parameter] attribute.</summary>
    public PropertyInfo Parameter(string name)
    {
        var property = Type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{Name} has no property {name}.");
        return ModuleMetadata.Has(property, ModuleMetadata.ParameterAttribute)
            ? property
            : throw new InvalidOperationException($"{Name}.{name} is not a parameter (no [Parameter]).");
    }

    public IEnumerable<PropertyInfo> Parameters =>
        Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => ModuleMetadata.Has(property, ModuleMetadata.ParameterAttribute));

    public override string ToString() => Name;
}

[CollectionDefinition(Name)]
public sealed class ModuleSurface : ICollectionFixture<ModuleMetadata>
{
    public const string Name = "Module surface";
}
