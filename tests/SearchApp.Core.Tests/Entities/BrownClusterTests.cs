using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Core.Tests.Entities;

public class BrownClusterTests
{
    /// <summary>Two cities, two verbs and two people that share their contexts word for word.</summary>
    private static List<(string Word, string Bits, long Count)> Cluster(int window)
    {
        var builder = new BrownClusterer(TextWriter.Null);
        string[] cities = ["بغداد", "دمشق"], verbs = ["قال", "أكد"], people = ["أنان", "بوش"];
        for (int k = 0; k < 40; k++)
        {
            foreach (string city in cities)
            {
                foreach (string verb in verbs)
                {
                    foreach (string person in people)
                    {
                        builder.AddText($"{verb} {person} في {city} .");
                    }
                }
            }
        }

        return builder.Build(vocabulary: 100, clusters: window);
    }

    private static string BitsOf(List<(string Word, string Bits, long Count)> clusters, string word) =>
        clusters.Single(c => c.Word == ArabicKey.Normalize(word)).Bits;

    [Fact]
    public void WordsWithTheSameContextsEndInTheSameClass()
    {
        // Brown et al. 1992: merging words with identical neighbour distributions costs no mutual information.
        var clusters = Cluster(window: 4);
        Assert.Equal(BitsOf(clusters, "بغداد"), BitsOf(clusters, "دمشق"));
        Assert.Equal(BitsOf(clusters, "قال"), BitsOf(clusters, "أكد"));
        Assert.Equal(BitsOf(clusters, "أنان"), BitsOf(clusters, "بوش"));
        Assert.NotEqual(BitsOf(clusters, "بغداد"), BitsOf(clusters, "أنان"));
    }

    [Fact]
    public void ClusteringIsDeterministic() => Assert.Equal(Cluster(window: 3), Cluster(window: 3));

    [Fact]
    public void ClustersRoundTripThroughTheFileAndGivePrefixesOfEveryLength()
    {
        using var stream = new MemoryStream();
        BrownClusters.Write(stream, [("بغداد", "1101", 10), ("دمشق", "1100", 8), ("قال", "0", 30)]);
        var read = BrownClusters.Read(new MemoryStream(stream.ToArray()));
        var baghdad = read.Find("بغداد");
        var damascus = read.Find("دمشق");
        Assert.Equal(4, baghdad.Length);
        // Prefixes longer than the path are the whole path; shorter ones group the two cities.
        Assert.Equal(BrownClusters.Prefix(baghdad, 3), BrownClusters.Prefix(damascus, 3));
        Assert.NotEqual(BrownClusters.Prefix(baghdad, 6), BrownClusters.Prefix(damascus, 6));
        Assert.NotEqual(BrownClusters.Prefix(baghdad, 2), BrownClusters.Prefix(baghdad, 3));
        Assert.Equal(0, read.Find("لندن").Length);
    }
}
