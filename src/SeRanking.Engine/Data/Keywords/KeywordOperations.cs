using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization;
using SeRanking.Engine.Models;
using SeRanking.Engine.Operations;
using SeRanking.Engine.Parsing;

namespace SeRanking.Engine.Data.Keywords;

/// <summary>
/// The five keyword-research paths of the Data API (§5) as operations: the metrics of known
/// keywords in batches of up to 5,000 (POST keywords/export, multipart form data as the Postman
/// collection documents), and the four idea lists, paged by offset and limit with a total.
/// </summary>
public static class KeywordOperations
{
    /// <summary>Keywords one keywords/export call takes (PM; the seed's error text says 10,000, the n8n node stops at 700).</summary>
    public const int MaxKeywordsPerCall = 5000;

    /// <summary>The longest monthly history keywords/export answers.</summary>
    public const int MaxHistoryMonths = 12;

    /// <summary>The most ideas one request may ask for (undocumented; the official n8n node's bound).</summary>
    public const int MaxIdeasPerPage = 1000;

    /// <summary>POST /v1/keywords/export: metrics of up to 5,000 keywords; 100 credits per call.</summary>
    public static Operation<KeywordMetricsQuery, KeywordMetrics> Metrics { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Post, "v1/keywords/export", "keywords/export", KeywordsJsonContext.Default.KeywordMetrics, (q, w) => q.WriteTo(w))
    {
        Encoding = ParameterEncoding.MultipartFormBody,
        Rows = RowLocation.InProperty("keywords", "data"),
        BatchSize = MaxKeywordsPerCall,
        UnitsOf = q => q.Keywords.Count,
        TargetOf = r => r.Keyword,
        CheckBatchItem = keyword => KeywordRules.Validate(keyword),
        RowWhenAbsent = KeywordMetrics.NoData,
        Stamp = (q, r, _) => r.Source = Check.Source("Source", q.Source),
    };

    /// <summary>GET /v1/keywords/similar: close variants of a seed; 10 credits per keyword.</summary>
    public static Operation<KeywordIdeaQuery, KeywordIdea> Similar { get; } = Ideas("similar", "Similar", takesHistory: true);

    /// <summary>GET /v1/keywords/related: topically related keywords with a relevance score; 10 credits per keyword.</summary>
    public static Operation<KeywordIdeaQuery, KeywordIdea> Related { get; } = Ideas("related", "Related", takesHistory: true);

    /// <summary>GET /v1/keywords/questions: question forms of a seed; 10 credits per keyword.</summary>
    public static Operation<KeywordIdeaQuery, KeywordIdea> Questions { get; } = Ideas("questions", "Question", takesHistory: true);

    /// <summary>GET /v1/keywords/longtail: long-tail phrases of a seed, without figures; 10 credits per keyword.</summary>
    public static Operation<KeywordIdeaQuery, KeywordIdea> Longtail { get; } = new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/keywords/longtail", "keywords/longtail", LongtailJsonContext.Default.KeywordIdea, (q, w) => q.WriteTo(w, takesHistory: false))
    {
        Paging = Paging.OffsetAndLimit(100, MaxIdeasPerPage),
        Rows = RowLocation.InProperty("keywords"),
        Stamp = Stamp("Longtail"),
    };

    /// <summary>Every operation of this family, for tests, documentation and Invoke-SrDataApi.</summary>
    public static Operation[] AllOperations => [Metrics, Similar, Related, Questions, Longtail];

    /// <summary>The idea list of <paramref name="type"/>: Similar, Related, Question or Longtail (any case).</summary>
    /// <exception cref="ArgumentException">Another type.</exception>
    public static Operation<KeywordIdeaQuery, KeywordIdea> IdeasOf(string type) => type?.Trim().ToUpperInvariant() switch
    {
        "SIMILAR" => Similar,
        "RELATED" => Related,
        "QUESTION" or "QUESTIONS" => Questions,
        "LONGTAIL" => Longtail,
        _ => throw new Errors.InvalidInputException("Type", $"-Type '{type}' is not allowed; use one of: Similar, Related, Question, Longtail."),
    };

    private static Operation<KeywordIdeaQuery, KeywordIdea> Ideas(string command, string type, bool takesHistory) => new(
        ApiKind.SeRankingData, HttpMethod.Get, "v1/keywords/" + command, "keywords/" + command, KeywordsJsonContext.Default.KeywordIdea, (q, w) => q.WriteTo(w, takesHistory))
    {
        Paging = Paging.OffsetAndLimit(100, MaxIdeasPerPage),
        Rows = RowLocation.InProperty("keywords"),
        Stamp = Stamp(type),
    };

    private static Action<KeywordIdeaQuery, KeywordIdea, string?> Stamp(string type) =>
        (q, r, _) => (r.Seed, r.Type, r.Source) = (q.KeywordSent, type, Check.Source("Source", q.Source));
}

[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowReadingFromString, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(KeywordMetrics))]
[JsonSerializable(typeof(KeywordIdea))]
[JsonSerializable(typeof(ExtraFields))]
internal sealed partial class KeywordsJsonContext : JsonSerializerContext
{
}

/// <summary>
/// keywords/longtail answers phrases as plain strings (<c>"keywords": ["2 person tent", ...]</c>):
/// each becomes an idea with only its keyword. Should the API one day send objects, they are
/// read as the other idea lists' rows.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(PlainKeywordConverter)])]
[JsonSerializable(typeof(KeywordIdea))]
internal sealed partial class LongtailJsonContext : JsonSerializerContext
{
}

internal sealed class PlainKeywordConverter : JsonConverter<KeywordIdea>
{
    public override KeywordIdea? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new KeywordIdea { Keyword = reader.GetString() ?? string.Empty },
        JsonTokenType.Null => null,
        _ => JsonSerializer.Deserialize(ref reader, KeywordsJsonContext.Default.KeywordIdea),
    };

    public override void Write(Utf8JsonWriter writer, KeywordIdea value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value?.Keyword);
}
