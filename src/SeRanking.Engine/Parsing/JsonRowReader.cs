using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Reads the rows of one JSON answer from its stream as the bytes arrive, one row at a time, so
/// that memory holds one row and one read buffer whatever the answer's size. Values met on the way
/// that are not rows (a cursor, a total, Serpstat's <c>summary_info</c>) are kept by their path.
/// </summary>
/// <remarks>
/// Hand-written because System.Text.Json streams only top-level arrays
/// (<c>DeserializeAsyncEnumerable</c>), while these APIs wrap their rows in objects. It drives
/// Utf8JsonReader over a refillable buffer and hands each complete row to the source-generated
/// deserializer, so parsing itself stays System.Text.Json's.
/// </remarks>
internal sealed class JsonRowReader<TRow> : IDisposable
    where TRow : class
{
    private const int InitialBufferSize = 32 * 1024;
    private const int MaxBufferSize = 256 * 1024 * 1024;
    private const int MaxCapturedValueBytes = 64 * 1024;
    private const int HeadLength = 512;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Stream _stream;
    private readonly RowLocation _location;
    private readonly JsonTypeInfo<TRow> _rowType;
    private readonly Dictionary<string, JsonElement> _captured = new(StringComparer.Ordinal);
    private readonly List<string> _objectPath = [];
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _bomChecked;
    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.Start;
    private Queue<TRow>? _pending;
    private bool _rowsFound;
    private long _bytesRead;
    private byte[]? _head;
    private string? _outerSection;
    private bool _empty;

    public JsonRowReader(Stream stream, RowLocation location, JsonTypeInfo<TRow> rowType)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _location = location ?? throw new ArgumentNullException(nameof(location));
        _rowType = rowType ?? throw new ArgumentNullException(nameof(rowType));
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    }

    private enum Phase
    {
        Start,
        InObject,
        InRows,
        InOuterArray,
        InOuterObject,
        InValues,
        Done,
    }

    private enum Step
    {
        Progress,
        Row,
        NeedMore,
        Done,
    }

    /// <summary>The row read by the last successful <see cref="ReadAsync"/>.</summary>
    public TRow Current { get; private set; } = null!;

    /// <summary>The name of the array <see cref="Current"/> came from (null for a top-level array or the whole document).</summary>
    public string? CurrentSection { get; private set; }

    /// <summary>Rows read so far.</summary>
    public int RowCount { get; private set; }

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead => _bytesRead;

    /// <summary>The first bytes of the answer, to describe one that is not JSON (an HTML page).</summary>
    public ReadOnlyMemory<byte> Head => _head ?? new ReadOnlyMemory<byte>(_buffer, 0, Math.Min(_end, HeadLength));

    /// <summary>Whether the answer held rows where the location says (false: it had none of the named arrays).</summary>
    public bool FoundRows => _rowsFound;

    /// <summary>
    /// Values that are not rows, by their dotted path from the document root (<c>next</c>,
    /// <c>total</c>, <c>result.summary_info</c>); complete once <see cref="ReadAsync"/> has returned false.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Captured => _captured;

    /// <summary>Reads the next row; false at the end of the document.</summary>
    /// <exception cref="JsonException">The answer is not JSON of the expected shape, or ends early (the message says after how many rows).</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var step = Advance();
            switch (step)
            {
                case Step.Row:
                    RowCount++;
                    return true;
                case Step.Done:
                    return false;
                case Step.NeedMore:
                    if (_endOfStream)
                    {
                        throw new JsonException(Describe($"the body is not valid JSON or was cut off after {_bytesRead:N0} bytes"));
                    }

                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Makes as much progress as the bytes in hand allow, up to one row.</summary>
    private Step Advance()
    {
        if (_empty || (_phase == Phase.Start && _endOfStream && _location.AllowsEmpty && OnlyWhiteSpaceLeft()))
        {
            // HTTP 204, or 200 with nothing in it: an answer with no row (and no token a reader could end on).
            _empty = true;
            _phase = Phase.Done;
            return Step.Done;
        }

        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _endOfStream, _state);
        Step step;
        try
        {
            do
            {
                step = _phase switch
                {
                    Phase.Start => StepStart(ref reader),
                    Phase.InObject => StepObject(ref reader),
                    Phase.InRows => StepRows(ref reader),
                    Phase.InOuterArray => StepOuterArray(ref reader),
                    Phase.InOuterObject => StepOuterObject(ref reader),
                    Phase.InValues => StepValues(ref reader),
                    _ => StepDone(ref reader),
                };
            }
            while (step == Step.Progress);
        }
        catch (JsonException ex)
        {
            // The reader's own complaints at the end of the stream mean the body stopped short; a
            // row that does not fit its type has a path and says so itself.
            var what = _endOfStream && ex.Path is null
                ? $"the body is not valid JSON or was cut off after {_bytesRead:N0} bytes ({ex.Message})"
                : ex.Message;
            throw new JsonException(Describe(what), ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return step;
    }

    private Step StepStart(ref Utf8JsonReader reader)
    {
        if (_location.DocumentIfNoArray)
        {
            return StepSmallDocument(ref reader);
        }

        if (_location.WholeDocument)
        {
            var whole = reader;
            if (!whole.Read())
            {
                return Step.NeedMore;
            }

            var check = whole;
            if (!check.TrySkip())
            {
                return Step.NeedMore;
            }

            var row = whole;
            var value = JsonSerializer.Deserialize(ref row, _rowType);
            reader = row;
            _phase = Phase.Done;
            _rowsFound = true;
            if (value is null)
            {
                return Step.Progress;
            }

            Current = value;
            CurrentSection = null;
            return Step.Row;
        }

        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        switch (probe.TokenType)
        {
            case JsonTokenType.StartArray when _location.NestedArray is not null:
                reader = probe;
                _phase = Phase.InOuterArray;
                _rowsFound = true;
                return Step.Progress;
            case JsonTokenType.StartArray when _location.AcceptsAnyArray && _location.Path.Count == 0:
                reader = probe;
                EnterRows(null);
                return Step.Progress;
            case JsonTokenType.StartObject:
                reader = probe;
                _phase = Phase.InObject;
                return Step.Progress;
            default:
                throw new JsonException($"expected rows at {_location}, found a {Describe(probe.TokenType)} at the top");
        }
    }

    /// <summary>A small answer read whole: its first array's rows, or itself as the row.</summary>
    private Step StepSmallDocument(ref Utf8JsonReader reader)
    {
        if (_pending is null)
        {
            var whole = reader;
            if (!whole.Read())
            {
                return Step.NeedMore;
            }

            var check = whole;
            if (!check.TrySkip())
            {
                return Step.NeedMore;
            }

            var copy = whole;
            using var document = JsonDocument.ParseValue(ref copy);
            reader = copy;
            _pending = new Queue<TRow>();
            var root = Descend(document.RootElement);
            var rows = root is not { } found ? null : found.ValueKind == JsonValueKind.Array ? found : FindArray(found);
            if (rows is { } array)
            {
                foreach (var element in array.EnumerateArray())
                {
                    if (element.Deserialize(_rowType) is { } row)
                    {
                        _pending.Enqueue(row);
                    }
                }
            }
            else if (_location.Path.Count > 0 && root is { ValueKind: JsonValueKind.Object } holder && NamedObject(holder) is { } named && named.Deserialize(_rowType) is { } one)
            {
                // Under a path (Serpstat's result), a named object instead of an array is the one row.
                _pending.Enqueue(one);
            }
            else if (root is { ValueKind: JsonValueKind.Object } holderObject && holderObject.Deserialize(_rowType) is { } single)
            {
                _pending.Enqueue(single);
            }

            _rowsFound = true;
        }

        if (_pending.Count > 0)
        {
            Current = _pending.Dequeue();
            return Step.Row;
        }

        _phase = Phase.Done;
        return Step.Progress;
    }

    /// <summary>
    /// The object at the location's path (the root when it has none), keeping the other values met
    /// on the way by their dotted path, as a streamed read does; null when the path is missing (an
    /// error answer), which then holds no row.
    /// </summary>
    private JsonElement? Descend(JsonElement root)
    {
        var current = root;
        var prefix = string.Empty;
        for (var level = 0; level <= _location.Path.Count; level++)
        {
            var next = level < _location.Path.Count ? _location.Path[level] : null;
            if (current.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in current.EnumerateObject())
                {
                    if (property.Name != next && !Contains(_location.Names, property.Name) && property.Value.ValueKind != JsonValueKind.Array)
                    {
                        _captured[prefix + property.Name] = property.Value.Clone();
                    }
                }
            }

            if (next is null)
            {
                break;
            }

            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(next, out var inner) || inner.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            current = inner;
            prefix += next + ".";
        }

        return current;
    }

    private JsonElement? NamedObject(JsonElement holder)
    {
        foreach (var name in _location.Names)
        {
            if (holder.TryGetProperty(name, out var named) && named.ValueKind == JsonValueKind.Object)
            {
                return named;
            }
        }

        return null;
    }

    private JsonElement? FindArray(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in _location.Names)
        {
            if (root.TryGetProperty(name, out var named) && named.ValueKind == JsonValueKind.Array)
            {
                return named;
            }
        }

        if (!_location.AcceptsAnyArray)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.GetArrayLength() > 0 && property.Value[0].ValueKind == JsonValueKind.Object)
            {
                return property.Value;
            }
        }

        return null;
    }

    private Step StepObject(ref Utf8JsonReader reader)
    {
        // Only the root object and the objects of the location's path are ever entered; every
        // other value is skipped (or kept) whole.
        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            if (_objectPath.Count == 0)
            {
                _phase = Phase.Done;
            }
            else
            {
                _objectPath.RemoveAt(_objectPath.Count - 1);
            }

            return Step.Progress;
        }

        var name = probe.GetString() ?? string.Empty;
        var value = probe;
        if (!value.Read())
        {
            return Step.NeedMore;
        }

        var level = _objectPath.Count;
        if (level < _location.Path.Count && value.TokenType == JsonTokenType.StartObject && string.Equals(_location.Path[level], name, StringComparison.Ordinal))
        {
            reader = value;
            _objectPath.Add(name);
            return Step.Progress;
        }

        if (level == _location.Path.Count && value.TokenType == JsonTokenType.StartObject && _location.ObjectValues && !_rowsFound && Contains(_location.Names, name))
        {
            reader = value;
            _phase = Phase.InValues;
            _rowsFound = true;
            return Step.Progress;
        }

        // A section given as one object rather than an array of them is that section's one row
        // (the shape of an answer the sources leave unconfirmed, such as overview/worldwide/url).
        if (level == _location.Path.Count && value.TokenType == JsonTokenType.StartObject && Contains(_location.Names, name)
            && (_location.SingleObject ? !_rowsFound : _location.EveryNamedArray))
        {
            var check = value;
            if (!check.TrySkip())
            {
                return Step.NeedMore;
            }

            var row = value;
            var single = JsonSerializer.Deserialize(ref row, _rowType);
            reader = row;
            _rowsFound = true;
            if (single is null)
            {
                return Step.Progress;
            }

            Current = single;
            CurrentSection = name;
            return Step.Row;
        }

        if (level == _location.Path.Count && !_location.SingleObject && value.TokenType == JsonTokenType.StartArray && IsRowArray(name))
        {
            reader = value;
            EnterRows(name);
            return Step.Progress;
        }

        var end = value;
        if (!end.TrySkip())
        {
            return Step.NeedMore;
        }

        if (end.BytesConsumed - value.TokenStartIndex <= MaxCapturedValueBytes)
        {
            var copy = value;
            using var document = JsonDocument.ParseValue(ref copy);
            _captured[Key(name)] = document.RootElement.Clone();
        }

        reader = end;
        return Step.Progress;
    }

    private Step StepRows(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        if (probe.TokenType == JsonTokenType.EndArray)
        {
            reader = probe;
            _phase = _location.NestedArray is not null ? Phase.InOuterObject : reader.CurrentDepth == 0 ? Phase.Done : Phase.InObject;
            return Step.Progress;
        }

        var check = probe;
        if (!check.TrySkip())
        {
            return Step.NeedMore;
        }

        var row = probe;
        var value = DeserializeRow(ref row);
        reader = row;
        if (value is null)
        {
            return Step.Progress;
        }

        Current = value;
        return Step.Row;
    }

    /// <summary>The top-level array of <see cref="RowLocation.InEachElement"/>: its next element, or its end.</summary>
    private Step StepOuterArray(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        switch (probe.TokenType)
        {
            case JsonTokenType.EndArray:
                reader = probe;
                _phase = Phase.Done;
                return Step.Progress;
            case JsonTokenType.StartObject:
                reader = probe;
                _outerSection = null;
                _phase = Phase.InOuterObject;
                return Step.Progress;
            default:
                throw new JsonException($"expected objects holding rows at {_location}, found a {Describe(probe.TokenType)}");
        }
    }

    /// <summary>One element of that array: its section key kept, its rows' array entered, anything else skipped.</summary>
    private Step StepOuterObject(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            _phase = Phase.InOuterArray;
            return Step.Progress;
        }

        var name = probe.GetString() ?? string.Empty;
        var value = probe;
        if (!value.Read())
        {
            return Step.NeedMore;
        }

        if (value.TokenType == JsonTokenType.StartArray && string.Equals(name, _location.NestedArray, StringComparison.Ordinal))
        {
            reader = value;
            _phase = Phase.InRows;
            CurrentSection = _outerSection;
            return Step.Progress;
        }

        var end = value;
        if (!end.TrySkip())
        {
            return Step.NeedMore;
        }

        if (string.Equals(name, _location.SectionKey, StringComparison.Ordinal))
        {
            _outerSection = value.TokenType switch
            {
                JsonTokenType.String => value.GetString(),
                JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(value.HasValueSequence ? value.ValueSequence.ToArray() : value.ValueSpan.ToArray()),
                _ => null,
            };
        }

        reader = end;
        return Step.Progress;
    }

    /// <summary>Whether nothing but white space is left in the buffer (an empty answer).</summary>
    private bool OnlyWhiteSpaceLeft()
    {
        for (var i = _start; i < _end; i++)
        {
            if (_buffer[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One value of a keyed object (<see cref="RowLocation.ObjectValues"/>): a row named by its key.</summary>
    private Step StepValues(ref Utf8JsonReader reader)
    {
        var probe = reader;
        if (!probe.Read())
        {
            return Step.NeedMore;
        }

        if (probe.TokenType == JsonTokenType.EndObject)
        {
            reader = probe;
            _phase = Phase.InObject;
            CurrentSection = null;
            return Step.Progress;
        }

        var key = probe.GetString() ?? string.Empty;
        var value = probe;
        if (!value.Read())
        {
            return Step.NeedMore;
        }

        var check = value;
        if (!check.TrySkip())
        {
            return Step.NeedMore;
        }

        if (value.TokenType != JsonTokenType.StartObject)
        {
            // Not a row (a count beside the rows): skipped.
            reader = check;
            return Step.Progress;
        }

        var row = value;
        var parsed = DeserializeRow(ref row);
        reader = row;
        if (parsed is null)
        {
            return Step.Progress;
        }

        Current = parsed;
        CurrentSection = key;
        return Step.Row;
    }

    /// <summary>One row, or an error that says which row and which of its fields did not fit.</summary>
    private TRow? DeserializeRow(ref Utf8JsonReader reader)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, _rowType);
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "its value";
            throw new JsonException($"row {(RowCount + 1).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} at {_location}, {field}: {ex.Message}", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    private static Step StepDone(ref Utf8JsonReader reader)
    {
        // Only white space (or comments) may follow the document.
        var probe = reader;
        if (probe.Read())
        {
            throw new JsonException("more than one JSON document in the answer");
        }

        return reader.IsFinalBlock ? Step.Done : Step.NeedMore;
    }

    private void EnterRows(string? section)
    {
        _phase = Phase.InRows;
        _rowsFound = true;
        CurrentSection = section;
    }

    /// <summary>
    /// The first array under one of the location's names; where it accepts any array (unconfirmed
    /// wrapper keys), the first array whatever its name; every named one for sections.
    /// </summary>
    private bool IsRowArray(string name)
    {
        if (_location.EveryNamedArray)
        {
            return Contains(_location.Names, name);
        }

        return !_rowsFound && (_location.AcceptsAnyArray || Contains(_location.Names, name));
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string Key(string name) => _objectPath.Count == 0 ? name : string.Join(".", _objectPath) + "." + name;

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferSize)
            {
                throw new JsonException(Describe($"one row of the answer is larger than {MaxBufferSize / (1024 * 1024)} MB"));
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(MaxBufferSize, _buffer.Length * 2));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = await _stream.ReadAsync(_buffer, _end, _buffer.Length - _end, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }

        _bytesRead += read;
        _end += read;
        if (_head is null && (_end >= HeadLength || _bytesRead > _end))
        {
            _head = new byte[Math.Min(_end, HeadLength)];
            Buffer.BlockCopy(_buffer, 0, _head, 0, _head.Length);
        }
        if (!_bomChecked && _end >= 3)
        {
            _bomChecked = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }

    private string Describe(string what) =>
        RowCount == 0 ? what : $"{what} (after {RowCount:N0} row{(RowCount == 1 ? string.Empty : "s")})";

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "array",
        _ => token.ToString(),
    };
}
