using System.Linq;
using System.Text.Json;

namespace SeRanking.Emulator;

/// <summary>
/// Serpstat API v4 at <c>/serpstat/v4</c>: one URL, JSON-RPC style bodies. Token problems and
/// the rate limit are HTTP errors (403, 429); the methods (Routes/SerpstatRoutes) answer most
/// errors with HTTP 200 and an <c>error</c> member, as Serpstat documents, and a few with the
/// HTTP statuses of §3.
/// </summary>
internal sealed class SerpstatEndpoints(EmulatorAccounts accounts, RateLimits rateLimits) : IApiEndpoints
{
    private const int InvalidTokenCode = 32001;
    private const int ParseErrorCode = -32700;
    private const int InvalidRequestCode = -32600;
    private const int MethodNotFoundCode = -32601;
    private const int InvalidParamsCode = -32602;

    // Every method described as data (Routes/); phase B's families are added to this table.
    private static readonly Routes.SerpstatMethodTable Methods = new(Routes.SerpstatRoutes.All()
        .Concat(Routes.SerpstatBacklinkRoutes.All())
        .Concat(Routes.SerpstatAccountRoutes.All())
        .Concat(Routes.SerpstatRankTrackerRoutes.All())
        .Concat(Routes.SerpstatTaskRoutes.All())
        .Concat(Routes.SerpstatAuditRoutes.All())
        .Concat(Routes.SerpstatPageAuditRoutes.All()));

    /// <summary>
    /// The JSON-RPC method of a body, used as the request's path in the log and for fault
    /// matching, since every Serpstat call goes to the same URL. Empty when there is none.
    /// </summary>
    public static string MethodOf(string? body) => Envelope.Read(body) is { Method: { } method } ? method : string.Empty;

    public ApiResponse Handle(ApiCall call)
    {
        if (call.Method != "POST")
        {
            return ErrorBodies.SerpstatHttp(405, "Method Not Allowed");
        }

        var envelope = Envelope.Read(call.Body);
        var id = envelope?.Id;
        var token = call.QueryValue("token");
        if (string.IsNullOrEmpty(token) || accounts.FindSerpstat(token) is not { } account)
        {
            var message = accounts.KindOf(token) is { } other ? ErrorBodies.WrongKind(other, EmulatedApi.Serpstat) : "Invalid token";
            return ErrorBodies.Serpstat(403, id, InvalidTokenCode, message);
        }

        if (!call.DryRun && !rateLimits.TryAdmit(EmulatedApi.Serpstat, token, call))
        {
            return ErrorBodies.SerpstatRateLimited();
        }

        if (envelope is null)
        {
            return ErrorBodies.Serpstat(200, null, ParseErrorCode, "Parse error");
        }

        if (envelope.Method is null)
        {
            return ErrorBodies.Serpstat(200, id, InvalidRequestCode, "Invalid Request");
        }

        if (envelope.Params is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null) })
        {
            return ErrorBodies.Serpstat(200, id, InvalidParamsCode, "Invalid params: params must be an object");
        }

        var request = new Routes.SerpstatRequest(id, envelope.Method, envelope.Params ?? default) { Account = account, DryRun = call.DryRun };
        return Methods.TryHandle(request, call.DryRun) ?? ErrorBodies.Serpstat(200, id, MethodNotFoundCode, "Method not found");
    }

    /// <summary>The parts of a request body the emulator needs; null when the body is not a JSON object.</summary>
    private sealed record Envelope(string? Id, string? Method, JsonElement? Params)
    {
        public static Envelope? Read(string? body)
        {
            try
            {
                using var document = JsonDocument.Parse(body ?? string.Empty);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                // Serpstat echoes a numeric id as a string ("id": 7 comes back as "7").
                string? id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                } : null;
                string? method = root.TryGetProperty("method", out var methodElement) && methodElement.ValueKind == JsonValueKind.String
                    ? methodElement.GetString()
                    : null;
                JsonElement? parameters = root.TryGetProperty("params", out var paramsElement) ? paramsElement.Clone() : null;
                return new Envelope(id, method, parameters);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
