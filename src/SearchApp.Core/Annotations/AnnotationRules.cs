namespace SearchApp.Core.Annotations;

/// <summary>Validation of annotation bodies (limits keep one annotation from swamping the store or the page).</summary>
public static class AnnotationRules
{
    public const int MaxCommentLength = 10_000;
    public const int MaxTagLength = 100;
    public const int MaxBodies = 50;
    public const int MaxQuoteLength = 20_000;

    public static IReadOnlyList<AnnotationBody> CleanBodies(IReadOnlyList<AnnotationBody> bodies)
    {
        if (bodies.Count > MaxBodies)
        {
            throw Invalid($"at most {MaxBodies} bodies per annotation");
        }

        var cleaned = new List<AnnotationBody>();
        foreach (var b in bodies)
        {
            if (!AnnotationPurposes.IsKnown(b.Purpose))
            {
                throw Invalid($"unknown body purpose '{b.Purpose}' (commenting, tagging, classifying or identifying)");
            }

            var value = b.Purpose == AnnotationPurposes.Commenting ? b.Value.Trim() : Articles.TextCanonicalizer.CanonicalizeLine(b.Value);
            if (value.Length == 0)
            {
                continue;
            }

            switch (b.Purpose)
            {
                case AnnotationPurposes.Commenting when value.Length > MaxCommentLength:
                    throw Invalid($"a comment is at most {MaxCommentLength:N0} characters");
                case AnnotationPurposes.Tagging when value.Length > MaxTagLength:
                    throw Invalid($"a tag is at most {MaxTagLength} characters");
                case AnnotationPurposes.Classifying or AnnotationPurposes.Identifying when !AnnotationPurposes.IsLabelValue(value.ToUpperInvariant()):
                    throw Invalid($"an entity label is PER, ORG, LOC or NONE, not '{value}'");
            }

            var format = b.Format is null or "text/plain" or "text/markdown" ? b.Format : throw Invalid($"unsupported body format '{b.Format}' (text/plain or text/markdown)");
            cleaned.Add(new AnnotationBody(b.Purpose, AnnotationPurposes.IsLabel(b.Purpose) ? value.ToUpperInvariant() : value, format, b.Language));
        }

        if (cleaned.Count(b => AnnotationPurposes.IsLabel(b.Purpose)) > 1)
        {
            throw Invalid("an annotation carries at most one entity label");
        }

        return cleaned
            .DistinctBy(b => (b.Purpose, b.Purpose == AnnotationPurposes.Tagging ? b.Value.ToUpperInvariant() : b.Value))
            .ToList();
    }

    private static AnnotationException Invalid(string message) => new(AnnotationError.Invalid, message);
}
