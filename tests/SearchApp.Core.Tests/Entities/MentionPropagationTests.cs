using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class MentionPropagationTests
{
    private static readonly int BPer = BioTags.Index("B-PER"), IPer = BioTags.Index("I-PER"), BMisc = BioTags.Index("B-MISC");

    private static int[] Lengths(int n) => Enumerable.Repeat(4, n).ToArray();

    [Fact]
    public void ANameFoundOnceIsMarkedWhereItRecursUntagged()
    {
        // sentence 0: [x] [Fayza Abulnaga] tagged; sentence 1: the same two words, untagged
        ulong[][] keys = [[1, 7, 8], [9, 7, 8, 2]];
        int[][] tags = [[0, BPer, IPer], [0, 0, 0, 0]];
        MentionPropagation.Apply(keys, [Lengths(3), Lengths(4)], tags);
        Assert.Equal([0, BPer, IPer, 0], tags[1]);
    }

    [Fact]
    public void ExistingTagsAndMiscAreLeftAlone()
    {
        ulong[][] keys = [[7, 5], [7, 5]];
        int[][] tags = [[BPer, BMisc], [BioTags.Index("B-LOC"), 0]];
        MentionPropagation.Apply(keys, [Lengths(2), Lengths(2)], tags);
        Assert.Equal([BioTags.Index("B-LOC"), 0], tags[1]);
    }

    [Fact]
    public void PropagationStopsAtTheWindow()
    {
        int n = MentionPropagation.Window + 2;
        var keys = Enumerable.Range(0, n).Select(_ => new ulong[] { 7 }).ToArray();
        var tags = Enumerable.Range(0, n).Select(_ => new int[1]).ToArray();
        tags[0][0] = BPer;
        MentionPropagation.Apply(keys, [.. keys.Select(_ => Lengths(1))], tags);
        Assert.Equal(BPer, tags[MentionPropagation.Window][0]);
        Assert.Equal(0, tags[MentionPropagation.Window + 1][0]);
    }

    [Fact]
    public void VeryShortNamesDoNotPropagate()
    {
        ulong[][] keys = [[7], [7]];
        int[][] tags = [[BPer], [0]];
        MentionPropagation.Apply(keys, [[2], [2]], tags);
        Assert.Equal(0, tags[1][0]);
    }
}
