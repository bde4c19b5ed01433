using SearchApp.Core.Entities;
using SearchApp.Core.Entities.Training;

namespace SearchApp.Core.Tests.Entities;

public class TrainingTests
{
    private const string Tiny = """
        قال	O
        أنان	B-PER
        في	O
        بغداد	B-LOC
        .	O

        زار	O
        بوش	B-PER
        الأمم	B-ORG
        المتحدة	I-ORG
        .	O

        وصل	O
        أنان	B-PER
        إلى	O
        لبنان	B-LOC
        .	O

        """;

    private static byte[] TrainBytes()
    {
        var data = ConllReader.Read(new StringReader(Tiny));
        var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
        var model = new PerceptronTrainer(fx, TextWriter.Null).Train(data, new TrainingOptions(CvFolds: 0, Epochs: 5, Folds: 3));
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainingIsDeterministic() => Assert.Equal(TrainBytes(), TrainBytes());

    [Fact]
    public void ASavedModelLoadsAndTagsItsTrainingDataBack()
    {
        var model = TaggerModel.Load(new MemoryStream(TrainBytes()));
        var tagger = new NerTagger(new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty), model);
        foreach (var sentence in ConllReader.Read(new StringReader(Tiny)))
        {
            Assert.Equal(sentence.Tags, tagger.Tag(sentence.Tokens));
        }
    }

