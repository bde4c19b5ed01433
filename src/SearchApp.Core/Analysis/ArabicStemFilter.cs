using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Folds alef maksura (ى -> ي; deferred until after the stop filter, see <see cref="ArabicFolding"/>)
/// and then applies <see cref="ArabicLightStemmer"/> as <see cref="ArabicStemMode"/> says. Tokens marked
/// as keywords are left as they are (after ى folding).
/// </summary>
public sealed class ArabicStemFilter : TokenFilter
{
    private readonly ArabicLightStemmer _stemmer;
    private readonly ArabicStemMode _mode;
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ArabicStemFilter(TokenStream input, ArabicLightStemmer stemmer, ArabicStemMode mode)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        _stemmer = stemmer;
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        ArabicFolding.FoldAlefMaksura(buffer.AsSpan(0, _term.Length));
        if (!_keyword.IsKeyword)
        {
            _term.Length = _mode switch
            {
                ArabicStemMode.Light => _stemmer.Stem(buffer, _term.Length),
                ArabicStemMode.Proclitics => _stemmer.StripProclitics(buffer, _term.Length),
                _ => _term.Length,
            };
        }

        return true;
    }
}
