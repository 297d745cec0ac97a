using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Catalogues;
using SeRanking.Engine.Serpstat.Limits;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Clients;

/// <summary>
/// Serpstat API v4 calls: every call is a JSON-RPC style POST to one URL, and errors come
/// back either as HTTP errors or inside an HTTP 200 answer; both end as an <see cref="ApiException"/>.
/// </summary>
public sealed class SerpstatClient(ApiConnection connection) : ClientBase(connection, ApiKind.Serpstat)
{
    private static long _nextId;

    /// <summary>
    /// Calls any Serpstat method by name and returns its "result" member as JSON: the way to reach
    /// methods this module has no typed call for yet. Errors are mapped like every other call.
    /// </summary>
    public async Task<JsonElement> InvokeAsync(string method, JsonElement? parameters = null, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(method) || method.IndexOf('.') <= 0)
        {
            throw new InvalidInputException("Method", $"'{method}' is not a Serpstat method name; they look like SerpstatDomainProcedure.getDomainsInfo.");
        }

        var (_, result) = await CallAsync(method.Trim(), EngineJsonContext.Default.SerpstatEnvelopeNullableJsonElement, trace, cancellationToken, parameters).ConfigureAwait(false);
        return result!.Value;
    }

    /// <summary>
    /// What a call cost by the catalogue's rule for its method (rows of <c>result.data</c> for the
    /// methods billed per row); null when the catalogue does not know the method, rather than a
    /// misleading 0.
    /// </summary>
    private static long? CreditsOf<TResult>(string method, TResult result)
    {
        if (CreditCatalogue.Find(ApiKind.Serpstat, "POST", method) is not { } cost)
        {
            return null;
        }

        var rows = result is JsonElement { ValueKind: JsonValueKind.Object } element
            && element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array ? data.GetArrayLength() : 1;
        var units = cost.BilledPerResult ? rows : cost.PerRecord > 0 ? 1 : 0;
        return System.Math.Max(cost.PerRequest + (units * cost.PerRecord), cost.MinimumPerCall);
    }

    private async Task<(ApiRequest Request, TResult Result)> CallAsync<TResult>(
        string method, JsonTypeInfo<SerpstatEnvelope<TResult>> typeInfo, IApiTrace? trace, CancellationToken cancellationToken, JsonElement? parameters = null)
    {
        var body = new SerpstatRequestBody
        {
            Id = Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture),
            Method = method,
            Params = parameters,
        };
        var request = new ApiRequest(HttpMethod.Post, string.Empty)
        {
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, EngineJsonContext.Default.SerpstatRequestBody),
            EndpointLabel = "POST " + method,
        };
        var call = await Connection.SendRawAsync(request, trace, cancellationToken).ConfigureAwait(false);
        var envelope = Connection.Parse(request, call, typeInfo);
        if (envelope.Error is { ValueKind: JsonValueKind.Object or JsonValueKind.String } error)
        {
            var (message, code) = ErrorBody.FromErrorMember(error);
            Connection.ReportCompleted(request, call, trace, credits: null);
            throw Connection.FromApplicationError(request, call, message, code);
        }

        Connection.ReportCompleted(request, call, trace, CreditsOf(method, envelope.Result));
        return envelope.Result is { } result
            ? (request, result)
            : throw Connection.Malformed(request, call, "the answer has neither 'result' nor 'error'");
    }
}
