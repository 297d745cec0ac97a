using System;
using System.Collections.Generic;
using System.Linq;

namespace SeRanking.HelpGenerator.Metadata;

/// <summary>What SeRanking.dll says about one cmdlet: everything the help shows that a page must not repeat.</summary>
internal sealed record CmdletMetadata(
    string Verb,
    string Noun,
    bool SupportsShouldProcess,
    string? DefaultParameterSetName,
    IReadOnlyList<string> OutputTypeNames,
    IReadOnlyList<ParameterMetadata> Parameters)
{
    public string Name => $"{Verb}-{Noun}";

    public ParameterMetadata? Parameter(string name) =>
        Parameters.FirstOrDefault(parameter => parameter.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The syntax PowerShell shows: one entry per parameter set, the default set first; a cmdlet
    /// without named sets has one.
    /// </summary>
    public IReadOnlyList<string> ParameterSetNames
    {
        get
        {
            var named = Parameters
                .SelectMany(parameter => parameter.Sets)
                .Select(set => set.SetName)
                .Where(set => set != ParameterSetMembership.AllSets)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (named.Count == 0)
            {
                return [ParameterSetMembership.AllSets];
            }

            return named.OrderBy(set => set == DefaultParameterSetName ? 0 : 1).ToList();
        }
    }

    /// <summary>The parameters of one set with their binding in it: positional ones by position, then the rest as declared.</summary>
    public IReadOnlyList<(ParameterMetadata Parameter, ParameterSetMembership Binding)> ParametersOf(string setName) =>
        Parameters
            .Select((parameter, index) => (Parameter: parameter, Index: index, Binding: parameter.BindingIn(setName)))
            .Where(entry => entry.Binding is not null)
            .OrderBy(entry => entry.Binding!.Position ?? int.MaxValue)
            .ThenBy(entry => entry.Index)
            .Select(entry => (entry.Parameter, entry.Binding!))
            .ToList();

    public override string ToString() => Name;
}

/// <summary>A parameter as declared: a public property with [Parameter], -WhatIf/-Confirm from SupportsShouldProcess, or -IncludeTotalCount/-Skip/-First from SupportsPaging.</summary>
internal sealed record ParameterMetadata(
    string Name,
    string TypeName,
    bool IsSwitch,
    bool IsArray,
    IReadOnlyList<string> Aliases,
    bool SupportsWildcards,
    IReadOnlyList<string> ValidValues,
    IReadOnlyList<ParameterSetMembership> Sets,
    string? StandardDescription = null)
{
    public ParameterSetMembership? BindingIn(string setName) =>
        Sets.FirstOrDefault(set => set.SetName == setName) ?? Sets.FirstOrDefault(set => set.SetName == ParameterSetMembership.AllSets);

    /// <summary>Mandatory only when it is mandatory in every set it belongs to.</summary>
    public bool IsMandatory => Sets.Count > 0 && Sets.All(set => set.Mandatory);

    /// <summary>The one position it takes in all its sets, or null (named).</summary>
    public int? Position
    {
        get
        {
            var positions = Sets.Select(set => set.Position).Distinct().ToList();
            return positions.Count == 1 ? positions[0] : null;
        }
    }

    public bool FromPipeline => Sets.Any(set => set.FromPipeline);

    public bool FromPipelineByPropertyName => Sets.Any(set => set.FromPipelineByPropertyName);

    public override string ToString() => Name;
}

/// <summary>One [Parameter] attribute: how the parameter binds in one parameter set.</summary>
internal sealed record ParameterSetMembership(string SetName, bool Mandatory, int? Position, bool FromPipeline, bool FromPipelineByPropertyName)
{
    /// <summary>PowerShell's name for "every parameter set" (ParameterAttribute.AllParameterSets).</summary>
    public const string AllSets = "__AllParameterSets";
}
