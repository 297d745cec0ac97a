using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SeRanking.Engine.Errors;

/// <summary>
/// Reads the error text out of whatever shape an API used: SE Ranking's
/// {"error_description": "..."}, the nested {"error": {"code", "message", "description"}}
/// (429, some 403s), the Project API's {"message": "..."} and Serpstat's JSON-RPC
/// {"error": {"code", "message"}}.
/// </summary>
internal readonly record struct ErrorBody(string? Message, string? Code, bool IsJson, bool LooksLikeHtml)
{
    private const int MaxExcerpt = 300;

    internal static ErrorBody Read(ReadOnlyMemory<byte> body, string? contentType)
    {
        if (body.IsEmpty)
        {
            return new ErrorBody(null, null, IsJson: false, LooksLikeHtml: false);
        }

        var html = LooksLikeMarkup(body.Span) || (contentType?.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0);
        if (html)
        {
            return new ErrorBody(Excerpt(body.Span), null, IsJson: false, LooksLikeHtml: true);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var (message, code) = FromJson(document.RootElement);
            return new ErrorBody(message, code, IsJson: true, LooksLikeHtml: false);
        }
        catch (JsonException)
        {
            return new ErrorBody(Excerpt(body.Span), null, IsJson: false, LooksLikeHtml: false);
        }
    }

    internal static (string? Message, string? Code) FromJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.String)
        {
            return (root.GetString(), null);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        if (TryString(root, "error_description", out var description))
        {
            return (description, null);
        }

        if (root.TryGetProperty("error", out var error) && error.ValueKind is JsonValueKind.String or JsonValueKind.Object)
        {
            return FromErrorMember(error);
        }

        if (TryString(root, "message", out var plain))
        {
            return (plain, null);
        }

        if (TryString(root, "detail", out var problem))
        {
            return (problem, null);
        }

        return (null, null);
    }

    /// <summary>Reads an "error" member: a string, or an object with code, message and description.</summary>
    internal static (string? Message, string? Code) FromErrorMember(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String)
        {
            return (error.GetString(), null);
        }

        if (error.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var codeElement) ? ScalarText(codeElement) : null;
        TryString(error, "message", out var message);
        TryString(error, "description", out var detail);
        var text = (message, detail) switch
        {
            ({ Length: > 0 }, { Length: > 0 }) when !string.Equals(message, detail, StringComparison.OrdinalIgnoreCase) => message + ": " + detail,
            ({ Length: > 0 }, _) => message,
            _ => detail,
        };
        return (text, code);
    }

    private static bool TryString(JsonElement element, string name, out string? value)
    {
        value = null;
        if (element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String)
        {
            value = property.GetString();
            return !string.IsNullOrEmpty(value);
        }

        return false;
    }

    private static string? ScalarText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.String => element.GetString(),
        _ => null,
    };

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'<';
        }

        return false;
    }

    /// <summary>A short, single-line excerpt of a body that is not the JSON expected.</summary>
    internal static string Excerpt(ReadOnlySpan<byte> body)
    {
        var length = Math.Min(body.Length, MaxExcerpt * 2);
#if NETSTANDARD2_0
        var text = Encoding.UTF8.GetString(body.Slice(0, length).ToArray());
#else
        var text = Encoding.UTF8.GetString(body.Slice(0, length));
#endif
        var builder = new StringBuilder(Math.Min(text.Length, MaxExcerpt));
        var lastWasSpace = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c);
            if (isSpace && lastWasSpace)
            {
                continue;
            }

            builder.Append(isSpace ? ' ' : c);
            lastWasSpace = isSpace;
            if (builder.Length >= MaxExcerpt)
            {
                builder.Append('…');
                break;
            }
        }

        return builder.ToString().Trim();
    }

    internal static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
