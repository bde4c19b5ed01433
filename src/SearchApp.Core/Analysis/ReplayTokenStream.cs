using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Replays tokens recorded once from the shared front of the chain (tokenizer, folding, stop words), so
/// the stemmed and the exact field of one text are fed from a single analysis pass. Each replay is an
/// independent stream, so the order in which the index writer consumes the two fields does not matter.
/// </summary>
public sealed class ReplayTokenStream : TokenStream
{
    private readonly IReadOnlyList<RecordedToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly int _finalOffset;
    private int _next;

    public ReplayTokenStream(IReadOnlyList<RecordedToken> tokens, int finalOffset)
    {
        _tokens = tokens;
        _finalOffset = finalOffset;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var t = _tokens[_next++];
        _term.CopyBuffer(t.Term, 0, t.Term.Length);
        _offset.SetOffset(t.Start, t.End);
        _increment.PositionIncrement = t.PositionIncrement;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
