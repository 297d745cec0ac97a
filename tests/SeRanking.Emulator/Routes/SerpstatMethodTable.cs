using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace SeRanking.Emulator.Routes;

/// <summary>
/// Serpstat's methods served from <see cref="SerpstatMethod"/> descriptions, with one handler for
/// what they share (§2–§4 of the reference): required parameters, the <c>se</c> code, paging and
/// its 60,000-row ceiling, "no data" (error 32017, billed 1 line), lines charged after every check
/// and left_lines in every answer, and the errors of §3 on demand: a domain, keyword or URL that
/// contains <c>error-NNNNN</c> gets application error NNNNN, <c>error-NNN</c> HTTP status NNN.
/// </summary>
internal sealed partial class SerpstatMethodTable(IEnumerable<SerpstatMethod> methods)
{
    private const long Ceiling = 60_000;
    private const int NoDataCode = 32017;
    private const int CreditsExhaustedCode = 32012;
    private const int WrongDatabaseCode = 32018;
    private const int DomainTooLargeCode = 32016;
    private const int InvalidParamsCode = -32602;

    private static readonly Dictionary<int, string> Messages = new()
    {
        [32012] = "Credits exhausted: the lines of the plan are used up for this period",
        [32015] = "No data for the requested domain",
        [32016] = "Very large domains are not supported by this method",
        [32017] = "Data not found",
        [32018] = "Wrong search engine provided",
        [32116] = "Exact count is not allowed for this procedure",
        [32117] = "Filter error: the field is not allowed for this method",
        [-32000] = "Server error",
        [402] = "The plan's credits are used up for this period",
        [403] = "This method is not available in your plan",
        [404] = "Data not found",
        [500] = "Internal server error",
    };

    private readonly Dictionary<string, SerpstatMethod> _methods = methods.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public IEnumerable<string> Names => _methods.Keys;

    /// <summary>The answer to a call of a described method, or null when no method has that name.</summary>
    public ApiResponse? TryHandle(SerpstatRequest request, bool dryRun)
    {
        if (!_methods.TryGetValue(request.Method, out var method))
        {
            return null;
        }

        if (Refusal(method, request) is { } refusal)
        {
            return refusal;
        }

        if (method.Handle is { } own)
        {
            return own(request, dryRun);
        }

        var (first, size) = Window(method, request);
        var count = method.Count(request);
        if (count == 0 && method.NoDataWhenEmpty)
        {
            // Since 2025-06-15 an empty answer costs one line all the same.
            if (method.Billing != SerpstatBilling.Free && !Charge(request.Account, 1, dryRun))
            {
                return Error(request, CreditsExhaustedCode);
            }

            return Error(request, NoDataCode);
        }

        var rows = method.Paging == SerpstatPaging.None ? count : Math.Max(0, Math.Min(size, count - first));
        var cost = method.Billing switch
        {
            SerpstatBilling.PerRow => method.Cost * Math.Max(1, rows),
            SerpstatBilling.PerRequest => method.Cost,
            SerpstatBilling.PerInput => method.Cost * (method.Units?.Invoke(request) ?? 1),
            _ => 0,
        };
        if (cost > 0 && !Charge(request.Account, cost, dryRun))
        {
            return Error(request, CreditsExhaustedCode);
        }

        return Answer(method, request, first, rows, count);
    }

    private static bool Charge(SerpstatAccount account, long cost, bool dryRun) => dryRun ? account.LeftLines >= cost : account.TryCharge(cost);

    private static ApiResponse? Refusal(SerpstatMethod method, SerpstatRequest request)
    {
        foreach (var name in method.Required)
        {
            if (!request.Has(name))
            {
                return ErrorBodies.Serpstat(400, request.Id, InvalidParamsCode, name == "se" ? "se is missing" : $"Invalid params: {name} is required");
            }
        }

        if (request.Text("se") is { } se && !SerpstatDatabases.Codes.Contains(se))
        {
            return Error(request, WrongDatabaseCode);
        }

        foreach (var text in request.Texts())
        {
            if (ErrorWord().Match(text) is { Success: true } asked)
            {
                var code = int.Parse(asked.Groups[1].Value, CultureInfo.InvariantCulture);
                return code < 1000
                    ? ErrorBodies.Serpstat(code, request.Id, code, Messages.GetValueOrDefault(code, "Error"))
                    : Error(request, code);
            }
        }

        if (request.Has("domain") && DataRouteTable.IsHugeSite(request.Text("domain")!) || request.List("domains").Any(DataRouteTable.IsHugeSite))
        {
            return Error(request, DomainTooLargeCode);
        }

        var sizeName = method.SizeName ?? (method.Paging == SerpstatPaging.PageAndPageSize ? "page_size" : "size");
        if (method.Paging != SerpstatPaging.None && request.Text(sizeName) is { } sizeText
            && (!long.TryParse(sizeText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) || size < method.MinSize || size > method.MaxSize))
        {
            return ErrorBodies.Serpstat(400, request.Id, InvalidParamsCode, $"Invalid params: {sizeName} must be between {method.MinSize} and {method.MaxSize}");
        }

        if (method.Paging is SerpstatPaging.PageAndSize or SerpstatPaging.PageAndPageSize)
        {
            var (first, _) = Window(method, request);
            if (first >= Ceiling)
            {
                return ErrorBodies.Serpstat(402, request.Id, 402, "The result is beyond the sortable maximum of 60000 rows: use export methods");
            }
        }

        return method.Validate?.Invoke(request) is { } invalid ? ErrorBodies.Serpstat(200, request.Id, invalid.Code, invalid.Message) : null;
    }

