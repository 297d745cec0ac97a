using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SeRanking.Engine.Operations;

/// <summary>Where an operation's parameters travel.</summary>
public enum ParameterEncoding
{
    /// <summary>In the query string (GET, DELETE, and the query part of any request).</summary>
    Query,

    /// <summary>As one JSON object in the body (the backlinks POST twins, Project writes, Serpstat params).</summary>
    JsonBody,

    /// <summary>As <c>application/x-www-form-urlencoded</c> in the body.</summary>
    FormBody,

    /// <summary>As <c>multipart/form-data</c> in the body, one part per value (keywords/export's repeated <c>keywords[]</c>).</summary>
    MultipartFormBody,

    /// <summary>As the <c>params</c> of a JSON-RPC body <c>{"id", "method", "params"}</c> (Serpstat).</summary>
    JsonRpc,
}

/// <summary>How a list of values is written in a query string or form.</summary>
public enum ListStyle
{
    /// <summary><c>name=a,b,c</c>: one comma-separated value (filters such as <c>filter[intents]</c>).</summary>
    Comma,

    /// <summary><c>name=a&amp;name=b</c>.</summary>
    Repeated,

    /// <summary><c>name[]=a&amp;name[]=b</c>: PHP brackets, which some SE Ranking endpoints require.</summary>
    Brackets,

    /// <summary><c>name[0]=a&amp;name[1]=b</c>.</summary>
    Indexed,
}

/// <summary>
/// Collects one request's parameters in order, as queries write them, and renders them for where
/// they travel: a query string, a JSON object or a form. Values are written culture-invariant.
/// </summary>
public sealed class RequestWriter
{
    private readonly List<KeyValuePair<string, object>> _body = [];
    private readonly List<KeyValuePair<string, string>> _query = [];
    private readonly List<KeyValuePair<string, string>> _ids = [];
    private object? _wholeBody;
    private bool _bodyInArray;

    private static long _nextRpcId;

    // A fresh boundary per request: no value a user sends can contain it by chance.
    private readonly string _boundary = "SeRanking-" + Guid.NewGuid().ToString("N");

    internal RequestWriter(ParameterEncoding encoding, string? rpcMethod = null)
    {
        Encoding = encoding;
        RpcMethod = rpcMethod;
    }

    /// <summary>The JSON-RPC method name, for <see cref="ParameterEncoding.JsonRpc"/>.</summary>
    public string? RpcMethod { get; }

    public ParameterEncoding Encoding { get; }

    /// <summary>The target, keyword or id the request is about, for messages and errors.</summary>
    public string? Target { get; set; }

    /// <summary>
    /// For the Project API, the dialect of the connection the request goes to (null when it is not
    /// known yet, as for -WhatIf): queries that encode a list differently in each read it.
    /// </summary>
    public ProjectDialect? Dialect { get; init; }

    /// <summary>
    /// An id the resource is addressed by (<c>site_id</c>): a path segment where the route's
    /// template names it (<c>sites/{site_id}</c>), a query parameter otherwise, whatever the
    /// method (the unified Project API takes its ids in the query string, even on POST and PATCH).
    /// Nothing when null.
    /// </summary>
    public RequestWriter AddId(string name, long? value) =>
        value is { } id ? AddId(name, id.ToString(CultureInfo.InvariantCulture)) : this;

    /// <inheritdoc cref="AddId(string, long?)"/>
    public RequestWriter AddId(string name, string? value)
    {
        if (value is not null)
        {
            _ids.Add(new(name, value));
        }

        return this;
    }

