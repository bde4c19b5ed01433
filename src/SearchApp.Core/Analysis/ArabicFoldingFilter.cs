using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchApp.Core.Analysis;

/// <summary>
/// Token filter applying <see cref="ArabicFolding"/>: NFKC for compatibility characters, then diacritics,
/// tatweel and invisible format characters removed, alef/hamza/taa-marbuta/Persian letters unified,
/// digits folded to ASCII, Latin lowercased. Runs after the tokenizer (not as a CharFilter) so that
/// offsets stay those of the original text for highlighting without offset-correction maps.
/// A token that folds to nothing (e.g. a lone tatweel) is dropped and its position kept as a gap.
/// </summary>
public sealed class ArabicFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;

    public ArabicFoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            if (ArabicFolding.NeedsNfkc(_term.Buffer.AsSpan(0, _term.Length)))
            {
                var composed = _term.ToString().Normalize(NormalizationForm.FormKC);
                _term.SetEmpty().Append(composed);
            }

            var length = DropEraSuffix(_term.Buffer, ArabicFolding.Fold(_term.Buffer, _term.Length));
            if (length > 0)
            {
                _term.Length = length;
                if (skipped > 0)
                {
                    _posInc.PositionIncrement += skipped;
                }

                return true;
            }

            skipped += _posInc.PositionIncrement;
        }

        return false;
    }

    /// <summary>
    /// "2015م" and "1436هـ" (year + era letter, AD/AH) are single tokens for UAX#29; the corpus has ~4k
    /// of them next to ~140k bare numbers. Dropping the era letter lets a search for 2015 find them.
    /// </summary>
    private static int DropEraSuffix(char[] buffer, int length)
    {
        if (length < 2 || buffer[length - 1] is not ('م' or 'ه'))
        {
            return length;
        }

        for (var i = 0; i < length - 1; i++)
        {
            if (buffer[i] is < '0' or > '9')
            {
                return length;
            }
        }

        return length - 1;
    }
}
