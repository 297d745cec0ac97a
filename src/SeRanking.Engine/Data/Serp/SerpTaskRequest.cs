using System;
using System.Collections.Generic;
using System.Globalization;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Operations;

namespace SeRanking.Engine.Data.Serp;

/// <summary>What to create classic SERP tasks for; checked locally, since creating tasks costs credits.</summary>
public sealed record SerpTaskRequest
{
    public const int MaxQueriesPerRequest = 1000;
    public const int MaxQueryLength = 255;
    public const int MaxTagLength = 255;

    public IReadOnlyList<string> Queries { get; init; } = Array.Empty<string>();

    /// <summary>Google location id (from the SERP locations list), e.g. 2840 for the United States.</summary>
    public long LocationId { get; init; }

    /// <summary>Two-letter language code, e.g. en.</summary>
    public string LanguageCode { get; init; } = string.Empty;

    /// <summary>desktop (default) or mobile.</summary>
    public string? Device { get; init; }

    /// <summary>Free text echoed back with the task, for finding it later.</summary>
    public string? Tag { get; init; }

    /// <summary>Called by the API when a task is done.</summary>
    public Uri? PingbackUrl { get; init; }

    /// <summary>Returns the trimmed queries, or throws an <see cref="ArgumentException"/> naming the bad value and the fix.</summary>
    public IReadOnlyList<string> Validate()
    {
        if (Queries is null || Queries.Count == 0)
        {
            throw new InvalidInputException("Query", "No query was given. Give at least one search query.");
        }

        var trimmed = new List<string>(Queries.Count);
        foreach (var query in Queries)
        {
            var text = query?.Trim() ?? string.Empty;
            if (text.Length == 0)
            {
                throw new InvalidInputException("Query", "A query is empty. Remove empty lines from the input.");
            }

            if (text.Length > MaxQueryLength)
            {
                throw new InvalidInputException("Query", $"The query '{text.Substring(0, 40)}…' is {text.Length.ToString(CultureInfo.InvariantCulture)} characters long; the API takes at most {MaxQueryLength}.");
            }

            trimmed.Add(text);
        }

        if (LocationId <= 0)
        {
            throw new InvalidInputException("LocationId", $"LocationId must be a positive Google location id (e.g. 2840 for the United States); got {LocationId.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (!IsLanguageCode(LanguageCode))
        {
            throw new InvalidInputException("LanguageCode", $"LanguageCode '{LanguageCode}' is not a two-letter language code such as en, de or fr.");
        }

        if (Device is not null && Device is not ("desktop" or "mobile"))
        {
            throw new InvalidInputException("Device", $"Device '{Device}' is not supported; use desktop or mobile.");
        }

        if (Tag is { Length: > MaxTagLength })
        {
            throw new InvalidInputException("Tag", $"Tag is {Tag.Length.ToString(CultureInfo.InvariantCulture)} characters long; the API takes at most {MaxTagLength}.");
        }

        if (PingbackUrl is { } pingback && (!pingback.IsAbsoluteUri || (pingback.Scheme != Uri.UriSchemeHttps && pingback.Scheme != Uri.UriSchemeHttp)))
        {
            throw new InvalidInputException("PingbackUrl", $"PingbackUrl '{pingback}' must be an absolute http(s) URL the API can call.");
        }

        return trimmed;
    }

    /// <summary>Writes the body of POST /v1/serp/classic/tasks.</summary>
    internal void WriteTo(RequestWriter writer)
    {
        var queries = Validate();
        writer.Target = queries.Count == 1 ? queries[0] : $"{queries.Count.ToString(CultureInfo.InvariantCulture)} queries";
        writer.Add("search_engine", "google")
            .Add("device", Device)
            .Add("language_code", LanguageCode.Trim().ToLowerInvariant())
            .Add("location_id", (long?)LocationId)
            .AddList("query", Check.MaxCount("Query", queries, MaxQueriesPerRequest, "query"))
            .Add("tag", Tag)
            .Add("pingback_url", PingbackUrl?.AbsoluteUri);
    }

    private static bool IsLanguageCode(string? code)
    {
        var text = code?.Trim() ?? string.Empty;
        return text.Length == 2 && char.IsLetter(text[0]) && char.IsLetter(text[1]) && text[0] < 128 && text[1] < 128;
    }
}
