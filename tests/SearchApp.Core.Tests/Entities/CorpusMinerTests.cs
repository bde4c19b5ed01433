using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Core.Tests.Entities;

public class CorpusMinerTests
{
    private static string[][] Document(params string[] sentences) =>
        [.. sentences.Select(s => NerTokenizer.Sentences(s).SelectMany(t => t).Select(t => t.Text).ToArray())];

    [Fact]
    public void ListsNamesTheTaggerFindsOftenWithOneType()
    {
        var documents = Enumerable.Range(0, 4)
            .Select(_ => Document("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الاتفاق مهم .", "وصل الوفد إلى الرياض أمس ."))
            .ToList();
        var names = new CorpusMiner(documents, minCount: 3, minShare: 0.7, strongCount: 4, strongShare: 0.9).Mine(SharedExtractor.Value.Tagger);
        var byName = names.Names.ToDictionary(n => n.Name, n => n);
        Assert.Equal(0, byName["باراك اوباما"].Type); // PER, normalised as lists store names
        Assert.Equal(4, byName["باراك اوباما"].Count);
        Assert.True(byName["باراك اوباما"].Strong);
        Assert.Equal(1, byName["واشنطن"].Type); // LOC
        Assert.Equal(1, byName["الرياض"].Type);
        Assert.Equal(names.Names.OrderBy(n => n.Name, StringComparer.Ordinal).Select(n => n.Name), names.Names.Select(n => n.Name));
    }

    [Fact]
    public void NamesFoundTooRarelyOrWithMixedTypesAreLeftOut()
    {
        var documents = new List<string[][]> { Document("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الاتفاق مهم .") };
        var names = new CorpusMiner(documents, minCount: 2).Mine(SharedExtractor.Value.Tagger);
        Assert.Empty(names.Names);
    }

    [Fact]
    public void AMinedListRoundTripsAndMarksStrongNames()
    {
        var names = new MinedNames([("باراك اوباما", 0, 25, true), ("واشنطن", 1, 3, false)]);
        using var stream = new MemoryStream();
        names.Write(stream);
        var read = MinedNames.Read(new MemoryStream(stream.ToArray()));
        Assert.Equal(names.Names, read.Names);

        var g = read.ToGazetteer();
        Assert.Equal(Gazetteer.Person | CorpusMiner.Strong, g.Lookup(["باراك", "اوباما"]));
        Assert.Equal(Gazetteer.Location, g.Lookup(["واشنطن"]));

        // the shipped file's format is also what NameMiner.Read (the --mined loader) reads
        var loaded = NameMiner.Read(new MemoryStream(stream.ToArray()));
        Assert.Equal(Gazetteer.Person | CorpusMiner.Strong, loaded.Lookup(["باراك", "اوباما"]));
    }

    [Fact]
    public void AMalformedMinedLineIsReportedByNumber()
    {
        using var stream = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new StreamWriter(gz))
        {
            w.Write("PER\tباراك اوباما\t25\t1\nXYZ\tواشنطن\t3\t0\n");
        }

        var e = Assert.Throws<FormatException>(() => MinedNames.Read(new MemoryStream(stream.ToArray())));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JackKnifedMiningTrainsDeterministically()
    {
        const string conll = "قال\tO\nأنان\tB-PER\nفي\tO\nبغداد\tB-LOC\n.\tO\n\nزار\tO\nبوش\tB-PER\nلبنان\tB-LOC\n.\tO\n\nوصل\tO\nأنان\tB-PER\nإلى\tO\nلبنان\tB-LOC\n.\tO\n\n";
        var corpus = Enumerable.Range(0, 3).Select(_ => Document("قال أنان في بغداد .", "زار بوش لبنان .")).ToList();
        byte[] Train(out MinedNames? mined)
        {
            var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
            var trainer = new PerceptronTrainer(fx, TextWriter.Null) { Miner = new CorpusMiner(corpus, minCount: 2) };
            var model = trainer.Train(ConllReader.Read(new StringReader(conll)), new TrainingOptions(CvFolds: 0, Epochs: 5, Folds: 3, MineParts: 3, MineEnsemble: 2, MineEpochs: 3));
            mined = trainer.Mined;
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        var first = Train(out var mined);
        Assert.Equal(first, Train(out _));
        Assert.NotNull(mined);
        Assert.Contains(mined.Names, n => n.Name == "بغداد" && n.Type == 1 && n.Count == 3);
    }
}
