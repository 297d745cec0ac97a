using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Session;

namespace SeRanking.Infrastructure;

/// <summary>Checks a cmdlet makes before it reads its first input.</summary>
internal static class Preflight
{
    /// <summary>
    /// Fails at once when the API is not connected, so a long pipeline is not read in vain; under
    /// -WhatIf nothing is sent, so a forecast needs no connection.
    /// </summary>
    public static void RequireConnectionUnlessWhatIf(PSCmdlet cmdlet, ApiKind api)
    {
        if (!IsWhatIf(cmdlet))
        {
            _ = ModuleSession.Require(api);
        }
    }

    public static bool IsWhatIf(PSCmdlet cmdlet)
    {
        // -WhatIf given to this command wins over $WhatIfPreference, as in ShouldProcess itself.
        var whatIf = cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out var bound) ? bound : cmdlet.GetVariableValue("WhatIfPreference");
        return whatIf is SwitchParameter switchValue ? switchValue.IsPresent : LanguagePrimitives.IsTrue(whatIf);
    }
}
