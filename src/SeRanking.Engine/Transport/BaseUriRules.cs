using System;

namespace SeRanking.Engine.Transport;

internal static class BaseUriRules
{
    /// <summary>
    /// SE Ranking paths are appended to the base (which must end in '/'); a base that already ends
    /// in the API version ("…/v1") would double it, so that suffix is dropped. Serpstat's base is
    /// the one endpoint every call is POSTed to, used exactly as given.
    /// </summary>
    internal static Uri Normalise(ApiKind api, Uri baseUri)
    {
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException(
                $"The {api.DisplayName()} URL '{baseUri}' is not an absolute http(s) URL. Give one such as {ConnectionOptions.DefaultBaseUri(api)}.",
                nameof(baseUri));
        }

        if (!string.IsNullOrEmpty(baseUri.Query) || !string.IsNullOrEmpty(baseUri.UserInfo))
        {
            throw new ArgumentException(
                $"The {api.DisplayName()} URL must not carry a query string or user name: keys are passed separately, never in the URL.",
                nameof(baseUri));
        }

        var profile = ApiProfile.Of(api);
        if (profile.BaseIsEndpoint)
        {
            return baseUri;
        }

        var text = baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (profile.VersionSegment is { } version && text.EndsWith("/" + version, StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - version.Length - 1);
        }

        return new Uri(text + "/");
    }

    /// <summary>
    /// The unified Project API shares the Data API's host, and its paths carry
    /// <c>v1/project-management/</c> themselves: a base given with that prefix, or with "/v1",
    /// is cut back to the host's root so neither is doubled.
    /// </summary>
    internal static Uri NormaliseUnified(Uri baseUri)
    {
        var root = Normalise(ApiKind.SeRankingData, baseUri);
        var text = root.AbsoluteUri.TrimEnd('/');
        const string Prefix = "/v1/project-management";
        if (text.EndsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - Prefix.Length);
        }

        return Normalise(ApiKind.SeRankingData, new Uri(text + "/"));
    }
}
