namespace SearchApp.Core.Entities;

/// <summary>
/// Everything the tagger derives from a word alone: hashes of its normalised, proclitic-free and
/// article-free forms, clusters, trigger class, shape, and the keys of its own features. Computed
/// once per distinct word and cached, since news text repeats a small vocabulary.
/// </summary>
internal sealed class WordFeatures(ulong norm, ulong stripped, ulong bare, int middle, int fine, int trigger, int shape, ulong[] keys)
{
    public ulong Norm { get; } = norm;

    public ulong Stripped { get; } = stripped;

    public ulong Bare { get; } = bare;

    public int Middle { get; } = middle;

    public int Fine { get; } = fine;

    public int Trigger { get; } = trigger;

    public int Shape { get; } = shape;

    public ulong[] Keys { get; } = keys;
}
