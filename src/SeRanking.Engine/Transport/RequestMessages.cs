using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using SeRanking.Engine.Keys;

namespace SeRanking.Engine.Transport;

/// <summary>
/// Builds the HTTP message of a request: the URL (base, path, query) and the key where the API's
/// profile puts it. The only place a key enters a message, so the only place to audit for it.
/// </summary>
internal static class RequestMessages
{
    /// <param name="request">What to send.</param>
    /// <param name="baseUri">Where.</param>
    /// <param name="key">With which key.</param>
    /// <param name="sent">Told when the body has been written to the connection (requests with a body).</param>
    internal static HttpRequestMessage Build(ApiRequest request, Uri baseUri, ApiKey key, Action? sent = null)
    {
        var profile = ApiProfile.Of(key.Api);

        // A URL the API handed out (an export's download link) may point at another host, such
        // as a file store: the key goes only to the API's own scheme, host and port, never to a
        // host the user did not connect to.
        var sendKey = request.AbsoluteUrl is not { } absolute || SameOrigin(absolute, baseUri);
        var uri = new StringBuilder(request.AbsoluteUrl?.AbsoluteUri ?? baseUri.AbsoluteUri + request.Path);
        var separator = uri.ToString().IndexOf('?') >= 0 ? '&' : '?';
        foreach (var pair in request.Query)
        {
            uri.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            separator = '&';
        }

        if (sendKey && profile.KeyPlacement == KeyPlacement.QueryToken)
        {
            // Serpstat takes its token only as a query parameter; it never leaves this method in text.
            uri.Append(separator).Append("token=").Append(Uri.EscapeDataString(key.Reveal()));
        }

        var message = new HttpRequestMessage(request.Method, new Uri(uri.ToString()));
        if (sendKey && profile.KeyPlacement == KeyPlacement.AuthorizationToken)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Token", key.Reveal());
        }

        if (request.JsonBody is { } body)
        {
            message.Content = sent is null ? new ByteArrayContent(body) : new SentTellingContent(body, sent);
            // Parsed, not constructed: a multipart type carries its boundary as a parameter.
            message.Content.Headers.ContentType = request.BodyContentType is { } type
                ? MediaTypeHeaderValue.Parse(type)
                : new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return message;
    }

    /// <summary>Same scheme, host and port: where the key may go.</summary>
    internal static bool SameOrigin(Uri url, Uri baseUri) =>
        string.Equals(url.Scheme, baseUri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(url.IdnHost, baseUri.IdnHost, StringComparison.OrdinalIgnoreCase)
        && url.Port == baseUri.Port;
}

/// <summary>A body that says when it has been written and flushed to the connection: the moment the request left.</summary>
internal sealed class SentTellingContent(byte[] body, Action sent) : HttpContent
{
    protected override async System.Threading.Tasks.Task SerializeToStreamAsync(System.IO.Stream stream, System.Net.TransportContext? context)
    {
        await stream.WriteAsync(body, 0, body.Length).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
        sent();
    }

    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