    [Fact]
    public void ConllReaderRejectsUnknownTagShapes()
    {
        var e = Assert.Throws<FormatException>(() => ConllReader.Read(new StringReader("بغداد\tLOCATION\n")));
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConllReaderCutsDocumentsAtDocstartLines()
    {
        const string text = "-DOCSTART-\tO\n\nبغداد\tB-LOC\n\nقال\tO\n-DOCSTART- O\nعمان\tB-LOC\n";
        var sentences = ConllReader.Read(new StringReader(text));
        Assert.Equal(3, sentences.Count); // the -DOCSTART- lines are not tokens, and one ends the sentence before it
        Assert.Equal([true, false, true], sentences.Select(s => s.StartsDocument));
        var documents = ConllReader.Documents(sentences);
        Assert.Equal([2, 1], documents.Select(d => d.Count));
        Assert.Equal("عمان", documents[1][0].Tokens[0]);
        Assert.Single(ConllReader.Documents(ConllReader.Read(new StringReader(Tiny)))); // no marker: one document
    }

    [Theory]
    [InlineData("saudinewsnet-dev.conll", 28)]
    [InlineData("saudinewsnet-holdout.conll", 14)]
    [InlineData("saudinewsnet-train.conll", 56)]
    [InlineData("saudinewsnet-dev2.conll", 56)]
    [InlineData("saudinewsnet-dev3.conll", 56)]
    [InlineData("saudinewsnet-dev4.conll", 56)]
    [InlineData("saudinewsnet-dev5.conll", 56)]
    [InlineData("saudinewsnet-dev6.conll", 56)]
    [InlineData("saudinewsnet-world.conll", 117)]
    [InlineData("saudinewsnet-world2.conll", 98)]
    [InlineData("saudinewsnet-world3.conll", 96)]
    [InlineData("saudinewsnet-world4.conll", 91)]
    [InlineData("saudinewsnet-world5.conll", 88)]
    public void SaudiNewsNetEvalSetIsInTheTaggersTokensOfTheStoredText(string name, int articles)
    {
        // The eval set must be tokenised as ingest tokenises stored (canonical) bodies: every token
        // survives TextCanonicalizer and NerTokenizer unchanged, so no control character or odd
        // space sits in it that the archive would never show the tagger.
        var sentences = ConllReader.Read(Path.Combine(RepoFiles.Root, "eval", "ner", name));
        Assert.Equal(articles, ConllReader.Documents(sentences).Count);
        foreach (string token in sentences.SelectMany(s => s.Tokens))
        {
            Assert.Equal(token, SearchApp.Core.Articles.TextCanonicalizer.Canonicalize(token));
            Assert.Equal([token], NerTokenizer.Sentences(token).SelectMany(t => t).Select(t => t.Text));
        }
    }

    [Fact]
    public void SaudiNewsNetPartsShareNoArticleWithEachOtherOrTheBundledSample()
    {
        string[] rows = [.. File.ReadAllLines(Path.Combine(RepoFiles.Root, "eval", "ner", "articles.tsv")).Skip(1)];
        string[] ids = [.. rows.Select(r => r.Split('\t')[2])];
        Assert.Equal(42 + (6 * 56) + 117 + 98 + 96 + 91 + 88, ids.Length);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        string sample = File.ReadAllText(Path.Combine(RepoFiles.Root, "index-data", "sample", "saudinewsnet-sample.jsonl"));
        string seed = File.ReadAllText(Path.Combine(RepoFiles.Root, "index-data", "sample", "seed-article.jsonl"));
        Assert.DoesNotContain(ids, id => sample.Contains($"\"{id}\"", StringComparison.Ordinal) || seed.Contains($"\"{id}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void CrossValidationScoresEveryFoldAndPicksTheBestMeanSetting()
    {
        var data = ConllReader.Read(new StringReader(Tiny + Tiny));
        var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
        var cv = new PerceptronTrainer(fx, TextWriter.Null).CrossValidate(data, new TrainingOptions(CvFolds: 3, MaxEpochs: 3, Folds: 2));
        var (epoch, setting) = cv.Best();
        Assert.InRange(epoch, 1, 3);
        var (mean, sd) = cv.F1(epoch, setting);
        Assert.InRange(mean, 0, 1);
        Assert.True(sd >= 0);
        Assert.True(cv.Pooled(epoch, setting).Micro().Support > 0); // every held-out name was scored
    }

    private const string Extra = """
        -DOCSTART-	O

        أعلنت	O
        أرامكو	B-ORG
        أرباحها	O
        .	O

        ربحت	O
        أرامكو	B-ORG
        في	O
        الرياض	B-LOC
        .	O

        """;

    [Fact]
    public void ExtraSentencesJoinEveryTrainingPartButAreNeverScored()
    {
        var data = ConllReader.Read(new StringReader(Tiny + Tiny));
        var extra = ConllReader.Read(new StringReader(Extra));
        var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
        var options = new TrainingOptions(CvFolds: 3, MaxEpochs: 2, Folds: 2);
        var without = new PerceptronTrainer(fx, TextWriter.Null).CrossValidate(data, options);
        var with = new PerceptronTrainer(fx, TextWriter.Null).CrossValidate(data, options, extra);
        // the held-out blocks are the same 12 gold names (Tiny has 6 names, taken twice); the 3 extra names are never scored
        Assert.Equal(12, without.Pooled(1, 0).Micro().Support);
        Assert.Equal(12, with.Pooled(1, 0).Micro().Support);
    }

    [Fact]
    public void TheFinalModelLearnsFromTheExtraSentences()
    {
        var data = ConllReader.Read(new StringReader(Tiny));
        var extra = ConllReader.Read(new StringReader(Extra));
        var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
        var options = new TrainingOptions(CvFolds: 0, Epochs: 5, Folds: 3);
        var plain = new NerTagger(fx, new PerceptronTrainer(fx, TextWriter.Null).Train(data, options));
        var widened = new NerTagger(fx, new PerceptronTrainer(fx, TextWriter.Null).Train(data, options, extra));
        string[] sentence = ["أعلنت", "أرامكو", "أرباحها", "."];
        Assert.DoesNotContain("B-ORG", plain.Tag(sentence)); // Tiny has no organisation that stands alone
        Assert.Equal(["O", "B-ORG", "O", "O"], widened.Tag(sentence));
    }

    [Fact]
    public void AnAveragedEnsembleTrainsDeterministically()
    {
        var data = ConllReader.Read(new StringReader(Tiny));
        var fx = new FeatureExtractor(WordLexicon.Empty, new Gazetteer(), TriggerWords.Empty);
        byte[] Bytes()
        {
            var model = new PerceptronTrainer(fx, TextWriter.Null).Train(data, new TrainingOptions(CvFolds: 0, Epochs: 3, Folds: 3, Ensemble: 3));
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(), Bytes());
    }
}