    /// <summary>
    /// The body is this value as a whole (a JSON array of objects: the Project API's bulk keyword
    /// add) instead of an object of the parameters written; for a JSON body only.
    /// </summary>
    public RequestWriter SetBody(object value)
    {
        if (Encoding != ParameterEncoding.JsonBody)
        {
            throw new InvalidOperationException("A whole body can only be a JSON body.");
        }

        _wholeBody = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>The parameters' object is sent inside a one-element array (<c>[{...}]</c>), as the Project API documents project creation.</summary>
    public RequestWriter BodyAsOneElementArray()
    {
        _bodyInArray = true;
        return this;
    }

    /// <summary>
    /// The path of <paramref name="template"/> with each <c>{name}</c> segment replaced by the id
    /// written under that name (escaped); the ids the template does not name go to the front of
    /// the query string. Call it once, before reading <see cref="QueryParameters"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The template names an id the query did not write (a descriptor bug).</exception>
    internal string ResolvePath(string template)
    {
        var path = new StringBuilder(template.Length + 16);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                path.Append(template, at, template.Length - at);
                break;
            }

            var close = template.IndexOf('}', open);
            var name = template.Substring(open + 1, close - open - 1);
            var id = _ids.FirstOrDefault(pair => pair.Key == name);
            if (id.Key is null)
            {
                throw new InvalidOperationException($"The path {template} names {{{name}}}, which the query did not write.");
            }

            path.Append(template, at, open - at).Append(Uri.EscapeDataString(id.Value));
            used.Add(name);
            at = close + 1;
        }

