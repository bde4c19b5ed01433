using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class NerTaggerTests
{
    [Theory]
    [InlineData("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الاتفاق مع إيران مهم .")]
    [InlineData("وصل وزير الخارجية عادل الجبير إلى الرياض قادما من باريس")]
    [InlineData("الهلال")]
    [InlineData("فاز الهلال على النصر")]
    public void CachedNeighbourScoresGiveTheSameEmissionsAsEveryFeatureLookedUp(string sentence)
    {
        var tagger = SharedExtractor.Value.Tagger;
        string[] tokens = [.. NerTokenizer.Sentences(sentence).SelectMany(s => s).Select(t => t.Text)];
        float[] fast = tagger.Emissions(tokens).ToArray();

        // every feature key of every token, looked up one by one, as training encodes them
        var buffer = new FeatureBuffer();
        tagger.Features.Extract(tokens, tagger.Model.Trained, buffer);
        int tags = BioTags.Count;
        var slow = new float[tokens.Length * tags];
        for (int i = 0; i < tokens.Length; i++)
        {
            tagger.Model.AddRows(buffer.Keys.AsSpan(buffer.Offsets[i], buffer.Offsets[i + 1] - buffer.Offsets[i]), slow.AsSpan(i * tags, tags));
        }

        Assert.Equal(slow.Length, fast.Length);
        for (int k = 0; k < slow.Length; k++)
        {
            Assert.Equal(slow[k], fast[k], 3);
        }

        Assert.Contains(slow, x => x != 0); // the model scored something
    }
}
