using SearchApp.Core.Indexing;

namespace SearchApp.Web.Rendering;

/// <summary>Arabic names of the facet dimensions.</summary>
public static class FacetLabels
{
    public static string Of(string dim) => dim switch
    {
        Fields.Person => "أشخاص",
        Fields.Org => "منظمات",
        Fields.Loc => "أماكن",
        Fields.Source => "المصادر",
        Fields.Tag => "الوسوم",
        _ => dim,
    };

    /// <summary>Singular, for chips ("شخص: ...").</summary>
    public static string Singular(string dim) => dim switch
    {
        Fields.Person => "شخص",
        Fields.Org => "منظمة",
        Fields.Loc => "مكان",
        Fields.Source => "المصدر",
        Fields.Tag => "وسم",
        _ => dim,
    };
}