    private static ApiResponse Error(SerpstatRequest request, int code) => ErrorBodies.Serpstat(200, request.Id, code, Messages[code]);

    /// <summary>The first row of this page (over all pages) and the page's size.</summary>
    private static (long First, long Size) Window(SerpstatMethod method, SerpstatRequest request)
    {
        var size = request.Long(method.SizeName ?? (method.Paging == SerpstatPaging.PageAndPageSize ? "page_size" : "size")) ?? method.DefaultSize;
        var page = Math.Max(1, request.Long("page") ?? 1);
        return method.Paging is SerpstatPaging.PageAndSize or SerpstatPaging.PageAndPageSize ? ((page - 1) * size, size) : (0, size);
    }

    private static ApiResponse Answer(SerpstatMethod method, SerpstatRequest request, long first, long rows, long count) =>
        ApiResponse.StreamedJson(200, async (stream, cancellationToken) =>
        {
            // Written into a buffer and sent in chunks: Kestrel allows only asynchronous writes.
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            using var json = new Utf8JsonWriter(buffer);
            async Task SendAsync()
            {
                json.Flush();
                await stream.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }

            json.WriteStartObject();
            json.WriteString("id", request.Id);
            json.WritePropertyName("result");
            json.WriteStartObject();
            switch (method.Shape)
            {
                case SerpstatShape.ResultFields:
                    WriteFields(json, method, request);
                    break;
                case SerpstatShape.DataObject:
                    json.WritePropertyName("data");
                    method.WriteRow(json, request, 0);
                    break;
                default:
                    if (method.Shape is SerpstatShape.DataArray or SerpstatShape.DataKeyed or SerpstatShape.DataDataKeyed or SerpstatShape.ListInData)
                    {
                        json.WritePropertyName("data");
                    }

                    if (method.Shape is SerpstatShape.ListInData or SerpstatShape.DataDataKeyed)
                    {
                        json.WriteStartObject();
                        json.WritePropertyName(method.Shape == SerpstatShape.ListInData ? method.ListName : "data");
                    }
                    else if (method.Shape == SerpstatShape.ListInResult)
                    {
                        json.WritePropertyName(method.ListName);
                    }

                    var keyed = method.Shape is SerpstatShape.DataKeyed or SerpstatShape.DataDataKeyed;
                    if (keyed)
                    {
                        json.WriteStartObject();
                    }
                    else
                    {
                        json.WriteStartArray();
                    }

                    for (var i = 0L; i < rows; i++)
                    {
                        if (keyed)
                        {
                            json.WritePropertyName(method.KeyOf!(request, first + i));
                        }

                        method.WriteRow(json, request, first + i);
                        if (json.BytesPending + buffer.WrittenCount > 32 * 1024)
                        {
                            await SendAsync();
                        }
                    }

                    if (keyed)
                    {
                        json.WriteEndObject();
                    }
                    else
                    {
                        json.WriteEndArray();
                    }

                    if (method.Shape == SerpstatShape.ListInData)
                    {
                        json.WriteNumber("results", count);
                    }

                    if (method.Shape is SerpstatShape.ListInData or SerpstatShape.DataDataKeyed)
                    {
                        json.WriteEndObject();
                    }

                    break;
            }

            // As in Serpstat's samples, the summary follows the rows: a client knows the total only at the end.
            json.WritePropertyName("summary_info");
            json.WriteStartObject();
            if (method.Paging != SerpstatPaging.None)
            {
                json.WriteNumber("page", method.Paging == SerpstatPaging.Size ? 1 : Math.Max(1, request.Long("page") ?? 1));
                json.WriteNumber(method.TotalName, count);
                json.WriteNumber("count", rows);
            }

            json.WriteNumber("left_lines", request.Account.LeftLines);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            await SendAsync();
        });

    /// <summary>Writes the one row's members into <c>result</c> itself (the row writer writes a whole object).</summary>
    private static void WriteFields(Utf8JsonWriter json, SerpstatMethod method, SerpstatRequest request)
    {
        var inner = new ArrayBufferWriter<byte>();
        using (var row = new Utf8JsonWriter(inner))
        {
            method.WriteRow(row, request, 0);
        }

        using var document = JsonDocument.Parse(inner.WrittenMemory);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            property.WriteTo(json);
        }
    }

    [GeneratedRegex(@"error-(-?\d{3,5})", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorWord();
}
