namespace SearchApp.Core.Annotations;

/// <summary>Why an annotation request failed: 400, 404, 403, 409 and 412 respectively.</summary>
public enum AnnotationError
{
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    StaleVersion,
}
