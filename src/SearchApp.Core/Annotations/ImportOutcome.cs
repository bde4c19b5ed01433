namespace SearchApp.Core.Annotations;

/// <summary>What importing one annotation did: idempotent by id, never overwriting a different one.</summary>
public enum ImportOutcome
{
    Added,
    Unchanged,
    Conflict,
    ArticleMissing,
}
