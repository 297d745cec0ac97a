using System;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Clients;

/// <summary>Shared by the three typed clients: a connection of the right kind.</summary>
public abstract class ClientBase
{
    private protected ClientBase(ApiConnection connection, ApiKind expected)
    {
        if (connection is null)
        {
            throw new ArgumentNullException(nameof(connection));
        }

        if (connection.Api != expected)
        {
            throw new ArgumentException(
                $"A {expected.DisplayName()} client needs a {expected.DisplayName()} connection; this one is for the {connection.Api.DisplayName()} ({connection.Key}).",
                nameof(connection));
        }

        Connection = connection;
    }

    public ApiConnection Connection { get; }
}
