using System;
using System.Net;

namespace SeRanking.Engine.Transport;

/// <summary>
/// A caller's proxy with the connection's proxy credentials, leaving the caller's object as it was
/// (it may be shared with other code).
/// </summary>
internal sealed class CredentialedProxy(IWebProxy inner, ICredentials credentials) : IWebProxy
{
    public ICredentials? Credentials { get; set; } = credentials;

    public Uri? GetProxy(Uri destination) => inner.GetProxy(destination);

    public bool IsBypassed(Uri host) => inner.IsBypassed(host);
}
