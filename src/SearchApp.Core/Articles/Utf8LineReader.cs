using System.Buffers;
using System.Text;

namespace SearchApp.Core.Articles;

/// <summary>
/// Reads a stream line by line as raw bytes and decodes each line strictly, so one line with
/// bytes that are not UTF-8 is reported with its number and the rest of the file still reads.
/// (A StreamReader would substitute U+FFFD silently, or with a throwing decoder, stop the file.)
/// Memory is bounded by the longest line.
/// </summary>
public sealed class Utf8LineReader : IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream) => _stream = stream;

    public int LineNumber { get; private set; }

    /// <summary>
    /// Next line without its terminator; false at end of stream. <paramref name="text"/> is null when the
    /// line is not valid UTF-8. A UTF-8 byte-order mark at the start of the stream is skipped.
    /// </summary>
    public bool TryReadLine(out string? text)
    {
        text = null;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0 || (_eof && _end > _start))
            {
                var stop = newline >= 0 ? newline : _end;
                var length = stop - _start;
                if (length > 0 && _buffer[_start + length - 1] == (byte)'\r')
                {
                    length--;
                }

                var span = _buffer.AsSpan(_start, length);
                if (LineNumber == 0 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    span = span[3..];
                }

                LineNumber++;
                text = Decode(span);
                _start = newline >= 0 ? newline + 1 : _end;
                return true;
            }

            if (_eof)
            {
                return false;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _stream.Dispose();
    }

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
