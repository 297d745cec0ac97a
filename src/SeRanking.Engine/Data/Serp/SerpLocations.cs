using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SeRanking.Engine.Errors;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Operations.Downloads;
using SeRanking.Engine.Parsing;
using SeRanking.Engine.Transport;

namespace SeRanking.Engine.Data.Serp;

/// <summary>A place SERP tasks can be run for (GET /v1/serp/classic/locations; free): its id is New-SrSerpTask's -LocationId.</summary>
[TableView("Id", "LocationName", "CountryCode", "LocationType", "GoogleAdsLocationId")]
public sealed class SerpLocation : IJsonOnDeserialized
{
    [JsonPropertyName("id")]
    public long Id { get; set; }

    [JsonPropertyName("location_name")]
    public string? LocationName { get; set; }

    [JsonPropertyName("country_code")]
    public string? CountryCode { get; set; }

    /// <summary>City, Region, Country…</summary>
    [JsonPropertyName("location_type")]
    public string? LocationType { get; set; }

    /// <summary>Google's geo-target id (with -IncludeGoogleAdsId).</summary>
    [JsonPropertyName("google_ads_location_id")]
    public long? GoogleAdsLocationId { get; set; }

    /// <summary>The id again, under the name New-SrSerpTask binds by property.</summary>
    [JsonIgnore]
    public long LocationId => Id;

    [JsonExtensionData]
    public ExtraFields? AdditionalFields { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        if (Id == 0 && AdditionalFields?.TakeLong("location_id") is { } id)
        {
            Id = id;
        }

        LocationName ??= AdditionalFields?.TakeString("name");
        AdditionalFields = AdditionalFields?.NullIfEmpty();
    }
}

/// <summary>A search of the SERP locations: a country and part of a place name.</summary>
public sealed record SerpLocationQuery
{
    /// <summary>Two letters (ES, US, DE…).</summary>
    public string CountryCode { get; init; } = string.Empty;

    /// <summary>At least two characters of the place's name.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>Adds Google's geo-target id to each location.</summary>
    public bool IncludeGoogleAdsId { get; init; }

    internal void WriteTo(RequestWriter writer)
    {
        var country = Check.Required("CountryCode", CountryCode).ToUpperInvariant();
        if (country.Length != 2 || !country.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new InvalidInputException("CountryCode", $"-CountryCode '{CountryCode}' is not a two-letter country code such as US, ES or DE.");
        }

        var query = Check.Required("Query", Query);
        if (query.Length < 2)
        {
            throw new InvalidInputException("Query", $"-Query '{query}' is too short: give at least two letters of the place's name.");
        }

        writer.Target = query + " (" + country + ")";
        writer.Add("country_code", country).Add("q", query);
        writer.Add("include", IncludeGoogleAdsId ? "google_ads_location_id" : null);
    }
}

/// <summary>The classic SERP operations added for the long-running flows: locations and the raw HTML archive.</summary>
public static class SerpExtraOperations
{
    /// <summary>GET /v1/serp/classic/locations: places by country and name; free (assumed).</summary>
    public static Operation<SerpLocationQuery, SerpLocation> Locations { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/serp/classic/locations", "serp/classic/locations", SerpExtraJsonContext.Default.SerpLocation, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.InProperty("data"),
    };

    /// <summary>
    /// GET /v1/serp/classic/tasks/html?task_id=: the raw HTML of a finished task's result pages, a
    /// ZIP archive (a file, read with <see cref="SerpArchives.SaveHtmlAsync"/>); free.
    /// </summary>
    public static Operation<SerpTaskQuery, JsonRecord> Html { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/serp/classic/tasks/html", "serp/classic/tasks/html", SerpExtraJsonContext.Default.JsonRecord, (q, w) => q.WriteTo(w))
    {
        Rows = RowLocation.Document,
    };

    public static Operation[] AllOperations => [Locations, Html];
}

/// <summary>The locations this process has looked up: what -LocationId completes from.</summary>
public static class SerpLocationCache
{
    private const int Capacity = 2000;
    private static readonly object Gate = new();
    private static readonly Dictionary<long, SerpLocation> Seen = [];

    /// <summary>Every location read so far, by name.</summary>
    public static IReadOnlyList<SerpLocation> Known
    {
        get
        {
            lock (Gate)
            {
                return Seen.Values.OrderBy(l => l.LocationName, StringComparer.OrdinalIgnoreCase).ToList();
            }
        }
    }

    /// <summary>Remembers a location read from the API.</summary>
    public static void Remember(SerpLocation location)
    {
        if (location is null || location.Id <= 0)
        {
            return;
        }

        lock (Gate)
        {
            if (Seen.Count < Capacity || Seen.ContainsKey(location.Id))
            {
                Seen[location.Id] = location;
            }
        }
    }
}

/// <summary>The raw HTML archive of a finished SERP task.</summary>
public static class SerpArchives
{
    /// <summary>
    /// Writes a task's HTML archive to <paramref name="path"/> as it arrives. HTTP 409 (still
    /// processing) is a <see cref="JobNotDoneException"/>; 404 (results expire 24 hours after the
    /// task was created, or the id is unknown) a <see cref="JobEndedException"/> in state expired.
    /// </summary>
    public static async Task<DownloadedFile> SaveHtmlAsync(
        this ApiConnection connection, long taskId, string path, IApiTrace? trace = null, CancellationToken cancellationToken = default)
    {
        var query = new SerpTaskQuery { TaskId = taskId };
        var writer = SerpExtraOperations.Html.Prepare(query);
        var request = new ApiRequest(HttpMethod.Get, SerpExtraOperations.Html.Path) { Query = writer.QueryParameters, Target = writer.Target };
        var job = SerpTaskWaiter.Describe(taskId);
        try
        {
            return await connection.SaveAsync(request, path, decompress: true, trace, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiException conflict) when (conflict.StatusCode == 409)
        {
            throw new JobNotDoneException(job, "processing", "Wait-SrSerpTask -Id " + taskId.ToString(CultureInfo.InvariantCulture) + " | Save-SrSerpTaskHtml -OutFile <folder>");
        }
        catch (ApiException gone) when (gone.StatusCode == 404)
        {
            throw new JobEndedException(job, "expired", "The API keeps a task's results for 24 hours after it was created (or the id is not one of this key's tasks); create the task again.");
        }
    }
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SerpLocation))]
[JsonSerializable(typeof(JsonRecord))]
internal sealed partial class SerpExtraJsonContext : JsonSerializerContext
{
}
