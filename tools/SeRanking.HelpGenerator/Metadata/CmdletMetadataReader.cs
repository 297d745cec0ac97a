using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SeRanking.HelpGenerator.Metadata;

/// <summary>
/// Reads the cmdlets of a built module assembly with MetadataLoadContext: the module is never
/// loaded for execution (it targets netstandard2.0 and PowerShell, neither of which this tool
/// runs), and System.Management.Automation comes from PowerShellStandard.Library, whose method
/// bodies throw. Attributes are therefore matched by full type name.
/// </summary>
internal static class CmdletMetadataReader
{
    private const string Sma = "System.Management.Automation.";
    private const string CmdletAttribute = Sma + "CmdletAttribute";
    private const string ParameterAttribute = Sma + "ParameterAttribute";
    private const string AliasAttribute = Sma + "AliasAttribute";
    private const string SupportsWildcardsAttribute = Sma + "SupportsWildcardsAttribute";
    private const string ValidateSetAttribute = Sma + "ValidateSetAttribute";
    private const string OutputTypeAttribute = Sma + "OutputTypeAttribute";
    private const string SwitchParameter = Sma + "SwitchParameter";

    /// <summary>The folder of the module where the engine and third-party assemblies live.</summary>
    public const string DependencyFolderName = "Dependencies";

    /// <summary>PowerShell's own text for -WhatIf and -Confirm, used when a page does not describe them.</summary>
    public const string WhatIfDescription = "Shows what would happen if the cmdlet runs. The cmdlet is not run.";

    public const string ConfirmDescription = "Prompts you for confirmation before running the cmdlet.";

    /// <summary>PowerShell's own text for the parameters SupportsPaging adds, used when a page does not describe them.</summary>
    public const string IncludeTotalCountDescription = "Reports the total number of objects in the data set (an integer) followed by the selected objects. If the cmdlet cannot determine the total count, it displays \"Unknown total count.\" The integer has an Accuracy property that indicates the reliability of the total count value.";

    public const string SkipDescription = "Ignores the specified number of objects and then gets the remaining objects. Enter the number of objects to skip.";

    public const string FirstDescription = "Gets only the specified number of objects. Enter the number of objects to get.";

