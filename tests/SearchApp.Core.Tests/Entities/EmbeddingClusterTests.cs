using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Core.Tests.Entities;

public class EmbeddingClusterTests
{
    private static readonly string[] Cities = ["بغداد", "دمشق", "عمان"], Verbs = ["قال", "أكد"], People = ["أنان", "بوش", "بلير"];

    /// <summary>Cities, verbs and people that share their contexts word for word, in a tiny corpus.</summary>
    private static IEnumerable<string> Texts()
    {
        for (int k = 0; k < 30; k++)
        {
            foreach (string city in Cities)
            {
                foreach (string verb in Verbs)
                {
                    foreach (string person in People)
                    {
                        yield return $"{verb} {person} أمس في مدينة {city} .";
                    }
                }
            }
        }
    }

    private static List<(string Word, string Bits, long Count)> Cluster()
    {
        var builder = new EmbeddingClusterer(TextWriter.Null, WordLexicon.Empty);
        foreach (string text in Texts())
        {
            builder.AddText(text);
        }

        return builder.Build(vocabulary: 100, minCount: 1, dimensions: 16, epochs: 3, window: 2);
    }

    [Fact]
    public void EmbeddingClustersAreDeterministicAndShapedAsATree()
    {
        var a = Cluster();
        Assert.Equal(a, Cluster());
        int bits = EmbeddingClusterer.LevelBits.Sum();
        Assert.All(a, c => Assert.Equal(bits, c.Bits.Length));
        Assert.Equal(30 * 6, a.Single(c => c.Word == ArabicKey.Normalize("بغداد")).Count);
    }

    [Fact]
    public void SkipGramPutsWordsWithTheSameContextsCloserThanOtherWords()
    {
        var ids = new Dictionary<string, int>();
        var tokens = new List<int>();
        foreach (string text in Texts())
        {
            foreach (string w in text.Split(' '))
            {
                tokens.Add(ids.TryGetValue(w, out int id) ? id : ids[w] = ids.Count);
            }

            tokens.Add(-1);
        }

        // a tiny corpus: subsampling keeps few tokens per pass, so many passes
        long[] counts = [.. ids.Keys.Select(w => (long)tokens.Count(t => t == ids[w]))];
        var vectors = new SkipGram(16, window: 2, epochs: 200).Train([.. tokens], counts, TextWriter.Null);
        double Cos(string x, string y)
        {
            float[] a = vectors[ids[x]], b = vectors[ids[y]];
            return a.Zip(b, (p, q) => (double)p * q).Sum() / Math.Sqrt(a.Sum(p => (double)p * p) * b.Sum(q => (double)q * q));
        }

        Assert.True(Cos("بغداد", "دمشق") > Cos("بغداد", "أنان"));
        Assert.True(Cos("بوش", "بلير") > Cos("بوش", "قال"));
    }
}
