using System;
using System.Management.Automation;
using System.Security;

namespace SeRanking.Infrastructure;

/// <summary>
/// Lets a key parameter take a SecureString (Get-Secret, Read-Host -AsSecureString), a plain
/// string (an Automation variable, a pasted key) or a PSCredential whose password is the key
/// (Get-AutomationPSCredential). The value never appears in the error this raises.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class SecretTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData) =>
        (inputData is PSObject wrapped ? wrapped.BaseObject : inputData) switch
        {
            null => null,
            SecureString secure => secure,
            PSCredential credential => credential.Password,
            string plain => ToSecureString(plain),
            var other => throw new ArgumentTransformationMetadataException(
                $"A key is given as a string, a SecureString (for example from Get-Secret) or a PSCredential whose password is the key, not as {other.GetType().Name}."),
        };

    private static SecureString ToSecureString(string plain)
    {
        var secure = new SecureString();
        foreach (var character in plain)
        {
            secure.AppendChar(character);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
