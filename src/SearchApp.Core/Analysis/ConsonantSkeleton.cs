namespace SearchApp.Core.Analysis;

/// <summary>
/// The consonant skeleton of a normalised word, for finding transliteration variants: long vowels and
/// hamza (ا و ي ء) and final ه are dropped, and letters that Arabic writers interchange when spelling a
/// foreign sound are merged: G as ج/غ/ق/ك (جوجل, غوغل, قوقل), T as ت/ط, S as س/ص, D as د/ض, Z as ز/ذ/ظ.
/// So أمريكا and أميركا, ترامب and ترمب, سالزبورغ and سالزبورج share a skeleton.
/// </summary>
public static class ConsonantSkeleton
{
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = stackalloc char[word.Length];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = Class(word[i]);
            if (c == '\0' || (c == 'ه' && i == word.Length - 1))
            {
                continue;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    /// <summary>The class a letter belongs to, '\0' for letters the skeleton ignores.</summary>
    public static char Class(char c) => c switch
    {
        'ا' or 'و' or 'ي' or 'ء' => '\0',
        'ج' or 'غ' or 'ق' or 'ك' => 'G',
        'ت' or 'ط' => 'T',
        'س' or 'ص' => 'S',
        'د' or 'ض' => 'D',
        'ز' or 'ذ' or 'ظ' => 'Z',
        _ => c,
    };
}
