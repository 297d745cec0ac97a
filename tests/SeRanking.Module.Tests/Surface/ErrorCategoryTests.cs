using System.Linq;
using System.Reflection;
using SeRanking.Infrastructure;
using SeRanking.Module.Tests.Support;

namespace SeRanking.Module.Tests.Surface;

/// <summary>SrCmdlet parses ErrorIdentity.Category into ErrorCategory: every name must exist in Windows PowerShell 5.1 too.</summary>
[Collection(ModuleSurface.Name)]
public class ErrorCategoryTests(ModuleMetadata module)
{
    [Fact]
    public void Every_error_category_the_module_uses_is_a_member_of_ErrorCategory()
    {
        var categories = module.PowerShellType(ModuleMetadata.Sma + "ErrorCategory")
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.Name)
            .ToHashSet(System.StringComparer.Ordinal);
        var used = MappedFailures.All().Select(error => (Error: error.GetType().Name, ErrorIdentity.Of(error).Category)).ToList();

        Assert.Contains("AuthenticationError", categories);
        Assert.DoesNotContain("NoSuchCategory", categories);
        Assert.Empty(used.Where(use => !categories.Contains(use.Category)).Select(use => $"{use.Error}: {use.Category}"));
    }
}
