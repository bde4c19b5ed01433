using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchApp.Core.Search;

/// <summary>
/// For highlighting only: the stemmed and the exact tokens of a text as one stream, both forms of a word
/// at the same position with the same offsets. Queries mix stemmed terms (plain words) and exact terms
/// (quoted phrases, prefixes); with both forms in one stream, one QueryScorer marks either kind. The two
/// chains share tokenizer, folding and stop words, so their positions line up.
/// </summary>
public sealed class DualTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<(string Term, int Start, int End, int Position)> _tokens;
    private int _next;
    private int _lastPosition = -1;

    public DualTokenStream(Analyzer stemmed, Analyzer exact, string field, string exactField, string text)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _tokens = Read(stemmed, field, text);
        _tokens.AddRange(Read(exact, exactField, text));
        _tokens.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : 0);
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var (term, start, end, position) = _tokens[_next++];
        _term.SetEmpty().Append(term);
        _offset.SetOffset(start, end);
        _increment.PositionIncrement = position - _lastPosition;
        _lastPosition = position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _lastPosition = -1;
    }

    private static List<(string, int, int, int)> Read(Analyzer analyzer, string field, string text)
    {
        var list = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            list.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return list;
    }
}
