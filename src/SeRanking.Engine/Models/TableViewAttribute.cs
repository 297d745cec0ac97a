using System;

namespace SeRanking.Engine.Models;

/// <summary>
/// The columns a person wants first when rows of this type reach the console, in order. The
/// build turns every marked row type into a default table view of the module's format file
/// (tools/SeRanking.HelpGenerator, SeRanking.Generated.Format.ps1xml), so a row type and its view
/// are written in one place. Every property stays available to Select-Object * and Export-Csv.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TableViewAttribute(params string[] columns) : Attribute
{
    public string[] Columns { get; } = columns;
}
