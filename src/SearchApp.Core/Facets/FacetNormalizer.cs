namespace SearchApp.Core.Facets;

/// <summary>
/// Folds facet labels and typed filter text to one comparable form, so that "احمد" finds "أحمد": the
/// normalisation of our analysis chain (<see cref="Analysis.ArabicAnalysis.Normalize"/>: diacritics and
/// tatweel removed, alef/hamza/yaa/taa-marbuta unified, Persian letters and Eastern digits mapped, case
/// folded), without stemming, so names stay whole.
/// </summary>
internal static class FacetNormalizer
{
    public static string Normalize(string text) => Analysis.ArabicAnalysis.Normalize(text);
}
