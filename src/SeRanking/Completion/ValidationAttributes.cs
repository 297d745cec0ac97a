using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using SeRanking.Engine.Catalogues;

namespace SeRanking.Completion;

/// <summary>
/// Refuses a region code that is not in the catalogue while parameters are bound, so nothing is
/// sent; the message names the closest valid codes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateRegionAttribute : ValidateArgumentsAttribute
{
    /// <summary>Whether the aggregated 'worldwide' database is accepted.</summary>
    public bool AllowWorldwide { get; set; }

    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        foreach (var value in Values.Of(arguments))
        {
            if (!RegionCatalogue.TryGet(value, out var region) || (region.IsAggregate && !AllowWorldwide))
            {
                throw new ValidationMetadataException(RegionCatalogue.DescribeInvalid(value, AllowWorldwide));
            }
        }
    }
}

/// <summary>
/// Refuses a Serpstat database code that is not in the catalogue while parameters are bound, so
/// nothing is sent; the message names the closest codes (g_uk for g_gb, g_us for us).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateSerpstatDatabaseAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        foreach (var value in Values.Of(arguments))
        {
            if (!SerpstatDatabaseCatalogue.TryGet(value, out _))
            {
                throw new ValidationMetadataException(SerpstatDatabaseCatalogue.DescribeInvalid(value));
            }
        }
    }
}

/// <summary>Refuses a SERP feature code that is not in the catalogue, naming the closest valid ones.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateSerpFeatureAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        foreach (var value in Values.Of(arguments))
        {
            if (!SerpFeatureCatalogue.TryGet(value, out _))
            {
                throw new ValidationMetadataException(SerpFeatureCatalogue.DescribeInvalid(value));
            }
        }
    }
}

/// <summary>Refuses, while PowerShell binds the parameter, a value that is neither an intent code (I, N, T, C, L) nor its name.</summary>
public sealed class ValidateSearchIntentAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        foreach (var value in Values.Of(arguments))
        {
            if (SearchIntents.CodeOf(value) is null)
            {
                throw new ValidationMetadataException(
                    $"'{value}' is not a search intent. Use a code or its name: {string.Join(", ", SearchIntents.All.Select(i => $"{i.Code} ({i.Name})"))}.");
            }
        }
    }
}

internal static class Values
{
    /// <summary>One value or each value of an array, unwrapped from PSObject, as text.</summary>
    public static System.Collections.Generic.IEnumerable<string?> Of(object? arguments)
    {
        var unwrapped = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        if (unwrapped is IEnumerable many and not string)
        {
            foreach (var item in many)
            {
                yield return (item is PSObject inner ? inner.BaseObject : item)?.ToString();
            }
        }
        else
        {
            yield return unwrapped?.ToString();
        }
    }
}
