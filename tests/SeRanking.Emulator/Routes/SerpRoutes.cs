using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// GET v1/serp/classic/locations (§7): places of a country whose name contains <c>q</c>, under
/// <c>data</c>; free. Three seeded places per search (none for a name starting with zz).
/// </summary>
internal static class SerpRoutes
{
    private static readonly string[] Kinds = ["City", "Region", "Neighborhood"];

    public static IEnumerable<DataRoute> All()
    {
        yield return new DataRoute
        {
            Path = "v1/serp/classic/locations",
            Required = ["country_code", "q"],
            Validate = request =>
                request.Value("country_code") is not { Length: 2 } country || !country.All(char.IsAsciiLetter) ? "Parameter country_code is invalid."
                : request.Value("q") is not { Length: >= 2 } ? "Parameter q must be at least 2 characters."
                : request.Value("include") is null or "google_ads_location_id" ? null
                : "Parameter include is invalid.",
            Count = request => request.Value("q")!.StartsWith("zz", System.StringComparison.OrdinalIgnoreCase) ? 0 : Kinds.Length,
            WriteRow = (json, request, i) =>
            {
                var country = request.Value("country_code")!.ToUpperInvariant();
                var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(request.Value("q")!.ToLowerInvariant());
                var seeded = request.Seed("location", i);
                json.WriteStartObject();
                json.WriteNumber("id", 20000 + seeded.Between(0, 9999));
                json.WriteString("location_name", $"{name}{(i == 0 ? string.Empty : " " + Kinds[(int)i])},{country}");
                json.WriteString("country_code", country);
                json.WriteString("location_type", Kinds[(int)i]);
                if (request.Value("include") == "google_ads_location_id")
                {
                    json.WriteNumber("google_ads_location_id", 1_000_000 + seeded.Between(0, 99_999));
                }

                json.WriteEndObject();
            },
            RowsProperty = "data",
        };
    }
}
