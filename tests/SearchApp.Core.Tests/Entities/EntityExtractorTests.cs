using System.Diagnostics;
using SearchApp.Core.Entities;

namespace SearchApp.Core.Tests.Entities;

public class EntityExtractorTests
{
    private static EntityExtractor Extractor => SharedExtractor.Value;

    [Fact]
    public void EveryMentionInTheSampleCorpusRoundTripsToItsOffsets()
    {
        int mentions = 0;
        foreach (string path in new[] { RepoFiles.Sample("saudinewsnet-sample.jsonl"), RepoFiles.Sample("seed-article.jsonl") })
        {
            foreach (string text in RepoFiles.Texts(path))
            {
                foreach (var m in Extractor.Extract(text))
                {
                    Assert.Equal(m.Text, text[m.Start..m.End]);
                    Assert.True(EntityTypes.IsKnown(m.Type), $"type {m.Type} must not be emitted");
                    Assert.False(string.IsNullOrWhiteSpace(m.Canonical));
                    mentions++;
                }
            }
        }

        Assert.True(mentions > 1000, $"only {mentions} mentions in 201 articles");
    }

    [Fact]
    public void TheShippedModelLoadsAndTagsDeterministically()
    {
        // Load time is a benchmark (`ner bench`, docs/ner.md), not a timed unit test.
        var fresh = EntityExtractor.LoadDefault();

        string text = RepoFiles.Texts(RepoFiles.Sample("seed-article.jsonl")).Last();
        var first = Extractor.Extract(text);
        Assert.Equal(first, Extractor.Extract(text));
        Assert.Equal(first, fresh.Extract(text));
    }

    [Fact]
    public void ExtractionIsThreadSafe()
    {
        var texts = RepoFiles.Texts(RepoFiles.Sample("saudinewsnet-sample.jsonl")).Take(40).ToArray();
        var sequential = texts.Select(t => Extractor.Extract(t)).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(t => Extractor.Extract(t)).ToArray();
        for (int i = 0; i < texts.Length; i++)
        {
            Assert.Equal(sequential[i], parallel[i]);
        }
    }

    [Fact]
    public void TheFoundingArticleReadsRight()
    {
        // A sanity check on the project's seed article, which was never used for training.
        string body = RepoFiles.Texts(RepoFiles.Sample("seed-article.jsonl")).Last();
        var found = Extractor.Extract(body).Select(m => (m.Type, m.Canonical)).ToHashSet();
        var expected = new (string Type, string Canonical)[]
        {
            ("ORG", "داعش"),
            ("ORG", "التحالف الدولي"),
            ("ORG", "المرصد السوري لحقوق الإنسان"),
            ("ORG", "وكالة الأنباء السورية (سانا)"),
            ("ORG", "قوات سوريا الديمقراطية"),
            ("LOC", "دير الزور"),
            ("LOC", "البوكمال"),
            ("LOC", "نهر الفرات"),
            ("LOC", "القامشلي"),
            ("PER", "دونالد ترامب"),
        };
        var missing = expected.Where(e => !found.Contains(e)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
        Assert.Contains(found, m => m.Type == "LOC" && m.Canonical.Contains("كردستان", StringComparison.Ordinal));
        // direction adjectives after a place are not part of it (ريف دير الزور الجنوبي الشرقي)
        Assert.DoesNotContain(found, m => m.Canonical.Contains("الجنوبي", StringComparison.Ordinal));
        // The Syrian army: ANERcorp leaves an army named by its nationality untagged (الجيش اللبناني 20 of 20), and
        // the sixth model does too; where a model tags part of it, the curated list completes it, never cut at the nisba.
        Assert.DoesNotContain(found, m => m.Canonical == "الجيش العربي");
    }

    [Fact]
    public void AnOrganisationNamedAfterAKingTakesItsHeadIntoTheFacetValue()
    {
        // ANERcorp leaves the head outside the name (مستشفى [الملك فيصل]); the mark stays as tagged, the
        // facet value names the hospital, and a mosque of the same name is another value.
        const string text = "نقل إلى مستشفى الملك فيصل التخصصي بالرياض. وصلى الناس في جامع الملك فيصل بالرياض.";
        var orgs = Extractor.Extract(text).Where(m => m.Type == EntityTypes.Organization).ToList();
        Assert.Equal(2, orgs.Count);
        Assert.All(orgs, m => Assert.Equal("الملك فيصل", text[m.Start..m.End]));
        Assert.Equal(["مستشفى الملك فيصل", "جامع الملك فيصل"], orgs.Select(m => m.Canonical));
    }

    [Fact]
    public void APlaceHeadThatTellsItFromANamesakeGoesIntoTheFacetValue()
    {
        // ANERcorp tags قناة [السويس] and سلطنة [عمان] without the head, and so does the tagger; the canal and the
        // city of Suez, Oman and Amman must still be different facet values. The marks stay as tagged.
        const string text = "افتتح الرئيس المصري قناة السويس الجديدة أمس. ووصل الوزير إلى مدينة السويس صباحا. "
            + "وزار وزير الخارجية سلطنة عمان. ووصل العاهل الأردني إلى عمان قادما من لندن.";
        var places = Extractor.Extract(text).Where(m => m.Type == EntityTypes.Location).ToList();
        Assert.Equal(["السويس", "السويس", "عمان", "عمان", "لندن"], places.Select(m => text[m.Start..m.End]));
        Assert.Equal(["قناة السويس", "السويس", "سلطنة عمان", "عمان", "لندن"], places.Select(m => m.Canonical));
    }

    [Fact]
    public void EmptyAndPunctuationOnlyTextsHaveNoMentions()
    {
        Assert.Empty(Extractor.Extract(""));
        Assert.Empty(Extractor.Extract("... ، ؟ !\n\n"));
    }
}
