using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

[Collection(ModuleSurface.Name)]
public class ParameterTests(ModuleMetadata module)
{
    private const string CountryRegionCompleter = "SeRanking.Completion.CountryRegionCompleter";
    private const string RegionCompleter = "SeRanking.Completion.RegionCompleter";
    private const string SerpFeatureCompleter = "SeRanking.Completion.SerpFeatureCompleter";
    private const string ValidateRegion = "SeRanking.Completion.ValidateRegionAttribute";
    private const string ValidateSerpFeature = "SeRanking.Completion.ValidateSerpFeatureAttribute";

    [Fact]
    public void Get_SrBacklinkSummary_takes_targets_from_the_pipeline_by_value_or_as_Domain_Url_or_Host()
    {
        var target = module.Cmdlet("Get-SrBacklinkSummary").Parameter("Target");

        Assert.True(Flag(target, "Mandatory"));
        Assert.True(Flag(target, "ValueFromPipeline"));
        Assert.True(Flag(target, "ValueFromPipelineByPropertyName"));
        Assert.Equal(["Domain", "Host", "Url"], Aliases(target).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Get_SrDomainOverview_takes_domains_from_the_pipeline_and_completes_and_checks_the_source_database()
    {
        var cmdlet = module.Cmdlet("Get-SrDomainOverview");
        var domain = cmdlet.Parameter("Domain");
        var source = cmdlet.Parameter("Source");

        Assert.True(Flag(domain, "ValueFromPipeline"));
        Assert.True(Flag(domain, "ValueFromPipelineByPropertyName"));
        Assert.Equal([CountryRegionCompleter], Completers(source));
        Assert.True(ModuleMetadata.Has(source, ValidateRegion), "-Source has no [ValidateRegion].");
    }

    [Fact]
    public void New_SrSerpTask_takes_queries_from_the_pipeline_by_value_or_by_property()
    {
        var query = module.Cmdlet("New-SrSerpTask").Parameter("Query");

        Assert.True(Flag(query, "ValueFromPipeline"));
        Assert.True(Flag(query, "ValueFromPipelineByPropertyName"));
    }

    [Theory]
    [InlineData("New-SrSerpTask", "Wait-SrSerpTask", "Id")]
    [InlineData("Wait-SrSerpTask", "Get-SrSerpTaskResult", "TaskId")]
    [InlineData("New-SrSerpTask", "Get-SrSerpTaskResult", "TaskId")]
    [InlineData("New-SrSerpTask", "Get-SrSerpTask", "Id")]
    [InlineData("Get-SrSerpTask", "Wait-SrSerpTask", "Id")]
    [InlineData("Get-SrSerpTask", "Get-SrSerpTaskResult", "TaskId")]
    public void The_output_of_one_SERP_task_cmdlet_binds_to_the_task_id_of_the_next(string producer, string consumer, string parameterName)
    {
        var parameter = module.Cmdlet(consumer).Parameter(parameterName);
        var names = Aliases(parameter).Append(parameter.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var element = parameter.PropertyType.IsArray ? parameter.PropertyType.GetElementType()! : parameter.PropertyType;

        Assert.True(Flag(parameter, "ValueFromPipelineByPropertyName"), $"{consumer} -{parameterName} does not bind by property name.");
        var outputTypes = OutputTypes(module.Cmdlet(producer)).ToList();
        Assert.NotEmpty(outputTypes);
        foreach (var output in outputTypes)
        {
            var bound = output.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => names.Contains(property.Name)).ToList();
            Assert.True(bound.Count > 0, $"No property of {output.FullName} ({producer}) is named {string.Join(" or ", names)} ({consumer} -{parameterName}).");
            Assert.All(bound, property => Assert.Equal(element.FullName, property.PropertyType.FullName));
        }
    }

    [Fact]
    public void Get_SrRegion_completes_region_codes()
    {
        Assert.Equal([RegionCompleter], Completers(module.Cmdlet("Get-SrRegion").Parameter("Code")));
    }

    [Fact]
    public void Get_SrSerpFeature_completes_and_checks_feature_codes()
    {
        var code = module.Cmdlet("Get-SrSerpFeature").Parameter("Code");

        Assert.Equal([SerpFeatureCompleter], Completers(code));
        Assert.True(ModuleMetadata.Has(code, ValidateSerpFeature), "-Code has no [ValidateSerpFeature].");
    }

    [Fact]
    public void Every_argument_completer_is_a_public_IArgumentCompleter_PowerShell_can_create()
    {
        var completers = module.Cmdlets
            .SelectMany(cmdlet => cmdlet.Parameters)
            .SelectMany(parameter => ModuleMetadata.AttributesOf(parameter, ModuleMetadata.ArgumentCompleterAttribute))
            .SelectMany(ModuleMetadata.AllValues)
            .OfType<Type>()
            .Distinct()
            .ToList();

        Assert.True(completers.Count >= 3, $"Only {completers.Count} completer types were found.");
        var problems = new List<string>();
        foreach (var completer in completers)
        {
            if (!completer.GetInterfaces().Any(i => i.FullName == ModuleMetadata.Sma + "IArgumentCompleter"))
            {
                problems.Add($"{completer.FullName} does not implement IArgumentCompleter.");
            }

            if (!completer.IsPublic || completer.IsAbstract || completer.GetConstructor(Type.EmptyTypes) is not { IsPublic: true })
            {
                problems.Add($"{completer.FullName} is not a public class with a public parameterless constructor.");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void No_two_parameters_of_a_parameter_set_share_a_position()
    {
        var problems = new List<string>();
        foreach (var cmdlet in module.Cmdlets)
        {
            var declared = Declarations(cmdlet).ToList();
            var sets = declared.Select(d => d.Set).Where(set => set != AllSets).Distinct().DefaultIfEmpty(AllSets);
            foreach (var set in sets)
            {
                problems.AddRange(declared
                    .Where(d => d.Position >= 0 && (d.Set == set || d.Set == AllSets))
                    .GroupBy(d => d.Position)
                    .Where(group => group.Select(d => d.Parameter).Distinct().Count() > 1)
                    .Select(group => $"{cmdlet.Name} ({set}): {string.Join(", ", group.Select(d => "-" + d.Parameter))} all take position {group.Key}."));
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_default_parameter_set_of_every_cmdlet_is_one_of_its_sets()
    {
        var problems = module.Cmdlets
            .Select(cmdlet => (cmdlet, Default: ModuleMetadata.Named<string>(cmdlet.Attribute, "DefaultParameterSetName")))
            .Where(pair => pair.Default is not null && !Declarations(pair.cmdlet).Any(d => d.Set == pair.Default))
            .Select(pair => $"{pair.cmdlet.Name}: DefaultParameterSetName '{pair.Default}' names no parameter set.");

        Assert.Empty(problems);
    }

    private const string AllSets = "__AllParameterSets";

    private static IEnumerable<(string Parameter, string Set, int Position)> Declarations(CmdletType cmdlet) =>
        cmdlet.Parameters.SelectMany(parameter => ModuleMetadata.AttributesOf(parameter, ModuleMetadata.ParameterAttribute).Select(attribute => (
            parameter.Name,
            ModuleMetadata.Named<string>(attribute, "ParameterSetName") ?? AllSets,
            attribute.NamedArguments.Any(named => named.MemberName == "Position") ? ModuleMetadata.Named<int>(attribute, "Position") : -1)));

    /// <summary>True when any [Parameter] of the property sets the flag.</summary>
    private static bool Flag(PropertyInfo parameter, string name) =>
        ModuleMetadata.AttributesOf(parameter, ModuleMetadata.ParameterAttribute).Any(attribute => ModuleMetadata.Named<bool>(attribute, name));

    private static IEnumerable<string> Aliases(PropertyInfo parameter) =>
        ModuleMetadata.AttributesOf(parameter, ModuleMetadata.AliasAttribute).SelectMany(ModuleMetadata.AllValues).OfType<string>();

    private static IEnumerable<string?> Completers(PropertyInfo parameter) =>
        ModuleMetadata.AttributesOf(parameter, ModuleMetadata.ArgumentCompleterAttribute).SelectMany(ModuleMetadata.AllValues).OfType<Type>().Select(type => type.FullName);

    private IEnumerable<Type> OutputTypes(CmdletType cmdlet) =>
        ModuleMetadata.AttributesOf(cmdlet.Type, ModuleMetadata.OutputTypeAttribute)
            .SelectMany(attribute => attribute.ConstructorArguments)
            .SelectMany(ModuleMetadata.Values)
            .Select(value => value as Type ?? (value is string name ? module.PublicModuleType(name) : null))
            .OfType<Type>();
}
