namespace SearchApp.Core.Articles;

/// <summary>What storing one article did.</summary>
public enum UpsertOutcome
{
    Added,
    Updated,
    Unchanged,

    /// <summary>A later record in the same batch had the same id and replaced this one.</summary>
    Superseded,
}
