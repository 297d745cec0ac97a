using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SeRanking.Engine.Parsing;

/// <summary>
/// Reads RFC 4180 CSV one record at a time from a text stream, holding one buffer and one record,
/// whatever the file's size: fields separated by commas, optionally in double quotes (which may
/// hold commas, line breaks and doubled quotes), records ended by CRLF, LF or CR; a blank line is
/// skipped. Hand-written rather than a CSV package (Sylvan.Data.Csv and CsvHelper are on the feed)
/// because every package the engine takes must be isolated in the module's own load context and
/// shipped for Windows PowerShell 5.1, for one forward pass over one known file shape.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, int bufferSize = 32 * 1024)
{
    private readonly char[] _buffer = new char[bufferSize];
    private readonly StringBuilder _field = new();
    private readonly List<string> _record = [];
    private int _length;
    private int _position;
    private bool _ended;

    /// <summary>The record read last.</summary>
    public IReadOnlyList<string> Current => _record;

    /// <summary>Records read so far (the header counts).</summary>
    public long RecordCount { get; private set; }

    /// <summary>Reads the next record; false at the end of the text.</summary>
    /// <exception cref="InvalidDataException">A quoted field is never closed.</exception>
    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            _record.Clear();
            _field.Clear();
            var quoted = false;
            var inQuotes = false;
            var any = false;
            while (true)
            {
                if (_position == _length)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_ended || !await FillAsync().ConfigureAwait(false))
                    {
                        if (inQuotes)
                        {
                            throw new InvalidDataException($"The CSV ends inside a quoted field (record {RecordCount + 1:N0}).");
                        }

                        if (!any)
                        {
                            return false;
                        }

                        EndField(quoted);
                        RecordCount++;
                        return true;
                    }
                }

                var c = _buffer[_position++];
                if (inQuotes)
                {
                    if (c != '"')
                    {
                        _field.Append(c);
                        continue;
                    }

                    if (await PeekAsync().ConfigureAwait(false) == '"')
                    {
                        _position++;
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when _field.Length == 0 && !quoted:
                        inQuotes = quoted = any = true;
                        break;
                    case ',':
                        EndField(quoted);
                        quoted = false;
                        any = true;
                        break;
                    case '\r' or '\n':
                        if (c == '\r' && await PeekAsync().ConfigureAwait(false) == '\n')
                        {
                            _position++;
                        }

                        if (!any && _field.Length == 0)
                        {
                            // A blank line: no record.
                            continue;
                        }

                        EndField(quoted);
                        RecordCount++;
                        return true;
                    default:
                        _field.Append(c);
                        any = true;
                        break;
                }
            }
        }
    }

    private void EndField(bool quoted)
    {
        _record.Add(quoted || _field.Length > 0 ? _field.ToString() : string.Empty);
        _field.Clear();
    }

    /// <summary>The next character without taking it; -1 at the end.</summary>
    private async Task<int> PeekAsync()
    {
        if (_position == _length && (_ended || !await FillAsync().ConfigureAwait(false)))
        {
            return -1;
        }

        return _buffer[_position];
    }

    private async Task<bool> FillAsync()
    {
        _length = await reader.ReadAsync(_buffer, 0, _buffer.Length).ConfigureAwait(false);
        _position = 0;
        _ended = _length == 0;
        return !_ended;
    }
}
