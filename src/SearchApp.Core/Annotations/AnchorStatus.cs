namespace SearchApp.Core.Annotations;

/// <summary>How an annotation was found in the current text of its article.</summary>
public enum AnchorStatus
{
    /// <summary>The stored position still holds the quoted text.</summary>
    Position,

    /// <summary>The quote was found elsewhere (the text changed); context chose among repeats.</summary>
    Quote,

    /// <summary>Only an approximate match of the quote was found.</summary>
    Fuzzy,

    /// <summary>Not found: listed as detached, never dropped.</summary>
    Detached,
}