        _query.InsertRange(0, _ids.Where(pair => !used.Contains(pair.Key)));
        _ids.Clear();
        return path.ToString();
    }

    /// <summary>The parameters that went to the query string, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> QueryParameters => _query;

    /// <summary>A text parameter; nothing when null.</summary>
    public RequestWriter Add(string name, string? value)
    {
        if (value is not null)
        {
            Put(name, value);
        }

        return this;
    }

    /// <summary>A whole number; nothing when null.</summary>
    public RequestWriter Add(string name, long? value)
    {
        if (value is { } number)
        {
            Put(name, number);
        }

        return this;
    }

    /// <summary>A number; nothing when null.</summary>
    public RequestWriter Add(string name, double? value)
    {
        if (value is { } number)
        {
            Put(name, number);
        }

        return this;
    }

    /// <summary>A flag as the API spells it: <c>1</c>/<c>0</c> by default, or <c>true</c>/<c>false</c>.</summary>
    public RequestWriter Add(string name, bool? value, bool asWords = false)
    {
        if (value is { } flag)
        {
            if (Encoding is ParameterEncoding.JsonBody or ParameterEncoding.JsonRpc && asWords)
            {
                Put(name, flag);
            }
            else
            {
                Put(name, asWords ? (flag ? "true" : "false") : (flag ? "1" : "0"));
            }
        }

        return this;
    }

    /// <summary>A date as <paramref name="format"/> (<c>yyyy-MM-dd</c> by default).</summary>
    public RequestWriter Add(string name, DateTime? value, string format = "yyyy-MM-dd") =>
        value is { } date ? Add(name, date.ToString(format, CultureInfo.InvariantCulture)) : this;

    /// <summary>A list; nothing when null or empty. In a JSON body always a JSON array.</summary>
    public RequestWriter AddList(string name, IEnumerable<string>? values, ListStyle style = ListStyle.Comma)
    {
        var items = values?.Where(v => v is not null).ToList();
        if (items is not { Count: > 0 })
        {
            return this;
        }

        if (Encoding is ParameterEncoding.JsonBody or ParameterEncoding.JsonRpc)
        {
            _body.Add(new(name, items));
            return this;
        }

        switch (style)
        {
            case ListStyle.Comma:
                Put(name, string.Join(",", items));
                break;
            case ListStyle.Repeated:
                items.ForEach(item => Put(name, item));
                break;
            case ListStyle.Brackets:
                items.ForEach(item => Put(name + "[]", item));
                break;
            default:
                for (var i = 0; i < items.Count; i++)
                {
                    Put(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", items[i]);
                }

                break;
        }

        return this;
    }

    /// <summary>A range filter: <c>name[from]</c> and <c>name[to]</c>, each only when given.</summary>
    public RequestWriter AddRange(string name, double? from, double? to) =>
        Add(name + "[from]", from).Add(name + "[to]", to);

    /// <summary>A nested JSON value (objects and arrays of text, numbers and flags), for a JSON body only.</summary>
    public RequestWriter AddJson(string name, object? value)
    {
        if (Encoding is not (ParameterEncoding.JsonBody or ParameterEncoding.JsonRpc))
        {
            throw new InvalidOperationException($"'{name}' is a nested value, which only a JSON body can carry.");
        }

        if (value is not null)
        {
            _body.Add(new(name, value));
        }

        return this;
    }

    /// <summary>
    /// A text file as one part of a multipart body (<c>filename</c> and <c>text/plain</c>): an
    /// upload such as a list of URLs, which servers read only from a part that names a file.
    /// </summary>
    public RequestWriter AddFile(string name, string fileName, string content)
    {
        if (Encoding != ParameterEncoding.MultipartFormBody)
        {
            throw new InvalidOperationException($"'{name}' is a file, which only a multipart body can carry.");
        }

        _body.Add(new(name, new FilePart(fileName, content ?? string.Empty)));
        return this;
    }

    /// <summary>A parameter that goes to the query string whatever the encoding (Data API <c>output</c>, ids of a PATCH).</summary>
    public RequestWriter AddToQuery(string name, string? value)
    {
        if (value is not null)
        {
            _query.Add(new(name, value));
        }

        return this;
    }

    /// <summary>The body (JSON, a form or multipart form data), or null when the parameters travel elsewhere.</summary>
    internal byte[]? RenderBody()
    {
        if (Encoding == ParameterEncoding.Query)
        {
            return null;
        }

        if (Encoding == ParameterEncoding.FormBody)
        {
            var form = string.Join("&", _body.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(Text(p.Value))));
            return System.Text.Encoding.UTF8.GetBytes(form);
        }

        if (Encoding == ParameterEncoding.MultipartFormBody)
        {
            return RenderMultipart();
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            if (_wholeBody is { } whole)
            {
                WriteValue(json, whole);
                json.Flush();
                return stream.ToArray();
            }

            if (_bodyInArray)
            {
                json.WriteStartArray();
            }

            if (Encoding == ParameterEncoding.JsonRpc)
            {
                json.WriteStartObject();
                json.WriteString("id", System.Threading.Interlocked.Increment(ref _nextRpcId).ToString(CultureInfo.InvariantCulture));
                json.WriteString("method", RpcMethod);
                json.WritePropertyName("params");
            }

            json.WriteStartObject();
            foreach (var pair in _body)
            {
                json.WritePropertyName(pair.Key);
                WriteValue(json, pair.Value);
            }

            json.WriteEndObject();
            if (Encoding == ParameterEncoding.JsonRpc)
            {
                json.WriteEndObject();
            }

            if (_bodyInArray)
            {
                json.WriteEndArray();
            }
        }

        return stream.ToArray();
    }

    internal string? ContentType => Encoding switch
    {
        ParameterEncoding.JsonBody or ParameterEncoding.JsonRpc => "application/json",
        ParameterEncoding.FormBody => "application/x-www-form-urlencoded",
        ParameterEncoding.MultipartFormBody => "multipart/form-data; boundary=" + _boundary,
        _ => null,
    };

    /// <summary>RFC 7578: one text part per value, in the order written, UTF-8 without a per-part content type.</summary>
    private byte[] RenderMultipart()
    {
        var text = new StringBuilder();
        foreach (var pair in _body)
        {
            // A quote or a line break in a part's name would end the header early; names are ours, but be strict.
            var name = pair.Key.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");
            text.Append("--").Append(_boundary).Append("\r\n")
                .Append("Content-Disposition: form-data; name=\"").Append(name).Append('"');
            if (pair.Value is FilePart file)
            {
                var fileName = file.FileName.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");
                text.Append("; filename=\"").Append(fileName).Append("\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
                    .Append(file.Content).Append("\r\n");
                continue;
            }

            text.Append("\r\n\r\n").Append(Text(pair.Value)).Append("\r\n");
        }

        text.Append("--").Append(_boundary).Append("--\r\n");
        return System.Text.Encoding.UTF8.GetBytes(text.ToString());
    }

    private void Put(string name, object value)
    {
        if (Encoding == ParameterEncoding.Query)
        {
            _query.Add(new(name, Text(value)));
        }
        else
        {
            _body.Add(new(name, value));
        }
    }

    private static string Text(object value) => value switch
    {
        string text => text,
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or JsonNull:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                json.WriteStartObject();
                foreach (var field in fields)
                {
                    if (field.Value is not null)
                    {
                        json.WritePropertyName(field.Key);
                        WriteValue(json, field.Value);
                    }
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A {value.GetType().Name} cannot be written as a JSON parameter.");
        }
    }
}

/// <summary>A file part of a multipart body: its name and its text.</summary>
internal sealed record FilePart(string FileName, string Content);
