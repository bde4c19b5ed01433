using SearchApp.Core.Analysis;

namespace SearchApp.Core.Tests.Analysis;

public sealed class LexiconAndMinerTests
{
    [Theory]
    [InlineData("علي")]
    [InlineData("قاهره")]
    [InlineData("سعود")]
    [InlineData("مصر")]
    [InlineData("سلمان")]
    [InlineData("جده")]
    public void The_shipped_lexicon_knows_the_names_the_stemmer_must_protect(string name)
    {
        Assert.True(ArabicLexicon.Default.IsName(name));
    }

    [Theory]
    [InlineData("وزير")]
    [InlineData("وزاره")]
    [InlineData("لجنه")]
    [InlineData("التزام")]
    public void The_shipped_lexicon_knows_words_whose_first_letters_are_not_clitics(string root)
    {
        Assert.True(ArabicLexicon.Default.IsRoot(root));
    }

    [Fact]
    public void The_lexicon_format_rejects_unknown_kinds()
    {
        Assert.Throws<FormatException>(() => ArabicLexicon.Parse(new StringReader("person\tعلي\n")));
        var (names, roots) = ArabicLexicon.Parse(new StringReader("# c\nname\tالقاهرة # city\nroot\tوزير\n"));
        Assert.Equal(["القاهره"], names);
        Assert.Equal(["وزير"], roots);
    }

    [Fact]
    public void Without_a_lexicon_the_stemmer_damages_what_the_lexicon_protects()
    {
        // The same rules with an empty lexicon: evidence that the mined lists do the protecting.
        var bare = new ArabicLightStemmer(ArabicLexicon.Empty);
        Assert.Equal("زير", bare.Stem("وزير"));
        Assert.Equal("قاهر", bare.Stem("القاهره"));
        Assert.Equal("سعود", bare.Stem("السعودي"));
        Assert.Equal("علي", bare.Stem("علي")); // the three-letter minimum needs no list
    }

    [Theory]
    // same skeleton: long vowels dropped, ج/غ/ق/ك merged, final ه dropped
    [InlineData("امريكا", "اميركا")]
    [InlineData("ترامب", "ترمب")]
    [InlineData("جوجل", "قوقل")]
    [InlineData("سالزبورغ", "سالزبورج")]
    public void Spelling_variants_share_a_consonant_skeleton(string a, string b)
    {
        Assert.Equal(ConsonantSkeleton.Of(a), ConsonantSkeleton.Of(b));
    }

    [Theory]
    [InlineData("ترامب", "ترمب", true)]
    [InlineData("جوجل", "غوغل", true)]
    [InlineData("وافق", "يوافق", false)] // different first letter: a verb form, not a spelling
    [InlineData("مشيرا", "مشيره", false)] // different last letter: an inflection
    [InlineData("ترامب", "ترامب", false)] // identical
    public void Variant_shape_needs_same_ends_and_a_small_edit(string a, string b, bool expected)
    {
        Assert.Equal(expected, VariantMiner.IsVariantShape(a, b));
    }

    [Fact]
    public void The_miners_find_a_variant_pair_and_a_name_in_a_small_corpus()
    {
        var lines = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            lines.Add("{\"title\":\"\",\"body\":\"قال المرشح دونالد ترامب اليوم إن الانتخابات قريبة\"}");
            lines.Add("{\"title\":\"\",\"body\":\"قال المرشح دونالد ترمب اليوم إن الحملة مستمرة\"}");
            lines.Add("{\"title\":\"\",\"body\":\"استقبل الأمير فيصل بن خالد الوفد\"}");
        }

        var dir = Directory.CreateTempSubdirectory("analysis-miner-");
        try
        {
            var corpusPath = Path.Combine(dir.FullName, "c.jsonl");
            File.WriteAllLines(corpusPath, lines);
            var conllPath = Path.Combine(dir.FullName, "t.conll");
            File.WriteAllText(conllPath, "زار\tO\nالقاهرة\tB-LOC\n\nفي\tO\nالقاهرة\tB-LOC\n");
            var corpus = CorpusTokens.Load(corpusPath);

            var candidates = VariantMiner.Mine(corpus, ArabicLexicon.Empty);
            Assert.Contains(candidates, c => (c.A, c.B) is ("ترامب", "ترمب") && c.Cosine > 0.5);
            Assert.DoesNotContain(candidates, c => c.A == "انتخابات" || c.B == "انتخابات");

            var (names, _) = ProtectedWordsMiner.Mine(corpus, conllPath);
            Assert.Contains("فيصل", names); // after الأمير and before بن
            Assert.Contains("قاهره", names); // B-LOC twice in the NER data
            Assert.DoesNotContain("وفد", names);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
