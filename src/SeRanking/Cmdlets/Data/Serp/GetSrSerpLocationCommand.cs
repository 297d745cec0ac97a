using System.Management.Automation;
using SeRanking.Engine;
using SeRanking.Engine.Data.Serp;
using SeRanking.Engine.Operations;
using SeRanking.Infrastructure;

namespace SeRanking.Cmdlets.Data.Serp;

/// <summary>Finds the locations SERP tasks can be run for, by country and place name (free); New-SrSerpTask -LocationId completes from what it found.</summary>
[Cmdlet(VerbsCommon.Get, "SrSerpLocation")]
[OutputType(OutputTypeNames.SerpLocation)]
public sealed class GetSrSerpLocationCommand : SrCmdlet
{
    /// <summary>The country, two letters (US, ES, DE…).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("country_code", "Country")]
    [ValidatePattern("^[A-Za-z]{2}$")]
    public string CountryCode { get; set; } = string.Empty;

    /// <summary>At least two letters of the place's name.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("q", "Name")]
    [ValidateLength(2, 255)]
    public string Query { get; set; } = string.Empty;

    /// <summary>Adds Google's geo-target id (GoogleAdsLocationId) to each location.</summary>
    [Parameter]
    public SwitchParameter IncludeGoogleAdsId { get; set; }

    protected override void OnBegin() => Preflight.RequireConnectionUnlessWhatIf(this, ApiKind.SeRankingData);

    protected override void OnProcess()
    {
        var query = new SerpLocationQuery { CountryCode = CountryCode, Query = Query, IncludeGoogleAdsId = IncludeGoogleAdsId.IsPresent };
        this.StreamRows(SerpExtraOperations.Locations, query, RowWindow.Everything, Query + " (" + CountryCode.ToUpperInvariant() + ")", location =>
        {
            // Remembered for the completion of New-SrSerpTask -LocationId.
            SerpLocationCache.Remember(location);
            return true;
        });
    }
}
