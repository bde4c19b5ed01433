namespace SearchApp.Web.Pages.Articles;

/// <summary>Arabic names of the entity labels an annotation can carry (the same names annotate-list.js shows).</summary>
public static class AnnotationLabels
{
    public static string Name(string label) => label switch
    {
        "PER" => "شخص",
        "ORG" => "منظمة",
        "LOC" => "مكان",
        "NONE" => "ليس كيانًا",
        _ => label,
    };
}
