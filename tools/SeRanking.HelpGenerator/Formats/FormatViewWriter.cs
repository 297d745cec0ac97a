using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using SeRanking.HelpGenerator.Metadata;

namespace SeRanking.HelpGenerator.Formats;

/// <summary>
/// Writes the default table view of every engine row type marked with [TableView]: the columns
/// named there, numbers right-aligned. Read with MetadataLoadContext like the help, so nothing of
/// the module runs at build time.
/// </summary>
internal static class FormatViewWriter
{
    private const string TableViewAttribute = "SeRanking.Engine.Models.TableViewAttribute";
    private const string EngineFile = "SeRanking.Engine.dll";

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal)
    {
        "System.Byte", "System.Int16", "System.Int32", "System.Int64", "System.UInt32", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
    };

    /// <summary>The format document, and a problem per view that names a property its type lacks.</summary>
    public static (XDocument Document, IReadOnlyList<string> Problems) Generate(string moduleAssemblyPath, string systemManagementAutomationPath)
    {
        var engine = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(moduleAssemblyPath))!, CmdletMetadataReader.DependencyFolderName, EngineFile);
        if (!File.Exists(engine))
        {
            throw new HelpInputException(DiagnosticCodes.MissingInput, $"The engine {engine} does not exist; build src/SeRanking first.");
        }

        using var context = CmdletMetadataReader.NewContext(moduleAssemblyPath, systemManagementAutomationPath);
        var problems = new List<string>();
        var views = new List<XElement>();
        foreach (var type in context.LoadFromAssemblyPath(engine).GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var attribute = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == TableViewAttribute);
            if (attribute is null)
            {
                continue;
            }

            var columns = ((IEnumerable<CustomAttributeTypedArgument>)attribute.ConstructorArguments[0].Value!).Select(a => (string)a.Value!).ToList();
            var properties = columns.Select(name => (Name: name, Property: type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance))).ToList();
            problems.AddRange(properties.Where(p => p.Property is null).Select(p => $"[TableView] on {type.FullName} names '{p.Name}', which is not one of its public properties."));
            views.Add(View(type, properties.Where(p => p.Property is not null).Select(p => p.Property!).ToList()));
        }

        var document = new XDocument(
            new XComment(" Generated at build time from the [TableView] attributes of the engine's row types (tools/SeRanking.HelpGenerator): edit those, not this file. "),
            new XElement("Configuration", new XElement("ViewDefinitions", views)));
        return (document, problems);
    }

    private static XElement View(Type type, IReadOnlyList<PropertyInfo> columns) =>
        new(
            "View",
            new XElement("Name", type.Name),
            new XElement("ViewSelectedBy", new XElement("TypeName", type.FullName)),
            new XElement(
                "TableControl",
                new XElement("TableHeaders", columns.Select(column => new XElement(
                    "TableColumnHeader",
                    new XElement("Label", column.Name),
                    IsNumber(column.PropertyType) ? new XElement("Alignment", "Right") : null))),
                new XElement("TableRowEntries", new XElement("TableRowEntry", new XElement(
                    "TableColumnItems",
                    columns.Select(column => new XElement("TableColumnItem", new XElement("PropertyName", column.Name))))))));

    private static bool IsNumber(Type type)
    {
        var underlying = type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1" ? type.GetGenericArguments()[0] : type;
        return Numbers.Contains(underlying.FullName ?? string.Empty);
    }
}
