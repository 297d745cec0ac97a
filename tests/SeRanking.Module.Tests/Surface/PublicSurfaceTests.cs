using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>
/// A cmdlet class shows PowerShell only the BCL, System.Management.Automation and SeRanking.dll:
/// the engine and its packages (Polly, System.Text.Json) may load in another context or another
/// version, and a type of theirs in a parameter or an attribute would tie the two together.
/// </summary>
[Collection(ModuleSurface.Name)]
public class PublicSurfaceTests(ModuleMetadata module)
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy;

    [Fact]
    public void No_cmdlet_shows_an_engine_or_package_type_in_its_properties_fields_methods_or_attributes()
    {
        Assert.NotEmpty(module.Cmdlets);
        var problems = module.Cmdlets.SelectMany(cmdlet => SurfaceOf(cmdlet.Type).Where(use => !IsAllowed(use.Type)).Select(use => $"{cmdlet.Name}: {use.Where} uses {use.Type.FullName ?? use.Type.Name} from {use.Type.Assembly.GetName().Name}"));

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_public_type_loads_before_the_engine_can_be_found()
    {
        // PowerShell lists SeRanking.dll's public types before it runs the module initializer
        // that shows the runtime the Dependencies folder: a public type built on an engine type
        // would fail the import on PowerShell 7.
        var problems = module.Module.GetExportedTypes()
            .SelectMany(type => Ancestry(type).Concat(AttributeTypes(type, "the class")).Where(use => !IsAllowed(use.Type)).Select(use => $"{type.FullName}: {use.Where} is {use.Type.FullName} from {use.Type.Assembly.GetName().Name}"));

        Assert.Empty(problems);
    }

    [Fact]
    public void The_surface_check_refuses_engine_Polly_and_System_Text_Json_types_also_inside_arrays_and_generics()
    {
        var apiKind = module.Engine.GetType("SeRanking.Engine.ApiKind", throwOnError: true)!;
        var pipeline = module.Load(ModuleLayout.InDependencies("Polly.Core.dll")).GetType("Polly.ResiliencePipeline", throwOnError: true)!;
        var jsonElement = module.Load(ModuleLayout.InDependencies("System.Text.Json.dll")).GetType("System.Text.Json.JsonElement", throwOnError: true)!;
        var target = module.Cmdlet("Get-SrBacklinkSummary").Parameter("Target").PropertyType;
        var list = module.Cmdlet("Get-SrBacklinkSummary").Type.GetMethod("GetResolvedProviderPathFromPSPath")!.ReturnType.GetGenericTypeDefinition();

        Assert.False(IsAllowed(apiKind));
        Assert.False(IsAllowed(pipeline));
        Assert.False(IsAllowed(jsonElement));
        Assert.False(IsAllowed(apiKind.MakeArrayType()));
        Assert.False(IsAllowed(list.MakeGenericType(apiKind)));
        Assert.True(IsAllowed(target));
        Assert.True(IsAllowed(list.MakeGenericType(target)));
        Assert.True(IsAllowed(module.PowerShellType(ModuleMetadata.Sma + "SwitchParameter")));
        Assert.True(IsAllowed(module.Module.GetType("SeRanking.Session.ApiConnectionInfo", throwOnError: true)!));
    }

    /// <summary>Every type a cmdlet class shows, with where it shows it.</summary>
    private static IEnumerable<(string Where, Type Type)> SurfaceOf(Type cmdlet)
    {
        for (var type = cmdlet.BaseType; type is not null; type = type.BaseType)
        {
            yield return ("its base class", type);
        }

        foreach (var implemented in cmdlet.GetInterfaces())
        {
            yield return ("an interface", implemented);
        }

        foreach (var use in AttributeTypes(cmdlet, "the class"))
        {
            yield return use;
        }

        foreach (var property in cmdlet.GetProperties(Everything))
        {
            yield return ($"property {property.Name}", property.PropertyType);
            foreach (var use in AttributeTypes(property, $"property {property.Name}"))
            {
                yield return use;
            }
        }

        foreach (var field in cmdlet.GetFields(Everything))
        {
            yield return ($"field {field.Name}", field.FieldType);
            foreach (var use in AttributeTypes(field, $"field {field.Name}"))
            {
                yield return use;
            }
        }

        foreach (var method in cmdlet.GetMethods(Everything).Where(method => !method.IsSpecialName))
        {
            yield return ($"method {method.Name}", method.ReturnType);
            foreach (var parameter in method.GetParameters())
            {
                yield return ($"method {method.Name}({parameter.Name})", parameter.ParameterType);
            }
        }
    }

    /// <summary>The base classes and interfaces a type is built on.</summary>
    private static IEnumerable<(string Where, Type Type)> Ancestry(Type type)
    {
        for (var ancestor = type.BaseType; ancestor is not null; ancestor = ancestor.BaseType)
        {
            yield return ("a base class", ancestor);
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return ("an interface", implemented);
        }
    }

    /// <summary>The attribute types on a member and every Type given to them, positional or named.</summary>
    private static IEnumerable<(string Where, Type Type)> AttributeTypes(MemberInfo member, string where) =>
        member.GetCustomAttributesData().SelectMany(attribute =>
            ModuleMetadata.AllValues(attribute).OfType<Type>()
                .Select(type => ($"[{attribute.AttributeType.Name}] on {where}", type))
                .Prepend(($"[{attribute.AttributeType.Name}] on {where}", attribute.AttributeType)));

    /// <summary>The BCL (a file of the runtime), System.Management.Automation or SeRanking.dll, for the type and every type it is built from.</summary>
    private static bool IsAllowed(Type type)
    {
        if (type.IsGenericParameter)
        {
            return true;
        }

        if (type.HasElementType)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsConstructedGenericType)
        {
            return IsAllowed(type.GetGenericTypeDefinition()) && type.GetGenericArguments().All(IsAllowed);
        }

        var assembly = type.Assembly;
        return assembly.GetName().Name is "SeRanking" or "System.Management.Automation"
            || string.Equals(
                Path.GetFullPath(Path.GetDirectoryName(assembly.Location)!).TrimEnd(Path.DirectorySeparatorChar),
                Path.GetFullPath(ModuleLayout.RuntimeDirectory).TrimEnd(Path.DirectorySeparatorChar),
                StringComparison.Ordinal);
    }
}
