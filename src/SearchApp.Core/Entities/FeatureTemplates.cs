namespace SearchApp.Core.Entities;

/// <summary>Feature template ids: spaced so that position and length offsets never collide.</summary>
internal static class FeatureTemplates
{
    public const ulong Bias = 1, Word = 2, Norm = 3, Stripped = 4, Bare = 5, Proclitic = 6, Shape = 7, Frequency = 8;
    public const ulong Coarse = 9, Middle = 10, Fine = 11, ShapeWindow = 12, Trigram = 13;
    public const ulong Prefix = 20, Suffix = 30, BarePrefix = 40;
    public const ulong Edge = 50, NormAt = 60, StrippedAt = 70, MiddleAt = 80, FineAt = 90, BigramAt = 100;
    public const ulong TriggerAt = 110, GazTrainedAt = 120, GazCuratedAt = 130, GazMinedAt = 140;
    public const ulong Brown = 150, BrownStripped = 151, BrownAt = 160, TriggerFar = 170, Profile = 180;
    public const ulong Embedding = 190;
    public const ulong ChainLeft = 210, ChainRight = 211, ChainHead = 212, GazContext = 213, TopicList = 214, TopicWord = 215;
}
