namespace SearchApp.Core.Entities.Training;

/// <summary>A sentence with its features resolved to row ids once, so epochs only add weights.</summary>
internal sealed record EncodedSentence(int[] Features, int[] Offsets, int[] Gold, LabeledSentence Source)
{
    public int Tokens => Gold.Length;
}
