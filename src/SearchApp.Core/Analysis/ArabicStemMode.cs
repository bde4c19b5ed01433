namespace SearchApp.Core.Analysis;

/// <summary>What <see cref="ArabicStemFilter"/> does after normalisation.</summary>
public enum ArabicStemMode
{
    /// <summary>Normalised surface tokens (stop words removed): input to variant expansion.</summary>
    None,

    /// <summary>Proclitics (و ف ب ل ك + ال) removed, nothing else: the exact fields.
    /// A user quoting "القاهرة" expects والقاهرة and بالقاهرة, not قاهر; quoting "علي" expects وعلي,
    /// not عليه. See the ADR.</summary>
    Proclitics,

    /// <summary>Light stemming (<see cref="ArabicLightStemmer"/>): the recall fields.</summary>
    Light,
}
