namespace SearchApp.Core.Annotations;

/// <summary>W3C Web Annotation motivations we use as body purposes, and our entity label values.</summary>
public static class AnnotationPurposes
{
    public const string Commenting = "commenting";
    public const string Tagging = "tagging";
    public const string Classifying = "classifying";
    public const string Identifying = "identifying";

    /// <summary>Label value meaning "this extracted span is not an entity".</summary>
    public const string NotAnEntity = "NONE";

    public static bool IsLabel(string purpose) => purpose is Classifying or Identifying;

    public static bool IsKnown(string purpose) => purpose is Commenting or Tagging or Classifying or Identifying;

    public static bool IsLabelValue(string value) => Entities.EntityTypes.IsKnown(value) || value == NotAnEntity;
}