    /// <summary>Every public, non-abstract [Cmdlet] class of the assembly, by name.</summary>
    public static IReadOnlyList<CmdletMetadata> Read(string moduleAssemblyPath, string systemManagementAutomationPath)
    {
        if (!File.Exists(moduleAssemblyPath))
        {
            throw new HelpInputException(DiagnosticCodes.MissingInput, $"The module assembly {moduleAssemblyPath} does not exist; build src/SeRanking first.");
        }

        if (!File.Exists(systemManagementAutomationPath))
        {
            throw new HelpInputException(DiagnosticCodes.MissingInput, $"System.Management.Automation.dll (PowerShellStandard.Library) was not found at {systemManagementAutomationPath}; pass --sma <path>.");
        }

        using var context = NewContext(moduleAssemblyPath, systemManagementAutomationPath);
        var module = context.LoadFromAssemblyPath(Path.GetFullPath(moduleAssemblyPath));
        return LoadableTypes(module)
            .Where(type => type.IsPublic && !type.IsAbstract)
            .Select(type => (Type: type, Attribute: AttributesOf(type, CmdletAttribute).FirstOrDefault()))
            .Where(pair => pair.Attribute is not null)
            .Select(pair => ReadCmdlet(pair.Type, pair.Attribute!))
            .OrderBy(cmdlet => cmdlet.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A metadata-only context that resolves the runtime, PowerShell Standard and the module's own files.</summary>
    public static MetadataLoadContext NewContext(string moduleAssemblyPath, string systemManagementAutomationPath) =>
        new(new PathAssemblyResolver(ResolvableAssemblies(moduleAssemblyPath, systemManagementAutomationPath)));

    /// <summary>
    /// One file per simple name: the runtime's assemblies, overridden by the module's own copies
    /// (its root, then Dependencies/), so a type of a shipped package resolves to the shipped file.
    /// </summary>
    private static List<string> ResolvableAssemblies(string moduleAssemblyPath, string systemManagementAutomationPath)
    {
        var moduleFolder = Path.GetDirectoryName(Path.GetFullPath(moduleAssemblyPath))!;
        var folders = new[] { RuntimeEnvironment.GetRuntimeDirectory(), moduleFolder, Path.Combine(moduleFolder, DependencyFolderName) };
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in folders.Where(Directory.Exists).SelectMany(folder => Directory.GetFiles(folder, "*.dll")))
        {
            files[Path.GetFileName(file)] = file;
        }

        files["System.Management.Automation.dll"] = Path.GetFullPath(systemManagementAutomationPath);
        files[Path.GetFileName(moduleAssemblyPath)] = Path.GetFullPath(moduleAssemblyPath);
        return files.Values.ToList();
    }

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partly)
        {
            // A type whose base or interface cannot be resolved is no cmdlet PowerShell could load either.
            return partly.Types.OfType<Type>();
        }
    }

    private static CmdletMetadata ReadCmdlet(Type type, CustomAttributeData cmdlet)
    {
        var verb = (string)cmdlet.ConstructorArguments[0].Value!;
        var noun = (string)cmdlet.ConstructorArguments[1].Value!;
        var supportsShouldProcess = Named<bool>(cmdlet, "SupportsShouldProcess");
        var parameters = ParameterProperties(type).Select(ReadParameter).Where(parameter => parameter is not null).Select(parameter => parameter!).ToList();
        if (supportsShouldProcess)
        {
            parameters.Add(StandardParameter("WhatIf", "SwitchParameter", ["wi"], WhatIfDescription));
            parameters.Add(StandardParameter("Confirm", "SwitchParameter", ["cf"], ConfirmDescription));
        }

        // PowerShell adds these to every cmdlet with SupportsPaging, as it adds -WhatIf and -Confirm.
        if (Named<bool>(cmdlet, "SupportsPaging"))
        {
            parameters.Add(StandardParameter("IncludeTotalCount", "SwitchParameter", [], IncludeTotalCountDescription));
            parameters.Add(StandardParameter("Skip", "UInt64", [], SkipDescription));
            parameters.Add(StandardParameter("First", "UInt64", [], FirstDescription));
        }

        return new CmdletMetadata(verb, noun, supportsShouldProcess, Named<string>(cmdlet, "DefaultParameterSetName"), OutputTypeNames(type), parameters);
    }

    /// <summary>Public instance properties with [Parameter], the cmdlet's own first, then those of its base classes.</summary>
    private static IEnumerable<PropertyInfo> ParameterProperties(Type type)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var level = type; level is not null && level.FullName != Sma + "PSCmdlet"; level = level.BaseType)
        {
            foreach (var property in level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (AttributesOf(property, ParameterAttribute).Any() && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static ParameterMetadata? ReadParameter(PropertyInfo property)
    {
        var declarations = AttributesOf(property, ParameterAttribute).ToList();
        if (declarations.All(declaration => Named<bool>(declaration, "DontShow")))
        {
            return null;
        }

        var sets = declarations
            .Select(declaration => new ParameterSetMembership(
                Named<string>(declaration, "ParameterSetName") ?? ParameterSetMembership.AllSets,
                Named<bool>(declaration, "Mandatory"),
                declaration.NamedArguments.Any(named => named.MemberName == "Position") ? Named<int>(declaration, "Position") : null,
                Named<bool>(declaration, "ValueFromPipeline"),
                Named<bool>(declaration, "ValueFromPipelineByPropertyName")))
            .ToList();
        var type = property.PropertyType;
        return new ParameterMetadata(
            property.Name,
            FriendlyName(type),
            type.FullName == SwitchParameter,
            type.IsArray,
            AttributesOf(property, AliasAttribute).SelectMany(AllValues).OfType<string>().ToList(),
            AttributesOf(property, SupportsWildcardsAttribute).Any(),
            AttributesOf(property, ValidateSetAttribute).SelectMany(attribute => attribute.ConstructorArguments).SelectMany(Values).OfType<string>().ToList(),
            sets);
    }

    /// <summary>A parameter PowerShell adds by itself (ShouldProcess, paging), with its standard text.</summary>
    private static ParameterMetadata StandardParameter(string name, string typeName, string[] aliases, string description) =>
        new(name, typeName, IsSwitch: typeName == "SwitchParameter", IsArray: false, aliases, SupportsWildcards: false, [],
            [new ParameterSetMembership(ParameterSetMembership.AllSets, Mandatory: false, Position: null, FromPipeline: false, FromPipelineByPropertyName: false)],
            description);

    /// <summary>The full names [OutputType] declares, typeof() and string forms alike, in declaration order.</summary>
    private static List<string> OutputTypeNames(Type type) =>
        AttributesOf(type, OutputTypeAttribute)
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(Values)
            .Select(value => value switch
            {
                Type declared => declared.FullName ?? declared.Name,
                string name => name,
                _ => null,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The names Get-Help shows: String, Int64, SwitchParameter, String[]; a nullable value as its value type.</summary>
    public static string FriendlyName(Type type)
    {
        if (type.IsArray)
        {
            return FriendlyName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            if (type.GetGenericTypeDefinition().FullName == "System.Nullable`1")
            {
                return FriendlyName(arguments[0]);
            }

            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}[{string.Join(", ", arguments.Select(FriendlyName))}]";
        }

        return type.Name;
    }

    private static IEnumerable<CustomAttributeData> AttributesOf(MemberInfo member, string attributeFullName) =>
        member.GetCustomAttributesData().Where(attribute => attribute.AttributeType.FullName == attributeFullName);

    private static T? Named<T>(CustomAttributeData attribute, string name)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.MemberName == name && named.TypedValue.Value is T value)
            {
                return value;
            }
        }

        return default;
    }

    private static IEnumerable<object?> Values(CustomAttributeTypedArgument argument) =>
        argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> many ? many.Select(item => item.Value) : [argument.Value];

    private static IEnumerable<object?> AllValues(CustomAttributeData attribute) =>
        attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)).SelectMany(Values);
}
