using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

[Collection(ModuleSurface.Name)]
public class OutputTypeTests(ModuleMetadata module)
{
    private static readonly string[] ModuleAssemblies = ["SeRanking", "SeRanking.Engine"];

    // What an Invoke-* escape hatch writes: the API's JSON as PowerShell objects, no record type of ours.
    private const string PSObject = "System.Management.Automation.PSObject";

    // The hand-written views of the module's own types, and those generated from [TableView].
    private static readonly XDocument[] Formats =
        [XDocument.Load(ModuleLayout.InModule("SeRanking.Format.ps1xml")), XDocument.Load(ModuleLayout.InModule("SeRanking.Generated.Format.ps1xml"))];

    [Fact]
    public void Every_cmdlet_declares_its_output_type()
    {
        Assert.Empty(module.Cmdlets.Where(cmdlet => !ModuleMetadata.Has(cmdlet.Type, ModuleMetadata.OutputTypeAttribute)).Select(cmdlet => cmdlet.Name));
    }

    [Fact]
    public void Every_output_type_is_a_public_type_of_the_module_or_the_engine()
    {
        var problems = new List<string>();
        foreach (var cmdlet in module.Cmdlets)
        {
            foreach (var value in OutputValues(cmdlet))
            {
                switch (value)
                {
                    case string name when module.PublicModuleType(name) is null:
                        problems.Add($"{cmdlet.Name}: [OutputType('{name}')] is no public type of SeRanking.Engine.dll or SeRanking.dll.");
                        break;
                    case Type { FullName: "System.Void" } when !cmdlet.Verb.Equals("Disconnect", StringComparison.Ordinal) && !cmdlet.Verb.Equals("Remove", StringComparison.Ordinal):
                        problems.Add($"{cmdlet.Name}: [OutputType([void])] is for Disconnect-* and Remove-* only, which leave nothing to write.");
                        break;
                    case Type { FullName: "System.Void" }:
                        break;
                    case Type { FullName: PSObject } when !cmdlet.Verb.Equals("Invoke", StringComparison.Ordinal):
                        problems.Add($"{cmdlet.Name}: [OutputType([PSObject])] is for the Invoke-* escape hatches only, which write whatever the API answers.");
                        break;
                    case Type { FullName: PSObject }:
                        break;
                    case Type type when !type.IsVisible || !ModuleAssemblies.Contains(type.Assembly.GetName().Name):
                        problems.Add($"{cmdlet.Name}: [OutputType([{type.FullName}])] is not a public type of SeRanking.Engine.dll or SeRanking.dll.");
                        break;
                    case string or Type:
                        break;
                    default:
                        problems.Add($"{cmdlet.Name}: [OutputType] holds {value ?? "null"}.");
                        break;
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_format_view_selects_a_public_type_of_the_module_or_the_engine()
    {
        var typeNames = Views().SelectMany(view => view.TypeNames).ToList();

        Assert.NotEmpty(typeNames);
        Assert.DoesNotContain(typeNames, name => module.PublicModuleType(name) is null);
    }

    [Fact]
    public void Every_property_a_format_view_shows_is_a_public_property_of_its_type()
    {
        var problems = new List<string>();
        foreach (var view in Views())
        {
            foreach (var type in view.TypeNames.Select(module.PublicModuleType).OfType<Type>())
            {
                problems.AddRange(view.PropertyNames
                    .Where(property => type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is null)
                    .Select(property => $"View {view.Name}: {type.FullName} has no public property {property}."));
                problems.AddRange(view.ScriptProperties
                    .Where(property => type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance) is null)
                    .Select(property => $"View {view.Name}: a script block reads $_.{property}, which {type.FullName} does not have."));
            }
        }

        Assert.NotEmpty(Views().SelectMany(view => view.PropertyNames));
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_record_type_a_cmdlet_outputs_has_a_format_view()
    {
        var viewed = Views().SelectMany(view => view.TypeNames).ToHashSet(StringComparer.Ordinal);
        var outputs = module.Cmdlets
            .SelectMany(OutputValues)
            .Select(value => value is Type type ? type.FullName : value as string)
            .Where(name => name is not null and not "System.Void" and not PSObject)
            .Distinct(StringComparer.Ordinal);

        Assert.DoesNotContain(outputs, name => !viewed.Contains(name!));
    }

    private static IEnumerable<object?> OutputValues(CmdletType cmdlet) =>
        ModuleMetadata.AttributesOf(cmdlet.Type, ModuleMetadata.OutputTypeAttribute)
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(ModuleMetadata.Values);

    private static IEnumerable<FormatView> Views() =>
        Formats.SelectMany(document => document.Descendants("View")).Select(view => new FormatView(
            (string?)view.Element("Name") ?? "(unnamed)",
            view.Descendants("TypeName").Select(name => name.Value.Trim()).ToList(),
            view.Descendants("PropertyName").Select(name => name.Value.Trim()).ToList(),
            view.Descendants("ScriptBlock").SelectMany(block => Regex.Matches(block.Value, @"\$_\.(?<property>\w+)").Select(m => m.Groups["property"].Value)).Distinct().ToList()));

    private sealed record FormatView(string Name, IReadOnlyList<string> TypeNames, IReadOnlyList<string> PropertyNames, IReadOnlyList<string> ScriptProperties);
}
